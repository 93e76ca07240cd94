package org.chainmap.edit;

import org.chainmap.model.RegionMap;

/**
 * One change a user makes to a map, such as moving a firm to another segment: the only way a document
 * changes. A command is a value naming what to change (ids, new values); {@link #plan} works out the
 * exact steps on a given map, or refuses with the reason, and {@link History} applies them and keeps them
 * for undo. A command never changes a map itself and never half-applies: it either plans a whole change or
 * refuses.
 */
public interface Command {

    /** What the Edit menu calls this command when it is to be undone, named with what it finds in {@code map}. */
    Description describe(RegionMap map);

    /**
     * The change this command makes to {@code map}; {@link Change#NONE} when the map already is as asked.
     *
     * @throws EditRefusedException if the command cannot be carried out on this map
     */
    Change plan(RegionMap map) throws EditRefusedException;
}
