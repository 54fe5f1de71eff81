/**
 * Start-up and wiring: the single entry point for window and command line, the data folder, the version, and the
 * construction of the other layers by plain constructors.
 */
package org.bedsideneuro.app;
