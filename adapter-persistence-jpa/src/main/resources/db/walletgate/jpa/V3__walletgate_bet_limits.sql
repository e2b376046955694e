-- The players' bet limits (rules G4-G7). Both persistence adapters ship this file byte for byte,
-- like V1; the same SQL runs on H2 2.x and PostgreSQL.

-- One row per account that ever had limits. A null limit column is no limit. A raise or removal
-- that waits for its cooling-off is kept beside the limit in force: *_pending_from is when it takes
-- effect (null: nothing waits), *_pending its amount (null: the limit is to be removed). Nothing
-- rewrites a row when its cooling-off ends; a reader takes the pending value from that instant on.
CREATE TABLE bet_limits (
    player_id                 VARCHAR(255)             NOT NULL,
    currency                  VARCHAR(10)              NOT NULL,
    stake_limit               NUMERIC(38, 18),
    stake_pending             NUMERIC(38, 18),
    stake_pending_from        TIMESTAMP WITH TIME ZONE,
    daily_loss_limit          NUMERIC(38, 18),
    daily_loss_pending        NUMERIC(38, 18),
    daily_loss_pending_from   TIMESTAMP WITH TIME ZONE,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (player_id, currency),
    CONSTRAINT bet_limits_account FOREIGN KEY (player_id, currency)
        REFERENCES accounts (player_id, currency),
    CONSTRAINT bet_limits_not_negative CHECK (
        stake_limit >= 0 AND stake_pending >= 0
        AND daily_loss_limit >= 0 AND daily_loss_pending >= 0),
    CONSTRAINT bet_limits_stake_pending CHECK (
        stake_pending IS NULL OR stake_pending_from IS NOT NULL),
    CONSTRAINT bet_limits_daily_loss_pending CHECK (
        daily_loss_pending IS NULL OR daily_loss_pending_from IS NOT NULL)
);

-- A bet under a daily loss limit sums the day's play entries of its account (G5): by booking time,
-- so that the sum reads one day's entries, not the account's whole history.
CREATE INDEX ledger_entries_by_account_time ON ledger_entries (player_id, currency, created_at);
