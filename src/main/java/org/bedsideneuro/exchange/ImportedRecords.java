package org.bedsideneuro.exchange;

import java.util.HashMap;
import java.util.Map;

/**
 * The record each row of an import became or matched ("already there"): a patient's MRN, an order's, a dose's or an
 * exam's id, by file and line (the header is line 1).
 */
public final class ImportedRecords {
    private final Map<String, Map<Long, String>> ids = new HashMap<>();

    void put(ExchangeFile file, long line, String id) {
        ids.computeIfAbsent(file.fileName(), k -> new HashMap<>()).put(line, id);
    }

    /** The record line {@code line} of {@code file} (such as {@code administrations.csv}) became, or null. */
    public String recordId(String file, long line) {
        return ids.getOrDefault(file, Map.of()).get(line);
    }
}
