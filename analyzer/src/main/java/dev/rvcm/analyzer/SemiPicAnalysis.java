package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/** Works out the {@link SemiPicVerdict} of one file from its accesses. */
public final class SemiPicAnalysis {
    private static final int TOP = 10;

    private SemiPicAnalysis() {
    }

    public static SemiPicVerdict of(ElfFile elf, Accesses accesses) {
        List<Segment> loads = elf.segments().stream().filter(s -> s.type() == Segment.PT_LOAD).toList();
        long crossSegment = 0;
        long absoluteCode = 0;
        long gpRelative = 0;
        Map<String, Long> blockers = new HashMap<>();
        Map<String, Integer> firstBlocker = new HashMap<>();
        LongArrayList dataWords = new LongArrayList();
        for (int i = 0, n = accesses.count(); i < n; i++) {
            AccessKind kind = accesses.kind(i);
            switch (kind) {
                case PC_RELATIVE -> {
                    if (!loads.isEmpty() && (accesses.flags(i) & Accesses.RESOLVED) != 0
                        && segmentOf(loads, accesses.place(i)) != segmentOf(loads, accesses.target(i))) {
                        crossSegment++;
                    }
                }
                case ABSOLUTE, GP_RELATIVE -> {
                    if (kind == AccessKind.ABSOLUTE && (accesses.flags(i) & Accesses.ABSOLUTE_SYMBOL) != 0) {
                        continue;
                    }
                    if (kind == AccessKind.ABSOLUTE) {
                        absoluteCode++;
                    } else {
                        gpRelative++;
                    }
                    String symbol = accesses.symbolName(i);
                    blockers.merge(symbol, 1L, Long::sum);
                    firstBlocker.putIfAbsent(symbol, i);
                }
                case ABSOLUTE_DATA -> dataWords.add(accesses.place(i));
                default -> { }
            }
        }
        List<SemiPicVerdict.SymbolCount> top = new ArrayList<>();
        blockers.forEach((symbol, count) -> {
            int first = firstBlocker.get(symbol);
            int section = accesses.section(first);
            long place = accesses.place(first);
            boolean linked = elf.header().type() != ObjectFileType.REL;
            long offset = section != 0 && linked ? place - elf.section(section).address() : place;
            top.add(new SemiPicVerdict.SymbolCount(symbol, accesses.kind(first), count,
                section == 0 ? "" : elf.section(section).name(), offset, place));
        });
        top.sort(Comparator.comparingLong(SemiPicVerdict.SymbolCount::count).reversed()
            .thenComparing(SemiPicVerdict.SymbolCount::symbol));
        return new SemiPicVerdict(loads.size(), crossSegment, absoluteCode, gpRelative, top.subList(0, Math.min(TOP, top.size())),
            dataWords.size(), 24L * dataWords.size(), Relr.packedBytes(dataWords.toSortedArray()));
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
}
