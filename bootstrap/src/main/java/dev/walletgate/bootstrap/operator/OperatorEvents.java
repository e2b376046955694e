package dev.walletgate.bootstrap.operator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.EventPage;
import dev.walletgate.application.port.in.ReadEventsUseCase;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.application.protocol.Reply;
import java.util.Map;

/** {@code GET /events}: the event feed after a position (E2, E4), for a standalone platform. */
final class OperatorEvents {
  private final ReadEventsUseCase feed;
  private final OperatorJson json;
  private final OperatorViews views;

  OperatorEvents(ReadEventsUseCase feed, OperatorJson json, OperatorViews views) {
    this.feed = feed;
    this.json = json;
    this.views = views;
  }

  Reply read(String rawQuery) {
    Map<String, String> query = OperatorQueries.parse(rawQuery);
    long after = after(query.get("after"));
    int limit = OperatorQueries.limit(query.get("limit"));
    EventPage page = feed.readEvents(after, limit);
    if (page.behind()) {
      throw Problem.gone(
          "the events after "
              + after
              + " were purged; the feed now starts at "
              + page.oldestRetainedPosition());
    }
    ObjectNode body = json.object();
    ArrayNode list = body.putArray("events");
    page.events().forEach(event -> list.add(item(event)));
    body.put("next", page.next(after));
    body.put("oldestRetainedPosition", page.oldestRetainedPosition());
    return json.ok(body);
  }

  private ObjectNode item(WalletEvent e) {
    ObjectNode item = json.object();
    item.put("id", e.id());
    item.put("position", e.position());
    item.put("kind", e.kind().name());
    item.put("playerId", e.player().value());
    item.put("currency", OperatorViews.text(e.currency()));
    item.put("amount", e.amount() == null ? null : views.display(e.amount(), e.currency()));
    item.put(
        "balanceAfter",
        e.balanceAfter() == null ? null : views.display(e.balanceAfter(), e.currency()));
    item.put("integration", e.integration() == null ? null : e.integration().value());
    item.put("key", e.key());
    item.put("transactionId", e.transaction() == null ? null : e.transaction().value());
    item.put("at", e.occurredAt().toString());
    return item;
  }

  private static long after(String value) {
    if (value == null) {
      return 0;
    }
    try {
      long after = Long.parseLong(value);
      if (after >= 0) {
        return after;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Problem.unprocessable("'after' must be a position, 0 or more");
  }
}
