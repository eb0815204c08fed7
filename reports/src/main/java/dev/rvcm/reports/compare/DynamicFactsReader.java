package dev.rvcm.reports.compare;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.sim.Counters;
import dev.rvcm.sim.ModeledCycles;
import dev.rvcm.sim.RunResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SequencedMap;

/**
 * Reads the {@link DynamicFacts} of a run, attributing its GOT loads to the {@code .got} entries of the
 * image ({@link StaticFacts#got()}): an entry belongs to a symbol when it holds the symbol's address.
 */
public final class DynamicFactsReader {
    private DynamicFactsReader() {
    }

    public static DynamicFacts read(RunResult result, ElfFile elf, StaticFacts statics, OwnCode own) {
        Counters c = result.counters();
        Map<String, Long> addressOf = symbolAddresses(elf);
        List<GotLoads> bySymbol = new ArrayList<>();
        c.gotLoadsBySymbol().forEach((symbol, loads) -> {
            Long address = symbol.endsWith(Counters.UNDEFINED_WEAK) ? Long.valueOf(0) : addressOf.get(symbol);
            if (address == null && symbol.startsWith("0x")) {
                address = Long.parseUnsignedLong(symbol.substring(2), 16);
            }
            List<Long> entries = new ArrayList<>();
            long sites = 0;
            for (GotEntry e : statics.got()) {
                if (address != null && e.value() == address) {
                    entries.add(e.address());
                    sites += e.sites();
                }
            }
            bySymbol.add(new GotLoads(symbol, loads, entries, sites));
        });
        bySymbol.sort(Comparator.comparingLong(GotLoads::loads).reversed().thenComparing(GotLoads::symbol));
        OptionalLong ownLoads = OptionalLong.empty();
        if (own.known()) {
            long n = 0;
            for (Map.Entry<String, Long> e : c.gotLoadsByFunction().entrySet()) {
                if (own.contains(e.getKey())) {
                    n += e.getValue();
                }
            }
            ownLoads = OptionalLong.of(n);
        }
        SequencedMap<String, Long> cycles = new LinkedHashMap<>();
        for (ModeledCycles m : c.cycles()) {
            cycles.put(m.model(), m.cycles());
        }
        return new DynamicFacts(result.stop().describe(), c.instructions(), c.loads(), c.gotLoads(), ownLoads, bySymbol,
            c.gotLoadsByFunction(), cycles);
    }

    /** The value of every named symbol of {@code .symtab} (the first one of a name). */
    private static Map<String, Long> symbolAddresses(ElfFile elf) {
        Map<String, Long> out = new HashMap<>();
        elf.symbolTable().ifPresent(t -> {
            for (int i = 1; i < t.count(); i++) {
                if (!t.undefined(i) && !t.unnamed(i)) {
                    out.putIfAbsent(t.name(i), t.value(i));
                }
            }
        });
        return out;
    }
}
