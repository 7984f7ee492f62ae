-- A talent team's members as its profile lists them. The ID number is personal information (PIPL): it is stored
-- only encrypted (AES-GCM, key from TFS_PII_KEY), never in clear, and is shown masked everywhere.
CREATE TABLE team_member (
    organisation_id BIGINT       NOT NULL REFERENCES organisation_profile (organisation_id),
    position        INTEGER      NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    team_role       VARCHAR(50)  NOT NULL,
    title           VARCHAR(50),
    employer        VARCHAR(200),
    education       VARCHAR(20),
    id_number       VARCHAR(120) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);
