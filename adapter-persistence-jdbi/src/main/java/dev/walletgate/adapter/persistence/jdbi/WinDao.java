package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.WinRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the wins table. */
@RegisterConstructorMapper(WinRow.class)
interface WinDao {
  @SqlQuery(
      "SELECT integration, win_key, player_id, currency, amount, round_id, transaction_id,"
          + " created_at, win_part, jackpot_part FROM wins WHERE integration = :integration AND win_key = :key")
  Optional<WinRow> find(@Bind("integration") String integration, @Bind("key") String key);

  @SqlUpdate(
      "INSERT INTO wins (integration, win_key, player_id, currency, amount, round_id,"
          + " transaction_id, created_at, win_part, jackpot_part) VALUES (:integration, :key,"
          + " :player, :currency, :amount, :round, :transactionId, :createdAt, :winPart,"
          + " :jackpotPart)")
  void insert(
      @Bind("integration") String integration,
      @Bind("key") String key,
      @Bind("player") String player,
      @Bind("currency") String currency,
      @Bind("amount") BigDecimal amount,
      @Bind("round") String round,
      @Bind("transactionId") String transactionId,
      @Bind("createdAt") Instant createdAt,
      @Bind("winPart") BigDecimal winPart,
      @Bind("jackpotPart") BigDecimal jackpotPart);
}
