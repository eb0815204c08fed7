package dev.rvcm.sim;

import dev.rvcm.isa.Immediates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads from the image's GOT: an {@code ld} that completes {@code auipc rX, %got_pcrel_hi(sym);
 * ld rd, %pcrel_lo(…)(rX)} and so reads an entry of {@code .got}. Recognized once, when the {@code ld}
 * is decoded (its {@link DecodedPage} slot keeps the entry's address), counted from the slot's
 * execution count (free while the guest runs, for both engines), and attributed after the run to what
 * the entry holds (a symbol's address, or a TLS variable's offset: {@link GotEntryNames}) and to the
 * function the load is in.
 */
final class GotLoads {

    /** The GOT loads of a run: how many, by symbol the entry points at, by function the load is in. */
    record Counts(long total, Map<String, Long> bySymbol, Map<String, Long> byFunction) {
    }

    private final long start;
    private final long end;
    /** Executions of GOT loads on decoded pages dropped since (self-modifying code, unmap), by entry and by pc. */
    private final Map<Long, Long> retiredByEntry = new HashMap<>();
    private final Map<Long, Long> retiredByPc = new HashMap<>();
    /** The entry each retired load reads. */
    private final Map<Long, Long> retiredEntryByPc = new HashMap<>();

    /** @param start the {@code .got} range [start, end) as loaded; empty if the image has none */
    GotLoads(long start, long end) {
        this.start = start;
        this.end = end;
    }

    /** No GOT. */
    static GotLoads none() {
        return new GotLoads(0, 0);
    }

    /**
     * The GOT entry the {@code ld} {@code word} at {@code pc} reads if the instruction before it is the
     * matching {@code auipc}, else 0.
     */
    long entry(Memory mem, long pc, int word) {
        if (end <= start) {
            return 0;
        }
        try {
            int auipc = mem.fetch16(pc - 4) | mem.fetch16(pc - 2) << 16;
            int rs1 = (word >>> 15) & 31;
            if ((auipc & 0x7f) != 0x17 || ((auipc >>> 7) & 31) != rs1 || rs1 == 0) {
                return 0;
            }
            long target = pc - 4 + Immediates.uImm(auipc) + Immediates.iImm(word);
            return target >= start && target < end ? target : 0;
        } catch (GuestFault notCode) {
            return 0;
        }
    }

    /** Keeps the counts of a decoded page that is dropped. */
    void retire(DecodedPage page) {
        add(page, retiredByEntry, retiredByPc, retiredEntryByPc);
    }

    private static void add(DecodedPage page, Map<Long, Long> byEntry, Map<Long, Long> byPc, Map<Long, Long> entryByPc) {
        for (int s = 0; s < DecodedPage.SLOTS; s++) {
            if (page.gotEntry[s] != 0 && page.hits[s] != 0) {
                byEntry.merge(page.gotEntry[s], page.hits[s], Long::sum);
                byPc.merge(page.base + 2L * s, page.hits[s], Long::sum);
                entryByPc.put(page.base + 2L * s, page.gotEntry[s]);
            }
        }
    }

    /**
     * The GOT loads of the run so far: the retired pages' and those of {@code live}, entries named by
     * {@code entries} (see {@link GotEntryNames}), functions by {@code names}.
     */
    Counts count(List<DecodedPage> live, Supplier<Symbols> names, Function<Symbols, GotEntryNames> entries) {
        Map<Long, Long> byEntry = new HashMap<>(retiredByEntry);
        Map<Long, Long> byPc = new HashMap<>(retiredByPc);
        Map<Long, Long> entryByPc = new HashMap<>(retiredEntryByPc);
        for (DecodedPage p : live) {
            add(p, byEntry, byPc, entryByPc);
        }
        long total = 0;
        Map<String, Long> bySymbol = new TreeMap<>();
        Map<String, Long> byFunction = new TreeMap<>();
        if (byEntry.isEmpty()) {
            return new Counts(0, bySymbol, byFunction);
        }
        Symbols symbols = names.get();
        GotEntryNames entryNames = entries.apply(symbols);
        Map<Long, List<Long>> loadsByEntry = new HashMap<>();
        entryByPc.forEach((pc, entry) -> loadsByEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(pc));
        for (var e : byEntry.entrySet()) {
            total += e.getValue();
            bySymbol.merge(entryNames.name(e.getKey(), loadsByEntry.getOrDefault(e.getKey(), List.of())), e.getValue(), Long::sum);
        }
        for (var e : byPc.entrySet()) {
            byFunction.merge(symbols.function(e.getKey()), e.getValue(), Long::sum);
        }
        return new Counts(total, bySymbol, byFunction);
    }
}
