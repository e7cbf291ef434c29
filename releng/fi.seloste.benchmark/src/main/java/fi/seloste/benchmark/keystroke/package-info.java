/**
 * The hook of the keystroke row (docs/benchmarks.md, "Keystroke re-check"): the class
 * {@code fi.seloste.benchmark.keystroke.KeystrokeBenchmark}, when it exists, is run by
 * {@link fi.seloste.benchmark.BenchmarkRunner} (JMH include pattern {@code fi.seloste.benchmark.keystroke.KeystrokeBenchmark}).
 * Its contract: each {@code @Benchmark} method measures one re-check after one keystroke (parse + link +
 * validate the way the editor does it) in {@code Mode.SampleTime}; each method gives one row, named after
 * the method, reported as median / 16 ms and p95 / 33 ms (one ratio per measurement iteration; min, median and
 * max over the iterations). Written by the keystroke work (branch issue15-keystroke), not here.
 */
package fi.seloste.benchmark.keystroke;
