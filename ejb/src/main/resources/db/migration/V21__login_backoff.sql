-- Login back-off instead of lockout (issue 25): attempts are counted per name from one address, per name and per
-- address, each subject stored only as a SHA-256 digest of its kind and value (a typed name is sometimes a
-- password). In the database, not in a node's memory, so a guesser gains nothing by being spread over the cluster's
-- nodes. Rows whose window and wait are a day over are deleted by a schedule. The lockout's table goes: its rows
-- held typed names in clear.
DROP TABLE login_failure;

CREATE TABLE login_backoff (
    subject      VARCHAR(64)              NOT NULL PRIMARY KEY,
    kind         VARCHAR(16)              NOT NULL,
    failures     INTEGER                  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    not_before   TIMESTAMP WITH TIME ZONE NOT NULL
);
