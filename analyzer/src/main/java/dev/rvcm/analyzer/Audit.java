package dev.rvcm.analyzer;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.ElfFile;
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
        int section = accesses.section(i);
        return section == 0 ? "" : unit.elf().section(section).name();
    }

    private static Map<String, long[]> countsBySection(ElfFile elf, Accesses accesses) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (int i = 0, n = accesses.count(); i < n; i++) {
            String section = accesses.section(i) == 0 ? "" : elf.section(accesses.section(i)).name();
            counts.computeIfAbsent(section, s -> new long[AccessKind.values().length])[accesses.kind(i).ordinal()]++;
        }
        return counts;
    }
}
