-- Marks the reviews GoFit made of its own reference endpoint, instead of guessing from the URL
-- (a candidate's own ".../demo/aggregate" is not the reference). Portable: H2 2.x and PostgreSQL 15.
alter table takehome_review add column is_reference boolean default false not null;

-- Existing reference reviews: made by "Review the reference" (label "reference", no invite).
update takehome_review set is_reference = true
 where label = 'reference' and invite_id is null and endpoint like '%/demo/aggregate';
