-- Findings are read a page at a time in primary-key order (project, rule, element). The index on (project, valid_to)
-- tempted H2's planner to fetch every current finding and sort them (gigabytes of temporary rows at a million
-- elements); without it the primary key serves the page. db/migration/V6 does the same where PostgreSQL keeps the rows.
DROP INDEX IF EXISTS dt_finding_current;
