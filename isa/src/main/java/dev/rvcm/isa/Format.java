package dev.rvcm.isa;

/** Instruction formats of the ISA manual (base and compressed), naming where the operand fields sit. */
public enum Format {
    /** Register-register. */
    R,
    /** Register-register with a third source ({@code fmadd.s} etc.). */
    R4,
    /** Register-immediate, loads, {@code jalr}, CSR instructions. */
    I,
    /** Stores. */
    S,
    /** Conditional branches. */
    B,
    /** Upper immediate ({@code lui}, {@code auipc}). */
    U,
    /** {@code jal}. */
    J,
    /** Compressed register. */
    CR,
    /** Compressed immediate. */
    CI,
    /** Compressed stack-relative store. */
    CSS,
    /** Compressed wide immediate ({@code c.addi4spn}). */
    CIW,
    /** Compressed load. */
    CL,
    /** Compressed store. */
    CS,
    /** Compressed arithmetic. */
    CA,
    /** Compressed branch and shift/and-immediate. */
    CB,
    /** Compressed jump. */
    CJ,
    /** No format: the raw bits of an {@link Opcode#UNKNOWN} word. */
    RAW
}
