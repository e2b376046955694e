package dev.walletgate.application.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand; millisecond precision so every database keeps it exactly. */
public final class TestClock extends Clock {
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private volatile Instant now;

  public TestClock() {
    this(START);
  }

  public TestClock(Instant start) {
    this.now = start;
  }

  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
