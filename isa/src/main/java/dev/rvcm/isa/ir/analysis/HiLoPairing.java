package dev.rvcm.isa.ir.analysis;

import dev.rvcm.isa.Field;
import dev.rvcm.isa.Format;
import dev.rvcm.isa.Instruction;
import dev.rvcm.isa.RegisterAccess;
import dev.rvcm.isa.ir.Fixup;
import dev.rvcm.isa.ir.Node;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each {@code %hi} of a region with all of its {@code %lo} users, across basic blocks: which
 * {@code lui}/{@code auipc} carrying a HI20, PCREL_HI20 or GOT_HI20 fixup (a <em>hi</em>) may have
 * put the value a LO12/PCREL_LO12 instruction (a <em>lo user</em>) adds to, found by reaching
 * definitions over the {@link FlowGraph} (as ASM's {@code Analyzer} tracks stack values). A register
 * holds, at each point, the set of hi's whose value may be in it, and whether something else's may
 * be ({@linkplain LoUse#elsewhere() elsewhere}: a region entry, another instruction, a call). Values
 * follow register copies ({@code mv}) and spills: a 64-bit store to the stack frame ({@code sd rs,
 * off(sp)}, or off {@code s0}, the frame pointer) and the load from the same slot, as compilers
 * spill and reload an upper part across calls; a write to {@code sp} or {@code s0} forgets the
 * slots addressed from it.
 *
 * <p>Also every <em>foreign use</em> of a hi's value: an instruction's register operand that holds
 * it on every path there (no other value may be in the register), other than as the base register
 * of a lo user, a copy or a spill: a {@code lui} whose value is used as a number, a store of it. A
 * read where a hi's value and another may meet is no foreign use: the analysis takes every call to
 * return, so such a meeting is what follows a call that does not ({@code longjmp}, {@code panic}). A
 * call is assumed not to take a hi's value as an argument either: the calling convention's reads
 * are no use of it (compiled code never passes the upper part of an address).
 */
public final class HiLoPairing {
    private static final int[] NONE = {};

    /** A hi: its node, the register it writes and its fixup. */
    public record Hi(int node, int register, Fixup fixup) {
    }

    /**
     * A lo user: its node, its base register, the nodes of the hi's whose value may be there, and
     * whether a value not from a hi may be there instead.
     */
    public record LoUse(int node, int base, Fixup fixup, int[] his, boolean elsewhere) {
    }

    private final Map<Integer, Hi> his = new HashMap<>();
    private final Map<Integer, LoUse> users = new HashMap<>();
    private final Map<Integer, List<Integer>> foreignUses = new HashMap<>();

    public HiLoPairing(List<Node> nodes, FlowGraph graph) {
        List<Hi> hiList = new ArrayList<>();
        int[] hiOf = new int[graph.size()];
        Arrays.fill(hiOf, -1);
        boolean[] lo = new boolean[graph.size()];
        Spills.Slot[] slots = new Spills.Slot[graph.size()];
        int[] copies = new int[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            lo[i] = fixup(nodes, graph.node(i), false) != null;
            slots[i] = Spills.slot(graph.instruction(i));
            copies[i] = lo[i] ? -1 : Spills.copySource(graph.instruction(i));
            Fixup hi = fixup(nodes, graph.node(i), true);
            int rd = Field.RD.get(graph.expanded(i));
            if (hi != null && rd != 0) {
                hiOf[i] = hiList.size();
                hiList.add(new Hi(graph.node(i), rd, hi));
                his.put(graph.node(i), hiList.getLast());
            }
        }
        Transfer transfer = new Transfer(graph, hiOf, slots, copies);
        State[] in = reachingHis(graph, transfer);
        for (int b = 0; b < graph.blocks(); b++) {
            if (in[b] == null) {
                continue;
            }
            State state = in[b].copy();
            for (int i = graph.start(b); i < graph.end(b); i++) {
                record(nodes, graph, i, state, hiList, transfer);
                transfer.apply(state, i);
            }
        }
    }

    /** The hi at node {@code node}, or null. */
    public Hi hi(int node) {
        return his.get(node);
    }

    /** The lo user at node {@code node}, or null. */
    public LoUse user(int node) {
        return users.get(node);
    }

    /** Every hi of the region. */
    public Iterable<Hi> his() {
        return his.values();
    }

    /** Every lo user of the region. */
    public Iterable<LoUse> users() {
        return users.values();
    }

    /** The nodes that use hi {@code hiNode}'s value other than as a lo user's base; empty if none. */
    public List<Integer> foreignUses(int hiNode) {
        return foreignUses.getOrDefault(hiNode, List.of());
    }

    private void record(List<Node> nodes, FlowGraph graph, int i, State state, List<Hi> hiList, Transfer transfer) {
        Instruction insn = graph.instruction(i);
        int word = graph.expanded(i);
        Fixup lo = fixup(nodes, graph.node(i), false);
        int base = lo == null ? -1 : Field.RS1.get(word);
        if (lo != null) {
            users.put(graph.node(i), new LoUse(graph.node(i), base, lo, nodesOf(state.his[base], hiList), state.mayBeElsewhere(base)));
        }
        long reads = RegisterAccess.operandReads(insn);
        for (int r = 1; r < 32; r++) {
            if ((reads & 1L << r) == 0 || state.his[r].length == 0 || state.mayBeElsewhere(r)) {
                continue;
            }
            boolean store = insn.opcode().base().format() == Format.S;
            boolean asBase = r == base && !(store && Field.RS2.get(word) == base);
            boolean spill = store && transfer.slots()[i] != null && r == Field.RS2.get(word);
            boolean copy = transfer.copies()[i] == r;
            if (!asBase && !spill && !copy) {
                for (int h : state.his[r]) {
                    foreignUses.computeIfAbsent(hiList.get(h).node(), k -> new ArrayList<>()).add(graph.node(i));
                }
            }
        }
    }

    private static int[] nodesOf(int[] hiIds, List<Hi> hiList) {
        int[] nodes = new int[hiIds.length];
        for (int k = 0; k < hiIds.length; k++) {
            nodes[k] = hiList.get(hiIds[k]).node();
        }
        return nodes;
    }

    /** The state at the start of every block (null for blocks control never reaches). */
    private static State[] reachingHis(FlowGraph graph, Transfer transfer) {
        State[] in = new State[graph.blocks()];
        boolean[] reached = new boolean[graph.blocks()];
        for (int b = 0; b < graph.blocks(); b++) {
            for (int s : graph.successors(b)) {
                reached[s] = true;
            }
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int b = 0; b < graph.blocks(); b++) {
            if (graph.entry(b) || !reached[b]) {
                in[b] = State.elsewhere();
                work.add(b);
            }
        }
        while (!work.isEmpty()) {
            int b = work.poll();
            State out = in[b].copy();
            for (int i = graph.start(b); i < graph.end(b); i++) {
                transfer.apply(out, i);
            }
            for (int s : graph.successors(b)) {
                if (in[s] == null) {
                    in[s] = out.copy();
                    work.add(s);
                } else if (in[s].join(out)) {
                    work.add(s);
                }
            }
        }
        return in;
    }

    /** The hi, or lo, fixup of a node, or null. */
    private static Fixup fixup(List<Node> nodes, int node, boolean hi) {
        for (Fixup f : ((Node.InstructionNode) nodes.get(node)).fixups()) {
            if (hi ? isHi(f.type()) : isLo(f.type())) {
                return f;
            }
        }
        return null;
    }

    /** HI20, RVC_LUI, PCREL_HI20, GOT_HI20: an upper part a lo user completes. */
    public static boolean isHi(int type) {
        return type == RiscvRelocation.R_RISCV_HI20.number() || type == RiscvRelocation.R_RISCV_RVC_LUI.number()
            || type == RiscvRelocation.R_RISCV_PCREL_HI20.number() || type == RiscvRelocation.R_RISCV_GOT_HI20.number();
    }

    /** LO12_I, LO12_S, PCREL_LO12_I, PCREL_LO12_S. */
    public static boolean isLo(int type) {
        return type == RiscvRelocation.R_RISCV_LO12_I.number() || type == RiscvRelocation.R_RISCV_LO12_S.number()
            || type == RiscvRelocation.R_RISCV_PCREL_LO12_I.number() || type == RiscvRelocation.R_RISCV_PCREL_LO12_S.number();
    }

    /** What an instruction does to a {@link State}. */
    private record Transfer(FlowGraph graph, int[] hiOf, Spills.Slot[] slots, int[] copies) {

        void apply(State state, int i) {
            Instruction insn = graph.instruction(i);
            int word = graph.expanded(i);
            int rd = Field.RD.get(word);
            Spills.Slot slot = slots[i];
            if (slot != null && insn.opcode().base().format() == Format.S) {
                state.store(slot, Field.RS2.get(word));
                return;
            }
            int copied = copies[i];
            long writes = graph.writes(i);
            for (int base = 1; base < 32; base++) {
                if ((writes & 1L << base) != 0 && Spills.isFrameBase(base)) {
                    long register = base;
                    state.slots.keySet().removeIf(k -> k >>> 32 == register);
                }
            }
            for (int r = 1; r < 32; r++) {
                if ((writes & 1L << r) != 0 && r != copied) {
                    state.his[r] = NONE;
                    state.elsewhere |= 1L << r;
                }
            }
            if (hiOf[i] >= 0) {
                state.his[rd] = new int[] {hiOf[i]};
                state.elsewhere &= ~(1L << rd);
            } else if (copied > 0 && rd != 0) {
                state.his[rd] = state.his[copied];
                state.elsewhere = (state.elsewhere & ~(1L << rd)) | ((state.elsewhere >>> copied & 1) << rd);
            } else if (slot != null && rd != 0 && slot.width() == 8) {
                Slot held = state.slots.get(slot.key());
                state.his[rd] = held == null ? NONE : held.his();
                boolean other = held == null || held.elsewhere();
                state.elsewhere = other ? state.elsewhere | 1L << rd : state.elsewhere & ~(1L << rd);
            }
        }
    }

    /** A stack slot's possible values: hi's (ids), and whether something else may be there. */
    private record Slot(int[] his, boolean elsewhere) {
    }

    /** Per integer register and spilled stack slot: the hi's (ids) whose value it may hold, and whether another value may be there. */
    private static final class State {
        final int[][] his;
        long elsewhere;
        final Map<Long, Slot> slots;

        private State(int[][] his, long elsewhere, Map<Long, Slot> slots) {
            this.his = his;
            this.elsewhere = elsewhere;
            this.slots = slots;
        }

        static State elsewhere() {
            int[][] his = new int[32][];
            Arrays.fill(his, NONE);
            return new State(his, -1L, new HashMap<>());
        }

        State copy() {
            return new State(his.clone(), elsewhere, new HashMap<>(slots));
        }

        boolean mayBeElsewhere(int r) {
            return (elsewhere & 1L << r) != 0;
        }

        /** A store to the frame: a 64-bit one of a register holding hi's is a spill; any other forgets what it overwrites. */
        void store(Spills.Slot slot, int source) {
            slots.keySet().removeIf(slot::overlaps);
            if (slot.width() == 8 && his[source].length > 0) {
                slots.put(slot.key(), new Slot(his[source], mayBeElsewhere(source)));
            }
        }

        /** Adds {@code other}'s possibilities; true if that changed anything. */
        boolean join(State other) {
            boolean changed = (elsewhere | other.elsewhere) != elsewhere;
            elsewhere |= other.elsewhere;
            for (int r = 1; r < 32; r++) {
                int[] union = union(his[r], other.his[r]);
                if (union.length != his[r].length) {
                    his[r] = union;
                    changed = true;
                }
            }
            Set<Long> offsets = new HashSet<>(slots.keySet());
            offsets.addAll(other.slots.keySet());
            for (long offset : offsets) {
                Slot mine = slots.get(offset);
                Slot theirs = other.slots.get(offset);
                int[] union = union(mine == null ? NONE : mine.his(), theirs == null ? NONE : theirs.his());
                boolean otherValue = mine == null || mine.elsewhere() || theirs == null || theirs.elsewhere();
                if (mine == null || union.length != mine.his().length || otherValue != mine.elsewhere()) {
                    slots.put(offset, new Slot(union, otherValue));
                    changed = true;
                }
            }
            return changed;
        }

        private static int[] union(int[] a, int[] b) {
            if (b.length == 0 || a == b) {
                return a;
            }
            if (a.length == 0) {
                return b;
            }
            int[] merged = new int[a.length + b.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < a.length || j < b.length) {
                int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
                if (i < a.length && a[i] == next) {
                    i++;
                }
                if (j < b.length && b[j] == next) {
                    j++;
                }
                merged[k++] = next;
            }
            return Arrays.copyOf(merged, k);
        }
    }
}
