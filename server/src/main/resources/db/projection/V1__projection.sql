-- H2 only: the projection in a file of its own (Database). The versioned rows derived from the revision log, as the
-- repository's migrations V1-V5 left them in the log's database (where PostgreSQL keeps them), and dt_projection: how far
-- each project is projected, written in the same transaction as its rows. Everything here can be rebuilt from the log:
-- a missing or emptied file is projected again from revision 1. ${clob} is CLOB on H2.

CREATE TABLE dt_projection (
    project_id VARCHAR(100) NOT NULL PRIMARY KEY,
    revision   BIGINT       NOT NULL
);

-- The conflict keys each revision touched: (element, feature), '$container' for a move, '*' for a created or deleted
-- element (deleted = true for every element of a deleted subtree).
CREATE TABLE dt_touch (
    project_id VARCHAR(100) NOT NULL,
    revision   BIGINT       NOT NULL,
    element_id VARCHAR(100) NOT NULL,
    feature    VARCHAR(200) NOT NULL,
    deleted    BOOLEAN      NOT NULL,
    PRIMARY KEY (project_id, revision, element_id, feature)
);
CREATE INDEX dt_touch_element ON dt_touch (project_id, element_id, revision);

-- Elements: type and place (container, containment feature, order among siblings, file of a root).
CREATE TABLE dt_element (
    project_id    VARCHAR(100)  NOT NULL,
    element_id    VARCHAR(100)  NOT NULL,
    valid_from    BIGINT        NOT NULL,
    valid_to      BIGINT        NOT NULL,
    type          VARCHAR(200)  NOT NULL,
    parent_id     VARCHAR(100),
    containment   VARCHAR(200),
    resource_path VARCHAR(1000),
    ord           BIGINT        NOT NULL,
    PRIMARY KEY (project_id, element_id, valid_from)
);
CREATE INDEX dt_element_current ON dt_element (project_id, valid_to);

-- Feature values of elements: the string form of a single value, or a JSON array for a many-valued feature.
CREATE TABLE dt_value (
    project_id VARCHAR(100) NOT NULL,
    element_id VARCHAR(100) NOT NULL,
    feature    VARCHAR(200) NOT NULL,
    valid_from BIGINT       NOT NULL,
    valid_to   BIGINT       NOT NULL,
    val        ${clob},
    PRIMARY KEY (project_id, element_id, feature, valid_from)
);
CREATE INDEX dt_value_current ON dt_value (project_id, valid_to);

-- The governance gate's findings, versioned like the model: one row per (rule, element) while it holds.
CREATE TABLE dt_finding (
    project_id  VARCHAR(100)  NOT NULL,
    rule_id     VARCHAR(200)  NOT NULL,
    element_id  VARCHAR(100)  NOT NULL,
    valid_from  BIGINT        NOT NULL,
    valid_to    BIGINT        NOT NULL,
    severity    VARCHAR(16)   NOT NULL,
    category    VARCHAR(100),
    status      VARCHAR(16)   NOT NULL,
    message     VARCHAR(4000),
    explanation ${clob},
    remediation ${clob},
    related     ${clob},
    PRIMARY KEY (project_id, rule_id, element_id, valid_from)
);
CREATE INDEX dt_finding_current ON dt_finding (project_id, valid_to);

-- The projector ends the current rows of the elements a revision changes: an index led by the element makes that a
-- lookup per element (H2 looks an IN list up only on an index's first column).
CREATE INDEX dt_element_by_id ON dt_element (element_id, project_id, valid_to);
CREATE INDEX dt_value_by_id ON dt_value (element_id, project_id, valid_to);
CREATE INDEX dt_finding_by_id ON dt_finding (element_id, project_id, valid_to);
