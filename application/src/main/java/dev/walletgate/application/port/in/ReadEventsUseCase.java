package dev.walletgate.application.port.in;

/** Incoming port: the platform reads the event feed, and keeps a named consumer's cursor in it. */
public interface ReadEventsUseCase {
  /** Most events one read returns. */
  int MAX_LIMIT = 1000;

  /**
   * The events committed after the position, in position order, at most {@code limit}.
   *
   * @throws IllegalArgumentException if the position is negative or the limit is not 1 to {@link
   *     #MAX_LIMIT}
   */
  EventPage readEvents(long after, int limit);

  /** The position the named consumer has handled up to; 0 before its first save. */
  long cursor(String consumer);

  /** Saves the position the named consumer has handled up to. */
  void saveCursor(String consumer, long position);
}
