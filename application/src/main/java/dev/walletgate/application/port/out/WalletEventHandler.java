package dev.walletgate.application.port.out;

/**
 * Outgoing port the platform implements to hear of the feed's events (E3): called once per event,
 * in position order, at least once. An event can come again after a crash or a failed handling, so
 * the handler deduplicates by {@link WalletEvent#id()}.
 */
@FunctionalInterface
public interface WalletEventHandler {
  /** Handles the event; an exception stops the run, and the event is handed again next run. */
  void handle(WalletEvent event) throws Exception;
}
