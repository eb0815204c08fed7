package dev.rvcm.analyzer;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audit of one ELF file: every access, the counts by kind and section, the inferred code model
 * and the semi-PIC verdict.
 *
 * @param unit the file audited
 * @param source where the accesses were found
 * @param accesses every access
 * @param countsBySection for each section holding accesses (in section order), counts indexed by {@link AccessKind#ordinal()}
 * @param model the inferred code model with its evidence
 * @param verdict what stops the file from running at another address
 * @param agreement for a cross-checked linked image: how far the two ways of finding accesses agree
 */
public record Audit(ElfUnit unit, AccessSource source, Accesses accesses, Map<String, long[]> countsBySection,
                    ModelInference model, SemiPicVerdict verdict, Optional<ScanAgreement> agreement) {

    public Audit {
        countsBySection = Collections.unmodifiableMap(new LinkedHashMap<>(countsBySection));
    }

    /** Audits one file from its relocations, or from its instructions when a linked image has none. */
    public static Audit of(ElfUnit unit) {
        return of(unit, false, false);
    }

    /**
     * Audits one file. {@code fromInstructions} finds the accesses from the instructions even when
     * the file has relocations (in an object they then have kinds and places but no targets);
     * {@code crossCheck} finds them both ways and reports how far they agree (files with relocations).
     */
    public static Audit of(ElfUnit unit, boolean fromInstructions, boolean crossCheck) {
        ElfFile elf = unit.elf();
        boolean linked = elf.header().type() != ObjectFileType.REL;
        boolean hasRelocations = !elf.relocationTables().isEmpty();
        AccessSource source = fromInstructions || linked && !hasRelocations ? AccessSource.INSTRUCTIONS : AccessSource.RELOCATIONS;
        Accesses accesses = source == AccessSource.INSTRUCTIONS ? InstructionScanner.scan(elf) : AccessScanner.scan(elf);
        Optional<ScanAgreement> agreement = Optional.empty();
        if (crossCheck && hasRelocations) {
            Accesses other = source == AccessSource.INSTRUCTIONS ? AccessScanner.scan(elf) : InstructionScanner.scan(elf);
            agreement = Optional.of(source == AccessSource.INSTRUCTIONS
                ? ScanAgreement.of(elf, other, accesses) : ScanAgreement.of(elf, accesses, other));
        }
        return new Audit(unit, source, accesses, countsBySection(elf, accesses), ModelInference.of(elf, accesses),
            SemiPicAnalysis.of(elf, accesses), agreement);
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
