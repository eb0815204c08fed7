package dev.rvcm.sim;

import java.util.Arrays;

/**
 * The static half of the timing model: for every decoded instruction of a page, the cycles it adds to
 * the issue of the instruction before it, on an in-order core of one {@link TimingParameters}. The run
 * loop counts how often each slot ran; the issue cycles of a run are the sum of cost × count, worked
 * out after the run, so this costs nothing while the guest runs.
 *
 * <p>The page is cut into <em>straight-line runs</em>: instructions that follow one another in memory,
 * up to and including a jump or system instruction (a conditional branch does not end a run: its
 * fall-through continues it). Each run is scheduled as its own fresh start, its operands from before
 * it ready: a scoreboard of register ready-times issues each instruction at the first cycle its
 * operands are ready ({@link InstructionShape} latencies, the late-ALU bypass for ALU and branch
 * operands) and a free issue slot exists ({@link TimingParameters#issueWidth()}, one memory and one
 * pipe-B operation per cycle), no earlier than the instruction before it; unpipelined dividers stay
 * busy for their latency. An instruction's cost is its issue cycle minus its predecessor's, the run's
 * first costing 1. A branch or jump back into its own run (a loop) has its body scheduled a second
 * time, from the scoreboard as the back edge leaves it, and keeps the second pass's costs: the steady
 * state of the loop, where a load at the bottom feeds an instruction at the top.
 *
 * <p>What a static schedule cannot see: the dependencies into a run from the code that jumped to it,
 * issue pairs across a taken branch, and costs of an instruction entered by a jump in the middle of a
 * run, which are its fall-through costs. Branch mispredictions and cache misses are not part of it;
 * they are simulated while the guest runs ({@link BranchPredictor}, {@link CacheStacks}).
 */
final class IssueSchedule {

    /** A loop body of more instructions than this is scheduled once (keeps odd code from costing much). */
    private static final int MAX_LOOP = 1024;

    private final int width;
    private final int bypass;
    private final int[] latency;

    // Scoreboard: x0–x31, f0–f31 at 32–63.
    private final int[] ready = new int[64];
    private final int[] readyLate = new int[64];
    private int cycle;
    private int prevIssue;
    private int used;
    private int usedA;
    private int usedB;
    private int dividerFree;
    private int fpDividerFree;

    // One straight-line run.
    private final int[] run = new int[DecodedPage.SLOTS];
    private final int[] cost = new int[DecodedPage.SLOTS];
    private final long[] loops = new long[DecodedPage.SLOTS];

    IssueSchedule(TimingParameters p) {
        this.width = p.issueWidth();
        this.bypass = p.lateAluBypass();
        InstructionShape.Latency[] classes = InstructionShape.Latency.values();
        this.latency = new int[classes.length];
        for (InstructionShape.Latency l : classes) {
            latency[l.ordinal()] = l.cycles(p);
        }
    }

    /** Σ cost × executions over the page's decoded instructions. */
    long issueCycles(DecodedPage page) {
        long total = 0;
        int n = 0;
        int expected = -1;
        boolean ended = true;
        for (int s = 0; s < DecodedPage.SLOTS; s++) {
            if (page.len[s] == 0) {
                continue;
            }
            if (s != expected || ended) {
                total += schedule(page, n);
                n = 0;
            }
            run[n++] = s;
            expected = s + page.len[s] / 2;
            ended = InstructionShape.of(page.opcode[s]).endsRun();
        }
        return total + schedule(page, n);
    }

    /** Schedules run[0..n), fills cost[0..n), returns Σ cost × hits. */
    private long schedule(DecodedPage page, int n) {
        if (n == 0) {
            return 0;
        }
        // Loops: a branch or jal at run[i] back to run[j], j <= i; at most one per i, found in order of i.
        int loopCount = 0;
        for (int i = 0; i < n; i++) {
            int s = run[i];
            int control = InstructionShape.of(page.opcode[s]).control();
            if (control == InstructionShape.BRANCH || control == InstructionShape.JAL) {
                long target = s + (page.imm[s] >> 1);
                if (target >= run[0] && target <= s) {
                    int j = Arrays.binarySearch(run, 0, i + 1, (int) target);
                    if (j >= 0 && i - j < MAX_LOOP) {
                        loops[loopCount++] = (long) (i - j) << 32 | (long) j << 16 | i;
                    }
                }
            }
        }
        // First pass, keeping the scoreboard as it is after each loop's back edge.
        reset();
        if (snapshots.length < loopCount * SNAPSHOT) {
            snapshots = new int[loopCount * SNAPSHOT];
        }
        int done = 0;
        for (int l = 0; l < loopCount; l++) {
            int i = (int) loops[l] & 0xffff;
            pass(page, done, i + 1);
            save(l);
            done = i + 1;
        }
        pass(page, done, n);
        if (loopCount > 0) {
            // Second pass of each loop body from its back edge, outer (longer) loops first so that inner
            // loops keep their own steady state.
            long[] order = Arrays.copyOf(loops, loopCount);
            for (int l = 0; l < loopCount; l++) {
                order[l] = order[l] & ~0xffffL | l; // length, j, and the loop's index instead of i
            }
            Arrays.sort(order);
            for (int k = loopCount - 1; k >= 0; k--) {
                int l = (int) order[k] & 0xffff;
                int j = (int) (loops[l] >>> 16) & 0xffff;
                int i = (int) loops[l] & 0xffff;
                restore(l);
                used = width; // the taken back edge: the loop top starts a new cycle
                pass(page, j, i + 1);
            }
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += cost[i] * page.hits[run[i]];
        }
        return total;
    }

