/**
 * JMH benchmarks of the document's hot paths (load, validate, write, save, gap analysis) on generated
 * regions of 1,000, 10,000 and 100,000 enterprises; of the drawing of a chain of about 10,000 firms (layout in
 * {@link org.chainmap.bench.LayoutBenchmarks}, frames in {@link org.chainmap.bench.FrameBenchmarks}, PNG
 * export in {@link org.chainmap.bench.ExportBenchmarks}); of Find's index and queries at 100,000 firms
 * ({@link org.chainmap.bench.SearchBenchmarks}, and in CPU time {@link org.chainmap.bench.SearchTimes});
 * {@link org.chainmap.bench.DotComparison}, our
 * layout beside Graphviz dot; and {@link org.chainmap.bench.HeapFootprint}, which
 * measures the heap a loaded map holds. Built only by the {@code bench} Maven profile into
 * {@code target/benchmarks.jar}; {@code docs/performance.md} says how to run them and what they gave.
 */
package org.chainmap.bench;
