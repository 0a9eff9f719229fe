-- One-time form keys: a create form posted twice (Back, double click) leads to the first result.
create table form_key (
    form_key   varchar(64)  not null primary key,
    location   varchar(500) not null,
    created_at timestamp(6) with time zone not null
);
