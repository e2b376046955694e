package dev.walletgate.adapter.persistence.jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.argument.Argument;

/**
 * A write statement with named parameters turned positional once per adapter, so that its runs can
 * be queued and sent together with other writes (see {@link PendingWrites}).
 */
final class QueuedSql {
  private static final Pattern NAMED = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");

  private final String positional;
  private final String[] names;

  private QueuedSql(String positional, String[] names) {
    this.positional = positional;
    this.names = names;
  }

  /** Parses {@code :name} parameters; the statements carry no literals with colons. */
  static QueuedSql of(String named) {
    List<String> names = new ArrayList<>();
    Matcher matcher = NAMED.matcher(named);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      names.add(matcher.group(1));
      matcher.appendReplacement(text, "?");
    }
    matcher.appendTail(text);
    return new QueuedSql(text.toString(), names.toArray(String[]::new));
  }

  String positional() {
    return positional;
  }

  int parameterCount() {
    return names.length;
  }

  /** Sets every position the named parameter fills; false for a name the statement lacks. */
  boolean bind(Argument[] arguments, String name, Argument value) {
    boolean found = false;
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        arguments[i] = value;
        found = true;
      }
    }
    return found;
  }
}
