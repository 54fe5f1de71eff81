package org.bedsideneuro.exchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** architecture.md: dependencies point down only; the exchange format knows the domain and persistence, nothing above. */
class ExchangeArchitectureTest {
    private final JavaClasses exchange = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bedsideneuro.exchange");

    @Test
    void exchangeDependsOnlyOnDomainPersistenceTheJdkAndCommonsCsv() {
        classes().that().resideInAPackage("org.bedsideneuro.exchange..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.bedsideneuro.exchange..", "org.bedsideneuro.domain..",
                        "org.bedsideneuro.persistence..", "java..", "org.apache.commons.csv..")
                .check(exchange);
    }
}
