package dev.rvcm.analyzer;

/** The semi-PIC verdict in one word. */
public enum SemiPicStatus {
    /** Nothing but data fixups stands between the binary and running anywhere. */
    READY,
    /**
     * Nothing blocks in the object itself, but pairs that carry R_RISCV_RELAX may become gp-relative
     * (blockers) when GNU ld relaxes them against {@code __global_pointer$} in the final link.
     */
    AT_RISK,
    /** lui-absolute or gp-relative code accesses to relocatable targets. */
    BLOCKED
}
