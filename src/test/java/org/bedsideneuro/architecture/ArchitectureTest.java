package org.bedsideneuro.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The architecture as one set of rules (docs/developer-guide.md, "Layout"; docs/decisions/0018): the layering, that
 * screens only read, the screens' feature rule, and what each layer may know of the platform (JavaFX, SQL, I/O).
 */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bedsideneuro");

    @Test
    void dependenciesPointOneWay() {
        Layers.layering().check(APP);
    }

    @Test
    void screensWriteOnlyThroughServices() {
        Layers.screensOnlyRead().check(APP);
    }

    @Test
    void screensMeetOnlyThroughTheShell() {
        Layers.screensApart().check(APP);
        Layers.screensDoNotUseTheShell().check(APP);
        Layers.hostsDoNotKnowTheirFeatures().check(APP);
        Layers.uiPackagesWithoutCycles().check(APP);
    }

    /** The domain is pure Java: no JavaFX, no SQL, no I/O. */
    @Test
    void theDomainDependsOnlyOnTheJdkAndItself() {
        classes().that().resideInAPackage("org.bedsideneuro.domain..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.bedsideneuro.domain..", "java.lang..", "java.util..", "java.math..", "java.time..", "java.nio.charset..")
                .check(APP);
    }

    @Test
    void onlyTheUiAndTheAppKnowJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.bedsideneuro.ui..", "org.bedsideneuro.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(APP);
    }

    /** Repositories declare SQLException, so callers may name it; nothing else of JDBC leaves persistence. */
    @Test
    void onlyPersistenceSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.bedsideneuro.persistence..")
                .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..")
                        .and(not(equivalentTo(SQLException.class))))
                .check(APP);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(APP);
    }

    /** The FHIR export's validator is for the tests only (about 145 MB, never shipped). */
    @Test
    void theFhirValidatorStaysInTheTests() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ca.uhn.fhir.validation..", "org.hl7.fhir.common.hapi.validation..")
                .check(APP);
    }
}
