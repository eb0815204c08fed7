package dev.rvcm.isa.ir.analysis;

import dev.rvcm.isa.ir.Label;
import dev.rvcm.isa.ir.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data-flow facts of one code section's nodes, region by region (a region runs from one
 * function's label to the next, or covers the whole section when it has no functions), each
 * computed when first asked for: the {@link FlowGraph}, the {@link HiLoPairing} and the
 * {@link Liveness}.
 */
public final class SectionAnalysis {
    private final List<Node> nodes;
    private final Map<Label, Integer> labelAt = new HashMap<>();
    private final Set<Label> addressTaken;
    private final Set<Label> entryLabels;
    private final int[] regionStarts;
    private final Region[] regions;

    /** One region: its nodes {@code [from, to)} and their facts, each computed when first asked for. */
    public final class Region {
        private final int from;
        private final int to;
        private FlowGraph graph;
        private HiLoPairing pairing;
        private Liveness liveness;

        private Region(int from, int to) {
            this.from = from;
            this.to = to;
        }

        /** The region's first node. */
        public int from() {
            return from;
        }

        /** The node after the region's last. */
        public int to() {
            return to;
        }

        public FlowGraph graph() {
            if (graph == null) {
                graph = new FlowGraph(nodes, from, to, labelAt, addressTaken, entryLabels);
            }
            return graph;
        }

        public HiLoPairing pairing() {
            if (pairing == null) {
                pairing = new HiLoPairing(nodes, graph());
            }
            return pairing;
        }

        public Liveness liveness() {
            if (liveness == null) {
                liveness = new Liveness(graph());
            }
            return liveness;
        }
    }

    /**
     * @param nodes          the section's nodes (not changed while this analysis is used)
     * @param functionStarts labels of the functions' symbols: where regions begin
     * @param addressTaken   labels whose address is taken elsewhere in the object (jump-table targets)
     * @param entryLabels    labels control may come to from outside their region (global symbols)
     */
    public SectionAnalysis(List<Node> nodes, Set<Label> functionStarts, Set<Label> addressTaken, Set<Label> entryLabels) {
        this.nodes = nodes;
        this.addressTaken = addressTaken;
        this.entryLabels = entryLabels;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) instanceof Node.LabelNode(Label label)) {
                labelAt.put(label, n);
                if (functionStarts.contains(label) && n > starts.getLast()) {
                    starts.add(n);
                }
            }
        }
        regionStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        regions = new Region[regionStarts.length];
    }

    /** The region holding node {@code node}. */
    public Region region(int node) {
        int r = Arrays.binarySearch(regionStarts, node);
        int index = r >= 0 ? r : -r - 2;
        if (regions[index] == null) {
            regions[index] = new Region(regionStarts[index], index + 1 < regionStarts.length ? regionStarts[index + 1] : nodes.size());
        }
        return regions[index];
    }

    /** The registers live right before instruction node {@code node}. */
    public long liveBefore(int node) {
        Region region = region(node);
        return region.liveness().liveBefore(region.graph().instructionAt(node));
    }

    /** The node index of a label of the section, or -1. */
    public int labelAt(Label label) {
        return labelAt.getOrDefault(label, -1);
    }
}
