-- The model repository: projects, their linear revisions, and the model stored at element and feature granularity
-- in versioned rows (a row holds from revision valid_from up to, not including, valid_to; 9223372036854775807 for
-- "still current"), so that the state at any revision is one range query and a commit writes only what it changes.
-- ${clob} is CLOB on H2 and TEXT on PostgreSQL.

CREATE TABLE dt_project (
    id            VARCHAR(100)  NOT NULL PRIMARY KEY,
    name          VARCHAR(400)  NOT NULL,
    head_revision BIGINT        NOT NULL,
    fail_on       VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(200)
);

CREATE TABLE dt_revision (
    project_id      VARCHAR(100)  NOT NULL REFERENCES dt_project (id),
    number          BIGINT        NOT NULL,
    base_revision   BIGINT        NOT NULL,
    author          VARCHAR(200)  NOT NULL,
    committed_at    TIMESTAMP     NOT NULL,
    message         VARCHAR(4000),
    client_id       VARCHAR(200),
    client_sequence BIGINT,
    rebased         BOOLEAN       NOT NULL,
    operation_count INTEGER       NOT NULL,
    operations      ${clob}       NOT NULL,
    PRIMARY KEY (project_id, number)
);
-- A retried commit is recognised by its client id and sequence number.
CREATE UNIQUE INDEX dt_revision_client ON dt_revision (project_id, client_id, client_sequence);

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

-- Waivers granted through the server: while one holds, the gate does not count its finding.
CREATE TABLE dt_waiver (
    id         VARCHAR(100)  NOT NULL PRIMARY KEY,
    project_id VARCHAR(100)  NOT NULL REFERENCES dt_project (id),
    rule_id    VARCHAR(200)  NOT NULL,
    element_id VARCHAR(100)  NOT NULL,
    reason     VARCHAR(4000) NOT NULL,
    until_date DATE,
    granted_by VARCHAR(200)  NOT NULL,
    granted_at TIMESTAMP     NOT NULL
);
CREATE INDEX dt_waiver_project ON dt_waiver (project_id);

-- Named baselines: a revision frozen under a name.
CREATE TABLE dt_baseline (
    project_id VARCHAR(100) NOT NULL REFERENCES dt_project (id),
    name       VARCHAR(200) NOT NULL,
    revision   BIGINT       NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (project_id, name)
);
