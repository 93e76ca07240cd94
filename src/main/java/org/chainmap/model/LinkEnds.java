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
 * 19, decision 0054). Given to a map by {@link RegionMap#withLinkEnds}; {@link #lookedUp(RegionMap)} works them
 * out by the ids, the plain way the reader's numbers must agree with.
 */
public final class LinkEnds {

    private final int[] suppliers;
    private final int[] customers;

    private LinkEnds(int[] suppliers, int[] customers) {
        if (suppliers.length != customers.length) {
            throw new IllegalArgumentException(suppliers.length + " suppliers for " + customers.length + " customers");
        }
        this.suppliers = suppliers;
        this.customers = customers;
    }

    /**
     * The ends given as arrays, which this keeps (the caller must not change them afterwards).
     *
     * @param suppliers for each link, the number of its supplier or -1
     * @param customers for each link, the number of its customer or -1
     */
    public static LinkEnds of(int[] suppliers, int[] customers) {
        return new LinkEnds(suppliers, customers);
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
        return new LinkEnds(suppliers, customers);
    }

    /** The number of links. */
    public int size() {
        return suppliers.length;
    }

    /** The number of the supplier of link {@code link}, or -1 when no firm has the id it names. */
    public int supplier(int link) {
        return suppliers[link];
    }

    /** The number of the customer of link {@code link}, or -1 when no firm has the id it names. */
    public int customer(int link) {
        return customers[link];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkEnds ends
                && Arrays.equals(suppliers, ends.suppliers)
                && Arrays.equals(customers, ends.customers);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(suppliers) + Arrays.hashCode(customers);
    }

    @Override
    public String toString() {
        return "LinkEnds[" + suppliers.length + " links]";
    }
}
