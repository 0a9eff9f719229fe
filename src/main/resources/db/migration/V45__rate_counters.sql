-- Limits shared by the replicas (login throttle, invite-token guesses, demo runs): one row per
-- counted key and fixed window; see dev.gofit.system.RateCounters. Portable: H2 2.x and PostgreSQL 15.
create table rate_counter (
    counter_key varchar(300) primary key,
    hits        integer not null,
    window_end  timestamp(6) with time zone not null
);
create index ix_rate_counter_window on rate_counter (window_end);
