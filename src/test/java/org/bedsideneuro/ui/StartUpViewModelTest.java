package org.bedsideneuro.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.ui.StartUpViewModel.Step;
import org.junit.jupiter.api.Test;

/** Start-up's states without a window: what an opened database needs next, and what the start-up screens say. */
class StartUpViewModelTest {

    @Test
    void aDatabaseWithAccountsAsksToLogIn() {
        assertThat(StartUpViewModel.howToStart(3, 40, false, false, true)).isEqualTo(Step.LOG_IN);
        assertThat(StartUpViewModel.howToStart(3, 0, false, false, false)).isEqualTo(Step.LOG_IN);
    }

    @Test
    void theDemoWardsEmptyDatabaseIsFilledFirstThenLoggedInto() {
        assertThat(StartUpViewModel.howToStart(0, 0, true, true, true)).isEqualTo(Step.MAKING_DEMO);
        assertThat(StartUpViewModel.howToStart(3, 11, true, true, true)).as("once made").isEqualTo(Step.LOG_IN);
        assertThat(StartUpViewModel.howToStart(0, 0, true, false, true)).as("nothing to make it with").isEqualTo(Step.WELCOME);
    }

    @Test
    void aFreshWardIsWelcomedWhereTheDemoIsOfferedElseItsFirstAdministratorIsMade() {
        assertThat(StartUpViewModel.howToStart(0, 0, false, true, true)).isEqualTo(Step.WELCOME);
        assertThat(StartUpViewModel.howToStart(0, 0, false, true, false)).isEqualTo(Step.FIRST_ADMINISTRATOR);
    }

    @Test
    void recordsFromBeforeAccountsAskWhoIsRecording() {
        assertThat(StartUpViewModel.howToStart(0, 12, false, false, true)).isEqualTo(Step.WHO_IS_RECORDING);
        assertThat(StartUpViewModel.howToStart(0, 12, false, false, false)).isEqualTo(Step.WHO_IS_RECORDING);
    }

    @Test
    void openingSaysWhatIsOpenedAndAFailureOffersToTryAgain() {
        StartUpViewModel model = new StartUpViewModel();
        model.opening(new DatabaseLocation.SqliteFile(Path.of("ward.db")));
        assertThat(model.stepProperty().get()).isEqualTo(Step.OPENING);
        assertThat(model.statusProperty().get()).isEqualTo("Opening the ward database\u2026");
        assertThat(model.mayRetryProperty().get()).isFalse();

        model.couldNotOpen("The ward server cannot be reached.");
        assertThat(model.stepProperty().get()).isEqualTo(Step.COULD_NOT_OPEN);
        assertThat(model.statusProperty().get()).isEqualTo("The ward server cannot be reached.");
        assertThat(model.mayRetryProperty().get()).isTrue();

        model.opening(new DatabaseLocation.SqliteFile(Path.of("ward.db")));
        assertThat(model.mayRetryProperty().get()).as("trying again hides the buttons until it fails again").isFalse();
    }

    @Test
    void makingTheDemoAndRestoringSayWhatIsHappeningAndWhatWentWrong() {
        StartUpViewModel model = new StartUpViewModel();
        model.go(Step.MAKING_DEMO);
        assertThat(model.statusProperty().get()).isEqualTo("Making the demo ward (invented patients)\u2026");
        model.demoNotMade("disk full");
        assertThat(model.statusProperty().get()).isEqualTo("The demo ward could not be made: disk full");

        model.go(Step.RESTORING);
        assertThat(model.stepProperty().get()).isEqualTo(Step.RESTORING);
        assertThat(model.statusProperty().get()).isEqualTo("Restoring the ward database from the backup\u2026");
        model.notReopened("Restored the backup of 3 March.", "The file is damaged.");
        assertThat(model.statusProperty().get()).isEqualTo("Restored the backup of 3 March.\n\nThe file is damaged.");
    }

    @Test
    void theTitleSaysDemoAndWhoIsLoggedIn() {
        assertThat(StartUpViewModel.title(false, null)).isEqualTo("BedsideNeuro");
        assertThat(StartUpViewModel.title(true, null)).isEqualTo("BedsideNeuro DEMO");
        assertThat(StartUpViewModel.title(true, "Dr Ada Testwell")).isEqualTo("BedsideNeuro DEMO: Dr Ada Testwell");
    }
}
