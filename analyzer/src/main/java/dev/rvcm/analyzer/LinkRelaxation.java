package dev.rvcm.analyzer;

import java.util.List;

/**
 * What linker relaxation may still do to a relocatable object. GNU ld relaxes an {@code auipc}
 * (PCREL_HI20) or {@code lui} (HI20) pair whose relocations carry R_RISCV_RELAX into one
 * gp-relative instruction whenever the final link defines {@code __global_pointer$} and the target
 * lies within ±2 KiB of it, and a lui pair into an x0-based one when the target lies within 2 KiB
 * of 0. Which targets end up there is decided by the layout, so these counts are what may be
 * relaxed; the small-data sections ({@code .sdata}, {@code .sbss}, {@code .srodata}…) are where
 * links put {@code __global_pointer$}, so pairs reaching them are the likely ones. binutils 2.40
 * has no switch for gp relaxation alone: {@code ld --no-relax} (all relaxation), {@code gcc -mno-relax},
 * a link that leaves {@code __global_pointer$} undefined, or {@code rvcm rewrite --model semi-pic}
 * avoids it; {@code --no-relax-gp} came with 2.41.
 *
 * @param auipcPairs PC-relative pairs that carry R_RISCV_RELAX
 * @param luiPairs lui-absolute pairs that carry R_RISCV_RELAX
 * @param toSmallData of both, those whose target is defined in a small-data section
 * @param top the symbols most often reached by relaxable pairs, small data first, most first
 */
public record LinkRelaxation(long auipcPairs, long luiPairs, long toSmallData, List<SemiPicVerdict.SymbolCount> top) {
    public static final LinkRelaxation NONE = new LinkRelaxation(0, 0, 0, List.of());

    public LinkRelaxation {
        top = List.copyOf(top);
    }

    /** Every pair that may become gp-relative. */
    public long pairs() {
        return auipcPairs + luiPairs;
    }

    /** How to keep the link from making them gp-relative, with binutils 2.40. */
    public static String avoidance() {
        return "link with ld --no-relax (binutils 2.40 has no gp-only switch; 2.41 adds --no-relax-gp), "
            + "compile with -mno-relax, leave __global_pointer$ undefined in the link, "
            + "or rvcm rewrite --model semi-pic (which drops R_RISCV_RELAX from the pairs)";
    }
}
