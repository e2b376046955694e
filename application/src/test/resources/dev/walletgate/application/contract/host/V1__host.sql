-- A platform's own first migration, in its default schema and Flyway's default history, with a
-- table named as generically as one of Walletgate's.
CREATE TABLE accounts (
    account_no INTEGER      NOT NULL PRIMARY KEY,
    owner      VARCHAR(100) NOT NULL
);
INSERT INTO accounts (account_no, owner) VALUES (1, 'host-one');
INSERT INTO accounts (account_no, owner) VALUES (2, 'host-two');
