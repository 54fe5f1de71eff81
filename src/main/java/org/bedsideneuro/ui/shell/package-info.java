/**
 * The main window as its features (observations, export, audit, backups) and the login shell see it: the seams they
 * plug into and what they work with. The window (ui.MainWindow) implements it and installs the features; the features
 * know only this, so that neither imports the other (UiArchitectureTest keeps the UI's packages free of cycles).
 */
package org.bedsideneuro.ui.shell;
