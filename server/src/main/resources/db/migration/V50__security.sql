-- Security: users, their tokens, project membership, login throttling and the audit log (server-security owns V50-V99).
-- Times are UTC. Ids come from sequences (EclipseLink's H2 platform cannot read H2 2's identity columns back).

CREATE SEQUENCE dt_user_seq INCREMENT BY 1;
CREATE SEQUENCE dt_token_seq INCREMENT BY 1;
CREATE SEQUENCE dt_audit_seq INCREMENT BY 1;

CREATE TABLE dt_user (
    id            BIGINT        NOT NULL PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL UNIQUE,
    password_hash VARCHAR(400)  NOT NULL,
    server_admin  BOOLEAN       NOT NULL,
    created_at    TIMESTAMP     NOT NULL
);

-- Session tokens (POST /login, with an expiry) and API tokens (POST /tokens): only the SHA-256 of the token is kept.
CREATE TABLE dt_token (
    id         BIGINT        NOT NULL PRIMARY KEY,
    user_id    BIGINT        NOT NULL REFERENCES dt_user (id) ON DELETE CASCADE,
    token_hash CHAR(64)      NOT NULL UNIQUE,
    kind       VARCHAR(16)   NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    expires_at TIMESTAMP
);
CREATE INDEX dt_token_user ON dt_token (user_id);

CREATE TABLE dt_member (
    project_id VARCHAR(100) NOT NULL REFERENCES dt_project (id) ON DELETE CASCADE,
    user_id    BIGINT       NOT NULL REFERENCES dt_user (id) ON DELETE CASCADE,
    role       VARCHAR(16)  NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX dt_member_user ON dt_member (user_id);

-- Failed logins per key ('user:<name>' or 'address:<ip>'), shared by every server instance on the database.
CREATE TABLE dt_login_failure (
    throttle_key  VARCHAR(300) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMP    NOT NULL,
    blocked_until TIMESTAMP
);

CREATE TABLE dt_audit (
    id         BIGINT        NOT NULL PRIMARY KEY,
    at         TIMESTAMP     NOT NULL,
    user_id    BIGINT,
    user_name  VARCHAR(100),
    project_id VARCHAR(100),
    action     VARCHAR(200)  NOT NULL,
    target     VARCHAR(1000),
    outcome    VARCHAR(100)  NOT NULL,
    request_id VARCHAR(100)
);
CREATE INDEX dt_audit_project ON dt_audit (project_id, at);
