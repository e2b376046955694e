package dev.walletgate.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of application/README.md: a pure core, adapters that know only the core
 * and their own technology, and bootstrap as the only module that sees everything. Every rule fails
 * on an empty import (ArchUnit's default), and {@link #everyModuleIsImported} fails if a module's
 * classes went missing, so a broken import can never make these rules pass vacuously.
 */
@AnalyzeClasses(
    packages = "dev.walletgate",
    importOptions = {ImportOption.DoNotIncludeTests.class, DependencyRuleTest.NoTestJars.class})
class DependencyRuleTest {
  private static final String DOMAIN = "dev.walletgate.domain..";
  private static final String APPLICATION = "dev.walletgate.application..";
  private static final String KYREN = "dev.walletgate.adapter.http.kyren..";
  private static final String LUCKYMONACO = "dev.walletgate.adapter.http.luckymonaco..";
  private static final String JDBI = "dev.walletgate.adapter.persistence.jdbi..";
  private static final String JPA = "dev.walletgate.adapter.persistence.jpa..";
  private static final String BOOTSTRAP = "dev.walletgate.bootstrap..";

  /** Test fixtures shipped as test-jars (the application's in-memory stores) are not production. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static void everyModuleIsImported(JavaClasses classes) {
    for (String module : new String[] {DOMAIN, APPLICATION, KYREN, LUCKYMONACO, JDBI, JPA}) {
      assertThat(classes.that(JavaClass.Predicates.resideInAPackage(module)))
          .as("classes imported from %s", module)
          .isNotEmpty();
    }
  }

  @ArchTest
  static final ArchRule domain_depends_on_java_only =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(DOMAIN, "java..")
          .because("the domain is pure rules (domain/README.md)");

  @ArchTest
  static final ArchRule application_depends_on_domain_and_java_only =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(APPLICATION, DOMAIN, "java..")
          .because("use cases and ports know nothing of frameworks (application/README.md)");

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_each_other =
      slices()
          .matching("dev.walletgate.adapter.(*).(*)..")
          .should()
          .notDependOnEachOther()
          .because("teams swap adapters per deployment");

  @ArchTest
  static final ArchRule only_bootstrap_depends_on_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BOOTSTRAP)
          .because("bootstrap wires the modules; none of them may know it");

  @ArchTest
  static final ArchRule jpa_only_in_the_jpa_adapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(JPA)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
          .because("Jakarta Persistence and Hibernate belong to the JPA adapter");

  @ArchTest
  static final ArchRule jdbi_only_in_the_jdbi_adapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(JDBI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jdbi..")
          .because("Jdbi belongs to the Jdbi adapter");

  @ArchTest
  static final ArchRule jackson_only_in_http_adapters_and_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackages(KYREN, LUCKYMONACO, BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..")
          .because("JSON is a wire concern of the HTTP adapters and the operator API");

  @ArchTest
  static final ArchRule flyway_only_in_persistence_adapters_and_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackages(JDBI, JPA, BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.flywaydb..")
          .because("migrations belong to the storage");

  @ArchTest
  static final ArchRule jetty_only_in_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jetty..")
          .because("the protocol handlers are framework-neutral; bootstrap mounts them on Jetty");

  @ArchTest
  static final ArchRule picocli_only_in_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .because("the command line is the standalone service's; a platform embeds no CLI");

  @ArchTest
  static final ArchRule adapters_do_not_use_services =
      noClasses()
          .that()
          .resideInAPackage("dev.walletgate.adapter..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.walletgate.application.service..")
          .because("adapters talk to the application through its use-case and port interfaces");

  @ArchTest
  static final ArchRule the_service_host_is_not_reached_from_the_library =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.micrometer..", "org.HdrHistogram..", "com.zaxxer.hikari..", "org.h2..")
          .because("an embedding platform brings its own pool, metrics and database");
}
