package dev.walletgate.domain.limits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The calendar day a daily loss limit counts over (G5): from midnight to midnight in the configured
 * zone, so that a day of a clock change is 23 or 25 hours long.
 *
 * @param start the first instant of the day
 * @param end the first instant of the next day
 */
public record LossDay(Instant start, Instant end) {
  public LossDay {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("a day ends after it starts");
    }
  }

  /** The day, in that zone, that the instant falls in. */
  public static LossDay containing(Instant at, ZoneId zone) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    return new LossDay(
        day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
