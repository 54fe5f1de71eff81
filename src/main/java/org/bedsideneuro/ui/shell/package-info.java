/**
 * The main window as its features (exam, regimen, trend, observations, studies, doses, export, audit, backups) and
 * the login shell see it: the seams they plug into and what they work with. The window (ui.MainWindow) implements it
 * and installs the features, each through its own {@code install(AppWindow)}; the features know only this, so that
 * neither imports the other (ArchitectureTest: a screen uses no other screen but the two hosts).
 */
package org.bedsideneuro.ui.shell;
