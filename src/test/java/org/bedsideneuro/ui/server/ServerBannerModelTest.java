package org.bedsideneuro.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The banner's words, without a window. */
class ServerBannerModelTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T14:07:30Z"), ZoneOffset.UTC);

    @Test
    void saysSinceWhenTheServerCannotBeReachedAndThatItIsBack() {
        ServerBannerModel banner = new ServerBannerModel(clock, true);
        assertThat(banner.textProperty().get()).isEmpty();

        banner.reachable(false);
        assertThat(banner.textProperty().get()).isEqualTo("The ward server cannot be reached since 14:07. What is on screen stays readable;"
                + " what you type is kept on this laptop.");
        assertThat(banner.problemProperty().get()).isTrue();
        banner.reachable(false); // the watcher says it again after each failed reconnection: the time stays the first one
        assertThat(banner.textProperty().get()).contains("since 14:07");

        banner.reachable(true);
        assertThat(banner.textProperty().get()).isEqualTo("The ward server can be reached again.");
        assertThat(banner.problemProperty().get()).isFalse();
        assertThat(banner.offerSaveBinding().get()).isFalse();
        banner.dismiss();
        assertThat(banner.textProperty().get()).isEmpty();
    }

    @Test
    void offersToSaveAKeptRecordOnceTheServerIsBackAndNotBefore() {
        ServerBannerModel banner = new ServerBannerModel(clock, true);
        banner.reachable(false);
        banner.keptUnsavedProperty().set(true);
        assertThat(banner.offerSaveBinding().get()).as("not while it is still down").isFalse();
        assertThat(banner.textProperty().get()).startsWith("The ward server cannot be reached");

        banner.reachable(true);
        assertThat(banner.offerSaveBinding().get()).isTrue();
        assertThat(banner.textProperty().get()).isEqualTo("The ward server is back. Save your kept record now: it is saved once, never twice.");
        banner.dismiss();
        assertThat(banner.textProperty().get()).as("a kept record is not dismissed by walking away").isNotEmpty();

        banner.keptUnsavedProperty().set(false); // saved
        assertThat(banner.textProperty().get()).isEmpty();
        assertThat(banner.offerSaveBinding().get()).isFalse();
    }

    @Test
    void aFileOnThisLaptopIsCalledTheDatabase() {
        ServerBannerModel banner = new ServerBannerModel(clock, false);
        banner.reachable(false);
        assertThat(banner.textProperty().get()).startsWith("The database cannot be reached since 14:07.");
    }
}
