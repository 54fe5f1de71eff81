/**
 * The ward server as the window shows it: the banner that says plainly when the server cannot be reached
 * and when it is back ({@link org.bedsideneuro.ui.server.ServerBannerModel}), and the "Settings, Ward server…" dialog
 * that chooses between this laptop's database and the ward server, tests the connection and remembers the choice
 * for this computer ({@link org.bedsideneuro.ui.server.WardServerSettingsModel}). Passwords are asked, never stored.
 */
package org.bedsideneuro.ui.server;
