package dev.partnership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture the project promises in docs/ARCHITECTURE.md: acyclic packages, immutable
 * values, and rules that read no clock, draw no randomness and do no I/O at all (formats live in
 * the {@code partnership-io} module).
 */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.partnership");
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.partnership.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void actorsDependOnNoOtherLayer() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnership.actors..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.partnership.model..",
            "dev.partnership.analysis..",
            "dev.partnership.governance..",
            "dev.partnership.participation..",
            "dev.partnership.funding..",
            "dev.partnership.practice..",
            "dev.partnership.risk..",
            "dev.partnership.power..")
        .because("every facet may use the actors, among them Provenance, so they use no facet")
        .check(classes);
  }

  @Test
  void facetsDependOnlyOnActorsAndMath() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.partnership.governance..",
            "dev.partnership.participation..",
            "dev.partnership.funding..",
            "dev.partnership.practice..",
            "dev.partnership.risk..",
            "dev.partnership.power..",
            "dev.partnership.rights..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.partnership.model..", "dev.partnership.analysis..")
        .check(classes);
  }

  /**
   * Decision rights are the one facet that builds on another: a right is a PAT decision with levels
   * on the PAT ladder, so it reuses participation's {@code Decision} and {@code ParticipationLevel}
   * instead of copying them. Participation must not depend back on rights (the cycle rule checks
   * it), and rights depends on no other facet.
   */
  @Test
  void decisionRightsDependOnlyOnActorsAndParticipation() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnership.rights..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.partnership.governance..",
            "dev.partnership.funding..",
            "dev.partnership.practice..",
            "dev.partnership.risk..",
            "dev.partnership.power..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.partnership.participation..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.partnership.rights..")
        .check(classes);
  }

  @Test
  void theModelDoesNotDependOnAnalysisOrAdapters() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnership.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.partnership.analysis..")
        .check(classes);
  }

  @Test
  void scenariosAreTheTopLayerOfTheCore() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.partnership.math..",
            "dev.partnership.actors..",
            "dev.partnership.governance..",
            "dev.partnership.participation..",
            "dev.partnership.funding..",
            "dev.partnership.practice..",
            "dev.partnership.risk..",
            "dev.partnership.power..",
            "dev.partnership.rights..",
            "dev.partnership.model..",
            "dev.partnership.analysis..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.partnership.scenario..")
        .because("scenarios (layer 5) replay operators and measure with the analyses below them")
        .check(classes);
  }

  @Test
  void theAnalysisReadsOnlyTheLayersBelowIt() {
    classes()
        .that()
        .resideInAPackage("dev.partnership.analysis..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.partnership.actors..",
            "dev.partnership.analysis..",
            "dev.partnership.funding..",
            "dev.partnership.governance..",
            "dev.partnership.internal..",
            "dev.partnership.math..",
            "dev.partnership.model..",
            "dev.partnership.participation..",
            "dev.partnership.power..",
            "dev.partnership.practice..",
            "dev.partnership.rights..",
            "dev.partnership.risk..",
            "java..",
            "javax.annotation..",
            "com.google.common..",
            "com.google.errorprone.annotations..",
            "org.immutables..")
        .because("analysis is layer 4: scenarios and adapters build on it, not the other way")
        .check(classes);
  }

  @Test
  void valueTypesHaveOnlyFinalFields() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.partnership..")
        .and()
        .areDeclaredInClassesThat(isNotBuildTimeHelper())
        .and()
        .doNotHaveModifier(JavaModifier.TRANSIENT)
        .should()
        .beFinal()
        .because("values are immutable (transient fields are @Value.Lazy caches)")
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> isNotBuildTimeHelper() {
    return DescribedPredicate.describe(
        "are not builders, Immutables construction shims or collector accumulators (which never escape)",
        c ->
            !c.getSimpleName().equals("Builder")
                && !c.getSimpleName().equals("InitShim")
                && !c.getSimpleName().endsWith("Accumulator"));
  }

  @Test
  void rulesReadNoClock() {
    DescribedPredicate<JavaMethodCall> readsClock =
        DescribedPredicate.describe(
            "read the clock",
            call -> {
              String owner = call.getTargetOwner().getName();
              String name = call.getName();
              return (owner.startsWith("java.time.") && name.equals("now"))
                  || owner.equals("java.time.Clock")
                  || (owner.equals("java.lang.System")
                      && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
            });
    noClasses()
        .that()
        .resideInAPackage("dev.partnership..")
        .should()
        .callMethodWhere(readsClock)
        .because("dates are parameters of a rule")
        .check(classes);
  }

  @Test
  void rulesDrawNoRandomness() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnership..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Random.class)
        .orShould()
        .callMethod(Math.class, "random")
        .because("seeds are parameters of a rule")
        .check(classes);
  }

  @Test
  void nothingWritesToStandardStreams() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnership..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .check(classes);
  }

  @Test
  void theCoreDoesNoIoAtAll() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnership..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to java.io, java.nio.file, java.nio.channels, java.net or javax.xml",
                c ->
                    c.getPackageName().equals("java.io")
                        || c.getPackageName().startsWith("java.nio.file")
                        || c.getPackageName().startsWith("java.nio.channels")
                        || c.getPackageName().startsWith("java.net")
                        || c.getPackageName().startsWith("javax.xml")))
        .because("the core does no I/O; formats live in partnership-io")
        .check(classes);
  }
}
