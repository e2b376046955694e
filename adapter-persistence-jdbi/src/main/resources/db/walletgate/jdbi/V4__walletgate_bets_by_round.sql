-- The round index of bets, led by the round. Both persistence adapters ship this file byte for
-- byte, like V1; the same SQL runs on H2 2.x and PostgreSQL.

-- A bet is read and locked by its key (integration, bet_key) on every bet, cancel and end-round.
-- Led by integration, the round index matched such a lookup's first column as well as the primary
-- key did. Until a new or fast-growing bets table had statistics, PostgreSQL's planner could cost
-- the two alike, take the round index and filter every bet of the integration for the key, in a
-- plan that prepared statements then kept: each lookup grew slower with every bet stored. Led by
-- round_id, the index matches no lookup by key, only the bets of one round.
DROP INDEX bets_by_round;
CREATE INDEX bets_by_round ON bets (round_id, integration);
