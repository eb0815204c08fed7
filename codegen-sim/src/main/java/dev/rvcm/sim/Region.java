package dev.rvcm.sim;

import dev.rvcm.isa.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * What one {@link Translation} covers: basic blocks of one decoded page, found from an entry
 * instruction by following branches and plain jumps ({@code jal x0}) inside the page. Only instructions
 * the interpreter has decoded (so, run) are taken, and only those with a semantics method
 * ({@link Executor.Form#HART} instructions — system calls, CSRs, atomics, {@code fence.i} — are left to
 * the interpreter, but for the floating-point CSRs); a block ends at a branch or jump, before an instruction it cannot take, at the end
 * of the page, before where the region leaves to another translation, or when the region has its budget
 * of instructions. Where control leaves the blocks — calls, returns and other indirect jumps, targets
 * outside, the entries of translations it leaves to — is an exit.
 *
 * @param page      the decoded page
 * @param slots     the slot of each instruction, blocks one after another (block {@code b} is
 *                  {@code slots[blocks[b].first() .. blocks[b].end())})
 * @param blocks    the blocks, the entry block first
 * @param exits     the pc each static exit continues at
 */
record Region(DecodedPage page, int[] slots, List<Block> blocks, long[] exits) {

    /** No successor: the block ends in an indirect jump. */
    static final int NONE = Integer.MIN_VALUE;

    /**
     * A basic block: instructions {@code [first, end)} of the region. Successors are a block index
     * (&ge; 0), an exit ({@code -1 - exit index}) or {@link #NONE}.
     *
     * @param taken where a taken branch or a jump goes
     * @param next  where control goes after the last instruction when it does not branch
     */
    record Block(int first, int end, int taken, int next) {
    }

    /** The pc of instruction {@code i}. */
    long pc(int i) {
        return page.base + 2L * slots[i];
    }

    /** The block holding instruction {@code i}. */
    int blockOf(int i) {
        for (int b = 0; b < blocks.size(); b++) {
            if (i >= blocks.get(b).first() && i < blocks.get(b).end()) {
                return b;
            }
        }
        throw new IllegalArgumentException("instruction " + i + " is in no block");
    }

    /** Whether the decoded slot {@code s} of {@code page} can be part of a region. */
    static boolean translatable(DecodedPage page, int s) {
        int op = page.op[s];
        if (page.enc[s] == Op.UNDECODED || op == Op.UNDECODED || op == Op.ILLEGAL
                || s + page.len[s] / 2 > DecodedPage.SLOTS) {
            return false;
        }
        Opcode opc = Opcode.values()[page.opcode[s]];
        Executor e = Executor.of(opc);
        if (e.form() == Executor.Form.HART) {
            return floatingPointCsr(opc, page.word[s]);
        }
        boolean rounds = e.type() != null && e.type().parameterCount() > 0
                && e.type().parameterType(e.type().parameterCount() - 1) == int.class;
        return !rounds || page.rm[s] <= 4 || page.rm[s] == 7; // a reserved rounding mode is the interpreter's fault to report
    }

    /**
     * Whether {@code word} accesses {@code fflags}, or reads {@code frm} or {@code fcsr} without writing
     * them: the one kind of {@link Executor.Form#HART} instruction translated code executes itself
     * (through the same {@link SlowPath#csr} as the interpreter), since glibc's math functions save and
     * restore the flags around a comparison in hot loops; their state lives in the hart, where
     * translated code reads it. The rounding mode does not change while translated code runs: it
     * reads {@code frm} once.
     */
    static boolean floatingPointCsr(Opcode opc, int word) {
        int csr = word >>> 20;
        boolean swap = ((word >>> 12) & 3) == 1;
        boolean writes = swap || ((word >>> 15) & 31) != 0;
        return opc.kind() == dev.rvcm.isa.Kind.CSR && (csr == 1 || (csr == 2 || csr == 3) && !writes);
    }

    /**
     * The region entered at slot {@code entry} of {@code page} with at most {@code budget} instructions,
     * or null when the entry instruction itself cannot be translated. Control reaching a slot other
     * than the entry for which {@code leaveAt} holds leaves the region there (an exit).
     */
    static Region scan(DecodedPage page, int entry, int budget, IntPredicate leaveAt) {
        if (!translatable(page, entry)) {
            return null;
        }
        Map<Integer, Integer> blockAt = new HashMap<>();
        List<int[]> bodies = new ArrayList<>();
        Deque<Integer> work = new ArrayDeque<>();
        work.add(entry);
        int left = budget;
        while (!work.isEmpty() && left > 0) {
            int start = work.poll();
            if (blockAt.containsKey(start) || !translatable(page, start) || start != entry && leaveAt.test(start)) {
                continue;
            }
            List<Integer> body = new ArrayList<>();
            int s = start;
            while (left > 0 && s < DecodedPage.SLOTS && translatable(page, s) && (s == start || !leaveAt.test(s))) {
                body.add(s);
                left--;
                Executor.Form form = Executor.of(Opcode.values()[page.opcode[s]]).form();
                if (form == Executor.Form.BRANCH || form == Executor.Form.JUMP) {
                    break;
                }
                s += page.len[s] / 2;
            }
            blockAt.put(start, bodies.size());
            bodies.add(body.stream().mapToInt(Integer::intValue).toArray());
            int last = body.getLast();
            for (int target : successors(page, last)) {
                if (target >= 0 && target < DecodedPage.SLOTS) {
                    work.add(target);
                }
            }
        }
        int[] slots = bodies.stream().flatMapToInt(java.util.Arrays::stream).toArray();
        List<Long> exits = new ArrayList<>();
        Map<Long, Integer> exitAt = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        int first = 0;
        for (int[] body : bodies) {
            int last = body[body.length - 1];
            Executor.Form form = Executor.of(Opcode.values()[page.opcode[last]]).form();
            long lastPc = page.base + 2L * last;
            long fallThrough = lastPc + page.len[last];
            int taken = NONE;
            int next = NONE;
            switch (form) {
                case BRANCH -> {
                    taken = successor(page, lastPc + page.imm[last], blockAt, exits, exitAt);
                    next = successor(page, fallThrough, blockAt, exits, exitAt);
                }
                case JUMP -> {
                    if (Opcode.values()[page.opcode[last]].base() == Opcode.JAL) {
                        taken = successor(page, IntegerOps.jal(lastPc, page.imm[last]), blockAt, exits, exitAt);
                    }
                }
                default -> next = successor(page, fallThrough, blockAt, exits, exitAt);
            }
            blocks.add(new Block(first, first + body.length, taken, next));
            first += body.length;
        }
        return new Region(page, slots, List.copyOf(blocks), exits.stream().mapToLong(Long::longValue).toArray());
    }

    /** Slots a block ending at slot {@code last} continues at inside the page: targets of branches and of {@code jal x0}. */
    private static int[] successors(DecodedPage page, int last) {
        Opcode opc = Opcode.values()[page.opcode[last]];
        Executor.Form form = Executor.of(opc).form();
        int fallThrough = last + page.len[last] / 2;
        int rd = page.regs[last] & 0xff;
        return switch (form) {
            case BRANCH -> new int[] {last + (int) (page.imm[last] >> 1), fallThrough};
            case JUMP -> opc.base() == Opcode.JAL && (rd == 0 || rd == Op.SINK)
                    ? new int[] {last + (int) (page.imm[last] >> 1)} : new int[0];
            default -> new int[] {fallThrough};
        };
    }

    private static int successor(DecodedPage page, long pc, Map<Integer, Integer> blockAt, List<Long> exits,
            Map<Long, Integer> exitAt) {
        long offset = pc - page.base;
        if (offset >= 0 && offset < Memory.PAGE_SIZE) {
            Integer b = blockAt.get((int) offset >>> 1);
            if (b != null) {
                return b;
            }
        }
        Integer e = exitAt.get(pc);
        if (e == null) {
            e = exits.size();
            exits.add(pc);
            exitAt.put(pc, e);
        }
        return -1 - e;
    }
}
