package org.bedsideneuro.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering the UI promises (shared/architecture.md): JavaFX only in ui, SQL never in ui, screens apart. */
class UiArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bedsideneuro");

    @Test
    void theUiNeverSpeaksSql() {
        noClasses().that().resideInAPackage("org.bedsideneuro.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(MAIN);
    }

    @Test
    void onlyTheUiKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.bedsideneuro.ui..", "org.bedsideneuro.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(MAIN);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        for (String screen : new String[] {"login", "ward", "patient"}) {
            noClasses().that().resideInAPackage("org.bedsideneuro.ui." + screen + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherScreens(screen))
                    .check(MAIN);
        }
    }

    private static String[] otherScreens(String screen) {
        return java.util.stream.Stream.of("login", "ward", "patient").filter(s -> !s.equals(screen))
                .map(s -> "org.bedsideneuro.ui." + s + "..").toArray(String[]::new);
    }
}
