package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's documents stand on their own: every relative link in a Markdown file leads to a
 * file inside the repository (and to a heading there, when it names one), and no document, source
 * or build file points at notes kept outside it.
 */
class DocumentLinksTest {
  static final Path ROOT = repositoryRoot();

  // [text](target) and ![alt](target), with an optional "title"; the target has no spaces.
  private static final Pattern LINK =
      Pattern.compile(
          "!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern HTML_ANCHOR =
      Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  // The folder of the working notes beside the repository; written so that no path to it appears
  // in this file.
  private static final String NOTES = "shared";
  private static final Pattern OUTSIDE_NOTES =
      Pattern.compile("(\\.\\./)+" + NOTES + "/|/work/" + NOTES + "\\b");

  private final Map<Path, Set<String>> anchors = new HashMap<>();

  @Test
  void everyRelativeLinkInTheDocuments_leadsToAFileAndHeadingInsideTheRepository() {
    List<String> broken = new ArrayList<>();
    List<Path> documents = files(".md");
    assertThat(documents).as("Markdown files under " + ROOT).isNotEmpty();
    for (Path document : documents) {
      for (String target : links(read(document))) {
        problem(document, target).ifPresent(p -> broken.add(relative(document) + ": " + p));
      }
    }
    assertThat(broken).as("dead or outside links").isEmpty();
  }

  @Test
  void noDocumentSourceOrBuildFile_pointsAtNotesOutsideTheRepository() {
    List<String> found = new ArrayList<>();
    for (String suffix : List.of(".md", ".java", ".xml", ".properties", ".json", ".sql")) {
      for (Path file : files(suffix)) {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (OUTSIDE_NOTES.matcher(lines[i]).find()) {
            found.add(relative(file) + ":" + (i + 1) + ": " + lines[i].strip());
          }
        }
      }
    }
    assertThat(found).as("paths outside the repository").isEmpty();
  }

  @Test
  void theReadme_staysAUsersPage_withResultsAndGuidesInTheirOwnDocuments() throws IOException {
    // What it is, the two commands, configuration, embedding, operations, and the benchmark's
    // command with its latest targets: about 270 lines.
    assertThat(Files.readAllLines(Path.of("../README.md"))).hasSizeLessThanOrEqualTo(275);
  }

  @Test
  void theLinkChecker_findsWhatItMustFind() {
    String text =
        "See [a](docs/a.md#part-one), ![b](b.png \"title\") and [c](https://example.com).\n"
            + "```\n[not a link](inside/a/fence.md)\n```\n"
            + "`[not a link](inside/code.md)` and [d](#local)\n";

    assertThat(links(text))
        .containsExactly("docs/a.md#part-one", "b.png", "https://example.com", "#local");
    Path readme = ROOT.resolve("README.md");
    assertThat(problem(readme, "domain/RULES.md#m---money")).isEmpty();
    assertThat(problem(readme, "https://example.com/x.md")).isEmpty();
    assertThat(problem(readme, "domain/RULES.md#no-such-heading")).isPresent();
    assertThat(problem(readme, "no/such/file.md")).isPresent();
    assertThat(problem(readme, "../../etc/passwd")).isPresent();
    assertThat(problem(readme, "../" + NOTES + "/specs/kyren.md")).isPresent();
    assertThat(slug("The rules in prose")).isEqualTo("the-rules-in-prose");
    assertThat(slug("`ProviderProtocol`: a plug-in, step 1 (optional)"))
        .isEqualTo("providerprotocol-a-plug-in-step-1-optional");
    assertThat(slug("Cancel (seed) / Refund")).isEqualTo("cancel-seed--refund");
  }

  /** What is wrong with one link of a document, if anything. */
  private Optional<String> problem(Path document, String target) {
    if (SCHEME.matcher(target).find()) {
      return Optional.empty();
    }
    if (OUTSIDE_NOTES.matcher(target).find() || target.matches("(.*/)?" + NOTES + "/.*")) {
      return Optional.of(target + " names notes outside the repository");
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    // A target starting with '/' is read from the repository's top, as GitHub does.
    Path base = path.startsWith("/") ? ROOT : document.getParent();
    Path resolved =
        path.isEmpty() ? document : base.resolve(path.replaceFirst("^/+", "")).normalize();
    if (!resolved.startsWith(ROOT)) {
      return Optional.of(target + " leaves the repository");
    }
    if (!Files.exists(resolved)) {
      return Optional.of(target + " does not exist");
    }
    if (anchor != null
        && !anchor.isEmpty()
        && resolved.toString().endsWith(".md")
        && !anchorsOf(resolved).contains(anchor.toLowerCase(Locale.ROOT))) {
      return Optional.of(target + " names no heading of " + relative(resolved));
    }
    return Optional.empty();
  }

  /** The link targets of a Markdown text, outside fenced code blocks and code spans. */
  static List<String> links(String markdown) {
    List<String> targets = new ArrayList<>();
    for (String line : prose(markdown)) {
      Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", ""));
      while (link.find()) {
        targets.add(link.group(1));
      }
    }
    return targets;
  }

  /** The lines of a Markdown text that are not inside a fenced code block. */
  private static List<String> prose(String markdown) {
    List<String> lines = new ArrayList<>();
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
        fence = trimmed.substring(0, 3);
      } else if (fence != null && trimmed.startsWith(fence)) {
        fence = null;
      } else if (fence == null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private Set<String> anchorsOf(Path document) {
    return anchors.computeIfAbsent(
        document,
        d -> {
          Set<String> found = new HashSet<>();
          Map<String, Integer> seen = new HashMap<>();
          String text = read(d);
          for (String line : prose(text)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
              String slug = slug(heading.group(2));
              int count = seen.merge(slug, 1, Integer::sum);
              found.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
          }
          Matcher html = HTML_ANCHOR.matcher(text);
          while (html.find()) {
            found.add(html.group(1).toLowerCase(Locale.ROOT));
          }
          return found;
        });
  }

  /**
   * GitHub's anchor of a heading: its text without link targets and code marks, lower-case,
   * punctuation dropped (letters, digits, spaces, hyphens and underscores stay), spaces as hyphens.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
    text = text.replaceAll("\\*\\*|__", "").toLowerCase(Locale.ROOT);
    return text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  /** Every file of the repository with this suffix, outside build output and Git's own files. */
  static List<Path> files(String suffix) {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> !ignored(ROOT.relativize(p)))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean ignored(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals(".git") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path file) {
    return ROOT.relativize(file).toString();
  }

  /** The folder of the root pom: the first one up from here that lists bootstrap as a module. */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path pom = d.resolve("pom.xml");
      if (Files.isRegularFile(pom) && read(pom).contains("<module>bootstrap</module>")) {
        return d.normalize();
      }
    }
    throw new IllegalStateException("no root pom above " + dir);
  }
}
