-- Issue 10 (decision feature): what a decision was evaluated with. The matrix content (languages, criteria,
-- ratings, notes, weight rules) is pinned as JSON when the decision leaves the draft stage or is re-evaluated,
-- with the fingerprint of the content it came from; editing content/matrix.yaml later changes neither.
alter table decision add column evaluated_with_json varchar(200000);
alter table decision add column content_version varchar(64);
