package dev.rvcm.isa.ir.analysis;

import dev.rvcm.isa.Instruction;
import dev.rvcm.isa.RegisterAccess;
import dev.rvcm.isa.RegisterAccess.Flow;
import dev.rvcm.isa.ir.Fixup;
import dev.rvcm.isa.ir.Label;
import dev.rvcm.isa.ir.Node;
import dev.rvcm.isa.ir.Target;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The basic blocks of one region of a section's nodes (a function), their edges, and how control
 * may leave the region, for the data-flow analyses of this package. A block starts at the region's
 * first instruction, after every label and after every branch or jump. A branch or jump follows its
 * fixup to a label of the region; one to anywhere else leaves the region (a tail call). An indirect
 * jump ({@code jr a5} of a switch) may go to any label of the region whose address is taken
 * elsewhere in the object (a jump table's entries); with none, it leaves (a tail call). A call
 * returns to the next instruction.
 */
public final class FlowGraph {
    /** How control may leave the region at the end of a block, and which registers are live there. */
    public enum Exit {
        /** {@code ret}: the return values and the callee-saved registers are live. */
        RETURN(RegisterAccess.RETURN_VALUES | RegisterAccess.CALLEE_SAVED),
        /** A jump out of the region (a tail call): the arguments, the callee-saved registers and {@code ra} are live. */
        TAIL_CALL(RegisterAccess.ARGUMENTS | RegisterAccess.FP_ARGUMENTS | RegisterAccess.CALLEE_SAVED
            | RegisterAccess.x(RegisterAccess.RA)),
        /** Falling off the region's end, or a branch out of it: anything may be live. */
        ELSEWHERE(-1L);

        private final long live;

        Exit(long live) {
            this.live = live;
        }

        /** The registers live where control leaves this way. */
        public long live() {
            return live;
        }
    }

    private final int[] nodeOf;
    private final Instruction[] instructions;
    private final int[] expanded;
    private final long[] reads;
    private final long[] writes;
    private final int[] blockStart;
    private final int[][] successors;
    private final Exit[] exits;
    private final boolean[] entries;

    /**
     * @param nodes        the section's nodes
     * @param from         the region's first node
     * @param to           the node after the region's last
     * @param labelAt      the node index of every label of the section
     * @param addressTaken labels whose address is taken elsewhere: targets of indirect jumps
     * @param entryLabels  labels control may come to from outside the region (global symbols)
     */
    public FlowGraph(List<Node> nodes, int from, int to, Map<Label, Integer> labelAt, Set<Label> addressTaken,
                     Set<Label> entryLabels) {
        List<Integer> instructionNodes = new ArrayList<>();
        for (int n = from; n < to; n++) {
            if (nodes.get(n) instanceof Node.InstructionNode) {
                instructionNodes.add(n);
            }
        }
        int count = instructionNodes.size();
        nodeOf = new int[count];
        instructions = new Instruction[count];
        expanded = new int[count];
        reads = new long[count];
        writes = new long[count];
        Flow[] flows = new Flow[count];
        for (int i = 0; i < count; i++) {
            nodeOf[i] = instructionNodes.get(i);
            instructions[i] = ((Node.InstructionNode) nodes.get(nodeOf[i])).instruction();
            expanded[i] = instructions[i].opcode().expand(instructions[i].word());
            reads[i] = RegisterAccess.reads(instructions[i]);
            writes[i] = RegisterAccess.writes(instructions[i]);
            flows[i] = RegisterAccess.flow(instructions[i]);
        }
        boolean[] leader = new boolean[count + 1];
        leader[0] = true;
        leader[count] = true;
        boolean[] entryInstruction = new boolean[count + 1];
        entryInstruction[0] = true;
        boolean[] takenInstruction = new boolean[count + 1];
        for (int i = 0, n = from; n < to; n++) {
            if (nodes.get(n) instanceof Node.LabelNode(Label label)) {
                leader[i] = true;
                entryInstruction[i] |= entryLabels.contains(label);
                takenInstruction[i] |= addressTaken.contains(label);
            } else if (nodes.get(n) instanceof Node.InstructionNode) {
                i++;
                if (flows[i - 1] != Flow.NEXT && flows[i - 1] != Flow.CALL) {
                    leader[i] = true;
                }
            }
        }
        int blocks = 0;
        int[] blockOf = new int[count + 1];
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (leader[i]) {
                starts.add(i);
                blocks++;
            }
            blockOf[i] = blocks - 1;
        }
        blockOf[count] = -1;
        blockStart = new int[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            blockStart[b] = starts.get(b);
        }
        blockStart[blocks] = count;
        entries = new boolean[blocks];
        List<Integer> takenBlocks = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            entries[b] = entryInstruction[blockStart[b]];
            if (takenInstruction[blockStart[b]]) {
                takenBlocks.add(b);
            }
        }
        successors = new int[blocks][];
        exits = new Exit[blocks];
        for (int b = 0; b < blocks; b++) {
            int last = blockStart[b + 1] - 1;
            List<Integer> next = new ArrayList<>(2);
            Exit exit = null;
            int fallThrough = last + 1 < count ? blockOf[last + 1] : -1;
            switch (flows[last]) {
                case NEXT, CALL -> {
                    if (fallThrough >= 0) {
                        next.add(fallThrough);
                    } else {
                        exit = Exit.ELSEWHERE;
                    }
                }
                case BRANCH, JUMP -> {
                    int target = targetBlock(nodes, nodeOf[last], from, to, labelAt, blockOf);
                    if (target >= 0) {
                        next.add(target);
                    } else {
                        exit = flows[last] == Flow.JUMP && jumpsToSymbol(nodes, nodeOf[last]) ? Exit.TAIL_CALL : Exit.ELSEWHERE;
                    }
                    if (flows[last] == Flow.BRANCH) {
                        if (fallThrough >= 0) {
                            next.add(fallThrough);
                        } else {
                            exit = Exit.ELSEWHERE;
                        }
                    }
                }
                case RETURN -> exit = Exit.RETURN;
                case INDIRECT -> {
                    if (takenBlocks.isEmpty() || isTailCall(nodes, last)) {
                        exit = Exit.TAIL_CALL;
                    } else {
                        next.addAll(takenBlocks);
                    }
                }
            }
            successors[b] = next.stream().mapToInt(Integer::intValue).distinct().toArray();
            exits[b] = exit;
        }
    }

    /** The block a branch or jump goes to, or -1 when it leaves the region. */
    private int targetBlock(List<Node> nodes, int node, int from, int to, Map<Label, Integer> labelAt, int[] blockOf) {
        for (Fixup f : ((Node.InstructionNode) nodes.get(node)).fixups()) {
            if (isBranch(f.type()) && f.target() instanceof Target.LabelTarget(Label label)) {
                Integer at = labelAt.get(label);
                if (at == null || at < from || at >= to) {
                    return -1;
                }
                int instruction = Arrays.binarySearch(nodeOf, at);
                int first = instruction >= 0 ? instruction : -instruction - 1;
                return first < nodeOf.length ? blockOf[first] : -1;
            }
        }
        return -1;
    }

    /** Whether a jump that leaves the region has a fixup naming where it goes (a tail call to a symbol). */
    private static boolean jumpsToSymbol(List<Node> nodes, int node) {
        for (Fixup f : ((Node.InstructionNode) nodes.get(node)).fixups()) {
            if (isBranch(f.type())) {
                return true;
            }
        }
        return false;
    }

    /** {@code jr t1} right after {@code auipc t1} with a CALL fixup: the {@code tail} pseudo-instruction. */
    private boolean isTailCall(List<Node> nodes, int last) {
        if (last == 0) {
            return false;
        }
        for (Fixup f : ((Node.InstructionNode) nodes.get(nodeOf[last - 1])).fixups()) {
            if (f.type() == RiscvRelocation.R_RISCV_CALL.number() || f.type() == RiscvRelocation.R_RISCV_CALL_PLT.number()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBranch(int type) {
        return type == RiscvRelocation.R_RISCV_BRANCH.number() || type == RiscvRelocation.R_RISCV_JAL.number()
            || type == RiscvRelocation.R_RISCV_RVC_BRANCH.number() || type == RiscvRelocation.R_RISCV_RVC_JUMP.number();
    }

    /** The number of instructions in the region. */
    public int size() {
        return nodeOf.length;
    }

    /** The node index of the region's {@code i}-th instruction. */
    public int node(int i) {
        return nodeOf[i];
    }

    /** The region's {@code i}-th instruction, decoded. */
    public Instruction instruction(int i) {
        return instructions[i];
    }

    /** The 32-bit base instruction the {@code i}-th instruction expands to ({@link dev.rvcm.isa.Opcode#expand}). */
    public int expanded(int i) {
        return expanded[i];
    }

    /** The registers the {@code i}-th instruction reads ({@link RegisterAccess}). */
    public long reads(int i) {
        return reads[i];
    }

    /** The registers the {@code i}-th instruction writes ({@link RegisterAccess}). */
    public long writes(int i) {
        return writes[i];
    }

    /** The instruction index of node {@code node}, or a negative number if it is no instruction of the region. */
    public int instructionAt(int node) {
        return Arrays.binarySearch(nodeOf, node);
    }

    /** The number of blocks. */
    public int blocks() {
        return successors.length;
    }

    /** The first instruction of block {@code b}. */
    public int start(int b) {
        return blockStart[b];
    }

    /** The instruction after block {@code b}'s last. */
    public int end(int b) {
        return blockStart[b + 1];
    }

    /** The blocks control goes to from the end of block {@code b}. */
    public int[] successors(int b) {
        return successors[b];
    }

    /** How control leaves the region at the end of block {@code b}, or null if it does not. */
    public Exit exit(int b) {
        return exits[b];
    }

    /** Whether control may enter the region at block {@code b} from outside (its start, a global symbol). */
    public boolean entry(int b) {
        return entries[b];
    }
}
