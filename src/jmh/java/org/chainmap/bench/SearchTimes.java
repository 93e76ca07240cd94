package org.chainmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.RegionMap;
import org.chainmap.search.SearchIndex;

/**
 * The search's times in the CPU time of the measuring thread, which other work on a busy machine does not
 * inflate (JMH's {@link SearchBenchmarks} give wall-clock times): the first index of the JVM (pinyin
 * dictionary load included), the median of 15 later builds, and the median of 41 runs of each query of
 * {@link SearchBenchmarks}. Run: {@code java -cp target/benchmarks.jar org.chainmap.bench.SearchTimes [N…]}.
 */
public final class SearchTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String[] QUERIES = {"h", "hd", "hengda", "hdqc", "hengdadianqi", "电气", "91999999", "xyz"};

    private SearchTimes() {}

    /** Prints the times for each size given (default 100000). */
    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"100000"} : args;
        for (String size : sizes) {
            RegionMap map = RegionGenerator.generate(Integer.parseInt(size), 1);
            map.chainOfSegment(""); // the map's own lookup index, built once whoever asks first
            System.out.printf("%s enterprises%n", size);
            System.out.printf("  first build    %8.1f ms%n", cpu(() -> SearchIndex.of(map)) / 1e6);
            System.out.printf("  build          %8.1f ms%n", median(15, () -> SearchIndex.of(map)) / 1e6);
            SearchIndex index = SearchIndex.of(map);
            for (int warm = 0; warm < 2; warm++) {
                for (String query : QUERIES) {
                    median(41, () -> index.find(query));
                }
            }
            for (String query : QUERIES) {
                System.out.printf(
                        "  find %-12s %6.2f ms (%d hits)%n",
                        query,
                        median(41, () -> index.find(query)) / 1e6,
                        index.find(query).size());
            }
        }
    }

    private static long median(int runs, Supplier<?> work) {
        long[] times = new long[runs];
        for (int k = 0; k < runs; k++) {
            times[k] = cpu(work);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static long cpu(Supplier<?> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        if (work.get() == null) {
            throw new IllegalStateException("no result");
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
