package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.decimal;
import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.integer;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import dev.walletgate.adapter.persistence.jdbi.Rows.RequestRow;
import dev.walletgate.application.port.out.Claim;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SQL of the request_records table. */
final class RequestDao {
  /** This DAO's SQL with its table in one schema, built once per adapter. */
  static final class Statements {
    private final String find;
    private final QueuedSql claim;
    private final QueuedSql complete;
    private final String findRefused;
    private final String countRefused;
    private final String purge;

    Statements(String schema) {
      String requestRecords = schema + ".request_records";
      String record =
          "SELECT integration, request_id, operation, fingerprint, outcome_result,"
              + " outcome_transaction_id, outcome_balance, outcome_currency, created_at,"
              + " subject_key FROM "
              + requestRecords;
      String refused =
          " WHERE operation IN (<operations>) AND outcome_result IS NOT NULL"
              + " AND outcome_result <> :success";
      find = record + " WHERE integration = :integration AND request_id = :id";
      // One statement claims a new id or, for a committed one, leaves it (NOT EXISTS sees it); an
      // id claimed by a transaction still open passes NOT EXISTS and then collides on the primary
      // key. The casts give the parameters a type without capping a length (too long still
      // fails); the amount takes the column's own type, as H2's plain NUMERIC has scale 0 and
      // would round it.
      claim =
          QueuedSql.of(
              "INSERT INTO "
                  + requestRecords
                  + " (integration, request_id, operation, fingerprint,"
                  + " outcome_result, outcome_transaction_id, outcome_balance, outcome_currency,"
                  + " created_at, subject_key)"
                  + " SELECT CAST(:integration AS VARCHAR), CAST(:id AS VARCHAR),"
                  + " CAST(:operation AS VARCHAR), CAST(:fingerprint AS VARCHAR),"
                  + " CAST(:result AS VARCHAR), CAST(:transactionId AS VARCHAR),"
                  + " CAST(:balance AS NUMERIC(38, 18)), CAST(:currency AS VARCHAR),"
                  + " CAST(:createdAt AS TIMESTAMP WITH TIME ZONE), CAST(:subject AS VARCHAR)"
                  + " WHERE NOT EXISTS (SELECT 1 FROM "
                  + requestRecords
                  + " WHERE integration = :integration AND request_id = :id)");
      complete =
          QueuedSql.of(
              "UPDATE "
                  + requestRecords
                  + " SET outcome_result = :result,"
                  + " outcome_transaction_id = :transactionId, outcome_balance = :balance,"
                  + " outcome_currency = :currency WHERE integration = :integration"
                  + " AND request_id = :id");
      findRefused =
          record
              + refused
              + " ORDER BY created_at DESC, integration DESC, request_id DESC LIMIT :limit";
      countRefused = "SELECT count(*) FROM " + requestRecords + refused;
      purge = "DELETE FROM " + requestRecords + " WHERE created_at < :cutoff";
    }
  }

  private final Statements statements;
  private final Sql sql;

  RequestDao(Sql sql, Statements statements) {
    this.sql = sql;
    this.statements = statements;
  }

  Optional<RequestRow> find(String integration, String id) {
    return sql.one(
        statements.find,
        Rows.REQUEST,
        q -> q.bind("integration", text(integration)).bind("id", text(id)));
  }

  /** The claim, sent at once or with the transaction's next statement (see {@link Sql#ahead}). */
  Claim claim(RequestRow row) {
    QueuedClaim claim = new QueuedClaim(sql);
    sql.ahead(
        statements.claim,
        u ->
            u.counted(claim::answer)
                .bind("integration", text(row.integration()))
                .bind("id", text(row.requestId()))
                .bind("operation", text(row.operation()))
                .bind("fingerprint", text(row.fingerprint()))
                .bind("result", text(row.outcomeResult()))
                .bind("transactionId", text(row.outcomeTransactionId()))
                .bind("balance", decimal(row.outcomeBalance()))
                .bind("currency", text(row.outcomeCurrency()))
                .bind("createdAt", instant(row.createdAt()))
                .bind("subject", text(row.subjectKey())));
    return claim;
  }

  void complete(
      String integration,
      String id,
      String result,
      String transactionId,
      BigDecimal balance,
      String currency) {
    sql.later(
        statements.complete,
        () -> "request not claimed: " + integration + " " + id,
        u ->
            u.bind("integration", text(integration))
                .bind("id", text(id))
                .bind("result", text(result))
                .bind("transactionId", text(transactionId))
                .bind("balance", decimal(balance))
                .bind("currency", text(currency)));
  }

  List<RequestRow> findRefused(Collection<String> operations, String success, int limit) {
    return sql.listBound(
        statements.findRefused,
        Rows.REQUEST,
        q ->
            q.bindList("operations", List.copyOf(operations))
                .bind("success", text(success))
                .bind("limit", integer(limit)));
  }

  long countRefused(Collection<String> operations, String success) {
    return sql.listBound(
            statements.countRefused,
            Rows.COUNT,
            q -> q.bindList("operations", List.copyOf(operations)).bind("success", text(success)))
        .get(0);
  }

  int purgeCreatedBefore(Instant cutoff) {
    return sql.update(statements.purge, u -> u.bind("cutoff", instant(cutoff)));
  }
}
