/**
 * Backup and restore from the window (issue #7 point 4), for administrators only (issue #11), and the calm line that
 * tells everyone when an automatic backup failed. The work is {@code service.BackupService}; this package only asks,
 * shows progress and reports.
 */
package org.bedsideneuro.ui.backup;
