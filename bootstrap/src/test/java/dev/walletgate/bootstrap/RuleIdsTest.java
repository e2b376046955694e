package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rule id that a test's name or a comment cites is defined in {@code domain/RULES.md}, and
 * each is defined there once: a reader who meets {@code C7} anywhere finds what it means.
 */
class RuleIdsTest {
  private static final Path RULEBOOK = DocumentLinksTest.ROOT.resolve("domain/RULES.md");
  // The rulebook's groups: money, sessions, bets, wins, rounds, cancels, requests, faults, ledger,
  // bet guard.
  private static final String GROUPS = "MSBWRCIFLGE";
  private static final Pattern DEFINITION = Pattern.compile("^- \\*\\*([A-Z][0-9]+)\\*\\*");
  // A test method whose name starts with one or more ids: void C1_C3_walkthrough...()
  private static final Pattern TEST_NAME =
      Pattern.compile("\\bvoid\\s+((?:[" + GROUPS + "][0-9]+_)+)");
  private static final Pattern ID = Pattern.compile("\\b([" + GROUPS + "][0-9]+)\\b");
  private static final Pattern COMMENT = Pattern.compile("^\\s*(//|/?\\*)");

  @Test
  void everyCitedRuleId_isDefinedInTheRulebook() {
    Set<String> defined = definitions();
    List<String> undefined = new ArrayList<>();
    for (Path source : DocumentLinksTest.files(".java")) {
      String[] lines = DocumentLinksTest.read(source).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (String id : cited(lines[i])) {
          if (!defined.contains(id)) {
            undefined.add(DocumentLinksTest.ROOT.relativize(source) + ":" + (i + 1) + " " + id);
          }
        }
      }
    }
    assertThat(undefined).as("rule ids not defined in domain/RULES.md").isEmpty();
  }

  @Test
  void everyRuleId_isDefinedOnce_andTheGroupsAreAllThere() {
    List<String> all = new ArrayList<>();
    for (String line : DocumentLinksTest.read(RULEBOOK).split("\n")) {
      Matcher m = DEFINITION.matcher(line);
      if (m.find()) {
        all.add(m.group(1));
      }
    }
    assertThat(all).doesNotHaveDuplicates();
    Set<Character> groups = new TreeSet<>();
    all.forEach(id -> groups.add(id.charAt(0)));
    assertThat(groups).hasSize(GROUPS.length());
  }

  @Test
  void theCitationsOfALine_areFoundInNamesAndComments() {
    assertThat(cited("  void C1_C3_walkthrough_betThenCancel() {")).containsExactly("C1", "C3");
    assertThat(cited("    // W5 (Kyren): Results are credited (R1, S2/C4)"))
        .containsExactly("W5", "R1", "S2", "C4");
    assertThat(cited("   * H2 2.3.232 keeps V1 (I2)")).containsExactly("I2");
    assertThat(cited("    String url = \"jdbc:h2:mem:C9\";")).isEmpty();
  }

  /** The rule ids a line of Java cites: in a test method's name, or anywhere in a comment. */
  static Set<String> cited(String line) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher name = TEST_NAME.matcher(line);
    if (name.find()) {
      for (String id : name.group(1).split("_")) {
        ids.add(id);
      }
    }
    if (COMMENT.matcher(line).find()) {
      Matcher id = ID.matcher(line);
      while (id.find()) {
        ids.add(id.group(1));
      }
    }
    return ids;
  }

  private static Set<String> definitions() {
    Set<String> ids = new TreeSet<>();
    for (String line : DocumentLinksTest.read(RULEBOOK).split("\n")) {
      Matcher m = DEFINITION.matcher(line);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    assertThat(ids).as("rule definitions in " + RULEBOOK).isNotEmpty();
    return ids;
  }
}
