package org.bedsideneuro.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.exam.ExamFormViewModel;
import org.bedsideneuro.ui.regimen.archfixture.ScreenThatReachesIntoAnother;
import org.bedsideneuro.ui.regimen.archfixture.ViewModelThatKeepsTheRules;
import org.bedsideneuro.ui.regimen.archfixture.ViewModelThatOpensTheDatabase;
import org.bedsideneuro.ui.regimen.archfixture.ViewModelThatWritesInsideARead;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} are able to fail: each is checked against a fixture class (test sources only,
 * in a screen's package) that breaks it, and against one that keeps them all.
 */
class ArchitectureRulesCanFailTest {

    @Test
    void aViewModelThatUsesTheDatabaseBreaksTheLayering() {
        JavaClasses bad = new ClassFileImporter().importClasses(ViewModelThatOpensTheDatabase.class, Database.class);
        assertThatThrownBy(() -> Layers.layering().check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ViewModelThatOpensTheDatabase")
                .hasMessageContaining("org.bedsideneuro.persistence.Database");
    }

    @Test
    void aViewModelThatWritesInsideAReadIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(ViewModelThatWritesInsideARead.class);
        Layers.layering().check(bad); // reading through WardRecords is allowed (decision 0018) ...
        assertThatThrownBy(() -> Layers.screensOnlyRead().check(bad)) // ... writing in that read is not
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("MedicationRepository.add");
    }

    @Test
    void aScreenThatUsesAnotherScreenBreaksTheFeatureRule() {
        JavaClasses bad = new ClassFileImporter().importClasses(ScreenThatReachesIntoAnother.class, ExamFormViewModel.class);
        assertThatThrownBy(() -> Layers.screensApart().check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ui.regimen")
                .hasMessageContaining("ui.exam");
    }

    @Test
    void aViewModelThatReadsAndWritesThroughServicesKeepsEveryRule() {
        JavaClasses good = new ClassFileImporter().importClasses(ViewModelThatKeepsTheRules.class);
        Layers.layering().check(good);
        Layers.screensOnlyRead().check(good);
        Layers.screensApart().check(good);
        assertThat(good.contain(ViewModelThatKeepsTheRules.class)).isTrue();
    }
}
