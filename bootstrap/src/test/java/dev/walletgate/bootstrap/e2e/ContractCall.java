package dev.walletgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletgate.bootstrap.e2e.OpenApiDocument.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call of a documented operation over the wire, checked against the contract: a request body
 * meant to succeed must be valid by its schema; the status must be one the operation documents, and
 * the answer must be what the contract says for it. Each produced status is recorded.
 */
final class ContractCall {
  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final OpenApiDocument contract;
  private final WireClient wire;
  private final ContractCoverage coverage;
  private final Operation operation;
  private final String path;
  private String query;
  private String host = "Host: 127.0.0.1";
  private String authorization = "Authorization: Bearer " + ServiceClient.OPERATOR_KEY;
  private final List<String> extraHeaders = new ArrayList<>();
  private byte[] body = new byte[0];

  /**
   * @param template a documented path, such as {@code /players/{playerId}/lock}
   * @param rawArguments the template's parameters in order, as they go on the wire (encoded)
   */
  ContractCall(
      OpenApiDocument contract,
      WireClient wire,
      ContractCoverage coverage,
      String method,
      String template,
      String... rawArguments) {
    this.contract = contract;
    this.wire = wire;
    this.coverage = coverage;
    this.operation = new Operation(method, template);
    this.path = fill(template, rawArguments);
  }

  private static String fill(String template, String[] arguments) {
    Matcher parameters = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    int next = 0;
    while (parameters.find()) {
      parameters.appendReplacement(path, Matcher.quoteReplacement(arguments[next++]));
    }
    parameters.appendTail(path);
    assertThat(next).as("arguments of " + template).isEqualTo(arguments.length);
    return path.toString();
  }

  /** The raw query, as it goes on the wire. */
  ContractCall query(String rawQuery) {
    this.query = rawQuery;
    return this;
  }

  ContractCall body(String json) {
    return body(json.getBytes(StandardCharsets.UTF_8));
  }

  ContractCall body(byte[] bytes) {
    this.body = bytes;
    return this;
  }

  /** The whole {@code Authorization} value; null sends none. */
  ContractCall authorization(String value) {
    this.authorization = value == null ? null : "Authorization: " + value;
    return this;
  }

  ContractCall withoutHost() {
    this.host = null;
    return this;
  }

  /** One more header line, such as a {@code Content-Length} declared for a body never sent. */
  ContractCall header(String line) {
    extraHeaders.add(line);
    return this;
  }

  /** Sends the call and checks the answer, which must have that status. */
  WireClient.Response expect(int status) {
    if (status / 100 == 2) {
      requestBodyIsValid();
    }
    WireClient.Response answer = send();
    assertThat(answer.status()).as(operation + " " + target() + ": " + answer).isEqualTo(status);
    Optional<String> response = contract.response(operation, status);
    assertThat(response).as(operation + " does not document " + status).isPresent();
    assertThat(ResponseCheck.violations(contract, response.get(), operation.method(), answer))
        .as(operation + " " + status + ": " + answer.bodyText())
        .isEmpty();
    coverage.record(operation, status);
    return answer;
  }

  private void requestBodyIsValid() {
    Optional<String> schema = contract.requestBodySchema(operation, "application/json");
    if (schema.isEmpty()) {
      assertThat(body).as(operation + " documents no request body").isEmpty();
      return;
    }
    JsonNode instance;
    try {
      instance = JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(operation + ": the request body is not JSON", e);
    }
    assertThat(contract.violations(schema.get(), instance))
        .as(operation + " request " + new String(body, StandardCharsets.UTF_8))
        .isEmpty();
  }

  private WireClient.Response send() {
    List<String> headers = new ArrayList<>();
    if (host != null) {
      headers.add(host);
    }
    if (authorization != null) {
      headers.add(authorization);
    }
    if (body.length > 0) {
      headers.add("Content-Type: application/json");
      headers.add("Content-Length: " + body.length);
    }
    headers.addAll(extraHeaders);
    return wire.send(operation.method(), target(), headers, body);
  }

  private String target() {
    String target = contract.serverPath() + path;
    return query == null ? target : target + "?" + query;
  }
}
