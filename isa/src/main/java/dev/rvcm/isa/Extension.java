package dev.rvcm.isa;

/**
 * An ISA extension an {@link Opcode} belongs to, named as in the RISC-V ISA manual and in ISA strings
 * ({@code Tag_RISCV_arch}, {@code $x<isa>} mapping symbols).
 */
public enum Extension {
    /** RV64I base integer instructions. */
    I("i"),
    /** Integer multiplication and division. */
    M("m"),
    /** Atomic instructions. */
    A("a"),
    /** Single-precision floating point. */
    F("f"),
    /** Double-precision floating point. */
    D("d"),
    /** Compressed (16-bit) instructions. */
    C("c"),
    /** Control and status register instructions. */
    ZICSR("zicsr"),
    /** Instruction-fetch fence. */
    ZIFENCEI("zifencei"),
    /** Address generation (bit manipulation). */
    ZBA("zba"),
    /** Basic bit manipulation. */
    ZBB("zbb"),
    /** Single-bit instructions. */
    ZBS("zbs"),
    /** Cache-block management. */
    ZICBOM("zicbom"),
    /** Cache-block zero. */
    ZICBOZ("zicboz"),
    /** Cache-block prefetch hints. */
    ZICBOP("zicbop"),
    /** The PAUSE hint. */
    ZIHINTPAUSE("zihintpause"),
    /** Privileged-architecture instructions (always present on a Linux-capable hart). */
    PRIVILEGED("");

    private final String isaName;

    Extension(String isaName) {
        this.isaName = isaName;
    }

    /** The lower-case name in an ISA string, empty for {@link #PRIVILEGED}. */
    public String isaName() {
        return isaName;
    }

    int bit() {
        return 1 << ordinal();
    }
}
