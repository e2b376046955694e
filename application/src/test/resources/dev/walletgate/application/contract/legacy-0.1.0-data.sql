-- Rows of every Walletgate table as release 0.1.0 (commit 3aac50a) wrote them in its layout: the
-- tables in the connection's current schema, V1 in Flyway's default history. Produced by running
-- that commit's WalletServices over its JdbiPersistence on H2 (deposits, a withdrawal, Kyren and
-- LuckyMonaco bets, wins with and without a breakdown, a cancel, a refund, a void before its bet,
-- refused bets, a locked player, closed sessions, ended and open rounds) and dumping each table.
-- entry_no jumps from 10 to 1000 (the identity restarted there), as rolled-back transactions
-- leave gaps on PostgreSQL. Table names are unqualified: run it in the legacy schema.
INSERT INTO players (player_id, locked, created_at)
    VALUES ('alice', FALSE, TIMESTAMP WITH TIME ZONE '2026-12-03 18:06:07.442242+00:00');
INSERT INTO players (player_id, locked, created_at)
    VALUES ('bob', FALSE, TIMESTAMP WITH TIME ZONE '2026-12-03 18:06:07.659022+00:00');
INSERT INTO players (player_id, locked, created_at)
    VALUES ('carol', TRUE, TIMESTAMP WITH TIME ZONE '2026-12-03 18:06:07.665685+00:00');
INSERT INTO accounts (player_id, currency, balance, created_at)
    VALUES ('alice', 'EUR', 419.900000000000000000, TIMESTAMP WITH TIME ZONE '2026-12-03 18:06:07.442242+00:00');
INSERT INTO accounts (player_id, currency, balance, created_at)
    VALUES ('alice', 'USD', 120.500000000000000000, TIMESTAMP WITH TIME ZONE '2026-12-03 18:06:07.668517+00:00');
INSERT INTO accounts (player_id, currency, balance, created_at)
    VALUES ('bob', 'EUR', 75.250000000000000000, TIMESTAMP WITH TIME ZONE '2026-12-03 18:06:07.659022+00:00');
INSERT INTO accounts (player_id, currency, balance, created_at)
    VALUES ('carol', 'EUR', 10.000000000000000000, TIMESTAMP WITH TIME ZONE '2026-12-03 18:06:07.665685+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (1, '4ce53aed71444f77a66ba55ad6e1a24c', 'alice', 'EUR', 'DEPOSIT', 500.000000000000000000, 500.000000000000000000, NULL, 'dep-a1', 'dep-a1', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:01.623456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (2, '5229158dac484bf891a21376af0f505b', 'alice', 'USD', 'DEPOSIT', 120.500000000000000000, 120.500000000000000000, NULL, 'dep-a2', 'dep-a2', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:03.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (3, '73d30f32c21b438381d6f07e16c39cf4', 'bob', 'EUR', 'DEPOSIT', 75.250000000000000000, 75.250000000000000000, NULL, 'dep-b1', 'dep-b1', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:04.623456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (4, '2e488ae0f5c949e59aa1a3047bd4c2db', 'carol', 'EUR', 'DEPOSIT', 10.000000000000000000, 10.000000000000000000, NULL, 'dep-c1', 'dep-c1', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:06.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (5, '8bcba6c2adce4016aa024b3e34d8188f', 'alice', 'EUR', 'BET', -12.340000000000000000, 487.660000000000000000, 'kyren', 'k-bet-1', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:15.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (6, 'f87f28cd4bae46b9a03358bb5f0e9cce', 'alice', 'EUR', 'WIN', 30.000000000000000000, 517.660000000000000000, 'kyren', 'k-win-1', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:19.623456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (7, '4f30ce3c944c49c19ff3200e6a7ab8af', 'bob', 'EUR', 'BET', -5.250000000000000000, 70.000000000000000000, 'kyren', 'k-bet-2', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:24.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (8, '984cc1826efb488bb52aa6bfbd3ce938', 'bob', 'EUR', 'REFUND', 5.250000000000000000, 75.250000000000000000, 'kyren', 'k-bet-2', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:27.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (9, 'c5b6030a64ec4059b2b76432788af363', 'alice', 'USD', 'BET', -20.000000000000000000, 100.500000000000000000, 'kyren', 'k-bet-4', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:36.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (10, '63d865b7ae354b8c953346e92c9a7cdf', 'alice', 'USD', 'REFUND', 20.000000000000000000, 120.500000000000000000, 'kyren', 'k-bet-4', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:39.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (1000, '98df3a61347c40789b013309f65299a7', 'alice', 'EUR', 'BET', -2.500000000000000000, 515.160000000000000000, 'luckymonaco', 'l-bet-1', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:42.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (1001, '4a4725ad12ce4be39099aea39faa867e', 'alice', 'EUR', 'WIN', 7.750000000000000000, 522.910000000000000000, 'luckymonaco', 'l-win-1', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:45.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (1002, '5ab322874fda4bdf9df91a16bc72cb69', 'alice', 'EUR', 'BET', -3.000000000000000000, 519.910000000000000000, 'luckymonaco', 'l-bet-2', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:48.123456+00:00');
