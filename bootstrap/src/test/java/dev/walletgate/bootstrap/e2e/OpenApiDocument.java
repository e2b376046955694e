package dev.walletgate.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An OpenAPI 3.1 document as the contract tests read it: its operations, the response it documents
 * for a status, and any schema in it as a JSON Schema 2020-12 validator whose {@code $ref}s resolve
 * inside the same document.
 */
final class OpenApiDocument {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** One documented operation: an HTTP method on a path template, such as {@code GET /x/{id}}. */
  record Operation(String method, String path) implements Comparable<Operation> {
    @Override
    public int compareTo(Operation other) {
      return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final JsonNode root;
  private final String iri;
  private final SchemaRegistry schemas;

  private OpenApiDocument(JsonNode root, String iri) {
    this.root = root;
    this.iri = iri;
    // The registry knows the document under its own address, so "#/components/..." resolves there
    // and nothing is ever fetched; formats (date-time) are asserted, not only annotated.
    String json = root.toString();
    this.schemas =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi31(),
            builder ->
                builder
                    .schemas(Map.of(iri, json))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /** Reads a YAML document that lives at the given address. */
  static OpenApiDocument read(String yaml, String iri) {
    try {
      return new OpenApiDocument(new YAMLMapper().readTree(yaml), iri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** The path of the first server, which every path template is relative to. */
  String serverPath() {
    return root.at("/servers/0/url").asText();
  }

  Set<Operation> operations() {
    Set<Operation> operations = new TreeSet<>();
    for (Iterator<String> paths = root.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      for (String method : methods(path)) {
        operations.add(new Operation(method, path));
      }
    }
    return operations;
  }

  /** The methods documented for a path template, upper case. */
  Set<String> methods(String path) {
    Set<String> methods = new TreeSet<>();
    root.get("paths")
        .get(path)
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (METHODS.contains(name)) {
                methods.add(name.toUpperCase(Locale.ROOT));
              }
            });
    return methods;
  }

  /** The statuses documented for an operation. */
  Set<Integer> statuses(Operation operation) {
    Set<Integer> statuses = new TreeSet<>();
    operation(operation)
        .get("responses")
        .fieldNames()
        .forEachRemaining(s -> statuses.add(Integer.valueOf(s)));
    return statuses;
  }

  /**
   * Whether the operation needs the operator key: the document's security, unless it has its own.
   */
  boolean secured(Operation operation) {
    JsonNode security = operation(operation).path("security");
    JsonNode applied = security.isMissingNode() ? root.path("security") : security;
    return !applied.isEmpty();
  }

  /** Where the response documented for that status is, with its reference followed. */
  Optional<String> response(Operation operation, int status) {
    String pointer = pointer(operation) + "/responses/" + status;
    return root.at(pointer).isMissingNode() ? Optional.empty() : Optional.of(followed(pointer));
  }

  /** Where a response of the components is, such as {@code MethodNotAllowed}. */
  String componentResponse(String name) {
    String pointer = "/components/responses/" + name;
    if (root.at(pointer).isMissingNode()) {
      throw new AssertionError("the contract has no response " + name);
    }
    return pointer;
  }

  /** Where the schema of the operation's request body in that media type is, if it takes one. */
  Optional<String> requestBodySchema(Operation operation, String mediaType) {
    String body = pointer(operation) + "/requestBody";
    if (root.at(body).isMissingNode()) {
      return Optional.empty();
    }
    String schema = followed(body) + "/content/" + escape(mediaType) + "/schema";
    return root.at(schema).isMissingNode() ? Optional.empty() : Optional.of(schema);
  }

  JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /** What is wrong with the instance by the schema at that place, one line each; empty if valid. */
  List<String> violations(String schemaPointer, JsonNode instance) {
    SchemaLocation location = SchemaLocation.of(iri + "#" + fragment(schemaPointer));
    List<Error> errors = schemas.getSchema(location).validate(instance);
    return errors.stream().map(Error::toString).toList();
  }

  private JsonNode operation(Operation operation) {
    JsonNode node = root.at(pointer(operation));
    if (node.isMissingNode()) {
      throw new AssertionError("the contract does not document " + operation);
    }
    return node;
  }

  private static String pointer(Operation operation) {
    return "/paths/" + escape(operation.path()) + "/" + operation.method().toLowerCase(Locale.ROOT);
  }

  /** Follows a Reference Object (a response, a request body) to what it names, in this document. */
  private String followed(String pointer) {
    String at = pointer;
    for (int hops = 0; root.at(at).has("$ref"); hops++) {
      String ref = root.at(at).get("$ref").asText();
      if (!ref.startsWith("#/") || hops > 8) {
        throw new AssertionError("cannot follow " + ref + " from " + pointer);
      }
      at = ref.substring(1);
    }
    return at;
  }

  /** A JSON Pointer token: {@code ~} and {@code /} escaped (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON Pointer as a URI fragment: {@code {}} and the like percent-encoded (RFC 6901, 6). */
  private static String fragment(String pointer) {
    return URLEncoder.encode(pointer, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%2F", "/")
        .replace("%7E", "~");
  }
}
