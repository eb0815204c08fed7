package dev.rvcm.isa;

/** The register file a register operand of an instruction names (ISA manual: x and f registers). */
public enum RegisterFile {
    /** The integer registers x0–x31. */
    X,
    /** The floating-point registers f0–f31 (F and D extensions). */
    F,
    /** No register: the instruction has no such operand, or the field holds an immediate. */
    NONE
}
