package org.bedsideneuro.ui.backup;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.bedsideneuro.ui.common.Notice;

/**
 * The automatic backups run on a thread of their own, and a failure written only to the log is read by no one on the
 * ward. This shows it on screen, calmly: the records are safe (the failure is the copy's, not the database's), and
 * someone should tell IT. Shown to everyone, since the nurse on the night shift may be the only one there.
 */
public final class AutomaticBackupStatus {
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

    /** The message on screen for a failure as {@code AutomaticBackups} reports it ("The automatic backup failed: ..."). */
    public static String onScreen(String problem) {
        String text = problem == null || problem.isBlank() ? "The automatic backup failed." : problem.strip();
        if (!text.startsWith("The automatic backup failed")) {
            text = "The automatic backup failed: " + text;
        }
        if (!text.endsWith(".")) {
            text = text + ".";
        }
        return text + " Your data is safe; tell IT.";
    }

    /** Called from the backup thread (any thread): shown on the FX thread. */
    public void failed(String problem) {
        Notice shown = Notice.problem(onScreen(problem));
        if (Platform.isFxApplicationThread()) {
            notice.set(shown);
        } else {
            Platform.runLater(() -> notice.set(shown));
        }
    }

    /** The current failure, or null; dismissing sets it to null. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }
}
