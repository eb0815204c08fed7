package dev.rvcm.sim;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Kind;
import dev.rvcm.isa.Opcode;

/**
 * The interpreter: fetches from {@link DecodedPage}s (decode once per instruction address), dispatches
 * on the slot's {@link Op} with one {@code switch}, and allocates nothing. Each case calls the
 * instruction's {@link Executor} semantics ({@link IntegerOps}, {@link MemoryOps}, {@link FloatOps});
 * the rest runs in the {@link SlowPath}. The loop method stays under HotSpot's 8000-byte limit for JIT
 * compilation. It counts executions per slot (every counter is derived from them after the run) and
 * hands the {@link TimingModel} each load, store and new fetch line (a cache filter read) and each
 * branch and jump (a queue).
 */
final class Interpreter {

    private final Hart h;
    private final Decoder decoder;

    Interpreter(Hart h, Decoder decoder) {
        this.h = h;
        this.decoder = decoder;
    }

    /**
     * Runs from {@code h.pc} until the environment stops the hart, a fault, or {@code sliceEnd} retired
     * instructions; returns the stop, or null at the end of the slice, after a fault the environment
     * turned into a trap, or before an instruction that ran {@code threshold} times already (hot code
     * that may be translated; never the first instruction of this call, so that the interpreter always
     * moves on).
     */
    RunResult.Stop run(long sliceEnd, long limit, long threshold) {
        final Hart h = this.h;
        final long[] x = h.x;
        final long[] f = h.f;
        final Memory mem = h.mem;
        final Fpu fpu = h.fpu;
        final TimingModel timing = h.timing;
        // The timing model (see TimingModel): the loop reads the cache filters itself and queues the
        // accesses they do not answer; every branch outcome, call and jalr is queued.
        final BranchPredictors bp = timing.predictors;
        final long[] dFilter = timing.dcaches.filter;
        final int dBits = timing.dcaches.lineBits;
        final long[] iFilter = timing.icaches.filter;
        final int iBits = timing.icaches.lineBits;
        long fetches = 0;
        long pc = h.pc;
        final long resumePc = pc;
        long icount = h.instret;
        long fetchLine = h.fetchLine;
        long pageBase = -1;
        int epoch = mem.codeEpoch;
        DecodedPage page = null;
        int s = 0;
        try {
            if (pc >>> iBits == fetchLine) { // resuming inside the line fetched last: its page is live
                page = h.pages.at(pc);
                pageBase = pc & ~Memory.PAGE_MASK;
            }
            while (true) {
                // Code can only change in a store or the slow path; both reset fetchLine when it did.
                // Entering another line is an instruction cache access, and maybe another page.
                if (pc >>> iBits != fetchLine) {
                    if ((pc & ~Memory.PAGE_MASK) != pageBase) {
                        if (mem.watchFired) {
                            mem.watchFired = false;
                            h.env.watched(h);
                            if (h.stop != null) {
                                h.pc = pc;
                                h.instret = icount;
                                h.fetchLine = fetchLine;
                                return h.stop;
                            }
                        }
                        page = h.pages.at(pc);
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
                    decode(page, s, pc);
                    e = page.enc[s];
                }
                if (icount >= sliceEnd) {
                    h.pc = pc;
                    h.instret = icount;
                    h.fetchLine = fetchLine;
                    return icount >= limit ? new RunResult.Stop.LimitReached(limit) : null;
                }
                long hits = page.hits[s];
                if (hits >= threshold && pc != resumePc && (page.refused == null || !page.refused[s])) {
                    h.pc = pc; // hot code: offered to translation (not yet executed)
                    h.instret = icount;
                    h.fetchLine = fetchLine;
                    return null;
                }
                page.hits[s] = hits + 1;
                icount++;
                long imm = page.imm[s];
                int rd = (e >>> 8) & 63;
                int rs1 = (e >>> 14) & 31;
                int rs2 = (e >>> 19) & 31;
                long npc = pc + 2 + ((e >>> 23) & 2);
                switch (e & 0xff) {
                    case Op.LUI -> x[rd] = IntegerOps.lui(imm);
                    case Op.AUIPC -> x[rd] = IntegerOps.auipc(pc, imm);
                    case Op.JAL -> {
                        x[rd] = npc;
                        if (rd == 1 || rd == 5) {
                            bp.call(npc);
                        }
                        npc = IntegerOps.jal(pc, imm);
                    }
                    case Op.JALR -> {
                        long t = IntegerOps.jalr(x[rs1], imm);
                        x[rd] = npc;
                        bp.jalr(pc, t, rd, rs1, npc);
                        npc = t;
                    }
                    case Op.BEQ -> npc = branch(IntegerOps.beq(x[rs1], x[rs2]), pc, imm, npc, bp);
                    case Op.BNE -> npc = branch(IntegerOps.bne(x[rs1], x[rs2]), pc, imm, npc, bp);
                    case Op.BLT -> npc = branch(IntegerOps.blt(x[rs1], x[rs2]), pc, imm, npc, bp);
                    case Op.BGE -> npc = branch(IntegerOps.bge(x[rs1], x[rs2]), pc, imm, npc, bp);
                    case Op.BLTU -> npc = branch(IntegerOps.bltu(x[rs1], x[rs2]), pc, imm, npc, bp);
                    case Op.BGEU -> npc = branch(IntegerOps.bgeu(x[rs1], x[rs2]), pc, imm, npc, bp);
                    case Op.LB -> x[rd] = MemoryOps.lb(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.LH -> x[rd] = MemoryOps.lh(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.LW -> x[rd] = MemoryOps.lw(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.LD -> x[rd] = MemoryOps.ld(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.LBU -> x[rd] = MemoryOps.lbu(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.LHU -> x[rd] = MemoryOps.lhu(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.LWU -> x[rd] = MemoryOps.lwu(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.SB -> {
                        MemoryOps.sb(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing), x[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.SH -> {
                        MemoryOps.sh(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing), x[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.SW -> {
                        MemoryOps.sw(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing), x[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.SD -> {
                        MemoryOps.sd(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing), x[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.ADDI -> x[rd] = IntegerOps.addi(x[rs1], imm);
                    case Op.SLTI -> x[rd] = IntegerOps.slti(x[rs1], imm);
                    case Op.SLTIU -> x[rd] = IntegerOps.sltiu(x[rs1], imm);
                    case Op.XORI -> x[rd] = IntegerOps.xori(x[rs1], imm);
                    case Op.ORI -> x[rd] = IntegerOps.ori(x[rs1], imm);
                    case Op.ANDI -> x[rd] = IntegerOps.andi(x[rs1], imm);
                    case Op.SLLI -> x[rd] = IntegerOps.slli(x[rs1], imm);
                    case Op.SRLI -> x[rd] = IntegerOps.srli(x[rs1], imm);
                    case Op.SRAI -> x[rd] = IntegerOps.srai(x[rs1], imm);
                    case Op.ADD -> x[rd] = IntegerOps.add(x[rs1], x[rs2]);
                    case Op.SUB -> x[rd] = IntegerOps.sub(x[rs1], x[rs2]);
                    case Op.SLL -> x[rd] = IntegerOps.sll(x[rs1], x[rs2]);
                    case Op.SLT -> x[rd] = IntegerOps.slt(x[rs1], x[rs2]);
                    case Op.SLTU -> x[rd] = IntegerOps.sltu(x[rs1], x[rs2]);
                    case Op.XOR -> x[rd] = IntegerOps.xor(x[rs1], x[rs2]);
                    case Op.SRL -> x[rd] = IntegerOps.srl(x[rs1], x[rs2]);
                    case Op.SRA -> x[rd] = IntegerOps.sra(x[rs1], x[rs2]);
                    case Op.OR -> x[rd] = IntegerOps.or(x[rs1], x[rs2]);
                    case Op.AND -> x[rd] = IntegerOps.and(x[rs1], x[rs2]);
                    case Op.ADDIW -> x[rd] = IntegerOps.addiw(x[rs1], imm);
                    case Op.SLLIW -> x[rd] = IntegerOps.slliw(x[rs1], imm);
                    case Op.SRLIW -> x[rd] = IntegerOps.srliw(x[rs1], imm);
                    case Op.SRAIW -> x[rd] = IntegerOps.sraiw(x[rs1], imm);
                    case Op.ADDW -> x[rd] = IntegerOps.addw(x[rs1], x[rs2]);
                    case Op.SUBW -> x[rd] = IntegerOps.subw(x[rs1], x[rs2]);
                    case Op.SLLW -> x[rd] = IntegerOps.sllw(x[rs1], x[rs2]);
                    case Op.SRLW -> x[rd] = IntegerOps.srlw(x[rs1], x[rs2]);
                    case Op.SRAW -> x[rd] = IntegerOps.sraw(x[rs1], x[rs2]);
                    case Op.MUL -> x[rd] = IntegerOps.mul(x[rs1], x[rs2]);
                    case Op.MULH -> x[rd] = IntegerOps.mulh(x[rs1], x[rs2]);
                    case Op.MULHSU -> x[rd] = IntegerOps.mulhsu(x[rs1], x[rs2]);
                    case Op.MULHU -> x[rd] = IntegerOps.mulhu(x[rs1], x[rs2]);
                    case Op.DIV -> x[rd] = IntegerOps.div(x[rs1], x[rs2]);
                    case Op.DIVU -> x[rd] = IntegerOps.divu(x[rs1], x[rs2]);
                    case Op.REM -> x[rd] = IntegerOps.rem(x[rs1], x[rs2]);
                    case Op.REMU -> x[rd] = IntegerOps.remu(x[rs1], x[rs2]);
                    case Op.MULW -> x[rd] = IntegerOps.mulw(x[rs1], x[rs2]);
                    case Op.DIVW -> x[rd] = IntegerOps.divw(x[rs1], x[rs2]);
                    case Op.DIVUW -> x[rd] = IntegerOps.divuw(x[rs1], x[rs2]);
                    case Op.REMW -> x[rd] = IntegerOps.remw(x[rs1], x[rs2]);
                    case Op.REMUW -> x[rd] = IntegerOps.remuw(x[rs1], x[rs2]);
                    case Op.FLW -> f[rd] = MemoryOps.flw(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.FLD -> f[rd] = MemoryOps.fld(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing));
                    case Op.FSW -> {
                        MemoryOps.fsw(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing), f[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.FSD -> {
                        MemoryOps.fsd(mem, dAccess(x[rs1] + imm, dFilter, dBits, timing), f[rs2]);
                        if (epoch != mem.codeEpoch) {
                            pageBase = -1;
                            fetchLine = -1;
                        }
                    }
                    case Op.FMV_D -> f[rd] = FloatOps.fsgnjD(fpu, f[rs1], f[rs1]);
                    case Op.FADD_D -> f[rd] = FloatOps.faddD(fpu, f[rs1], f[rs2], h.rm(page.rm[s]));
                    case Op.FSUB_D -> f[rd] = FloatOps.fsubD(fpu, f[rs1], f[rs2], h.rm(page.rm[s]));
                    case Op.FMUL_D -> f[rd] = FloatOps.fmulD(fpu, f[rs1], f[rs2], h.rm(page.rm[s]));
                    case Op.FDIV_D -> f[rd] = FloatOps.fdivD(fpu, f[rs1], f[rs2], h.rm(page.rm[s]));
                    case Op.FSQRT_D -> f[rd] = FloatOps.fsqrtD(fpu, f[rs1], h.rm(page.rm[s]));
                    case Op.FNEG_D -> f[rd] = FloatOps.fsgnjnD(fpu, f[rs1], f[rs1]);
                    case Op.FLT_D -> x[rd] = FloatOps.fltD(fpu, f[rs1], f[rs2]);
                    case Op.FLE_D -> x[rd] = FloatOps.fleD(fpu, f[rs1], f[rs2]);
                    case Op.FEQ_D -> x[rd] = FloatOps.feqD(fpu, f[rs1], f[rs2]);
                    case Op.FMV_X_D -> x[rd] = FloatOps.fmvXD(fpu, f[rs1]);
                    case Op.FMV_D_X -> f[rd] = FloatOps.fmvDX(fpu, x[rs1]);
                    case Op.NOP -> {
                    }
                    default -> {
                        h.pc = pc;
                        h.instret = icount;
                        npc = h.slowPath.execute(page, s, pc, npc);
                        if (h.stop != null) {
                            h.pc = npc;
                            h.fetchLine = fetchLine;
                            return h.stop;
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
            h.pc = pc;
            h.instret = icount;
            h.fetchLine = fetchLine;
            int word = page != null && page.enc[s] != Op.UNDECODED && ((pc & ~Memory.PAGE_MASK) == page.base) ? page.word[s] : 0;
            if (h.env.traps() && fault.kind() != GuestFault.Cause.OUT_OF_MEMORY) { // no trap handler can make memory
                long handler = h.env.trap(h, fault, pc, word);
                if (fault.kind() != GuestFault.Cause.FETCH_ACCESS || handler != pc) {
                    h.pc = handler;
                    h.fetchLine = -1;
                    return null;
                }
                // The trap vector itself cannot be fetched: every trap would fetch it again and fault the
                // same way, retiring nothing, forever (no instruction limit would end it). End the run.
                fault = new GuestFault(fault.kind(), fault.address(), fault.getMessage() + " at the trap vector (mtvec)");
            }
            return RunResult.Stop.Fault.of(fault, pc, word, java.util.Arrays.copyOf(x, 32));
        } finally {
            h.instret = Math.max(h.instret, icount);
            timing.fetches += fetches;
        }
    }

    /** A conditional branch at {@code pc}: queued for the predictors, counted when taken; returns the next pc. */
    private long branch(boolean taken, long pc, long offset, long npc, BranchPredictors bp) {
        if (taken) {
            h.takenBranches++;
            bp.branch(pc | 1);
            return pc + offset;
        }
        bp.branch(pc);
        return npc;
    }

    /** A data access at {@code a}: the data caches' filter first, queued when it does not answer. */
    private static long dAccess(long a, long[] dFilter, int dBits, TimingModel timing) {
        if (dFilter[(int) (a >>> dBits) & (dFilter.length - 1)] != a >>> dBits) {
            timing.dcaches.enqueue(a >>> dBits);
        }
        return a;
    }

    private void decode(DecodedPage page, int s, long pc) {
        Memory mem = h.mem;
        int lo = mem.fetch16(pc);
        int word = lo;
        if (Decoder.length(lo) == 4) {
            word = lo | mem.fetch16(pc + 2) << 16;
        }
        Opcode opc = decoder.opcode(word);
        Op.decode(opc.length() == 2 ? word & 0xffff : word, opc, page, s);
        if (opc == Opcode.LD) {
            page.gotEntry[s] = h.got.entry(mem, pc, word);
        }
        if (!h.fpEnabled && (opc.kind() == Kind.FP || opc.kind() == Kind.FP_LOAD || opc.kind() == Kind.FP_STORE)) {
            page.op[s] = Op.ILLEGAL;
            page.enc[s] = Op.ILLEGAL | (page.enc[s] & ~0xff);
        }
    }
}
