-- A counter's prefix holds "W:" or "L:" and a program code or letter word; program codes may be 40 characters
-- (the width of every program_code column), so 20 refused the eligible list of KF-XD-EQUITY-PLEDGE ("W:" + 19).
ALTER TABLE number_counter ALTER COLUMN prefix SET DATA TYPE VARCHAR(64);
