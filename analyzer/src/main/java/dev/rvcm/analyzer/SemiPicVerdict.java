package dev.rvcm.analyzer;

import java.util.List;

/**
 * What stops a binary from running at another address without a GOT, by the three conditions of
 * the semi-PIC model: PC-relative addressing between text and data assumes a constant distance
 * between them; nothing may be reached by lui-absolute code (it only reaches the ±2 GiB window
 * around 0); gp-relative accesses bake in where {@code __global_pointer$} is. Plus what moving
 * costs at boot: every pointer word in data needs a RELATIVE fixup. lui-absolute accesses to
 * addresses that do not move (SHN_ABS constants, undefined weak symbols at 0) block nothing; in a
 * relocatable object, pairs the final link may still relax to gp-relative are a risk.
 *
 * @param loadSegments the PT_LOAD segments that must move as one unit (0 for an object)
 * @param crossSegmentPcRelative PC-relative accesses whose place and target lie in different PT_LOAD segments
 * @param absoluteCode lui-absolute code accesses to relocatable targets (blockers)
 * @param gpRelative gp-relative accesses (blockers unless gp is set up after relocation)
 * @param topBlockers the symbols most often reached by the blockers, most first
 * @param dataWords pointer words in data that need a fixup when the image moves
 * @param relaBytes the size of those fixups as Elf64_Rela entries
 * @param relrBytes the size of those fixups packed as SHT_RELR
 * @param undefinedWeak lui-absolute code accesses to undefined weak symbols (not counted in {@code absoluteCode})
 * @param linkRelaxation in a relocatable object, the pairs GNU ld may relax to gp-relative; {@link LinkRelaxation#NONE} in linked files
 */
public record SemiPicVerdict(int loadSegments, long crossSegmentPcRelative, long absoluteCode, long gpRelative,
                             List<SymbolCount> topBlockers, long dataWords, long relaBytes, long relrBytes,
                             UndefinedWeakAccesses undefinedWeak, LinkRelaxation linkRelaxation) {

    public SemiPicVerdict {
        topBlockers = List.copyOf(topBlockers);
    }

    /** Blocked by lui-absolute or gp-relative accesses, at risk from link-time relaxation, or ready. */
    public SemiPicStatus status() {
        if (absoluteCode > 0 || gpRelative > 0) {
            return SemiPicStatus.BLOCKED;
        }
        return linkRelaxation.pairs() > 0 ? SemiPicStatus.AT_RISK : SemiPicStatus.READY;
    }

    /** True when nothing but data fixups stands between this binary and running anywhere, after any link. */
    public boolean ready() {
        return status() == SemiPicStatus.READY;
    }

    /**
     * A symbol, how many blocking accesses reach it, and where the first of them is.
     *
     * @param symbol the symbol's name
     * @param kind the kind of the blocking accesses
     * @param count how many
     * @param firstSection the section of the first blocking access
     * @param firstOffset its offset in that section
     * @param firstPlace its place: the section offset in objects, the address in linked files
     */
    public record SymbolCount(String symbol, AccessKind kind, long count, String firstSection, long firstOffset,
                              long firstPlace) {
        /** {@code section+0xoffset}, with the address in parentheses in linked files. */
        public String firstLocation() {
            String where = firstSection + "+0x" + Long.toHexString(firstOffset);
            return firstPlace == firstOffset ? where : where + " (0x" + Long.toHexString(firstPlace) + ")";
        }
    }
}
