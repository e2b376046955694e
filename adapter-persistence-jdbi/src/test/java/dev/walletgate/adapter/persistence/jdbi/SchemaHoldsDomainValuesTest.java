package dev.walletgate.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Identifier;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.StoredAmount;
import dev.walletgate.domain.outcome.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every column of the migration holds the longest value the domain lets through, so that no value
 * the domain accepts is refused (or, with PostgreSQL's trailing spaces, cut) by the database. A new
 * text column fails here until it names what it holds.
 */
class SchemaHoldsDomainValuesTest {
  private static final String MIGRATIONS = "/db/walletgate/jdbi/";
  private static final Pattern VARCHAR = Pattern.compile("^\\s+(\\w+)\\s+VARCHAR\\((\\d+)\\)");
  private static final Pattern NUMERIC =
      Pattern.compile("^\\s+(\\w+)\\s+NUMERIC\\((\\d+),\\s*(\\d+)\\)");

  /** The operations the services record a request under. */
  private static final List<String> OPERATIONS =
      List.of("bet", "win", "cancel", "refund", "endRound", "sessionExpired");

  /** The longest value the domain lets into each text column. */
  private static final Map<String, Integer> LONGEST = new LinkedHashMap<>();

  static {
    for (String id :
        List.of(
            "player_id",
            "transaction_id",
            "integration",
            "entry_key",
            "platform_reference",
            "session_id",
            "round_id",
            "bet_key",
            "debit_transaction_id",
            "cancel_transaction_id",
            "win_key",
            "request_id",
            "outcome_transaction_id",
            "subject_key",
            "event_key",
            "consumer")) {
      LONGEST.put(id, Identifier.MAX_LENGTH);
    }
    LONGEST.put("currency", CurrencyCode.MAX_CODE_LENGTH);
    LONGEST.put("outcome_currency", CurrencyCode.MAX_CODE_LENGTH);
    LONGEST.put("kind", longestName(EntryKind.values()));
    LONGEST.put(
        "state",
        longestName(
            Stream.of(BetState.values(), RoundState.values(), SessionState.values())
                .flatMap(Arrays::stream)
                .toArray(Enum[]::new)));
    LONGEST.put("operation", OPERATIONS.stream().mapToInt(String::length).max().orElseThrow());
    LONGEST.put("fingerprint", 64);
    LONGEST.put("event_id", UUID.randomUUID().toString().length());
    LONGEST.put("event_kind", longestName(EventKind.values()));
    LONGEST.put(
        "outcome_result",
        Math.max(longestName(Refusal.values()), RecordedOutcome.SUCCESS.length()));
  }

  @Test
  void everyTextColumn_holdsTheLongestValueTheDomainAccepts() throws IOException {
    int checked = 0;
    for (String line : migration()) {
      Matcher column = VARCHAR.matcher(line);
      if (column.find()) {
        String name = column.group(1);
        assertThat(LONGEST).as("what the domain puts into %s", name).containsKey(name);
        assertThat(Integer.parseInt(column.group(2)))
            .as("width of %s", name)
            .isGreaterThanOrEqualTo(LONGEST.get(name));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void everyAmountColumn_holdsExactlyTheDigitsOfStoredAmount() throws IOException {
    int checked = 0;
    for (String line : migration()) {
      Matcher column = NUMERIC.matcher(line);
      if (column.find()) {
        int precision = Integer.parseInt(column.group(2));
        int scale = Integer.parseInt(column.group(3));
        assertThat(precision - scale).as(column.group(1)).isEqualTo(StoredAmount.INTEGER_DIGITS);
        assertThat(scale).as(column.group(1)).isEqualTo(StoredAmount.FRACTION_DIGITS);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5);
  }

  private static int longestName(Enum<?>[] values) {
    return Arrays.stream(values).mapToInt(v -> v.name().length()).max().orElseThrow();
  }

  // Every script's lines, so that a column added by a later migration is checked too.
  private static List<String> migration() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String script : WalletgateSchema.SCRIPTS) {
      try (InputStream in =
          SchemaHoldsDomainValuesTest.class.getResourceAsStream(MIGRATIONS + script)) {
        assertThat(in).as(script).isNotNull();
        lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      }
    }
    return lines;
  }
}
