package dev.walletgate.bootstrap.operator;

import dev.walletgate.application.protocol.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The operator API's OpenAPI document, served as it is shipped in the jar. */
public final class OperatorContract {
  /** Where the document is served; it needs no operator key, a contract is not a secret. */
  public static final String PATH = OperatorApi.PREFIX + "/openapi.yaml";

  /** The media type of RFC 9512. */
  public static final String MEDIA_TYPE = "application/yaml";

  /** The class-path resource, beside this class. */
  public static final String RESOURCE = "openapi.yaml";

  private final byte[] document;

  private OperatorContract(byte[] document) {
    this.document = document;
  }

  /** Reads the document once; a jar without it is a broken build, so this fails the start. */
  static OperatorContract load() {
    try (InputStream in = OperatorContract.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the operator API's " + RESOURCE + " is missing");
      }
      return new OperatorContract(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply reply() {
    return new Reply(200, MEDIA_TYPE, document);
  }
}
