-- Anonymised review (hiring): a checklist may hide its candidates' names and e-mails from interviewers
-- until a hiring manager reveals each candidate. revealed_at null = still hidden (when the checklist anonymises).
alter table checklist add column anonymised boolean default false not null;
alter table candidate add column revealed_at timestamp(6) with time zone;
