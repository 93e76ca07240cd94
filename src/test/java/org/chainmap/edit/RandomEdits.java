package org.chainmap.edit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;

/**
 * The driver of the property tests of what is kept across edits (the indexes by id, by segment and for search, the
 * counts): random sequences of edits of every kind ({@link RandomCommands}), undos and redos on one of three maps,
 * telling a check after each that was carried out.
 */
public final class RandomEdits {

    private static RegionMap hengyang;

    /** What a test looks at after each edit, undo or redo carried out. */
    @FunctionalInterface
    public interface Check {
        /**
         * Looks at {@code map}, made by {@code done} at step {@code step}; {@code random} is the run's, for a check
         * that looks at a random part.
         */
        void after(RegionMap map, History.Done done, int step, Random random);
    }

    private RandomEdits() {}

    /** The map a run of {@code seed} starts from: the sample map, Hengyang's, or a generated one of 1,500 firms. */
    public static RegionMap start(long seed) {
        return switch ((int) (seed % 3)) {
            case 0 -> SampleMaps.full();
            case 1 -> hengyang();
            default -> RegionGenerator.generate(1_500, seed);
        };
    }

    private static synchronized RegionMap hengyang() {
        if (hengyang == null) {
            hengyang = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        }
        return hengyang;
    }

    /**
     * Runs {@code steps} random edits (one in ten an undo, one in ten a redo) from {@code start}, calling {@code check}
     * after each carried out.
     *
     * @return how many were carried out
     */
    public static int run(RegionMap start, long seed, int steps, Check check) {
        History history = new History(start);
        RandomCommands commands = new RandomCommands(seed);
        Random random = new Random(seed);
        int changes = 0;
        for (int i = 0; i < steps; i++) {
            Optional<History.Done> done;
            int choice = random.nextInt(10);
            if (choice == 0) {
                done = history.undo();
            } else if (choice == 1) {
                done = history.redo();
            } else {
                try {
                    done = history.perform(commands.next(history.map()));
                } catch (EditRefusedException refused) {
                    done = Optional.empty();
                }
            }
            if (done.isPresent()) {
                changes++;
                check.after(history.map(), done.get(), i, random);
            }
        }
        return changes;
    }
}
