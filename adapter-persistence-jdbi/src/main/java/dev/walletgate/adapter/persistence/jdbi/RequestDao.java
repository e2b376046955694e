package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.RequestRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the request_records table. */
@RegisterConstructorMapper(RequestRow.class)
interface RequestDao {
  String RECORD =
      "SELECT integration, request_id, operation, fingerprint, outcome_result,"
          + " outcome_transaction_id, outcome_balance, outcome_currency, created_at, subject_key"
          + " FROM request_records";

  String REFUSED =
      " WHERE operation IN (<operations>) AND outcome_result IS NOT NULL"
          + " AND outcome_result <> :success";

  @SqlQuery(RECORD + " WHERE integration = :integration AND request_id = :id")
  Optional<RequestRow> find(@Bind("integration") String integration, @Bind("id") String id);

  @SqlUpdate(
      "INSERT INTO request_records (integration, request_id, operation, fingerprint,"
          + " created_at, subject_key)"
          + " VALUES (:integration, :id, :operation, :fingerprint, :createdAt, :subject)")
  void claim(
      @Bind("integration") String integration,
      @Bind("id") String id,
      @Bind("operation") String operation,
      @Bind("fingerprint") String fingerprint,
      @Bind("createdAt") Instant createdAt,
      @Bind("subject") String subject);

  @SqlUpdate(
      "UPDATE request_records SET outcome_result = :result,"
          + " outcome_transaction_id = :transactionId, outcome_balance = :balance,"
          + " outcome_currency = :currency WHERE integration = :integration AND request_id = :id")
  int complete(
      @Bind("integration") String integration,
      @Bind("id") String id,
      @Bind("result") String result,
      @Bind("transactionId") String transactionId,
      @Bind("balance") BigDecimal balance,
      @Bind("currency") String currency);

  @SqlQuery(
      RECORD
          + REFUSED
          + " ORDER BY created_at DESC, integration DESC, request_id DESC LIMIT :limit")
  List<RequestRow> findRefused(
      @BindList("operations") Collection<String> operations,
      @Bind("success") String success,
      @Bind("limit") int limit);

  @SqlQuery("SELECT count(*) FROM request_records" + REFUSED)
  long countRefused(
      @BindList("operations") Collection<String> operations, @Bind("success") String success);

  @SqlUpdate("DELETE FROM request_records WHERE created_at < :cutoff")
  int purgeCreatedBefore(@Bind("cutoff") Instant cutoff);
}
