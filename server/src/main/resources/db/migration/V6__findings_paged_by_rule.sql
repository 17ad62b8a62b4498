-- Findings are read a page at a time in primary-key order (project, rule, element). The index on (project, valid_to)
-- tempted the planner to fetch every current finding and sort them (on H2, gigabytes of temporary rows at a million
-- elements); without it the primary key serves the page. db/projection/V2 does the same in H2's projection file.
DROP INDEX IF EXISTS dt_finding_current;
