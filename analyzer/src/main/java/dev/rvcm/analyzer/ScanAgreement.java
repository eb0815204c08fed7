package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * How far the instruction-only scan agrees with the relocation-based one on the code accesses of a
 * file: an access agrees when both scans find it at the same place (address, or section and offset
 * in an object) with the same kind.
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
            return switch (kind) {
                case ABSOLUTE -> "a %lo() whose lui the linker relaxed away (x0-based: the target lies within 2 KiB of 0, e.g. an "
                    + "undefined weak symbol), or whose lui sits on a control-flow path the linear scan does not follow";
                case TLS -> "local-exec TLS (lui %tprel_hi, add with tp, %tprel_lo) that the instruction scan does not follow, "
                    + "or a pair split across control flow";
                default -> "an instruction pair split across control flow that the linear scan does not follow";
            };
        }
        return switch (kind) {
            case BRANCH, CALL -> "branches and jumps the assembler resolved itself, leaving no relocation "
                + "(code under .option norelax: asm goto, alternatives, hand-written assembly)";
            case ABSOLUTE -> "constants built with lui that happen to fall inside the image";
            default -> "pairs the assembler resolved itself, leaving no relocation (.option norelax)";
        };
    }

    /**
     * Why both scans find an access but classify it differently: in an object the link has not filled
     * the pairs yet, so a pair through the GOT (or a TLS initial-exec slot) reads like a PC-relative one.
     */
    public static String kindDifferenceReason() {
        return "in an object, an auipc pair through the GOT (or a TLS initial-exec GOT slot) reads like a PC-relative "
            + "one until the link fills it in; only its relocation tells";
    }

    /** agreeing / (agreeing + everything else). */
    public double ratio() {
        long total = agreeing + kindDiffers + sum(onlyRelocations) + sum(onlyInstructions);
        return total == 0 ? 1.0 : (double) agreeing / total;
    }

    public static ScanAgreement of(ElfFile elf, Accesses byRelocations, Accesses byInstructions) {
        boolean linked = elf.header().type() != ObjectFileType.REL;
        LongIntHashMap fromInstructions = new LongIntHashMap(byInstructions.count() * 2);
        for (int i = 0; i < byInstructions.count(); i++) {
            fromInstructions.put(key(linked, byInstructions, i), i);
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
            long place = key(linked, byRelocations, r);
            int i = fromInstructions.getIfAbsent(place, NOT_FOUND);
            if (i == NOT_FOUND) {
                onlyRelocations.merge(kind, 1L, Long::sum);
                example(elf, examples, "only in relocations", kind, byRelocations, r);
            } else {
                matched.put(place, 1);
                if (byInstructions.kind(i) == kind) {
                    agreeing++;
                } else {
                    kindDiffers++;
                    example(elf, examples, "instructions say " + byInstructions.kind(i) + ", relocations", kind, byRelocations, r);
                }
            }
        }
        for (int i = 0; i < byInstructions.count(); i++) {
            if (!matched.containsKey(key(linked, byInstructions, i))) {
                onlyInstructions.merge(byInstructions.kind(i), 1L, Long::sum);
                example(elf, examples, "only in instructions", byInstructions.kind(i), byInstructions, i);
            }
        }
        return new ScanAgreement(agreeing, onlyRelocations, onlyInstructions, kindDiffers, examples);
    }

    /** Where an access is: its address in a linked file; its section and offset in an object (offsets repeat across sections). */
    private static long key(boolean linked, Accesses accesses, int i) {
        return linked ? accesses.place(i) : (long) accesses.section(i) << 40 | accesses.place(i) & 0xff_ffff_ffffL;
    }

    private static void example(ElfFile elf, List<String> examples, String what, AccessKind kind, Accesses accesses, int i) {
        String prefix = what + ": " + kind + " ";
        if (examples.stream().filter(e -> e.startsWith(prefix)).count() < EXAMPLES_PER_KIND) {
            boolean linked = elf.header().type() != ObjectFileType.REL;
            String at = (linked || accesses.section(i) == 0 ? "" : elf.section(accesses.section(i)).name() + "+")
                + "0x" + Long.toHexString(accesses.place(i));
            String target = accesses.symbolName(i).isEmpty() && !linked ? "(target left to the link)" : accesses.symbolName(i)
                + (accesses.addend(i) == 0 ? "" : (accesses.addend(i) > 0 ? "+" : "") + accesses.addend(i));
            examples.add(what + ": " + kind + " at " + at + " → " + target);
        }
    }

    private static long sum(Map<AccessKind, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
