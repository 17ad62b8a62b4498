-- A commit ends the current rows of the elements it changes ("element_id IN (…) AND valid_to = open"): an index
-- led by the element makes that a lookup per element instead of a scan of every current row of the project
-- (H2 looks an IN list up only on an index's first column).
CREATE INDEX dt_element_by_id ON dt_element (element_id, project_id, valid_to);
CREATE INDEX dt_value_by_id ON dt_value (element_id, project_id, valid_to);
CREATE INDEX dt_finding_by_id ON dt_finding (element_id, project_id, valid_to);