    private static final int SNAPSHOT = 64 + 64 + 9;
    private int[] snapshots = new int[64 * SNAPSHOT];

    private void save(int l) {
        int o = l * SNAPSHOT;
        System.arraycopy(ready, 0, snapshots, o, 64);
        System.arraycopy(readyLate, 0, snapshots, o + 64, 64);
        o += 128;
        snapshots[o] = cycle;
        snapshots[o + 1] = prevIssue;
        snapshots[o + 2] = used;
        snapshots[o + 3] = usedA;
        snapshots[o + 4] = usedB;
        snapshots[o + 5] = dividerFree;
        snapshots[o + 6] = fpDividerFree;
    }

    private void restore(int l) {
        int o = l * SNAPSHOT;
        System.arraycopy(snapshots, o, ready, 0, 64);
        System.arraycopy(snapshots, o + 64, readyLate, 0, 64);
        o += 128;
        cycle = snapshots[o];
        prevIssue = snapshots[o + 1];
        used = snapshots[o + 2];
        usedA = snapshots[o + 3];
        usedB = snapshots[o + 4];
        dividerFree = snapshots[o + 5];
        fpDividerFree = snapshots[o + 6];
    }

    private void reset() {
        Arrays.fill(ready, 0);
        Arrays.fill(readyLate, 0);
        cycle = 0;
        prevIssue = 0;
        used = width;
        usedA = 0;
        usedB = 0;
        dividerFree = 0;
        fpDividerFree = 0;
    }

    private void pass(DecodedPage page, int from, int to) {
        for (int i = from; i < to; i++) {
            int s = run[i];
            InstructionShape sh = InstructionShape.of(page.opcode[s]);
            int r = page.regs[s];
            int earliest = 0;
            int reads = sh.reads();
            if (reads != 0) {
                for (int k = 0; k < 3; k++) {
                    if ((reads & (1 << k)) != 0) {
                        int reg = (r >>> (8 * (k + 1))) & 31;
                        boolean fp = (sh.fpReads() & (1 << k)) != 0;
                        int at = fp ? ready[32 + reg] : sh.lateReads() ? readyLate[reg] : ready[reg];
                        earliest = Math.max(earliest, at);
                    }
                }
            }
            switch (sh.unit()) {
                case DIVIDER -> earliest = Math.max(earliest, dividerFree);
                case FP_DIVIDER -> earliest = Math.max(earliest, fpDividerFree);
                case NONE -> {
                }
            }
            InstructionShape.Pipe pipe = sh.pipe();
            int issue;
            if (earliest <= cycle && used < width && (pipe != InstructionShape.Pipe.A || usedA == 0)
                    && (pipe != InstructionShape.Pipe.B || usedB == 0)) {
                issue = cycle;
            } else {
                issue = Math.max(earliest, cycle + 1);
                cycle = issue;
                used = 0;
                usedA = 0;
                usedB = 0;
            }
            used++;
            if (pipe == InstructionShape.Pipe.A) {
                usedA++;
            } else if (pipe == InstructionShape.Pipe.B) {
                usedB++;
            }
            cost[i] = issue - prevIssue;
            prevIssue = issue;
            int lat = latency[sh.result().ordinal()];
            switch (sh.unit()) {
                case DIVIDER -> dividerFree = issue + lat;
                case FP_DIVIDER -> fpDividerFree = issue + lat;
                case NONE -> {
                }
            }
            if (sh.result() != InstructionShape.Latency.NONE) {
                int rd = r & 0xff;
                if (sh.rdFp()) {
                    ready[32 + (rd & 31)] = issue + lat;
                } else if (rd != 0 && rd < 32) {
                    ready[rd] = issue + lat;
                    readyLate[rd] = issue + (sh.bypassed() ? Math.max(1, lat - bypass) : lat);
                }
            }
        }
    }
}
