package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.adapter.http.kyren.KyrenConfig;
import dev.walletgate.adapter.http.kyren.KyrenWalletHandler;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoConfig;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoWalletHandler;
import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.Walletgate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The embedding guide (bootstrap/docs/embedding.md) and the README's "Embed it" section show the
 * consumer projects' own code (bootstrap/src/it), which every build compiles and runs: each Java
 * block there is a region marked {@code // README-BEGIN name} ... {@code // README-END} in their
 * sources, the guide shows every region, and the coordinates are the modules'.
 */
class EmbedItReadmeTest {
  private static final Path README = Path.of("../README.md");
  private static final Path GUIDE = Path.of("docs/embedding.md");
  private static final Path CONSUMERS = Path.of("src/it");
  private static final Pattern BEGIN = Pattern.compile("^( *)// README-BEGIN (\\S+)$");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL);
  private static final Pattern XML_BLOCK = Pattern.compile("```xml\n(.*?)\n```", Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheGuide_isAMarkedRegionOfAConsumer_andEveryRegionIsShown() {
    Map<String, String> regions = markedRegions();
    List<String> blocks = blocks(JAVA_BLOCK, read(GUIDE));

    assertThat(regions)
        .containsOnlyKeys("plain", "plain-http", "plain-events", "spring", "spring-http");
    assertThat(blocks).containsExactlyInAnyOrderElementsOf(regions.values());
  }

  @Test
  void everyJavaBlockOfTheReadmesEmbedIt_isAMarkedRegionOfAConsumer() {
    List<String> blocks = blocks(JAVA_BLOCK, embedItSection());

    assertThat(blocks).isNotEmpty();
    assertThat(markedRegions().values()).containsAll(blocks);
  }

  @Test
  void theSpringConsumersProperties_areShownAsTheyAre() throws IOException {
    String properties =
        Files.readString(
            CONSUMERS.resolve("spring-boot/src/main/resources/application.properties"));

    assertThat(read(GUIDE)).contains("```properties\n" + properties + "```");
  }

  @Test
  void theCoordinates_areModulesOfThisBuild_atItsVersion() throws IOException {
    String version = projectVersion();
    for (String text : List.of(embedItSection(), read(GUIDE))) {
      String xml = String.join("\n", blocks(XML_BLOCK, text));
      List<String> artifactIds = values(xml, "artifactId");

      assertThat(values(xml, "groupId")).isNotEmpty().containsOnly("dev.walletgate");
      assertThat(values(xml, "version")).hasSameSizeAs(artifactIds).containsOnly(version);
      assertThat(artifactIds)
          .contains("adapter-http-kyren", "adapter-http-luckymonaco")
          .allSatisfy(id -> assertThat(Path.of("..", id, "pom.xml")).exists())
          .doesNotContain("bootstrap");
    }
  }

  @Test
  void aProtocolWithoutItsSecret_isNotServed() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:embed-it-no-secrets;DB_CLOSE_DELAY=-1");
    try (Walletgate walletgate = Walletgate.builder(new JdbiPersistence(dataSource)).build()) {
      assertThatThrownBy(
              () ->
                  new LuckyMonacoWalletHandler(
                      LuckyMonacoConfig.token(""), walletgate.providerUseCases()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("luckymonaco.token");
      assertThatThrownBy(
              () ->
                  new KyrenWalletHandler(KyrenConfig.basePath(null), walletgate.providerUseCases()))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("basePath");
    }
  }

  /** The regions by name, each without the indentation of its marker. */
  private static Map<String, String> markedRegions() {
    Map<String, String> regions = new LinkedHashMap<>();
    for (Path source : consumerSources()) {
      List<String> lines = readLines(source);
      for (int i = 0; i < lines.size(); i++) {
        Matcher begin = BEGIN.matcher(lines.get(i));
        if (begin.matches()) {
          String indent = begin.group(1);
          int end = lines.subList(i, lines.size()).indexOf(indent + "// README-END") + i;
          assertThat(end).as("README-END of %s in %s", begin.group(2), source).isGreaterThan(i);
          String region =
              lines.subList(i + 1, end).stream()
                  .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
                  .collect(Collectors.joining("\n"));
          assertThat(regions.put(begin.group(2), region)).as("region %s", begin.group(2)).isNull();
        }
      }
    }
    return regions;
  }

  private static List<Path> consumerSources() {
    try (Stream<Path> files = Files.walk(CONSUMERS)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path document) {
    try {
      return Files.readString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The README from "## Embed it" to the next second-level heading. */
  private static String embedItSection() {
    String readme = read(README);
    int start = readme.indexOf("\n## Embed it\n");
    assertThat(start).as("the README's Embed it section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> blocks(Pattern fence, String text) {
    List<String> blocks = new ArrayList<>();
    Matcher m = fence.matcher(text);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private static List<String> values(String xml, String element) {
    List<String> values = new ArrayList<>();
    Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }

  /** The version in the parent pom, right after its own artifactId. */
  private static String projectVersion() throws IOException {
    Matcher m =
        Pattern.compile("<artifactId>walletgate</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("../pom.xml")));
    assertThat(m.find()).as("the parent pom's version").isTrue();
    return m.group(1);
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
