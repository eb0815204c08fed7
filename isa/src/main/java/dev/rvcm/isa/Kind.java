package dev.rvcm.isa;

/** What an instruction does, coarsely: the category analyses and the engine dispatch on. */
public enum Kind {
    /** Integer register-register or register-immediate arithmetic, logic, shifts, moves. */
    ALU,
    /** {@code lui}, {@code auipc}, {@code c.lui}: build the upper 20 bits of an address or constant. */
    UPPER_IMMEDIATE,
    /** Integer multiply and divide. */
    MUL_DIV,
    /** Integer loads. */
    LOAD,
    /** Integer stores. */
    STORE,
    /** Conditional branches. */
    BRANCH,
    /** Unconditional jumps, calls and returns. */
    JUMP,
    /** Atomic memory operations, load-reserved and store-conditional. */
    AMO,
    /** Memory-ordering fences, {@code fence.i}, {@code pause}. */
    FENCE,
    /** Control and status register access. */
    CSR,
    /** Floating-point computation, conversion and moves. */
    FP,
    /** Floating-point loads. */
    FP_LOAD,
    /** Floating-point stores. */
    FP_STORE,
    /** Cache-block management, zero and prefetch. */
    CACHE,
    /** Environment calls, breakpoints, returns from traps, {@code wfi}, {@code sfence.vma}, {@code unimp}. */
    SYSTEM,
    /** A word this package does not decode. */
    UNKNOWN
}
