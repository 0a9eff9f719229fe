-- Archive (soft delete with undo) for checklists, candidates and invites (hiring). Null = not archived.
alter table checklist add column archived_at timestamp(6) with time zone;
alter table candidate add column archived_at timestamp(6) with time zone;
alter table takehome_invite add column archived_at timestamp(6) with time zone;
