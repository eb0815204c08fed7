package dev.rvcm.isa.ir.analysis;

import java.util.ArrayDeque;

/**
 * Which registers are live before each instruction of a region: read later on some path before
 * being written, by backward data flow over the {@link FlowGraph}. Where control leaves the region
 * the calling convention says what is live ({@link FlowGraph.Exit}); a call reads the argument
 * registers and kills the caller-saved ones. A register not live before an instruction may be used
 * as scratch right before it (as {@code CodeBuilder.allocateLocal} serves class-file transforms).
 */
public final class Liveness {
    private final long[] liveBefore;

    public Liveness(FlowGraph graph) {
        int blocks = graph.blocks();
        long[] liveIn = new long[blocks];
        int[][] predecessors = predecessors(graph);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[blocks];
        for (int b = blocks - 1; b >= 0; b--) {
            work.add(b);
            queued[b] = true;
        }
        while (!work.isEmpty()) {
            int b = work.poll();
            queued[b] = false;
            long live = liveIn(graph, b, liveOut(graph, b, liveIn), null);
            if (live != liveIn[b]) {
                liveIn[b] = live;
                for (int p : predecessors[b]) {
                    if (!queued[p]) {
                        queued[p] = true;
                        work.add(p);
                    }
                }
            }
        }
        liveBefore = new long[graph.size()];
        for (int b = 0; b < blocks; b++) {
            liveIn(graph, b, liveOut(graph, b, liveIn), liveBefore);
        }
    }

    /** The registers ({@link dev.rvcm.isa.RegisterAccess} bits) live right before the region's {@code i}-th instruction. */
    public long liveBefore(int i) {
        return liveBefore[i];
    }

    private static long liveOut(FlowGraph graph, int b, long[] liveIn) {
        long live = graph.exit(b) == null ? 0 : graph.exit(b).live();
        for (int s : graph.successors(b)) {
            live |= liveIn[s];
        }
        return live;
    }

    /** Walks block {@code b} backwards from {@code live}; records live-before per instruction when {@code record} is given. */
    private static long liveIn(FlowGraph graph, int b, long live, long[] record) {
        for (int i = graph.end(b) - 1; i >= graph.start(b); i--) {
            live = (live & ~graph.writes(i)) | graph.reads(i);
            if (record != null) {
                record[i] = live;
            }
        }
        return live;
    }

    private static int[][] predecessors(FlowGraph graph) {
        int[] counts = new int[graph.blocks()];
        for (int b = 0; b < graph.blocks(); b++) {
            for (int s : graph.successors(b)) {
                counts[s]++;
            }
        }
        int[][] predecessors = new int[graph.blocks()][];
        for (int b = 0; b < graph.blocks(); b++) {
            predecessors[b] = new int[counts[b]];
            counts[b] = 0;
        }
        for (int b = 0; b < graph.blocks(); b++) {
            for (int s : graph.successors(b)) {
                predecessors[s][counts[s]++] = b;
            }
        }
        return predecessors;
    }
}
