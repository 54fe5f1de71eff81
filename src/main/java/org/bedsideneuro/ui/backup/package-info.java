/**
 * Backup and restore from the window, for administrators only, and the calm line that
 * tells everyone when an automatic backup failed. The work is {@code service.BackupService}; this package only asks,
 * shows progress and reports.
 */
package org.bedsideneuro.ui.backup;
