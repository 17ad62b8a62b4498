-- A revision's row delta in chunks: the JSON of a revision that begins a million elements (~1.4 G characters) is more
-- than one Java string or PostgreSQL text value holds. dt_revision.row_delta keeps the first chunk and
-- row_delta_chunks says how many there are; the second and later ones are here, numbered from 1. Every revision
-- written before this migration has its whole delta in row_delta: one chunk, the column's default.
ALTER TABLE dt_revision ADD COLUMN row_delta_chunks INT DEFAULT 1 NOT NULL;

CREATE TABLE dt_row_delta_chunk (
    project_id VARCHAR(100) NOT NULL,
    revision   BIGINT       NOT NULL,
    chunk      INT          NOT NULL,
    chunk_text ${clob}      NOT NULL,
    PRIMARY KEY (project_id, revision, chunk)
);
