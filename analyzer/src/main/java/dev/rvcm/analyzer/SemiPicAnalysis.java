package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.Segment;
import dev.rvcm.relocs.elf.SymbolTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/** Works out the {@link SemiPicVerdict} of one file from its accesses. */
public final class SemiPicAnalysis {
    private static final int TOP = 10;
    /** How a top list names accesses without a symbol (an object audited from its instructions, a bare address). */
    private static final String NO_SYMBOL = "(no symbol)";

    private SemiPicAnalysis() {
    }

    public static SemiPicVerdict of(ElfFile elf, Accesses accesses) {
        List<Segment> loads = elf.segments().stream().filter(s -> s.type() == Segment.PT_LOAD).toList();
        boolean linked = elf.header().type() != ObjectFileType.REL;
        long crossSegment = 0;
        long absoluteCode = 0;
        long gpRelative = 0;
        long undefinedWeak = 0;
        Set<String> undefinedWeakSymbols = new LinkedHashSet<>();
        long relaxableAuipc = 0;
        long relaxableLui = 0;
        long relaxableToSmallData = 0;
        Tally blockers = new Tally();
        Tally relaxable = new Tally();
        LongArrayList dataWords = new LongArrayList();
        for (int i = 0, n = accesses.count(); i < n; i++) {
            AccessKind kind = accesses.kind(i);
            if (!linked && (accesses.flags(i) & Accesses.RELAXABLE) != 0) {
                boolean smallData = reachesSmallData(elf, accesses, i);
                relaxableAuipc += kind == AccessKind.PC_RELATIVE ? 1 : 0;
                relaxableLui += kind == AccessKind.ABSOLUTE ? 1 : 0;
                relaxableToSmallData += smallData ? 1 : 0;
                relaxable.add(accesses, i, smallData);
            }
            switch (kind) {
                case PC_RELATIVE -> {
                    if (!loads.isEmpty() && (accesses.flags(i) & Accesses.RESOLVED) != 0
                        && segmentOf(loads, accesses.place(i)) != segmentOf(loads, accesses.target(i))) {
                        crossSegment++;
                    }
                }
                case ABSOLUTE, GP_RELATIVE -> {
                    if (kind == AccessKind.ABSOLUTE && accesses.reachesUndefinedWeak(i) && accesses.absoluteToFixedAddress(i)) {
                        undefinedWeak++;
                        undefinedWeakSymbols.add(accesses.symbolName(i));
                        continue;
                    }
                    if (accesses.absoluteToFixedAddress(i)) {
                        continue;
                    }
                    if (kind == AccessKind.ABSOLUTE) {
                        absoluteCode++;
                    } else {
                        gpRelative++;
                    }
                    blockers.add(accesses, i, false);
                }
                case ABSOLUTE_DATA -> dataWords.add(accesses.place(i));
                default -> { }
            }
        }
        return new SemiPicVerdict(loads.size(), crossSegment, absoluteCode, gpRelative, blockers.top(elf, accesses),
            dataWords.size(), 24L * dataWords.size(), Relr.packedBytes(dataWords.toSortedArray()),
            new UndefinedWeakAccesses(undefinedWeak, List.copyOf(undefinedWeakSymbols)),
            relaxableAuipc + relaxableLui == 0 ? LinkRelaxation.NONE
                : new LinkRelaxation(relaxableAuipc, relaxableLui, relaxableToSmallData, relaxable.top(elf, accesses)));
    }

    /**
     * True when the target symbol of access {@code i} is defined in a small-data section
     * ({@code .sdata}, {@code .sbss}, {@code .srodata} and their {@code .name.*} forms), where links
     * place {@code __global_pointer$}.
     */
    private static boolean reachesSmallData(ElfFile elf, Accesses accesses, int i) {
        int symbol = accesses.symbolIndex(i);
        SymbolTable symbols = accesses.symbolTable(i).orElse(null);
        if (symbol == 0 || symbols == null) {
            return false;
        }
        int shndx = symbols.sectionIndex(symbol);
        boolean reserved = shndx >= SymbolTable.SHN_LORESERVE && !symbols.extendedIndex(symbol);
        if (shndx == SymbolTable.SHN_UNDEF || reserved || shndx >= elf.sections().size()) {
            return false;
        }
        String name = elf.section(shndx).name();
        for (String small : new String[] {".sdata", ".sbss", ".srodata"}) {
            if (name.equals(small) || name.startsWith(small + ".")) {
                return true;
            }
        }
        return false;
    }

    private static int segmentOf(List<Segment> loads, long address) {
        for (int s = 0; s < loads.size(); s++) {
            Segment seg = loads.get(s);
            if (Long.compareUnsigned(address, seg.virtualAddress()) >= 0
                && Long.compareUnsigned(address - seg.virtualAddress(), seg.memorySize()) < 0) {
                return s;
            }
        }
        return -1;
    }

    /** Counts accesses by symbol, keeping the first access to each, for a top list. */
    private static final class Tally {
        private final Map<String, Long> counts = new HashMap<>();
        private final Map<String, Integer> first = new HashMap<>();
        private final Map<String, Boolean> preferred = new HashMap<>();

        void add(Accesses accesses, int i, boolean preferFirst) {
            String symbol = accesses.symbolName(i).isEmpty() ? NO_SYMBOL : accesses.symbolName(i);
            counts.merge(symbol, 1L, Long::sum);
            first.putIfAbsent(symbol, i);
            preferred.putIfAbsent(symbol, preferFirst);
        }

        /** The {@link #TOP} symbols: preferred ones first, then by count, most first, then by name. */
        List<SemiPicVerdict.SymbolCount> top(ElfFile elf, Accesses accesses) {
            boolean linked = elf.header().type() != ObjectFileType.REL;
            List<SemiPicVerdict.SymbolCount> top = new ArrayList<>();
            counts.forEach((symbol, count) -> {
                int i = first.get(symbol);
                int section = accesses.section(i);
                long place = accesses.place(i);
                long offset = section != 0 && linked ? place - elf.section(section).address() : place;
                top.add(new SemiPicVerdict.SymbolCount(symbol, accesses.kind(i), count,
                    section == 0 ? "" : elf.section(section).name(), offset, place));
            });
            top.sort(Comparator.comparing((SemiPicVerdict.SymbolCount s) -> !preferred.get(s.symbol()))
                .thenComparing(Comparator.comparingLong(SemiPicVerdict.SymbolCount::count).reversed())
                .thenComparing(SemiPicVerdict.SymbolCount::symbol));
            return List.copyOf(top.subList(0, Math.min(TOP, top.size())));
        }
    }
}
