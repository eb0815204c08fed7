package dev.rvcm.reports.compare;

import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.Accesses;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.FunctionIndex;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SymbolTable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@link StaticFacts} of a linked variant from its audit: from its relocations (exact; it must have
 * been linked with {@code --emit-relocs}, see {@link #relocatesCode}) or from its instructions
 * ({@code rvcm audit --no-relocs}). The variants of one comparison are all read the same way.
 */
public final class StaticFactsReader {
    private StaticFactsReader() {
    }

    public static StaticFacts read(ElfUnit unit, OwnCode own, boolean fromRelocations) {
        ElfFile elf = unit.elf();
        Audit audit = Audit.of(unit, !fromRelocations, false);
        Accesses accesses = audit.accesses();
        FunctionIndex functions = FunctionIndex.of(elf);
        long[] ownCounts = new long[AccessKind.values().length];
        Map<Long, Long> sitesByTarget = new HashMap<>();
        for (int i = 0, n = accesses.count(); i < n; i++) {
            AccessKind kind = accesses.kind(i);
            if (kind == AccessKind.GOT) {
                sitesByTarget.merge(accesses.target(i), 1L, Long::sum);
            }
            boolean counted = kind == AccessKind.GOT || kind == AccessKind.GP_RELATIVE
                || kind == AccessKind.ABSOLUTE && (accesses.flags(i) & Accesses.ABSOLUTE_SYMBOL) == 0;
            if (counted && own.known()
                && functions.enclosing(accesses.section(i), accesses.place(i)).filter(own::contains).isPresent()) {
                ownCounts[kind.ordinal()]++;
            }
        }
        SemiPicVerdict verdict = audit.verdict();
        List<GotEntry> got = gotEntries(elf, sitesByTarget);
        long codeSize = 0;
        for (Section s : elf.sections()) {
            if (s.allocated() && s.executable() && !s.noBits()) {
                codeSize += s.size();
            }
        }
        long gotAccesses = audit.totals()[AccessKind.GOT.ordinal()];
        return new StaticFacts(audit.model().model().name(), audit.source().name(), codeSize, got.size(),
            new AccessCounts(verdict.absoluteCode(), verdict.gpRelative(), gotAccesses),
            own.known() ? Optional.of(new AccessCounts(ownCounts[AccessKind.ABSOLUTE.ordinal()],
                ownCounts[AccessKind.GP_RELATIVE.ordinal()], ownCounts[AccessKind.GOT.ordinal()])) : Optional.empty(),
            fromRelocations ? Optional.of(new DataFixups(verdict.dataWords(), verdict.relaBytes(), verdict.relrBytes()))
                : Optional.empty(), verdict.ready(), got);
    }

    /**
     * True when a relocation section applies to an executable section: the image was linked with
     * {@code --emit-relocs} (a static glibc program's {@code .rela.iplt} alone does not count).
     */
    public static boolean relocatesCode(ElfFile elf) {
        for (RelocationTable t : elf.relocationTables()) {
            int target = t.targetSectionIndex();
            if (target > 0 && target < elf.sections().size() && elf.section(target).executable()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every 8-byte word of {@code .got}, named by the symbol at the address it holds, with the GOT accesses
     * that load it: those found from instructions target the entry, those found from relocations
     * ({@code R_RISCV_GOT_HI20}) the symbol whose address the entry holds.
     */
    private static List<GotEntry> gotEntries(ElfFile elf, Map<Long, Long> sitesByTarget) {
        List<GotEntry> entries = new ArrayList<>();
        Section got = elf.section(".got").orElse(null);
        if (got == null || got.noBits()) {
            return entries;
        }
        SymbolNames names = SymbolNames.of(elf);
        ByteBuffer words = elf.contents(got);
        for (int offset = 0; offset + 8 <= words.limit(); offset += 8) {
            long address = got.address() + offset;
            long value = words.getLong(offset);
            long sites = sitesByTarget.getOrDefault(address, 0L) + sitesByTarget.getOrDefault(value, 0L);
            entries.add(new GotEntry(address, value, names.at(value), sites));
        }
        return entries;
    }

    /** Names of addresses from {@code .symtab}: data and function symbols first, then untyped ones. */
    private record SymbolNames(Map<Long, String> byAddress) {
        static SymbolNames of(ElfFile elf) {
            Map<Long, String> typed = new HashMap<>();
            Map<Long, String> untyped = new HashMap<>();
            elf.symbolTable().ifPresent(t -> {
                for (int i = 1; i < t.count(); i++) {
                    int type = t.type(i);
                    if (t.undefined(i) || t.unnamed(i) || type == SymbolTable.STT_SECTION || type == SymbolTable.STT_FILE
                        || type == SymbolTable.STT_TLS || t.name(i).startsWith("$")) {
                        continue;
                    }
                    (type == SymbolTable.STT_NOTYPE ? untyped : typed).putIfAbsent(t.value(i), t.name(i));
                }
            });
            untyped.forEach(typed::putIfAbsent);
            return new SymbolNames(typed);
        }

        String at(long address) {
            String name = byAddress.get(address);
            return name != null ? name : "0x" + Long.toHexString(address);
        }
    }
}
