-- Append-only revision log. A commit stores only its revision row, with the rows it changes as a compact delta
-- (row_delta: JSON of the element, value, finding and conflict-key rows that end and begin with it), in one short
-- transaction per commit group. The versioned rows of dt_element, dt_value, dt_finding and dt_touch are derived from
-- the log in the background by the projector, in revision order; dt_projection records how far it has projected
-- each project, in the same transaction as the rows it writes (so it resumes exactly after a crash).
-- Reads that need the versioned rows first bring the projection up to the revision they read.
-- No foreign key to dt_project: the projector must never wait for the project row a commit holds locked.
ALTER TABLE dt_revision ADD COLUMN row_delta ${clob};

CREATE TABLE dt_projection (
    project_id VARCHAR(100) NOT NULL PRIMARY KEY,
    revision   BIGINT       NOT NULL
);

-- Every revision committed before this migration was written with its rows.
INSERT INTO dt_projection (project_id, revision) SELECT id, head_revision FROM dt_project;
