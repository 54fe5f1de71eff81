/** The command-line verbs (picocli): one class per verb, sharing the database option and the exit codes. */
package org.bedsideneuro.app.cli;
