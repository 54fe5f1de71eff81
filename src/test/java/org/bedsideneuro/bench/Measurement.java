package org.bedsideneuro.bench;

import java.util.List;

/** One measured operation (or a few related ones): returns one table row per figure. */
interface Measurement {
    String name();

    /** The name for --only. */
    String shortName();

    List<Result> measure(BenchContext context) throws Exception;
}
