package org.bedsideneuro.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** shared/architecture.md: the domain is pure Java and depends on nothing but the JDK (no JavaFX, no SQL, no I/O). */
class DomainPurityTest {
    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bedsideneuro.domain");

    @Test
    void domainDependsOnlyOnTheJdkAndItself() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.bedsideneuro.domain..", "java.lang..", "java.util..", "java.math..", "java.time..",
                        "java.nio.charset..")
                .check(domain);
    }
}
