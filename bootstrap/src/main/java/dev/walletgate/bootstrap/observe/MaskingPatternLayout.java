package dev.walletgate.bootstrap.observe;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's pattern layout with every configured secret masked out of the whole line. */
public final class MaskingPatternLayout extends PatternLayout {
  @Override
  public String doLayout(ILoggingEvent event) {
    return LogSecrets.mask(super.doLayout(event));
  }
}
