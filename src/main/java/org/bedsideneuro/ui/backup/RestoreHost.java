package org.bedsideneuro.ui.backup;

import org.bedsideneuro.ui.common.Notice;

/**
 * What owns the open database (the application): a restore replaces the file under it, so everything that uses it is
 * closed first and the database is then opened again, restored or (if the restore failed) as it was.
 */
public interface RestoreHost {
    /** Closes the window, the live updates, the automatic backups and every connection. On the FX thread. */
    void release();

    /** Opens the database file again and shows it, with {@code notice} for whoever logs in. On the FX thread. */
    void reopen(Notice notice);
}
