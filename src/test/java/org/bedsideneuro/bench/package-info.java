/**
 * The performance benchmark: a synthetic ward in a temporary database, each measured operation beside a
 * floor measured in the same run on the same machine (plain JDBC, a minimal JavaFX window, a one-page PDF), printed as
 * a table of medians, 95th percentiles, ratios and targets.
 * <p>
 * Run it with {@code ./mvnw -Pbench verify} (docs/benchmark.md); it is never part of the default build.
 * {@code BenchmarkSmokeTest} runs it with a tiny ward so that it cannot rot, without timing assertions.
 * <p>
 * Small classes: {@link org.bedsideneuro.bench.SyntheticWardGenerator} builds the ward,
 * {@link org.bedsideneuro.bench.Samples} holds timings, one class per measured operation, and
 * {@link org.bedsideneuro.bench.BenchmarkTable} prints the result. Child JVMs ({@code AppFirstFrame},
 * {@code MinimalWindowMain}, {@code MemoryProbe}) measure what only a fresh process can show.
 */
package org.bedsideneuro.bench;
