-- Rounds of letters issued in bulk by a batch job. The round's applications are fixed when it is created; each
-- item records whether its letter is issued (or held back because re-scoring changed the outcome), in the same
-- transaction as the letter itself, so a job restarted after a crash carries on with the pending items only.
-- heartbeat_at is renewed while a job works on the round: a round unfinished and silent for half a minute is resumed by
-- whichever cluster node claims it first.
CREATE SEQUENCE letter_round_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE letter_round (
    id           BIGINT      NOT NULL PRIMARY KEY,
    program_code VARCHAR(40) NOT NULL,
    rescore      BOOLEAN     NOT NULL,
    requested_by VARCHAR(32) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    total        INTEGER     NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    version      BIGINT      NOT NULL
);

CREATE TABLE letter_round_item (
    round_id       BIGINT       NOT NULL REFERENCES letter_round (id),
    application_id BIGINT       NOT NULL REFERENCES application (id),
    state          VARCHAR(10)  NOT NULL,
    letter_id      BIGINT REFERENCES letter (id),
    note           VARCHAR(500),
    PRIMARY KEY (round_id, application_id)
);

CREATE INDEX letter_round_item_state_idx ON letter_round_item (round_id, state);
