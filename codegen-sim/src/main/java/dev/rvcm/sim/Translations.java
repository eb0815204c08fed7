package dev.rvcm.sim;

import java.util.ArrayList;

/**
 * The translated code of a run and the loop that runs it: finds the {@link Translation} that starts at
 * the pc (translating code whose entry ran often enough, {@link Engine.Translate#threshold()}; the
 * interpreter offers such code as it reaches it), runs
 * it, and follows its exit — through the exit's link once known (chaining), through a small
 * direct-mapped cache for indirect jumps — until the pc has no translation; the interpreter goes on
 * from there.
 *
 * <p>Bounded: at most {@link Engine.Translate#maxTranslations()} translations are alive; past that all are dropped (their
 * counts kept) and made again on demand, so hidden classes are unloaded rather than piling up. A
 * change of code ({@link Memory#codeEpoch}: a store to a decoded page, {@code fence.i}, unmap,
 * protect) drops every link and the jump cache; translations of a changed page are gone with its
 * {@link DecodedPage}.
 */
final class Translations {

    /** Instructions per region at most (fewer when the method would be too long). */
    static final int MAX_REGION = 256;
    private static final int JUMP_CACHE = 1024;
    /** Instructions a run from which a translation is left its own (see {@link #runsLong}). */
    private static final long LONG_RUN = 1000;

    private final Hart h;
    private final long threshold;
    private final int maxAlive;
    private final TranslationCompiler compiler;
    private final long[] jumpPcs = new long[JUMP_CACHE];
    private final Translation[] jumpTargets = new Translation[JUMP_CACHE];
    private int epoch;
    private int alive;
    private long made;
    private long evictions;
    private long firstNanos = -1;
    private int largestMethod;
    private long translatedInstructions;
    /** Whether the run has an instruction limit (translated blocks then check it). */
    private boolean limited;
    private final long started = System.nanoTime();

    Translations(Hart h, Engine.Translate engine) {
        this.h = h;
        this.threshold = engine.threshold();
        this.maxAlive = engine.maxTranslations();
        this.compiler = new TranslationCompiler(h);
        java.util.Arrays.fill(jumpPcs, -1);
        this.epoch = h.mem.codeEpoch;
    }

    /** Executions of an instruction before translation starts there. */
    long threshold() {
        return threshold;
    }

    /**
     * Runs translated code from {@code h.pc} while there is some; returns when the pc has none, the
     * interpreter must take over, or a guest fault (which the interpreter then repeats).
     */
    void run(long limit) {
        limited = limit != Long.MAX_VALUE;
        Translation t = entryAt(h.pc);
        while (t != null && h.instret < limit) {
            t.runs++;
            int result = t.run(limit);
            if (h.mem.codeEpoch != epoch) {
                unlink();
            }
            if (result >= 0) {
                Translation next = t.successors[result];
                if (next == null) {
                    next = entryAt(h.pc);
                    t.successors[result] = next;
                }
                t = next;
            } else if (result == Translation.INDIRECT) {
                t = indirect(h.pc);
            } else if (result == Translation.INTERPRET) {
                return;
            } else if (result > Translation.CODE_CHANGED) {
                faulted(t, Translation.FAULT - result);
                return;
            } else {
                int store = Translation.CODE_CHANGED - result;
                uncount(t, store, store + 1);
                return;
            }
        }
    }

    /** A guest fault at instruction {@code i} of {@code t}: undo the rest of its block, leave it to the interpreter. */
    private void faulted(Translation t, int i) {
        uncount(t, i, i);
        h.pc = t.region().pc(i);
        h.fetchLine = h.pc >>> h.timing.icaches.lineBits;
    }

    /**
     * The interpreter runs the instructions of {@code t} from {@code from} to the end of the block
     * holding instruction {@code i}, which entering the block counted already: takes those counts back.
     */
    private void uncount(Translation t, int i, int from) {
        Region r = t.region();
        Region.Block block = r.blocks().get(r.blockOf(i));
        for (int k = from; k < block.end(); k++) {
            r.page().hits[r.slots()[k]]--;
        }
        h.instret -= block.end() - from;
    }

