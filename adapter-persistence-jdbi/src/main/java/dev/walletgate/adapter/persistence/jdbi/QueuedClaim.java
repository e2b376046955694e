package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.Claim;

/** A request claim whose row count arrives when the queued writes are sent. */
final class QueuedClaim implements Claim {
  private final Sql sql;
  private int rows = -1;

  QueuedClaim(Sql sql) {
    this.sql = sql;
  }

  void answer(int rowCount) {
    rows = rowCount;
  }

  @Override
  public boolean won() {
    if (rows < 0) {
      sql.flush();
    }
    if (rows < 0) {
      throw new IllegalStateException("the claim was not sent with the queued writes");
    }
    return rows == 1;
  }

  @Override
  public boolean answered() {
    return rows >= 0;
  }
}
