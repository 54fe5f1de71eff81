package org.bedsideneuro.bench;

/** Times repeated runs of an operation: warm-up runs first (not kept), then measured runs, in milliseconds. */
final class Stopwatch {
    private Stopwatch() {
    }

    @FunctionalInterface
    interface Run {
        void run(int iteration) throws Exception;
    }

    static Samples time(int warmups, int runs, Run run) {
        try {
            for (int i = 0; i < warmups; i++) {
                run.run(-1 - i);
            }
            Samples samples = new Samples();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                run.run(i);
                samples.add((System.nanoTime() - start) / 1e6);
            }
            return samples;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
