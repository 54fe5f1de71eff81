package org.bedsideneuro.ui.backup;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a backup goes and which file to restore: the system's file dialogs. Replaceable, because a native dialog
 * cannot be driven by a headless UI test (and an unattended demo must not wait on one).
 */
public interface BackupFileChooser {
    /** The file to write a backup to, or null if the person cancelled. */
    Path saveAs(Window owner, Path suggested);

    /** The backup file to restore, or null if the person cancelled. */
    Path open(Window owner, Path folder);

    /** The system's file dialogs. */
    static BackupFileChooser system() {
        return new BackupFileChooser() {
            @Override
            public Path saveAs(Window owner, Path suggested) {
                FileChooser chooser = chooser("Back up the ward database to…", suggested.getParent());
                chooser.setInitialFileName(suggested.getFileName().toString());
                File file = chooser.showSaveDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path open(Window owner, Path folder) {
                File file = chooser("Restore the ward database from…", folder).showOpenDialog(owner);
                return file == null ? null : file.toPath();
            }
        };
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("BedsideNeuro databases", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
