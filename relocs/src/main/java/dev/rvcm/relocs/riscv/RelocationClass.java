package dev.rvcm.relocs.riscv;

/** The broad family a relocation type belongs to: how the patched place reaches its target. */
public enum RelocationClass {
    /** No effect. */
    NONE,
    /** Target relative to the place: auipc pairs, branches, jumps, calls, PC-relative data words. */
    PC_RELATIVE,
    /** Through a Global Offset Table entry. */
    GOT,
    /** The target's absolute address: lui pairs, data words. */
    ABSOLUTE,
    /** gp-relative, left by linker relaxation against {@code __global_pointer$} (binutils-internal). */
    GP_RELATIVE,
    /** Thread-local storage: local-exec, initial-exec, general-dynamic, descriptors. */
    TLS,
    /** Processed by the dynamic linker at load time. */
    DYNAMIC,
    /** Assembler-internal label arithmetic and linker hints: ADD, SUB, SET, ALIGN, RELAX. */
    ASSEMBLER_INTERNAL,
    /** R_RISCV_VENDOR and the nonstandard range 192-255: meaning depends on a vendor symbol. */
    VENDOR
}
