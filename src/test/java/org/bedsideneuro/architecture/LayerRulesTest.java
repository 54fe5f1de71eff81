package org.bedsideneuro.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers stay one-directional: app -> ui -> (report, exchange, persistence) -> domain (shared/architecture.md). */
@AnalyzeClasses(packages = "org.bedsideneuro", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("org.bedsideneuro.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "java.io..", "java.nio.file..",
                    "org.bedsideneuro.persistence..", "org.bedsideneuro.ui..", "org.bedsideneuro.app..", "org.bedsideneuro.report..",
                    "org.bedsideneuro.exchange..", "org.controlsfx..", "org.sqlite..");

    @ArchTest
    static final ArchRule persistenceKnowsNothingAbove = noClasses().that().resideInAPackage("org.bedsideneuro.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bedsideneuro.ui..", "org.bedsideneuro.app..",
                    "org.bedsideneuro.report..", "org.bedsideneuro.exchange..");

    /** Repositories declare SQLException, so callers may name it; nothing else of JDBC may leave persistence. */
    @ArchTest
    static final ArchRule onlyPersistenceSpeaksSql = noClasses().that().resideOutsideOfPackage("org.bedsideneuro.persistence..")
            .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..")
                    .and(not(equivalentTo(java.sql.SQLException.class))));

    @ArchTest
    static final ArchRule reportsAndExchangeHaveNoWindow = noClasses().that().resideInAnyPackage("org.bedsideneuro.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bedsideneuro.ui..", "org.bedsideneuro.app..")
            .allowEmptyShould(true);

    /** The PDF summary is laid out from domain objects: no window, no command line, no database (issue #6). */
    @ArchTest
    static final ArchRule reportsTakeDomainObjects = noClasses().that().resideInAPackage("org.bedsideneuro.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bedsideneuro.ui..", "org.bedsideneuro.app..",
                    "org.bedsideneuro.persistence..", "org.bedsideneuro.exchange..");
    /** The FHIR export reads domain objects the caller loaded: no window, no database, no command line. */
    @ArchTest
    static final ArchRule fhirExportReadsTheDomainOnly = noClasses().that().resideInAPackage("org.bedsideneuro.fhir..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bedsideneuro.ui..", "org.bedsideneuro.app..",
                    "org.bedsideneuro.persistence..", "org.bedsideneuro.report..", "org.bedsideneuro.exchange..",
                    "ca.uhn.fhir.validation..", "org.hl7.fhir.common.hapi.validation..");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheApp = noClasses().that().resideInAPackage("org.bedsideneuro.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bedsideneuro.app..").allowEmptyShould(true);
}
