package dev.rvcm.sim;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Extensions;
import dev.rvcm.isa.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * One RV64IMAFDC + Zba/Zbb/Zbs hart: the register files, the floating-point state, and the run loop.
 *
 * <p>The loop fetches from {@link DecodedPage}s (decode once per instruction address), dispatches on
 * the engine {@link Op} with one {@code switch}, and allocates nothing. Hot integer, memory and
 * control-flow operations are cases of the loop; the rest (most of F/D, A, Zb*, CSRs, system) run in
 * {@link #slow}. The loop method stays under HotSpot's 8000-byte limit for JIT compilation. For the
 * {@link TimingModel} it hands each load, store and new fetch line to a cache filter and each branch
 * and jump to a queue; everything else about timing is worked out after the run.
 */
final class Hart {

    static final Opcode[] OPCODES = Opcode.values();

    /** x0–x31, and x32: a sink that integer results for rd = x0 go to (see {@link Op#SINK}). */
    final long[] x = new long[33];
    final long[] f = new long[32];
    long pc;
    final Fpu fpu = new Fpu();
    int frm;
    final Memory mem;
    private final Decoder decoder;
    Environment env;

    /** Retired instructions. */
    long instret;
    /** Taken conditional branches. */
    long takenBranches;
    /** Reservation of LR/SC, or -1. */
    private long reservation = -1;
    /** Set by the environment to end the run. */
    RunResult.Stop stop;

    /** Decoded pages that may still run, for counters and fence.i. */
    final List<DecodedPage> decodedPages = new ArrayList<>();
    /** Executions by isa opcode ordinal of decoded pages dropped since (self-modifying code, unmap). */
    final long[] retiredHits = new long[OPCODES.length];
    private int sweepAt = 1024;
    /** The image's {@code .got} range [start, end), empty if it has none. */
    long gotStart;
    long gotEnd;
    /** GOT loads of decoded pages dropped since, by GOT entry and by pc. */
    final java.util.Map<Long, Long> retiredGotLoadsByEntry = new java.util.HashMap<>();
    final java.util.Map<Long, Long> retiredGotLoadsByPc = new java.util.HashMap<>();

    /** Modeled cycles: the branch predictors and caches this loop drives, the issue schedule afterwards. */
    final TimingModel timing;

    Hart(Memory mem, Extensions extensions, TimingModel timing) {
        this.mem = mem;
        this.decoder = new Decoder(extensions);
        this.timing = timing;
    }

    // ---- the run loop -----------------------------------------------------------------------------

    /** Whether FP instructions may run (bare metal: {@code mstatus.FS != Off}); decode depends on it. */
    boolean fpEnabled = true;

    /** Runs until the environment stops the hart, a fault, or {@code limit} retired instructions. */
    RunResult.Stop run(long limit) {
        while (true) {
            // Slices keep the loop method returning, so HotSpot compiles it normally rather than by OSR.
            long sliceEnd = Math.min(limit, instret + SLICE);
            RunResult.Stop s = runUntilTrap(sliceEnd, limit);
            if (s != null) {
                return s;
            }
        }
    }

    /** Drops every decoded instruction (fence.i, a change of what decodes how). */
    void flushDecoded() {
        for (DecodedPage d : decodedPages) {
            java.util.Arrays.fill(d.op, Op.UNDECODED);
            java.util.Arrays.fill(d.enc, Op.UNDECODED);
        }
        mem.codeEpoch++;
    }

    private static final long SLICE = 1 << 22;

    /** The run loop; returns null at the end of a slice or after a fault the environment turned into a trap. */
    private RunResult.Stop runUntilTrap(long sliceEnd, long limit) {
        final long[] x = this.x;
        final Memory mem = this.mem;
        // The timing model (see TimingModel): the loop reads the cache filters itself and queues the
        // accesses they do not answer; every branch outcome, call and jalr is queued.
        final BranchPredictors bp = timing.predictors;
        final long[] dFilter = timing.dcaches.filter;
        final int dBits = timing.dcaches.lineBits;
        final long[] iFilter = timing.icaches.filter;
        final int iBits = timing.icaches.lineBits;
        long fetches = 0;
        long pc = this.pc;
        long icount = this.instret;
        long pageBase = -1;
        long fetchLine = -1;
        int epoch = mem.codeEpoch;
        DecodedPage page = null;
        int s = 0;
        try {
            while (true) {
                // Code can only change in a store or the slow path; both reset fetchLine when it did.
                // Entering another line is an instruction cache access, and maybe another page.
                if (pc >>> iBits != fetchLine) {
                    if ((pc & ~Memory.PAGE_MASK) != pageBase) {
                        if (mem.watchFired) {
                            mem.watchFired = false;
                            env.watched(this);
                            if (stop != null) {
                                this.pc = pc;
                                this.instret = icount;
                                return stop;
                            }
                        }
                        page = codePage(pc);
                        pageBase = pc & ~Memory.PAGE_MASK;
                        epoch = mem.codeEpoch;
                    }
                    fetchLine = pc >>> iBits;
                    fetches++;
                    if (iFilter[(int) fetchLine & (iFilter.length - 1)] != fetchLine) {
                        timing.icaches.enqueue(fetchLine);
                    }
                }
                s = (int) (pc & Memory.PAGE_MASK) >>> 1;
                int e = page.enc[s];
                if (e == Op.UNDECODED) {
                    decodeSlot(page, s, pc);
                    e = page.enc[s];
                }
                if (icount >= sliceEnd) {
                    this.pc = pc;
                    this.instret = icount;
                    return icount >= limit ? new RunResult.Stop.LimitReached(limit) : null;
                }
                icount++;
                page.hits[s]++;
                long imm = page.imm[s];
                int rd = (e >>> 8) & 63;
                int rs1 = (e >>> 14) & 31;
                int rs2 = (e >>> 19) & 31;
                long npc = pc + 2 + ((e >>> 23) & 2);
                switch (e & 0xff) {
                    case Op.LUI -> x[rd] = imm;
                    case Op.AUIPC -> x[rd] = pc + imm;
                    case Op.JAL -> {
                        x[rd] = npc;
                        if (rd == 1 || rd == 5) {
                            timing.predictors.call(npc);
                        }
                        npc = pc + imm;
                    }
                    case Op.JALR -> {
                        long t = (x[rs1] + imm) & ~1L;
                        x[rd] = npc;
                        timing.predictors.jalr(pc, t, rd, rs1, npc);
                        npc = t;
                    }
                    case Op.BEQ -> {
                        long outcome = pc;
                        if (x[rs1] == x[rs2]) {
                            npc = pc + imm;
                            takenBranches++;
                            outcome |= 1;
                        }
                        bp.branch(outcome);
                    }
                    case Op.BNE -> {
                        long outcome = pc;
                        if (x[rs1] != x[rs2]) {
                            npc = pc + imm;
                            takenBranches++;
                            outcome |= 1;
                        }
                        bp.branch(outcome);
                    }
                    case Op.BLT -> {
                        long outcome = pc;
                        if (x[rs1] < x[rs2]) {
                            npc = pc + imm;
                            takenBranches++;
                            outcome |= 1;
                        }
                        bp.branch(outcome);
                    }
                    case Op.BGE -> {
                        long outcome = pc;
                        if (x[rs1] >= x[rs2]) {
                            npc = pc + imm;
                            takenBranches++;
                            outcome |= 1;
                        }
                        bp.branch(outcome);
                    }
                    case Op.BLTU -> {
                        long outcome = pc;
                        if (Long.compareUnsigned(x[rs1], x[rs2]) < 0) {
                            npc = pc + imm;
                            takenBranches++;
                            outcome |= 1;
                        }
                        bp.branch(outcome);
                    }
                    case Op.BGEU -> {
                        long outcome = pc;
                        if (Long.compareUnsigned(x[rs1], x[rs2]) >= 0) {
                            npc = pc + imm;
                            takenBranches++;
                            outcome |= 1;
                        }
                        bp.branch(outcome);
                    }
                    case Op.LB -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        x[rd] = mem.load8(a);
                    }
                    case Op.LH -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        x[rd] = mem.load16(a);
                    }
                    case Op.LW -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        x[rd] = mem.load32(a);
                    }
                    case Op.LD -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        x[rd] = mem.load64(a);
                    }
                    case Op.LBU -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        x[rd] = mem.load8(a) & 0xffL;
                    }
                    case Op.LHU -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        x[rd] = mem.load16(a) & 0xffffL;
                    }
                    case Op.LWU -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        x[rd] = mem.load32(a) & 0xffffffffL;
                    }
                    case Op.SB -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        mem.store8(a, (byte) x[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.SH -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        mem.store16(a, (short) x[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.SW -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        mem.store32(a, (int) x[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.SD -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        mem.store64(a, x[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.ADDI -> x[rd] = x[rs1] + imm;
                    case Op.SLTI -> x[rd] = x[rs1] < imm ? 1 : 0;
                    case Op.SLTIU -> x[rd] = Long.compareUnsigned(x[rs1], imm) < 0 ? 1 : 0;
                    case Op.XORI -> x[rd] = x[rs1] ^ imm;
                    case Op.ORI -> x[rd] = x[rs1] | imm;
                    case Op.ANDI -> x[rd] = x[rs1] & imm;
                    case Op.SLLI -> x[rd] = x[rs1] << imm;
                    case Op.SRLI -> x[rd] = x[rs1] >>> imm;
                    case Op.SRAI -> x[rd] = x[rs1] >> imm;
                    case Op.ADD -> x[rd] = x[rs1] + x[rs2];
                    case Op.SUB -> x[rd] = x[rs1] - x[rs2];
                    case Op.SLL -> x[rd] = x[rs1] << x[rs2];
                    case Op.SLT -> x[rd] = x[rs1] < x[rs2] ? 1 : 0;
                    case Op.SLTU -> x[rd] = Long.compareUnsigned(x[rs1], x[rs2]) < 0 ? 1 : 0;
                    case Op.XOR -> x[rd] = x[rs1] ^ x[rs2];
                    case Op.SRL -> x[rd] = x[rs1] >>> x[rs2];
                    case Op.SRA -> x[rd] = x[rs1] >> x[rs2];
                    case Op.OR -> x[rd] = x[rs1] | x[rs2];
                    case Op.AND -> x[rd] = x[rs1] & x[rs2];
                    case Op.ADDIW -> x[rd] = (int) (x[rs1] + imm);
                    case Op.SLLIW -> x[rd] = (int) x[rs1] << imm;
                    case Op.SRLIW -> x[rd] = (int) x[rs1] >>> imm;
                    case Op.SRAIW -> x[rd] = (int) x[rs1] >> imm;
                    case Op.ADDW -> x[rd] = (int) (x[rs1] + x[rs2]);
                    case Op.SUBW -> x[rd] = (int) (x[rs1] - x[rs2]);
                    case Op.SLLW -> x[rd] = (int) x[rs1] << x[rs2];
                    case Op.SRLW -> x[rd] = (int) x[rs1] >>> x[rs2];
                    case Op.SRAW -> x[rd] = (int) x[rs1] >> x[rs2];
                    case Op.MUL -> x[rd] = x[rs1] * x[rs2];
                    case Op.MULH -> x[rd] = Math.multiplyHigh(x[rs1], x[rs2]);
                    case Op.MULHSU -> x[rd] = mulhsu(x[rs1], x[rs2]);
                    case Op.MULHU -> x[rd] = Math.unsignedMultiplyHigh(x[rs1], x[rs2]);
                    case Op.DIV -> x[rd] = div(x[rs1], x[rs2]);
                    case Op.DIVU -> x[rd] = x[rs2] == 0 ? -1 : Long.divideUnsigned(x[rs1], x[rs2]);
                    case Op.REM -> x[rd] = rem(x[rs1], x[rs2]);
                    case Op.REMU -> x[rd] = x[rs2] == 0 ? x[rs1] : Long.remainderUnsigned(x[rs1], x[rs2]);
                    case Op.MULW -> x[rd] = (int) x[rs1] * (int) x[rs2];
                    case Op.DIVW -> x[rd] = divw((int) x[rs1], (int) x[rs2]);
                    case Op.DIVUW -> x[rd] = (int) x[rs2] == 0 ? -1 : Integer.divideUnsigned((int) x[rs1], (int) x[rs2]);
                    case Op.REMW -> x[rd] = remw((int) x[rs1], (int) x[rs2]);
                    case Op.REMUW -> x[rd] = (int) x[rs2] == 0 ? (int) x[rs1] : Integer.remainderUnsigned((int) x[rs1], (int) x[rs2]);
                    case Op.FLW -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        f[rd] = Fpu.box(mem.load32(a));
                    }
                    case Op.FLD -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        f[rd] = mem.load64(a);
                    }
                    case Op.FSW -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        mem.store32(a, (int) f[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.FSD -> {
                        long a = x[rs1] + imm;
                        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
                            timing.dcaches.enqueue(a >>> dBits);
                        }
                        mem.store64(a, f[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.FMV_D -> f[rd] = f[rs1];
                    case Op.FADD_D -> f[rd] = fpu.addD(f[rs1], f[rs2], false, rm(page.rm[s]));
                    case Op.FSUB_D -> f[rd] = fpu.addD(f[rs1], f[rs2], true, rm(page.rm[s]));
                    case Op.FMUL_D -> f[rd] = fpu.mulD(f[rs1], f[rs2], rm(page.rm[s]));
                    case Op.FDIV_D -> f[rd] = fpu.divD(f[rs1], f[rs2], rm(page.rm[s]));
                    case Op.FSQRT_D -> f[rd] = fpu.sqrtD(f[rs1], rm(page.rm[s]));
                    case Op.FNEG_D -> f[rd] = f[rs1] ^ Long.MIN_VALUE;
                    case Op.FLT_D -> x[rd] = fpu.compareD(f[rs1], f[rs2], 1);
                    case Op.FLE_D -> x[rd] = fpu.compareD(f[rs1], f[rs2], 2);
                    case Op.FEQ_D -> x[rd] = fpu.compareD(f[rs1], f[rs2], 0);
                    case Op.FMV_X_D -> x[rd] = f[rs1];
                    case Op.FMV_D_X -> f[rd] = x[rs1];
                    case Op.NOP -> {
                    }
                    default -> {
                        this.pc = pc;
                        this.instret = icount;
                        npc = slow(page, s, pc, npc);
                        if (stop != null) {
                            this.pc = npc;
                            return stop;
                        }
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                }
                pc = npc;
            }
        } catch (GuestFault fault) {
            this.pc = pc;
            this.instret = icount;
            int word = page != null && page.enc[s] != Op.UNDECODED && ((pc & ~Memory.PAGE_MASK) == page.base) ? page.word[s] : 0;
            if (env.traps() && fault.kind() != GuestFault.Cause.OUT_OF_MEMORY) { // no trap handler can make memory
                long handler = env.trap(this, fault, pc, word);
                if (fault.kind() != GuestFault.Cause.FETCH_ACCESS || handler != pc) {
                    this.pc = handler;
                    return null;
                }
                // The trap vector itself cannot be fetched: every trap would fetch it again and fault the
                // same way, retiring nothing, forever (no instruction limit would end it). End the run.
                fault = new GuestFault(fault.kind(), fault.address(), fault.getMessage() + " at the trap vector (mtvec)");
            }
            return RunResult.Stop.Fault.of(fault, pc, word, java.util.Arrays.copyOf(x, 32));
        } finally {
            this.instret = Math.max(this.instret, icount);
            timing.fetches += fetches;
        }
    }

    private DecodedPage codePage(long pc) {
        Memory.Page pg = mem.executablePage(pc);
        DecodedPage code = pg.code;
        if (code == null) {
            code = new DecodedPage(pc & ~Memory.PAGE_MASK);
            mem.attachCode(pc, pg, code);
            decodedPages.add(code);
            if (decodedPages.size() >= sweepAt) {
                sweep();
            }
        }
        return code;
    }

    /** Folds the counts of decoded pages no longer attached to memory into {@link #retiredHits}. */
    private void sweep() {
        List<DecodedPage> live = new ArrayList<>();
        for (DecodedPage d : decodedPages) {
            Memory.Page p = mem.pageIfPresent(d.base);
            if (p != null && p.code == d) {
                live.add(d);
            } else {
                timing.retire(d);
                for (int s = 0; s < DecodedPage.SLOTS; s++) {
                    retiredHits[d.opcode[s]] += d.hits[s];
                    if (d.gotEntry[s] != 0 && d.hits[s] != 0) {
                        retiredGotLoadsByEntry.merge(d.gotEntry[s], d.hits[s], Long::sum);
                        retiredGotLoadsByPc.merge(d.base + 2L * s, d.hits[s], Long::sum);
                    }
                }
            }
        }
        decodedPages.clear();
        decodedPages.addAll(live);
        sweepAt = Math.max(1024, 2 * live.size());
    }

    private void decodeSlot(DecodedPage page, int s, long pc) {
        int lo = mem.fetch16(pc);
        int word = lo;
        if (Decoder.length(lo) == 4) {
            word = lo | mem.fetch16(pc + 2) << 16;
        }
        Opcode opc = decoder.opcode(word);
        Op.decode(opc.length() == 2 ? word & 0xffff : word, opc, page, s);
        if (opc == Opcode.LD && gotEnd > gotStart) {
            page.gotEntry[s] = gotEntry(pc, word);
        }
        if (!fpEnabled && (opc.kind() == dev.rvcm.isa.Kind.FP || opc.kind() == dev.rvcm.isa.Kind.FP_LOAD
                || opc.kind() == dev.rvcm.isa.Kind.FP_STORE)) {
            page.op[s] = Op.ILLEGAL;
            page.enc[s] = Op.ILLEGAL | (page.enc[s] & ~0xff);
        }
    }

    /**
     * The GOT entry an {@code ld} at {@code pc} reads if it is the second half of an
     * {@code auipc rX, %got_pcrel_hi(sym); ld rd, %pcrel_lo(…)(rX)} pair, else 0.
     */
    private long gotEntry(long pc, int ld) {
        try {
            int auipc = mem.fetch16(pc - 4) | mem.fetch16(pc - 2) << 16;
            int rs1 = (ld >>> 15) & 31;
            if ((auipc & 0x7f) != 0x17 || ((auipc >>> 7) & 31) != rs1 || rs1 == 0) {
                return 0;
            }
            long target = pc - 4 + dev.rvcm.isa.Immediates.uImm(auipc) + dev.rvcm.isa.Immediates.iImm(ld);
            return target >= gotStart && target < gotEnd ? target : 0;
        } catch (GuestFault notCode) {
            return 0;
        }
    }

    /** The effective rounding mode of an instruction's {@code rm} field. */
    int rm(int field) {
        int r = field == 7 ? frm : field;
        if (r > 4) {
            throw new GuestFault(GuestFault.Cause.ILLEGAL_INSTRUCTION, r, "reserved rounding mode " + r);
        }
        return r;
    }

    // ---- integer helpers --------------------------------------------------------------------------

    static long mulhsu(long a, long b) {
        long hi = Math.unsignedMultiplyHigh(a, b);
        return a < 0 ? hi - b : hi;
    }

    static long div(long a, long b) {
        if (b == 0) {
            return -1;
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return a;
        }
        return a / b;
    }

    static long rem(long a, long b) {
        if (b == 0) {
            return a;
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return 0;
        }
        return a % b;
    }

    static long divw(int a, int b) {
        if (b == 0) {
            return -1;
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            return a;
        }
        return a / b;
    }

    static long remw(int a, int b) {
        if (b == 0) {
            return a;
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            return 0;
        }
        return a % b;
    }

    // ---- the slow path ----------------------------------------------------------------------------

    /** Executes slot {@code s} by its opcode; returns the next pc. */
    private long slow(DecodedPage page, int s, long pc, long npc) {
        int op = page.op[s];
        int w = page.word[s];
        if (op == Op.ILLEGAL) {
            throw illegal(w);
        }
        Opcode opc = OPCODES[page.opcode[s]];
        int r = page.regs[s];
        int rd = r & 31;
        int rs1 = (r >>> 8) & 31;
        int rs2 = (r >>> 16) & 31;
        int rs3 = (r >>> 24) & 31;
        long a = x[rs1];
        long b = x[rs2];
        int shamt = (w >>> 20) & 63;
        switch (opc.kind()) {
            case FP -> fp(opc, w, rd, rs1, rs2, rs3);
            case AMO -> amo(opc, rd, rs1, rs2);
            case CSR -> csr(opc, w, rd, rs1);
            case SYSTEM -> {
                switch (opc) {
                    case ECALL -> env.ecall(this);
                    case EBREAK, C_EBREAK -> env.breakpoint(this, pc);
                    default -> npc = env.system(this, opc, pc, npc);
                }
            }
            case FENCE -> {
                if (opc == Opcode.FENCE_I) {
                    flushDecoded();
                }
            }
            case CACHE -> {
                if (opc == Opcode.CBO_ZERO) {
                    long base = a & ~63L;
                    for (int i = 0; i < 64; i += 8) {
                        mem.store64(base + i, 0);
                    }
                }
            }
            case ALU -> x[rd] = bitManip(opc, a, b, shamt);
            default -> throw illegal(w);
        }
        x[0] = 0;
        return npc;
    }

    GuestFault illegal(int word) {
        return new GuestFault(GuestFault.Cause.ILLEGAL_INSTRUCTION, word & 0xffffffffL,
                "illegal instruction 0x" + Integer.toHexString(word));
    }

    /** Zba, Zbb, Zbs. */
    private long bitManip(Opcode opc, long a, long b, int shamt) {
        return switch (opc) {
            case SH1ADD -> (a << 1) + b;
            case SH2ADD -> (a << 2) + b;
            case SH3ADD -> (a << 3) + b;
            case ADD_UW -> (a & 0xffffffffL) + b;
            case SH1ADD_UW -> ((a & 0xffffffffL) << 1) + b;
            case SH2ADD_UW -> ((a & 0xffffffffL) << 2) + b;
            case SH3ADD_UW -> ((a & 0xffffffffL) << 3) + b;
            case SLLI_UW -> (a & 0xffffffffL) << shamt;
            case ANDN -> a & ~b;
            case ORN -> a | ~b;
            case XNOR -> ~(a ^ b);
            case MAX -> Math.max(a, b);
            case MAXU -> Long.compareUnsigned(a, b) >= 0 ? a : b;
            case MIN -> Math.min(a, b);
            case MINU -> Long.compareUnsigned(a, b) <= 0 ? a : b;
            case ROL -> Long.rotateLeft(a, (int) b);
            case ROR -> Long.rotateRight(a, (int) b);
            case ROLW -> Integer.rotateLeft((int) a, (int) b & 31);
            case RORW -> Integer.rotateRight((int) a, (int) b & 31);
            case CLZ -> Long.numberOfLeadingZeros(a);
            case CTZ -> Long.numberOfTrailingZeros(a);
            case CPOP -> Long.bitCount(a);
            case CLZW -> Integer.numberOfLeadingZeros((int) a);
            case CTZW -> Integer.numberOfTrailingZeros((int) a);
            case CPOPW -> Integer.bitCount((int) a);
            case SEXT_B -> (byte) a;
            case SEXT_H -> (short) a;
            case ZEXT_H -> a & 0xffff;
            case ORC_B -> orcb(a);
            case REV8 -> Long.reverseBytes(a);
            case RORI -> Long.rotateRight(a, shamt);
            case RORIW -> Integer.rotateRight((int) a, shamt & 31);
            case BCLR -> a & ~(1L << b);
            case BCLRI -> a & ~(1L << shamt);
            case BEXT -> (a >>> b) & 1;
            case BEXTI -> (a >>> shamt) & 1;
            case BINV -> a ^ (1L << b);
            case BINVI -> a ^ (1L << shamt);
            case BSET -> a | (1L << b);
            case BSETI -> a | (1L << shamt);
            default -> throw illegal(opc.match());
        };
    }

    private static long orcb(long a) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            if (((a >>> (8 * i)) & 0xff) != 0) {
                r |= 0xffL << (8 * i);
            }
        }
        return r;
    }

    private void amo(Opcode opc, int rd, int rs1, int rs2) {
        long addr = x[rs1];
        timing.dcaches.access(addr);
        boolean word = opc.mnemonic().endsWith(".w");
        if ((addr & (word ? 3 : 7)) != 0) {
            throw new GuestFault(opc == Opcode.LR_W || opc == Opcode.LR_D ? GuestFault.Cause.LOAD_ACCESS
                    : GuestFault.Cause.STORE_ACCESS, addr, "misaligned atomic access");
        }
        long v = x[rs2];
        switch (opc) {
            case LR_W, LR_D -> {
                x[rd] = word ? mem.load32(addr) : mem.load64(addr);
                reservation = addr;
                return;
            }
            case SC_W, SC_D -> {
                if (reservation == addr) {
                    if (word) {
                        mem.store32(addr, (int) v);
                    } else {
                        mem.store64(addr, v);
                    }
                    x[rd] = 0;
                } else {
                    x[rd] = 1;
                }
                reservation = -1;
                return;
            }
            default -> {
            }
        }
        long old = word ? mem.load32(addr) : mem.load64(addr);
        long nv = switch (opc) {
            case AMOSWAP_W, AMOSWAP_D -> v;
            case AMOADD_W, AMOADD_D -> old + v;
            case AMOXOR_W, AMOXOR_D -> old ^ v;
            case AMOAND_W, AMOAND_D -> old & v;
            case AMOOR_W, AMOOR_D -> old | v;
            case AMOMIN_W -> Math.min((int) old, (int) v);
            case AMOMAX_W -> Math.max((int) old, (int) v);
            case AMOMINU_W -> Integer.compareUnsigned((int) old, (int) v) <= 0 ? old : v;
            case AMOMAXU_W -> Integer.compareUnsigned((int) old, (int) v) >= 0 ? old : v;
            case AMOMIN_D -> Math.min(old, v);
            case AMOMAX_D -> Math.max(old, v);
            case AMOMINU_D -> Long.compareUnsigned(old, v) <= 0 ? old : v;
            case AMOMAXU_D -> Long.compareUnsigned(old, v) >= 0 ? old : v;
            default -> throw illegal(opc.match());
        };
        if (word) {
            mem.store32(addr, (int) nv);
        } else {
            mem.store64(addr, nv);
        }
        x[rd] = old;
    }

    private void csr(Opcode opc, int w, int rd, int rs1) {
        int csr = w >>> 20;
        boolean immediate = opc == Opcode.CSRRWI || opc == Opcode.CSRRSI || opc == Opcode.CSRRCI;
        long src = immediate ? rs1 : x[rs1];
        boolean write = opc == Opcode.CSRRW || opc == Opcode.CSRRWI || rs1 != 0;
        boolean read = !(opc == Opcode.CSRRW || opc == Opcode.CSRRWI) || rd != 0;
        long old = read ? env.readCsr(this, csr, w) : 0;
        if (write) {
            long nv = switch (opc) {
                case CSRRW, CSRRWI -> src;
                case CSRRS, CSRRSI -> old | src;
                default -> old & ~src;
            };
            if (!read) {
                nv = src;
            }
            env.writeCsr(this, csr, nv, w);
        }
        x[rd] = old;
    }

    /** The user-level CSRs every mode has: fflags, frm, fcsr, cycle, time, instret. */
    long readUserCsr(int csr, int w) {
        return switch (csr) {
            case 0x001 -> fpu.flags;
            case 0x002 -> frm;
            case 0x003 -> frm << 5 | fpu.flags;
            case 0xc00, 0xc02 -> instret;
            case 0xc01 -> instret / 100;
            default -> throw illegal(w);
        };
    }

    void writeUserCsr(int csr, long v, int w) {
        if ((csr >>> 10) == 3) {
            throw illegal(w);
        }
        switch (csr) {
            case 0x001 -> fpu.flags = (int) v & 31;
            case 0x002 -> frm = (int) v & 7;
            case 0x003 -> {
                fpu.flags = (int) v & 31;
                frm = (int) (v >>> 5) & 7;
            }
            default -> throw illegal(w);
        }
    }

    // ---- floating point ---------------------------------------------------------------------------

    private void fp(Opcode opc, int w, int rd, int rs1, int rs2, int rs3) {
        int rmField = (w >>> 12) & 7;
        long a = f[rs1];
        long b = f[rs2];
        long c = f[rs3];
        Fpu u = fpu;
        switch (opc) {
            case FADD_S -> f[rd] = Fpu.box(u.addS(Fpu.unbox(a), Fpu.unbox(b), false, rm(rmField)));
            case FSUB_S -> f[rd] = Fpu.box(u.addS(Fpu.unbox(a), Fpu.unbox(b), true, rm(rmField)));
            case FMUL_S -> f[rd] = Fpu.box(u.mulS(Fpu.unbox(a), Fpu.unbox(b), rm(rmField)));
            case FDIV_S -> f[rd] = Fpu.box(u.divS(Fpu.unbox(a), Fpu.unbox(b), rm(rmField)));
            case FSQRT_S -> f[rd] = Fpu.box(u.sqrtS(Fpu.unbox(a), rm(rmField)));
            case FMADD_S -> f[rd] = Fpu.box(u.fmaS(Fpu.unbox(a), Fpu.unbox(b), Fpu.unbox(c), false, false, rm(rmField)));
            case FMSUB_S -> f[rd] = Fpu.box(u.fmaS(Fpu.unbox(a), Fpu.unbox(b), Fpu.unbox(c), false, true, rm(rmField)));
            case FNMSUB_S -> f[rd] = Fpu.box(u.fmaS(Fpu.unbox(a), Fpu.unbox(b), Fpu.unbox(c), true, false, rm(rmField)));
            case FNMADD_S -> f[rd] = Fpu.box(u.fmaS(Fpu.unbox(a), Fpu.unbox(b), Fpu.unbox(c), true, true, rm(rmField)));
            case FSGNJ_S -> f[rd] = Fpu.box(Fpu.unbox(a) & 0x7fffffff | Fpu.unbox(b) & 0x80000000);
            case FSGNJN_S -> f[rd] = Fpu.box(Fpu.unbox(a) & 0x7fffffff | ~Fpu.unbox(b) & 0x80000000);
            case FSGNJX_S -> f[rd] = Fpu.box(Fpu.unbox(a) ^ Fpu.unbox(b) & 0x80000000);
            case FMIN_S -> f[rd] = Fpu.box(u.minMaxS(Fpu.unbox(a), Fpu.unbox(b), false));
            case FMAX_S -> f[rd] = Fpu.box(u.minMaxS(Fpu.unbox(a), Fpu.unbox(b), true));
            case FEQ_S -> x[rd] = u.compareS(Fpu.unbox(a), Fpu.unbox(b), 0);
            case FLT_S -> x[rd] = u.compareS(Fpu.unbox(a), Fpu.unbox(b), 1);
            case FLE_S -> x[rd] = u.compareS(Fpu.unbox(a), Fpu.unbox(b), 2);
            case FCLASS_S -> x[rd] = Fpu.classifyS(Fpu.unbox(a));
            case FCVT_W_S -> x[rd] = u.toInteger(singleAsDouble(a), rm(rmField), 32, false);
            case FCVT_WU_S -> x[rd] = u.toInteger(singleAsDouble(a), rm(rmField), 32, true);
            case FCVT_L_S -> x[rd] = u.toInteger(singleAsDouble(a), rm(rmField), 64, false);
            case FCVT_LU_S -> x[rd] = u.toInteger(singleAsDouble(a), rm(rmField), 64, true);
            case FCVT_S_W -> f[rd] = Fpu.box((int) u.fromInteger((int) x[rs1], false, rm(rmField), true));
            case FCVT_S_WU -> f[rd] = Fpu.box((int) u.fromInteger(x[rs1] & 0xffffffffL, false, rm(rmField), true));
            case FCVT_S_L -> f[rd] = Fpu.box((int) u.fromInteger(x[rs1], false, rm(rmField), true));
            case FCVT_S_LU -> f[rd] = Fpu.box((int) u.fromInteger(x[rs1], true, rm(rmField), true));
            case FMV_X_W -> x[rd] = (int) a;
            case FMV_W_X -> f[rd] = Fpu.box((int) x[rs1]);
            case FADD_D -> f[rd] = u.addD(a, b, false, rm(rmField));
            case FSUB_D -> f[rd] = u.addD(a, b, true, rm(rmField));
            case FMUL_D -> f[rd] = u.mulD(a, b, rm(rmField));
            case FDIV_D -> f[rd] = u.divD(a, b, rm(rmField));
            case FSQRT_D -> f[rd] = u.sqrtD(a, rm(rmField));
            case FMADD_D -> f[rd] = u.fmaD(a, b, c, false, false, rm(rmField));
            case FMSUB_D -> f[rd] = u.fmaD(a, b, c, false, true, rm(rmField));
            case FNMSUB_D -> f[rd] = u.fmaD(a, b, c, true, false, rm(rmField));
            case FNMADD_D -> f[rd] = u.fmaD(a, b, c, true, true, rm(rmField));
            case FSGNJ_D -> f[rd] = a & Long.MAX_VALUE | b & Long.MIN_VALUE;
            case FSGNJN_D -> f[rd] = a & Long.MAX_VALUE | ~b & Long.MIN_VALUE;
            case FSGNJX_D -> f[rd] = a ^ b & Long.MIN_VALUE;
            case FMIN_D -> f[rd] = u.minMaxD(a, b, false);
            case FMAX_D -> f[rd] = u.minMaxD(a, b, true);
            case FEQ_D -> x[rd] = u.compareD(a, b, 0);
            case FLT_D -> x[rd] = u.compareD(a, b, 1);
            case FLE_D -> x[rd] = u.compareD(a, b, 2);
            case FCLASS_D -> x[rd] = Fpu.classifyD(a);
            case FCVT_W_D -> x[rd] = u.toInteger(a, rm(rmField), 32, false);
            case FCVT_WU_D -> x[rd] = u.toInteger(a, rm(rmField), 32, true);
            case FCVT_L_D -> x[rd] = u.toInteger(a, rm(rmField), 64, false);
            case FCVT_LU_D -> x[rd] = u.toInteger(a, rm(rmField), 64, true);
            case FCVT_D_W -> f[rd] = Double.doubleToRawLongBits((int) x[rs1]);
            case FCVT_D_WU -> f[rd] = Double.doubleToRawLongBits(x[rs1] & 0xffffffffL);
            case FCVT_D_L -> f[rd] = u.fromInteger(x[rs1], false, rm(rmField), false);
            case FCVT_D_LU -> f[rd] = u.fromInteger(x[rs1], true, rm(rmField), false);
            case FMV_X_D -> x[rd] = a;
            case FMV_D_X -> f[rd] = x[rs1];
            case FCVT_S_D -> f[rd] = Fpu.box(u.doubleToSingle(a, rm(rmField)));
            case FCVT_D_S -> f[rd] = u.singleToDouble(Fpu.unbox(a));
            default -> throw illegal(w);
        }
    }

    /** A NaN-boxed single as binary64 bits for conversion to integer (NaNs stay NaN). */
    private static long singleAsDouble(long raw) {
        int s = Fpu.unbox(raw);
        return Fpu.isNaN(s) ? Fpu.CANONICAL_NAN_D : Fpu.widen(s);
    }
}
