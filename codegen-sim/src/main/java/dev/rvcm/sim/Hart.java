package dev.rvcm.sim;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Extensions;

/**
 * One RV64IMAFDC + Zba/Zbb/Zbs hart: the register files, the floating-point state, the counters the
 * engines keep while the guest runs, and the run itself, which the {@link Interpreter} executes (its
 * {@link SlowPath} for what the hot loop leaves out) over the hart's {@link CodePages}.
 */
final class Hart {

    /** x0–x31, and x32: a sink that integer results for rd = x0 go to (see {@link Op#SINK}). */
    final long[] x = new long[33];
    final long[] f = new long[32];
    long pc;
    final Fpu fpu = new Fpu();
    int frm;
    final Memory mem;
    Environment env;

    /** Retired instructions. */
    long instret;
    /** Taken conditional branches. */
    long takenBranches;
    /** The instruction-cache line the last instruction was fetched from, -1 after code changed or a trap. */
    long fetchLine = -1;
    /** Set by the environment to end the run. */
    RunResult.Stop stop;
    /** Whether FP instructions may run (bare metal: {@code mstatus.FS != Off}); decode depends on it. */
    boolean fpEnabled = true;

    /** Modeled cycles: the branch predictors and caches the engines drive, the issue schedule afterwards. */
    final TimingModel timing;
    /** GOT loads, recognized at decode. */
    final GotLoads got;
    /** The decoded pages of the run. */
    final CodePages pages;
    final SlowPath slowPath = new SlowPath(this);
    private final Interpreter interpreter;
    /** Translated code, or null when the interpreter runs alone. */
    private Translations translations;

    Hart(Memory mem, Extensions extensions, TimingModel timing) {
        this(mem, extensions, timing, GotLoads.none());
    }

    Hart(Memory mem, Extensions extensions, TimingModel timing, GotLoads got) {
        this.mem = mem;
        this.timing = timing;
        this.got = got;
        this.pages = new CodePages(mem, timing, got);
        this.interpreter = new Interpreter(this, new Decoder(extensions));
    }

    private static final long SLICE = 1 << 22;

    /** Runs with {@code engine}: the interpreter alone, or translating hot code. */
    void use(Engine engine) {
        translations = switch (engine) {
            case Engine.Interpret i -> null;
            case Engine.Translate t -> new Translations(this, t);
        };
    }

    /** Runs until the environment stops the hart, a fault, or {@code limit} retired instructions. */
    RunResult.Stop run(long limit) {
        long threshold = translations == null ? Long.MAX_VALUE : translations.threshold();
        while (true) {
            if (translations != null) {
                translations.run(limit);
            }
            // Slices keep the loop method returning, so HotSpot compiles it normally rather than by OSR.
            long sliceEnd = Math.min(limit, instret + SLICE);
            RunResult.Stop s = interpreter.run(sliceEnd, limit, threshold);
            if (s != null) {
                return s;
            }
        }
    }

    /** Folds the counts translated code keeps per block into the pages' execution counts. */
    void foldTranslations() {
        if (translations != null) {
            translations.fold();
        }
    }

    EngineStatistics engineStatistics() {
        return translations == null ? EngineStatistics.interpreted() : translations.statistics();
    }

    /** Drops every decoded instruction (fence.i, a change of what decodes how). */
    void flushDecoded() {
        pages.flush();
    }

    /** The effective rounding mode of an instruction's {@code rm} field. */
    int rm(int field) {
        int r = field == 7 ? frm : field;
        if (r > 4) {
            throw reservedRoundingMode(r);
        }
        return r;
    }

    private static GuestFault reservedRoundingMode(int r) {
        return new GuestFault(GuestFault.Cause.ILLEGAL_INSTRUCTION, r, "reserved rounding mode " + r);
    }

    GuestFault illegal(int word) {
        return new GuestFault(GuestFault.Cause.ILLEGAL_INSTRUCTION, word & 0xffffffffL,
                "illegal instruction 0x" + Integer.toHexString(word));
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
}