    private Translation indirect(long pc) {
        int i = (int) (pc >>> 1) & (JUMP_CACHE - 1);
        if (jumpPcs[i] == pc) {
            return jumpTargets[i];
        }
        Translation t = entryAt(pc);
        if (t != null) {
            jumpPcs[i] = pc;
            jumpTargets[i] = t;
        }
        return t;
    }

    /** Code changed: links and cached jumps may lead to dropped code. */
    private void unlink() {
        epoch = h.mem.codeEpoch;
        for (DecodedPage d : h.pages.live()) {
            if (d.translations != null) {
                for (Translation t : d.translations) {
                    java.util.Arrays.fill(t.successors, null);
                }
            }
        }
        java.util.Arrays.fill(jumpPcs, -1);
        java.util.Arrays.fill(jumpTargets, null);
    }

    /** The translation entered at {@code pc}, made now if the code there is hot; null to interpret. */
    Translation entryAt(long pc) {
        Memory.Page p = h.mem.pageIfPresent(pc);
        DecodedPage d = p == null ? null : p.code;
        if (d == null) {
            return null;
        }
        int s = (int) (pc & Memory.PAGE_MASK) >>> 1;
        if (d.entries != null) {
            Translation t = d.entries[s];
            if (t != null) {
                return t;
            }
            if (d.refused[s]) {
                return null;
            }
        }
        if (d.enc[s] == Op.UNDECODED || d.hits[s] < threshold) {
            return null;
        }
        return translate(d, s);
    }

    private Translation translate(DecodedPage d, int s) {
        if (alive >= maxAlive) {
            evict();
        }
        d.prepareEntries();
        for (int budget = MAX_REGION; budget >= 1; budget /= 2) {
            Region region = Region.scan(d, s, budget, slot -> runsLong(d.entries[slot]));
            if (region == null) {
                break;
            }
            byte[] bytes = compiler.classBytes(region, limited);
            int length = compiler.runLength(bytes);
            if (length <= TranslationCompiler.MAX_CODE_BYTES) {
                Translation t = compiler.load(region, bytes);
                largestMethod = Math.max(largestMethod, length);
                translatedInstructions += region.slots().length;
                d.entries[s] = t;
                d.translations.add(t);
                alive++;
                made++;
                if (firstNanos < 0) {
                    firstNanos = System.nanoTime() - started;
                }
                return t;
            }
        }
        d.refused[s] = true;
        return null;
    }

    /**
     * Whether {@code t} runs long once entered ({@link #LONG_RUN} instructions a run on average): a new
     * region leaves to it rather than copying its code, so that HotSpot's compiled code of the inner
     * loop is kept and only the new code around it is compiled; going there and back costs two
     * dispatches per {@code LONG_RUN} instructions at most. Shorter inner loops are copied into the
     * regions around them.
     */
    private static boolean runsLong(Translation t) {
        return t != null && t.instructionsPerRun() >= LONG_RUN;
    }

    /** Drops every translation, keeping its counts; hot code is translated again when reached. */
    private void evict() {
        for (DecodedPage d : h.pages.live()) {
            d.dropTranslations();
        }
        alive = 0;
        evictions++;
        unlink();
    }

    /** Folds every translation's counts into its page (before counters are read). */
    void fold() {
        for (DecodedPage d : h.pages.live()) {
            if (d.translations != null) {
                for (Translation t : d.translations) {
                    t.fold();
                }
            }
        }
    }

    /** What translation did in this run. */
    EngineStatistics statistics() {
        int live = 0;
        ArrayList<DecodedPage> pages = new ArrayList<>(h.pages.live());
        for (DecodedPage d : pages) {
            Memory.Page p = h.mem.pageIfPresent(d.base);
            if (d.translations != null && p != null && p.code == d) {
                live += d.translations.size();
            }
        }
        return new EngineStatistics("translate", made, live, evictions, firstNanos, largestMethod, translatedInstructions);
    }
}
