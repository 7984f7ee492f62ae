-- Accounts and organisations. Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE organisation (
    id          BIGINT       NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('ENTERPRISE', 'TALENT_TEAM', 'BANK', 'BUREAU')),
    name        VARCHAR(100) NOT NULL,
    -- 统一社会信用代码; null only for a talent team without an entity of its own
    credit_code VARCHAR(18)  UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);

CREATE TABLE user_account (
    id              BIGINT      NOT NULL PRIMARY KEY,
    username        VARCHAR(32) NOT NULL UNIQUE,
    display_name    VARCHAR(50) NOT NULL,
    -- bcrypt, as read by the Elytron jdbc-realm (config/server/security.cli): Base64 hash and salt, cost
    password_hash   VARCHAR(64) NOT NULL,
    password_salt   VARCHAR(32) NOT NULL,
    password_cost   INTEGER     NOT NULL,
    organisation_id BIGINT      REFERENCES organisation (id),
    enabled         BOOLEAN     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT      NOT NULL
);

CREATE INDEX user_account_organisation_idx ON user_account (organisation_id);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role_name VARCHAR(20) NOT NULL CHECK (role_name IN ('APPLICANT', 'REVIEWER', 'EXPERT', 'BANK', 'ADMIN')),
    PRIMARY KEY (user_id, role_name)
);
