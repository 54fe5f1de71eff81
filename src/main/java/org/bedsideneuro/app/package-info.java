/**
 * Start-up and wiring: the single entry point for window and command line, the data folder, the version, and the
 * construction of the other layers by plain constructors.
 * <p>
 * Layer: the top; uses every layer below, and nothing uses it (ArchitectureTest).
 */
package org.bedsideneuro.app;
