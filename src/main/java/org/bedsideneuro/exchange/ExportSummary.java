package org.bedsideneuro.exchange;

import java.nio.file.Path;

/** What an export wrote: the folder and the number of data rows in each file. */
public record ExportSummary(Path folder, int patients, int orders, int administrations, int findings) {
}