INSERT INTO ledger_entries (entry_no, transaction_id, player_id, currency, kind, amount, balance_after, integration, entry_key, platform_reference, created_at)
    VALUES (1003, '35bbcbc08999488fb2bd0de6f9bb22b7', 'alice', 'EUR', 'WITHDRAWAL', -100.010000000000000000, 419.900000000000000000, NULL, 'wd-a1', 'wd-a1', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:57.123456+00:00');
INSERT INTO sessions (session_id, player_id, currency, state, opened_at, last_seen_at)
    VALUES ('sess-alice-eur', 'alice', 'EUR', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:07.623456+00:00', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:48.123456+00:00');
INSERT INTO sessions (session_id, player_id, currency, state, opened_at, last_seen_at)
    VALUES ('sess-alice-usd', 'alice', 'USD', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:10.623456+00:00', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:36.123456+00:00');
INSERT INTO sessions (session_id, player_id, currency, state, opened_at, last_seen_at)
    VALUES ('sess-bob-eur', 'bob', 'EUR', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:09.123456+00:00', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:24.123456+00:00');
INSERT INTO sessions (session_id, player_id, currency, state, opened_at, last_seen_at)
    VALUES ('sess-carol-eur', 'carol', 'EUR', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:12.123456+00:00', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:12.123456+00:00');
INSERT INTO rounds (integration, round_id, state)
    VALUES ('kyren', 'k-round-1', 'ENDED');
INSERT INTO rounds (integration, round_id, state)
    VALUES ('kyren', 'k-round-2', 'OPEN');
INSERT INTO rounds (integration, round_id, state)
    VALUES ('kyren', 'k-round-4', 'OPEN');
INSERT INTO rounds (integration, round_id, state)
    VALUES ('luckymonaco', 'l-round-1', 'ENDED');
INSERT INTO rounds (integration, round_id, state)
    VALUES ('luckymonaco', 'l-round-2', 'OPEN');
INSERT INTO bets (integration, bet_key, player_id, currency, stake, round_id, session_id, state, debit_transaction_id, cancel_transaction_id, created_at)
    VALUES ('kyren', 'k-bet-1', 'alice', 'EUR', 12.340000000000000000, 'k-round-1', 'sess-alice-eur', 'SETTLED', '8bcba6c2adce4016aa024b3e34d8188f', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:15.123456+00:00');
INSERT INTO bets (integration, bet_key, player_id, currency, stake, round_id, session_id, state, debit_transaction_id, cancel_transaction_id, created_at)
    VALUES ('kyren', 'k-bet-2', 'bob', 'EUR', 5.250000000000000000, 'k-round-2', 'sess-bob-eur', 'CANCELLED', '4f30ce3c944c49c19ff3200e6a7ab8af', '984cc1826efb488bb52aa6bfbd3ce938', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:24.123456+00:00');
INSERT INTO bets (integration, bet_key, player_id, currency, stake, round_id, session_id, state, debit_transaction_id, cancel_transaction_id, created_at)
    VALUES ('kyren', 'k-bet-3', 'bob', 'EUR', NULL, 'k-round-3', 'sess-bob-eur', 'VOIDED', NULL, '31b65ac27bf64f559e6fa4dd49636253', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:30.123456+00:00');
INSERT INTO bets (integration, bet_key, player_id, currency, stake, round_id, session_id, state, debit_transaction_id, cancel_transaction_id, created_at)
    VALUES ('kyren', 'k-bet-4', 'alice', 'USD', 20.000000000000000000, 'k-round-4', 'sess-alice-usd', 'CANCELLED', 'c5b6030a64ec4059b2b76432788af363', '63d865b7ae354b8c953346e92c9a7cdf', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:36.123456+00:00');
INSERT INTO bets (integration, bet_key, player_id, currency, stake, round_id, session_id, state, debit_transaction_id, cancel_transaction_id, created_at)
    VALUES ('luckymonaco', 'l-bet-1', 'alice', 'EUR', 2.500000000000000000, 'l-round-1', 'sess-alice-eur', 'SETTLED', '98df3a61347c40789b013309f65299a7', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:42.123456+00:00');
INSERT INTO bets (integration, bet_key, player_id, currency, stake, round_id, session_id, state, debit_transaction_id, cancel_transaction_id, created_at)
    VALUES ('luckymonaco', 'l-bet-2', 'alice', 'EUR', 3.000000000000000000, 'l-round-2', 'sess-alice-eur', 'OPEN', '5ab322874fda4bdf9df91a16bc72cb69', NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:48.123456+00:00');
INSERT INTO wins (integration, win_key, player_id, currency, amount, round_id, transaction_id, created_at, win_part, jackpot_part)
    VALUES ('kyren', 'k-win-1', 'alice', 'EUR', 30.000000000000000000, 'k-round-1', 'f87f28cd4bae46b9a03358bb5f0e9cce', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:19.623456+00:00', NULL, NULL);
INSERT INTO wins (integration, win_key, player_id, currency, amount, round_id, transaction_id, created_at, win_part, jackpot_part)
    VALUES ('luckymonaco', 'l-win-1', 'alice', 'EUR', 7.750000000000000000, 'l-round-1', '4a4725ad12ce4be39099aea39faa867e', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:45.123456+00:00', 5.750000000000000000, 2.000000000000000000);
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-1', 'bet', '893cefd7e3136f75d9e8e1b7e2bee5717980921de852e7f1a69c83e21b9972d4', 'SUCCESS', '8bcba6c2adce4016aa024b3e34d8188f', 487.660000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:13.623456+00:00', 'k-bet-1');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-2', 'win', 'faabc8635c58f1d1ad5d48cb52d2c95c1639335a4178d4a5d3c8e2d40ecc47f5', 'SUCCESS', 'f87f28cd4bae46b9a03358bb5f0e9cce', 517.660000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:18.123456+00:00', 'k-win-1');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-3', 'endRound', 'b9a56c374fa44f7870f31302012e51f309f1154820e5f42dc52ffc262864c45f', 'SUCCESS', NULL, 517.660000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:21.123456+00:00', 'k-round-1');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-4', 'bet', '1fd4e714f41cdc1022b593ccafaf97f9a69c3704163ffb54792e1d90875ed645', 'SUCCESS', '4f30ce3c944c49c19ff3200e6a7ab8af', 70.000000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:22.623456+00:00', 'k-bet-2');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-5', 'cancel', 'c47122022ed647eb818858a346131e1a0075dc433d00706c993123c0de48c1bb', 'SUCCESS', '984cc1826efb488bb52aa6bfbd3ce938', 75.250000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:25.623456+00:00', 'k-bet-2');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-6', 'cancel', 'e31ca28431da4ae6436f53448281cec1fa51ac8e7b8f114738fd486634767cf6', 'SUCCESS', '31b65ac27bf64f559e6fa4dd49636253', 75.250000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:28.623456+00:00', 'k-bet-3');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-7', 'bet', '7438e7b50f7a3671ddcfcb310d05be7c2c97803ac4c62360f9736a6477a6a72a', 'BET_VOIDED', NULL, 75.250000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:31.623456+00:00', 'k-bet-3');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-8', 'bet', '8c041709047f0d4579510aa14f0cfea32bc41b179b7aca56620fa4063229d2e5', 'SUCCESS', 'c5b6030a64ec4059b2b76432788af363', 100.500000000000000000, 'USD', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:34.623456+00:00', 'k-bet-4');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('kyren', 'k-req-9', 'refund', '28277d0c84278c75bea6c8a1ab6403e250c8fc774965ef0f70b55afaa27b28b4', 'SUCCESS', '63d865b7ae354b8c953346e92c9a7cdf', 120.500000000000000000, 'USD', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:37.623456+00:00', 'k-bet-4');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('luckymonaco', 'l-req-1', 'bet', '3e395934a46d46aea970c7d23b2ce677efed58a5fc0e57ed539008414b342cb1', 'SUCCESS', '98df3a61347c40789b013309f65299a7', 515.160000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:40.623456+00:00', 'l-bet-1');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('luckymonaco', 'l-req-2', 'win', '135057340bdb79747108f33678f3ce567959dea8f115cb371364350ad52d757f', 'SUCCESS', '4a4725ad12ce4be39099aea39faa867e', 522.910000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:43.623456+00:00', 'l-win-1');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('luckymonaco', 'l-req-3', 'bet', '0c97ee625959a886982cc6a3a50bc03d2a99b1794f596053a635c7721d1ff758', 'SUCCESS', '5ab322874fda4bdf9df91a16bc72cb69', 519.910000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:46.623456+00:00', 'l-bet-2');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('luckymonaco', 'l-req-4', 'bet', '3bf5884a40d86138aceee38413ec3f30643da368966ac06e721b8f142ef43009', 'INSUFFICIENT_FUNDS', NULL, 10.000000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:49.623456+00:00', 'l-bet-3');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('luckymonaco', 'l-req-5', 'bet', 'e771f1203db88fc5bf3e5f055d07f8c47dcee8b8e3e0361fd8b2659ca963d285', 'ACCOUNT_LOCKED', NULL, 10.000000000000000000, 'EUR', TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:52.623456+00:00', 'l-bet-4');
INSERT INTO request_records (integration, request_id, operation, fingerprint, outcome_result, outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key)
    VALUES ('luckymonaco', 'l-req-6', 'sessionExpired', '9be94dc5bcb833ae52cb7797f395ba98bc6f1bb290c33293ae365f7b064f2a33', 'SUCCESS', NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:55.623456+00:00', 'sess-bob-eur');
