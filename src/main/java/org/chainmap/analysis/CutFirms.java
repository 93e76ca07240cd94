package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;

/**
 * The local firms that hold local supply together: the cut vertices (articulation points) of the local
 * supply network, the undirected graph of local firms joined by the supply links between them. Removing
 * such a firm splits a connected group of local firms into parts that no longer reach each other through
 * local supply.
 *
 * <p>Tarjan's depth-first search, written without recursion over the graph's arrays, so that a chain of
 * 100,000 firms needs no deep stack; linear in firms and links. Tests check it against JGraphT's
 * {@code BiconnectivityInspector} on random graphs.
 */
public final class CutFirms {

    private CutFirms() {}

    /** The cutpoint gaps of the map behind {@code graph}, each in the chain of the firm's main segment. */
    public static List<Gap> find(MapGraph graph) {
        int[][] adjacency = localAdjacency(graph);
        boolean[] cut = cutVertices(adjacency);
        List<Gap> gaps = new ArrayList<>();
        for (int firm = 0; firm < cut.length; firm++) {
            int[] segments = graph.segmentsOf(firm);
            if (cut[firm] && segments.length > 0) {
                Enterprise enterprise = graph.firm(firm);
                Chain chain = graph.chainOf(segments[0]);
                int partners = (int) Arrays.stream(adjacency[firm]).distinct().count();
                gaps.add(new Gap.Cutpoint(chain.id(), enterprise.id(), partners));
            }
        }
        return gaps;
    }

    /**
     * Every cut vertex of the local supply network behind {@code graph}, with or without a segment: each firm's id
     * with the number of distinct local firms it trades with, in document order.
     */
    static Map<String, Integer> cuts(MapGraph graph) {
        int[][] adjacency = localAdjacency(graph);
        boolean[] cut = cutVertices(adjacency);
        Map<String, Integer> cuts = new LinkedHashMap<>();
        for (int firm = 0; firm < cut.length; firm++) {
            if (cut[firm]) {
                cuts.putIfAbsent(graph.firm(firm).id(), (int)
                        Arrays.stream(adjacency[firm]).distinct().count());
            }
        }
        return cuts;
    }

    /** For each firm, the local firms it supplies or buys from (with repeats); empty for external firms. */
    private static int[][] localAdjacency(MapGraph graph) {
        int n = graph.firmCount();
        int[] degree = new int[n];
        for (int link = 0; link < graph.linkCount(); link++) {
            if (isLocalPair(graph, link)) {
                degree[graph.supplier(link)]++;
                degree[graph.customer(link)]++;
            }
        }
        int[][] adjacency = new int[n][];
        for (int firm = 0; firm < n; firm++) {
            adjacency[firm] = new int[degree[firm]];
            degree[firm] = 0;
        }
        for (int link = 0; link < graph.linkCount(); link++) {
            if (isLocalPair(graph, link)) {
                int a = graph.supplier(link);
                int b = graph.customer(link);
                adjacency[a][degree[a]++] = b;
                adjacency[b][degree[b]++] = a;
            }
        }
        return adjacency;
    }

    private static boolean isLocalPair(MapGraph graph, int link) {
        int a = graph.supplier(link);
        int b = graph.customer(link);
        return a != b && graph.firm(a).local() && graph.firm(b).local();
    }

    /**
     * The cut vertices of the undirected graph whose vertex v has the neighbours {@code adjacency[v]}
     * (repeats allowed, no self-loops).
     */
    static boolean[] cutVertices(int[][] adjacency) {
        int n = adjacency.length;
        int[] discovered = new int[n];
        Arrays.fill(discovered, -1);
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        boolean[] cut = new boolean[n];
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (discovered[root] >= 0 || adjacency[root].length == 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            discovered[root] = low[root] = time++;
            parent[root] = -1;
            int rootChildren = 0;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (next[v] < adjacency[v].length) {
                    int w = adjacency[v][next[v]++];
                    if (discovered[w] < 0) {
                        parent[w] = v;
                        discovered[w] = low[w] = time++;
                        stack[depth++] = w;
                        rootChildren += v == root ? 1 : 0;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], discovered[w]);
                    }
                } else {
                    depth--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        if (p != root && low[v] >= discovered[p]) {
                            cut[p] = true;
                        }
                    }
                }
            }
            cut[root] = rootChildren >= 2;
        }
        return cut;
    }
}
