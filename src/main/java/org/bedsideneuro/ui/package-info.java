/**
 * The JavaFX desktop UI: the only layer that knows JavaFX, and one that never speaks SQL. One package per screen
 * ({@code ward}, {@code patient}, {@code exam}, ...), each plugged into the window through {@code shell.AppWindow};
 * shared plumbing in {@code common}; and here the shell that holds the screens ({@link org.bedsideneuro.ui.MainWindow})
 * and the thin {@link org.bedsideneuro.ui.BedsideNeuroApp}. View models hold the logic in JavaFX properties without
 * Nodes; views only bind. Database work runs on the {@link org.bedsideneuro.ui.common.BackgroundRunner}, results come
 * back on the FX thread.
 * <p>
 * Layer: used by app; uses service (writes, and reads through {@code WardRecords.read}), security (wiping typed
 * passwords) and domain. Only the shell (this package, with start-up, and {@code server}) holds the database; a screen
 * uses no other screen except the two hosts, {@code ward} and {@code patient} (ArchitectureTest,
 * docs/decisions/0018-reads-through-the-database.md).
 */
package org.bedsideneuro.ui;
