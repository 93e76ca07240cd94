package org.chainmap.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two ends of each of a map's supply links as firm numbers: positions in {@link RegionMap#enterprises()} of the
 * first firm with the id the link names, or -1 when no firm has that id. A link names its ends by id; a large map's
 * reader finds the firm of each end while it reads the link (the one lookup the link costs anyway), and the
 * validator and the analysis graph take the numbers from here instead of looking each end up again by id (issue
 * 19, decision 0054). Given to a map by {@link RegionMap#givenLinkEnds}; {@link #lookedUp(RegionMap)} works them
 * out by the ids, the plain way the reader's numbers must agree with.
 */
public final class LinkEnds {

    /** Links a block holds: a block is {@code 2 * BLOCK} ints, supplier and customer of each link in turn. */
    private static final int BLOCK = 1 << 14;

    /**
     * The ends in blocks, so that a reader adding them one link at a time never copies what it has (a large map's
     * 270,000 links would otherwise be copied a few times over while the array grows).
     */
    private final int[][] blocks;

    private final int size;

    private LinkEnds(int[][] blocks, int size) {
        this.blocks = blocks;
        this.size = size;
    }

    /**
     * The ends given as arrays, which this keeps (the caller must not change them afterwards).
     *
     * @param suppliers for each link, the number of its supplier or -1
     * @param customers for each link, the number of its customer or -1
     */
    public static LinkEnds of(int[] suppliers, int[] customers) {
        if (suppliers.length != customers.length) {
            throw new IllegalArgumentException(suppliers.length + " suppliers for " + customers.length + " customers");
        }
        Builder builder = new Builder();
        for (int l = 0; l < suppliers.length; l++) {
            builder.add(suppliers[l], customers[l]);
        }
        return builder.build();
    }

    /** Collects the ends of links one at a time, in the links' order. */
    public static final class Builder {

        private int[][] blocks = new int[4][];
        private int size;

        /** Adds the ends of the next link: the numbers of its supplier and its customer, or -1 for none. */
        public void add(int supplier, int customer) {
            int block = size / BLOCK;
            if (block == blocks.length) {
                blocks = Arrays.copyOf(blocks, 2 * blocks.length);
            }
            if (blocks[block] == null) {
                blocks[block] = new int[2 * BLOCK];
            }
            int at = 2 * (size % BLOCK);
            blocks[block][at] = supplier;
            blocks[block][at + 1] = customer;
            size++;
        }

        /** The number of links added. */
        public int size() {
            return size;
        }

        /** The ends added; the builder is not to be used afterwards. */
        public LinkEnds build() {
            return new LinkEnds(blocks, size);
        }
    }

    /** The ends of {@code map}'s links found by their ids: the first firm with each id, as every lookup finds it. */
    public static LinkEnds lookedUp(RegionMap map) {
        List<Enterprise> firms = map.enterprises();
        Map<String, Integer> numbers = new HashMap<>(firms.size() * 2);
        for (int f = 0; f < firms.size(); f++) {
            numbers.putIfAbsent(firms.get(f).id(), f);
        }
        List<SupplyLink> links = map.links();
        int[] suppliers = new int[links.size()];
        int[] customers = new int[links.size()];
        for (int l = 0; l < links.size(); l++) {
            suppliers[l] = numbers.getOrDefault(links.get(l).from(), -1);
            customers[l] = numbers.getOrDefault(links.get(l).to(), -1);
        }
        return of(suppliers, customers);
    }

    /** The number of links. */
    public int size() {
        return size;
    }

    /** The number of the supplier of link {@code link}, or -1 when no firm has the id it names. */
    public int supplier(int link) {
        return end(link, 0);
    }

    /** The number of the customer of link {@code link}, or -1 when no firm has the id it names. */
    public int customer(int link) {
        return end(link, 1);
    }

    private int end(int link, int side) {
        if (link < 0 || link >= size) {
            throw new IndexOutOfBoundsException(link);
        }
        return blocks[link / BLOCK][2 * (link % BLOCK) + side];
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LinkEnds ends) || ends.size != size) {
            return false;
        }
        for (int l = 0; l < size; l++) {
            if (supplier(l) != ends.supplier(l) || customer(l) != ends.customer(l)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = size;
        for (int l = 0; l < size; l++) {
            hash = 31 * (31 * hash + supplier(l)) + customer(l);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "LinkEnds[" + size + " links]";
    }
}
