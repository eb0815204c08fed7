package dev.rvcm.sim;

import dev.rvcm.isa.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoded pages of a run: a {@link DecodedPage} per executable guest page that ran, attached to
 * its {@link Memory.Page} (a store to the page detaches it), and the counts of pages dropped since
 * (self-modifying code, unmapped or re-protected code), so that every counter survives them.
 */
final class CodePages {

    private static final Opcode[] OPCODES = Opcode.values();

    private final Memory mem;
    private final TimingModel timing;
    private final GotLoads got;
    /** Decoded pages that may still run. */
    private final List<DecodedPage> live = new ArrayList<>();
    /** Executions by isa opcode ordinal of decoded pages dropped since. */
    private final long[] retiredHits = new long[OPCODES.length];
    private int sweepAt = 1024;

    CodePages(Memory mem, TimingModel timing, GotLoads got) {
        this.mem = mem;
        this.timing = timing;
        this.got = got;
    }

    /** The decoded page holding {@code pc}, made on first use; faults if {@code pc} cannot be fetched. */
    DecodedPage at(long pc) {
        Memory.Page pg = mem.executablePage(pc);
        DecodedPage code = pg.code;
        if (code == null) {
            code = new DecodedPage(pc & ~Memory.PAGE_MASK);
            mem.attachCode(pc, pg, code);
            live.add(code);
            if (live.size() >= sweepAt) {
                sweep();
            }
        }
        return code;
    }

    /** Drops every decoded instruction and translation ({@code fence.i}, a change of what decodes how). */
    void flush() {
        for (DecodedPage d : live) {
            d.dropTranslations();
            java.util.Arrays.fill(d.op, Op.UNDECODED);
            java.util.Arrays.fill(d.enc, Op.UNDECODED);
        }
        mem.codeEpoch++;
    }

    /** Folds the counts of decoded pages no longer attached to memory into the retired counts. */
    private void sweep() {
        List<DecodedPage> still = new ArrayList<>();
        for (DecodedPage d : live) {
            Memory.Page p = mem.pageIfPresent(d.base);
            if (p != null && p.code == d) {
                still.add(d);
            } else {
                d.dropTranslations();
                timing.retire(d);
                got.retire(d);
                for (int s = 0; s < DecodedPage.SLOTS; s++) {
                    retiredHits[d.opcode[s]] += d.hits[s];
                }
            }
        }
        live.clear();
        live.addAll(still);
        sweepAt = Math.max(1024, 2 * live.size());
    }

    /** The decoded pages not yet retired. */
    List<DecodedPage> live() {
        return live;
    }

    /** Executions by isa opcode ordinal over the whole run. */
    long[] executionsByOpcode() {
        long[] byOpcode = retiredHits.clone();
        for (DecodedPage p : live) {
            for (int s = 0; s < DecodedPage.SLOTS; s++) {
                if (p.hits[s] != 0) {
                    byOpcode[p.opcode[s]] += p.hits[s];
                }
            }
        }
        return byOpcode;
    }
}
