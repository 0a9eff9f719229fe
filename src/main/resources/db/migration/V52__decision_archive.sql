-- Issue 10 (decision feature): archive (soft delete with undo), as hiring does for checklists. Null = not archived;
-- an archived decision leaves the lists, the shared log and the exports, and its owner can restore it.
alter table decision add column archived_at timestamp(6) with time zone;
