-- One review queue shared by every replica (see dev.gofit.takehome.ReviewQueue). A RUNNING review
-- names the replica that claimed it (lease_owner, its gofit.instance-id) and how long that claim
-- holds (lease_until, renewed by the owner's heartbeat); after it any replica may take the review
-- back. claims counts every claim and never decreases: the owner's writes are fenced by it.
-- Portable SQL: H2 2.x and PostgreSQL 15.
alter table takehome_review add column lease_owner varchar(120);
alter table takehome_review add column lease_until timestamp(6) with time zone;
alter table takehome_review add column claims integer default 0 not null;
-- Reviews already claimed once (attempts > 0) count as claimed.
update takehome_review set claims = attempts where attempts > 0;
