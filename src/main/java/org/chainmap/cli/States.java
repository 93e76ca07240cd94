package org.chainmap.cli;

import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;

/**
 * The option {@code --state current|target|both} of the commands that analyse or draw a map: which state of a
 * map with planned things (the target map, 远景图) they work on. Default current: what exists today.
 */
final class States {

    private States() {}

    /** The state asked for; {@code both} only where the command draws ({@code drawn}). */
    static MapState of(Arguments parsed, boolean drawn) throws UsageException {
        String word = drawn
                ? parsed.choice("--state", "current", "current", "target", "both")
                : parsed.choice("--state", "current", "current", "target");
        return MapState.fromId(word).orElseThrow();
    }

    /** Says on standard output which state a map with planned things is analysed in; nothing for other maps. */
    static void notice(RegionMap map, MapState state, Console console) {
        if (MapState.hasPlanned(map)) {
            console.out().println(console.text("state." + state.id()));
        }
    }
}
