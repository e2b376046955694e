package dev.walletgate.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a finished run and prints its line of the reliability table. */
final class RunReport {
  private RunReport() {}

  /** Audits the database against the book, prints the figures, asserts zero discrepancies. */
  static LedgerAudit.Result check(
      String run, TestStorage storage, ProviderRun providers, String faults) throws Exception {
    ProviderBook book = providers.book;
    LedgerAudit.Result audit = print(run, storage, providers, faults);
    assertThat(audit.discrepancies()).as("book against ledger").isEmpty();
    assertThat(book.retransmissionMismatches()).as("retransmissions").isEmpty();
    assertThat(book.uncertain())
        .as("outcomes still unknown after the settle-up: %s", book.uncertainItems())
        .isZero();
    assertThat(audit.accounts()).isEqualTo(providers.playerIds().size());
    return audit;
  }

  /** Audits the database against the book and prints the figures, asserting nothing. */
  static LedgerAudit.Result print(
      String run, TestStorage storage, ProviderRun providers, String faults) throws Exception {
    ProviderBook book = providers.book;
    LedgerAudit.Result audit =
        LedgerAudit.audit(book, storage.jdbcUrl, storage.user, storage.persistence);
    int discrepancies = discrepancies(audit, book);
    System.out.printf(
        "RELIABILITY | %s | %s | %s | callbacks %d (retransmissions %d, new-id duplicates %d,"
            + " out of order %d) | faults: %s | unanswered %d, retry answers %d, unexpected %d,"
            + " settled up %d | accounts %d, entries %d | discrepancies %d%n",
        run,
        storage.database,
        storage.adapter(),
        book.callbacks.get(),
        book.retransmissions.get(),
        book.duplicatesWithNewId.get(),
        book.outOfOrder.get(),
        faults,
        book.unanswered.get(),
        book.transientAnswers.get(),
        book.unexpectedFailures.get(),
        book.settleUps.get(),
        audit.accounts(),
        audit.entries(),
        discrepancies);
    return audit;
  }

  static int discrepancies(LedgerAudit.Result audit, ProviderBook book) {
    return audit.discrepancies().size() + book.retransmissionMismatches().size();
  }
}
