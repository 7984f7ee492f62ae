-- Uses of the public forms (letter verification, the calculator, registration, objections) per address and fixed
-- window, for their limits (issue 25). The key is a SHA-256 digest of action, address and window start: an address is
-- personal data, and the limit needs only to tell addresses apart. Windows a day old are deleted by a schedule.
CREATE TABLE address_limit_window (
    subject      VARCHAR(64)              NOT NULL PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    used         INTEGER                  NOT NULL
);
