-- Issue 10 (owned by the decision feature): the options a decision compares (JSON list of language keys;
-- null means go, python, rust), the team-context step (JSON), and the deciders' choice with their rationale.
alter table decision add column options_json varchar(400);
alter table decision add column context_json varchar(4000);
alter table decision add column chosen_option varchar(40);
alter table decision add column rationale varchar(4000);
