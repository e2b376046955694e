package com.example.boot;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only when {@code WALLETGATE_TEST_POSTGRES_URL} names a server; without it the test is
 * skipped with the reason, unless {@code WALLETGATE_REQUIRE_POSTGRES=1}, which makes it a failure.
 * Decided before Spring starts a context.
 */
public final class PostgresRequired implements ExecutionCondition {
  static final String URL_VARIABLE = "WALLETGATE_TEST_POSTGRES_URL";
  static final String REQUIRE_VARIABLE = "WALLETGATE_REQUIRE_POSTGRES";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = System.getenv(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return ConditionEvaluationResult.enabled(URL_VARIABLE + " is set");
    }
    String reason = URL_VARIABLE + " is not set, so the Spring Boot consumer cannot run";
    if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
      throw new IllegalStateException(reason + " (" + REQUIRE_VARIABLE + "=1 requires it)");
    }
    return ConditionEvaluationResult.disabled(
        reason + "; set it, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  }
}
