-- Logout ends a login session on the server: every session stamp carries the account's session
-- generation, and logging out moves it on, so a session cookie copied before logout is refused by
-- every replica (they all read this column). Portable SQL: H2 2.x and PostgreSQL 15.
alter table app_user add column session_generation integer default 0 not null;
