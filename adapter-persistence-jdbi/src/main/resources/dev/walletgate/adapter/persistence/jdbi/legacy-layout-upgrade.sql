-- Moves Walletgate's rows out of the layout of release 0.1.0, where its tables sat in the
-- connection's current schema (${legacy}) beside Flyway's default history, into its own schema
-- (${schema}), which Flyway has just migrated and which is still empty. Both persistence adapters
-- ship this file byte for byte (a test in bootstrap keeps them identical) and run it statement by
-- statement in the transaction that has already restarted the entry_no identity past the highest
-- value copied here and deleted Walletgate's V1 from the old history: on H2, whose DDL commits,
-- the first DROP commits that deletion and every copy at once.
-- Columns are named, so that a later migration adding a column to ${schema} keeps this valid.

INSERT INTO ${schema}.players (player_id, locked, created_at)
    SELECT player_id, locked, created_at FROM ${legacy}.players;

INSERT INTO ${schema}.accounts (player_id, currency, balance, created_at)
    SELECT player_id, currency, balance, created_at FROM ${legacy}.accounts;

INSERT INTO ${schema}.ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount,
        balance_after, integration, entry_key, platform_reference, created_at)
    SELECT entry_no, transaction_id, player_id, currency, kind, amount, balance_after,
        integration, entry_key, platform_reference, created_at
    FROM ${legacy}.ledger_entries;

INSERT INTO ${schema}.sessions (session_id, player_id, currency, state, opened_at, last_seen_at)
    SELECT session_id, player_id, currency, state, opened_at, last_seen_at
    FROM ${legacy}.sessions;

INSERT INTO ${schema}.rounds (integration, round_id, state)
    SELECT integration, round_id, state FROM ${legacy}.rounds;

INSERT INTO ${schema}.bets (integration, bet_key, player_id, currency, stake, round_id,
        session_id, state, debit_transaction_id, cancel_transaction_id, created_at)
    SELECT integration, bet_key, player_id, currency, stake, round_id, session_id, state,
        debit_transaction_id, cancel_transaction_id, created_at
    FROM ${legacy}.bets;

INSERT INTO ${schema}.wins (integration, win_key, player_id, currency, amount, round_id,
        transaction_id, created_at, win_part, jackpot_part)
    SELECT integration, win_key, player_id, currency, amount, round_id, transaction_id,
        created_at, win_part, jackpot_part
    FROM ${legacy}.wins;

INSERT INTO ${schema}.request_records (integration, request_id, operation, fingerprint,
        outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at,
        subject_key)
    SELECT integration, request_id, operation, fingerprint, outcome_result,
        outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key
    FROM ${legacy}.request_records;

DROP TABLE ${legacy}.ledger_entries;
DROP TABLE ${legacy}.accounts;
DROP TABLE ${legacy}.players;
DROP TABLE ${legacy}.sessions;
DROP TABLE ${legacy}.rounds;
DROP TABLE ${legacy}.bets;
DROP TABLE ${legacy}.wins;
DROP TABLE ${legacy}.request_records;
