package dev.rvcm.analyzer;

/** How one place in code or data reaches its target. */
public enum AccessKind {
    /** auipc-based (PCREL_HI20 with its LO12 users), or a PC-relative data word (32_PCREL, PLT32). */
    PC_RELATIVE,
    /** Through a GOT entry (GOT_HI20, GOT32_PCREL) or a PLT slot (JUMP_SLOT). */
    GOT,
    /** lui-based code access (HI20/LO12, RVC_LUI): reaches only the ±2 GiB window around 0. */
    ABSOLUTE,
    /** A pointer word in data (R_RISCV_64/32, RELATIVE, IRELATIVE): needs a fixup if the image moves. */
    ABSOLUTE_DATA,
    /** gp-relative (GPREL_I/S), left by linker relaxation against {@code __global_pointer$}. */
    GP_RELATIVE,
    /** Thread-local storage: local-exec, initial-exec, general-dynamic, descriptors. */
    TLS,
    /** A call or jump: CALL, CALL_PLT, JAL, RVC_JUMP. */
    CALL,
    /** A conditional branch: BRANCH, RVC_BRANCH. */
    BRANCH
}
