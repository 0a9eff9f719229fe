-- Issue 10 (decision feature): the people of a decision as MADR 4 names them, each a JSON list of staff user ids:
-- the decision-makers (who may edit it besides its owner), the consulted (who may also comment) and the informed.
alter table decision add column decision_makers_json varchar(2000);
alter table decision add column consulted_json varchar(2000);
alter table decision add column informed_json varchar(2000);
