package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.ElfFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * How far the instruction-only scan agrees with the relocation-based one on the code accesses of a
 * linked image: an access agrees when both scans find it at the same place with the same kind.
 * The rest is explained by kind, with examples.
 *
 * @param agreeing accesses both scans found alike
 * @param onlyRelocations code accesses only the relocations show, by kind
 * @param onlyInstructions accesses only the instructions show, by kind
 * @param kindDiffers places both found but classified differently
 * @param examples a few disagreements, for the report
 */
public record ScanAgreement(long agreeing, Map<AccessKind, Long> onlyRelocations, Map<AccessKind, Long> onlyInstructions,
                            long kindDiffers, List<String> examples) {
    private static final int EXAMPLES_PER_KIND = 3;
    private static final int NOT_FOUND = -1;

    public ScanAgreement {
        onlyRelocations = Map.copyOf(onlyRelocations);
        onlyInstructions = Map.copyOf(onlyInstructions);
        examples = List.copyOf(examples);
    }

    /** Why accesses of this kind show on one side only, as far as the scans can tell. */
    public static String reason(boolean onlyInRelocations, AccessKind kind) {
        if (onlyInRelocations) {
            return kind == AccessKind.ABSOLUTE
                ? "a %lo() whose lui the linker relaxed away (x0-based: the target lies within 2 KiB of 0, e.g. an "
                    + "undefined weak symbol), or whose lui sits on a control-flow path the linear scan does not follow"
                : "an instruction pair split across control flow that the linear scan does not follow";
        }
        return switch (kind) {
            case BRANCH, CALL -> "branches and jumps the assembler resolved itself, leaving no relocation "
                + "(code under .option norelax: asm goto, alternatives, hand-written assembly)";
            case ABSOLUTE -> "constants built with lui that happen to fall inside the image";
            default -> "pairs the assembler resolved itself, leaving no relocation (.option norelax)";
        };
    }

    /** agreeing / (agreeing + everything else). */
    public double ratio() {
        long total = agreeing + kindDiffers + sum(onlyRelocations) + sum(onlyInstructions);
        return total == 0 ? 1.0 : (double) agreeing / total;
    }

    public static ScanAgreement of(ElfFile elf, Accesses byRelocations, Accesses byInstructions) {
        LongIntHashMap fromInstructions = new LongIntHashMap(byInstructions.count() * 2);
        for (int i = 0; i < byInstructions.count(); i++) {
            fromInstructions.put(byInstructions.place(i), i);
        }
        LongIntHashMap matched = new LongIntHashMap();
        Map<AccessKind, Long> onlyRelocations = new EnumMap<>(AccessKind.class);
        Map<AccessKind, Long> onlyInstructions = new EnumMap<>(AccessKind.class);
        List<String> examples = new ArrayList<>();
        long agreeing = 0;
        long kindDiffers = 0;
        for (int r = 0; r < byRelocations.count(); r++) {
            AccessKind kind = byRelocations.kind(r);
            if (kind == AccessKind.ABSOLUTE_DATA || byRelocations.section(r) == 0
                || !elf.section(byRelocations.section(r)).executable()) {
                continue;
            }
            long place = byRelocations.place(r);
            int i = fromInstructions.getIfAbsent(place, NOT_FOUND);
            if (i == NOT_FOUND) {
                onlyRelocations.merge(kind, 1L, Long::sum);
                example(examples, "only in relocations", kind, byRelocations, r);
            } else {
                matched.put(place, 1);
                if (byInstructions.kind(i) == kind) {
                    agreeing++;
                } else {
                    kindDiffers++;
                    example(examples, "instructions say " + byInstructions.kind(i) + ", relocations", kind, byRelocations, r);
                }
            }
        }
        for (int i = 0; i < byInstructions.count(); i++) {
            if (!matched.containsKey(byInstructions.place(i))) {
                onlyInstructions.merge(byInstructions.kind(i), 1L, Long::sum);
                example(examples, "only in instructions", byInstructions.kind(i), byInstructions, i);
            }
        }
        return new ScanAgreement(agreeing, onlyRelocations, onlyInstructions, kindDiffers, examples);
    }

    private static void example(List<String> examples, String what, AccessKind kind, Accesses accesses, int i) {
        String prefix = what + ": " + kind + " ";
        if (examples.stream().filter(e -> e.startsWith(prefix)).count() < EXAMPLES_PER_KIND) {
            examples.add(what + ": " + kind + " at 0x" + Long.toHexString(accesses.place(i)) + " → " + accesses.symbolName(i)
                + (accesses.addend(i) == 0 ? "" : (accesses.addend(i) > 0 ? "+" : "") + accesses.addend(i)));
        }
    }

    private static long sum(Map<AccessKind, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
