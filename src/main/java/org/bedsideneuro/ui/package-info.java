/**
 * The JavaFX desktop UI: the only layer that knows JavaFX, and one that never speaks SQL. One package per screen
 * ({@code login}, {@code ward}, {@code patient}), shared plumbing in {@code common}, and here the shell that holds
 * the screens ({@link org.bedsideneuro.ui.MainWindow}) and the thin {@link org.bedsideneuro.ui.BedsideNeuroApp}.
 * View models hold the logic in JavaFX properties without Nodes; views only bind. Database work runs on the
 * {@link org.bedsideneuro.ui.common.BackgroundRunner}, results come back on the FX thread.
 */
package org.bedsideneuro.ui;
