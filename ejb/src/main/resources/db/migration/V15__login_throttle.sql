-- Failed logins per username, for lockout after repeated failures. In the database, not in a node's memory, so a
-- password guesser gains nothing by being spread over the cluster's nodes. Unknown usernames are counted too: the
-- answer must not tell which accounts exist. Rows whose window and lock are long over are deleted by a schedule.
CREATE TABLE login_failure (
    username     VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures     INTEGER                  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);
