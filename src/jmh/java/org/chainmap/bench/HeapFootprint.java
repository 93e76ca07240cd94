package org.chainmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.io.MapWriter;
import org.chainmap.model.RegionMap;

/**
 * Measures the heap that a loaded map holds: the used heap after a full collection, before and after
 * {@code MapReader.read} of a generated region's bytes, with only the map kept; then again once the map's
 * lookup index is built (the first lookup by id builds it), next to the file's size. Run: {@code java -cp target/benchmarks.jar org.chainmap.bench.HeapFootprint [N…]}.
 */
public final class HeapFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapFootprint() {}

    /** Prints one line per size given (default 1000, 10000, 100000). */
    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"1000", "10000", "100000"} : args;
        System.out.printf("%12s %12s %14s %16s%n", "enterprises", "file MiB", "loaded map MiB", "with index MiB");
        for (String size : sizes) {
            int enterprises = Integer.parseInt(size);
            byte[] bytes = MapWriter.toBytes(RegionGenerator.generate(enterprises, 1));
            long before = usedAfterGc();
            LoadResult result = MapReader.read(bytes);
            RegionMap map = result.map().orElseThrow();
            long loaded = usedAfterGc() - before;
            map.enterprise(map.enterprises().get(0).id());
            long indexed = usedAfterGc() - before;
            System.out.printf(
                    "%,12d %12.1f %14.1f %16.1f%n", enterprises, mib(bytes.length), mib(loaded), mib(indexed));
            if (map.enterprises().size() != enterprises) {
                throw new IllegalStateException("the map lost enterprises");
            }
        }
    }

    /** The used heap after collections have stopped freeing anything. */
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
