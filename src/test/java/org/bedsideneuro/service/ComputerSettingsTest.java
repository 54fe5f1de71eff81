package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComputerSettingsTest {
    @TempDir
    Path folder;

    @Test
    void aMissingFileGivesTheDefaults() {
        ComputerSettings settings = ComputerSettings.load(folder.resolve("none.properties"));
        assertThat(settings.lockMinutes()).isEqualTo(5);
        assertThat(settings.serverUri()).isEmpty();
        assertThat(settings.darkTheme()).as("light unless chosen").isFalse();
    }

    @Test
    void savedValuesComeBack() {
        Path file = folder.resolve("sub").resolve(ComputerSettings.FILE_NAME);
        ComputerSettings.defaults().withLockMinutes(12).withServerUri(" postgresql://ward@server/neuro ").save(file);
        ComputerSettings read = ComputerSettings.load(file);
        assertThat(read.lockMinutes()).isEqualTo(12);
        assertThat(read.serverUri()).contains("postgresql://ward@server/neuro");
        assertThat(ComputerSettings.load(file).withServerUri("").serverUri()).isEmpty();
        assertThat(read.darkTheme()).isFalse();

        ComputerSettings.load(file).withDarkTheme(true).save(file);
        ComputerSettings dark = ComputerSettings.load(file);
        assertThat(dark.darkTheme()).isTrue();
        assertThat(dark.lockMinutes()).as("the other settings kept").isEqualTo(12);
        assertThat(dark.withDarkTheme(false).darkTheme()).isFalse();
    }

    @Test
    void lockMinutesOutsideOneToThirtyAreRefusedAndAHandEditedFileIsClamped() throws Exception {
        assertThatThrownBy(() -> ComputerSettings.defaults().withLockMinutes(0)).hasMessageContaining("1 to 30");
        assertThatThrownBy(() -> ComputerSettings.defaults().withLockMinutes(31)).hasMessageContaining("1 to 30");
        Path file = folder.resolve(ComputerSettings.FILE_NAME);
        Files.writeString(file, "lock.minutes=90\n");
        assertThat(ComputerSettings.load(file).lockMinutes()).isEqualTo(30);
        Files.writeString(file, "lock.minutes=soon\n");
        assertThat(ComputerSettings.load(file).lockMinutes()).isEqualTo(5);
    }

    @Test
    void theFileNeverHoldsAPasswordKey() throws Exception {
        Path file = folder.resolve(ComputerSettings.FILE_NAME);
        ComputerSettings.defaults().withServerUri("postgresql://ward@server/neuro").save(file);
        assertThat(Files.readString(file)).doesNotContainIgnoringCase("password");
    }
}
