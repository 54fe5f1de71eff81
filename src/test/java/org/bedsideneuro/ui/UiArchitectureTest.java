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

    /**
     * The window and its features each in a slice (the window: the classes of ui itself), with no cycle between any:
     * the features plug into the window through ui.shell.AppWindow, never through the window's class.
     */
    @Test
    void theWindowAndItsFeaturesImportEachOtherOneWayOnly() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().assignedFrom(UI_PACKAGES)
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    private static final com.tngtech.archunit.library.dependencies.SliceAssignment UI_PACKAGES =
            new com.tngtech.archunit.library.dependencies.SliceAssignment() {
                @Override
                public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(com.tngtech.archunit.core.domain.JavaClass c) {
                    String ui = "org.bedsideneuro.ui";
                    String p = c.getPackageName();
                    if (p.equals(ui)) {
                        return com.tngtech.archunit.library.dependencies.SliceIdentifier.of("the window (ui)");
                    }
                    return p.startsWith(ui + ".")
                            ? com.tngtech.archunit.library.dependencies.SliceIdentifier.of("ui." + p.substring(ui.length() + 1).split("\\.")[0])
                            : com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "the UI's packages";
                }
            };

    private static String[] otherScreens(String screen) {
        return java.util.stream.Stream.of("login", "ward", "patient").filter(s -> !s.equals(screen))
                .map(s -> "org.bedsideneuro.ui." + s + "..").toArray(String[]::new);
    }
}
