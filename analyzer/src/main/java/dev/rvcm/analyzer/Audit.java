package dev.rvcm.analyzer;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.Section;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit of one ELF file: every access, the counts by kind and section, the inferred code model
 * and the semi-PIC verdict.
 *
 * @param unit the file audited
 * @param accesses every access
 * @param countsBySection for each section holding accesses (in section order), counts indexed by {@link AccessKind#ordinal()}
 * @param model the inferred code model with its evidence
 * @param verdict what stops the file from running at another address
 */
public record Audit(ElfUnit unit, Accesses accesses, Map<String, long[]> countsBySection, ModelInference model,
                   SemiPicVerdict verdict) {

    public Audit {
        countsBySection = Collections.unmodifiableMap(new LinkedHashMap<>(countsBySection));
    }

    /** Audits one file. */
    public static Audit of(ElfUnit unit) {
        ElfFile elf = unit.elf();
        Accesses accesses = AccessScanner.scan(elf);
        return new Audit(unit, accesses, countsBySection(elf, accesses), ModelInference.of(accesses),
            SemiPicAnalysis.of(elf, accesses));
    }

    /** Counts by kind over the whole file, indexed by ordinal. */
    public long[] totals() {
        return accesses.countsByKind();
    }

    /** The name of the section holding access {@code i}. */
    public String sectionOf(int i) {
        return sectionName(unit.elf(), accesses.table(i), accesses.place(i));
    }

    private static Map<String, long[]> countsBySection(ElfFile elf, Accesses accesses) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (int i = 0, n = accesses.count(); i < n; i++) {
            String section = sectionName(elf, accesses.table(i), accesses.place(i));
            counts.computeIfAbsent(section, s -> new long[AccessKind.values().length])[accesses.kind(i).ordinal()]++;
        }
        return counts;
    }

    private static String sectionName(ElfFile elf, RelocationTable table, long place) {
        if (table.targetSectionIndex() != 0) {
            return elf.section(table.targetSectionIndex()).name();
        }
        for (Section s : elf.sections()) {
            if (s.allocated() && Long.compareUnsigned(place - s.address(), s.size()) < 0 && s.size() > 0) {
                return s.name();
            }
        }
        return "";
    }
}
