package dev.rvcm.isa;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RiscvAttributes;

/**
 * The versions of the RISC-V privileged specification whose CSR names GNU objdump 2.40 knows. A
 * file says which one it was built for in {@code Tag_RISCV_priv_spec}, {@code _minor} and
 * {@code _revision}; GNU as 2.40 accepts exactly these four, and objdump names CSRs by the latest
 * when a file says nothing or names a version it does not know.
 */
public enum PrivilegedSpec {
    /** 1.9.1: {@code sptbr}, {@code sbadaddr}, {@code mbadaddr}, the user-level N-extension CSRs. */
    V1_9_1("1.9.1", 1, 9, 1),
    /** 1.10: {@code satp}, {@code stval}, {@code mtval}. */
    V1_10("1.10", 1, 10, 0),
    /** 1.11: adds {@code mcountinhibit}. */
    V1_11("1.11", 1, 11, 0),
    /** 1.12: drops the N extension's {@code ustatus}, {@code uie}…; the default. */
    V1_12("1.12", 1, 12, 0);

    /** What objdump uses for a file without privileged-spec attributes. */
    public static final PrivilegedSpec LATEST = V1_12;

    private final String version;
    private final long major;
    private final long minor;
    private final long revision;

    PrivilegedSpec(String version, long major, long minor, long revision) {
        this.version = version;
        this.major = major;
        this.minor = minor;
        this.revision = revision;
    }

    /** The version as GNU as spells it ({@code -mpriv-spec=1.10}). */
    public String version() {
        return version;
    }

    /** The version a file's attributes name, {@link #LATEST} when they name none or one objdump 2.40 does not know. */
    public static PrivilegedSpec of(ElfFile elf) {
        return elf.attributes().map(PrivilegedSpec::of).orElse(LATEST);
    }

    static PrivilegedSpec of(RiscvAttributes attributes) {
        long major = number(attributes, RiscvAttributes.TAG_PRIV_SPEC);
        long minor = number(attributes, RiscvAttributes.TAG_PRIV_SPEC_MINOR);
        long revision = number(attributes, RiscvAttributes.TAG_PRIV_SPEC_REVISION);
        for (PrivilegedSpec spec : values()) {
            if (spec.major == major && spec.minor == minor && spec.revision == revision) {
                return spec;
            }
        }
        return LATEST;
    }

    /** The version GNU as spells as {@code version}, if objdump 2.40 knows it. */
    static PrivilegedSpec named(String version) {
        for (PrivilegedSpec spec : values()) {
            if (spec.version.equals(version)) {
                return spec;
            }
        }
        throw new IllegalArgumentException("unknown privileged spec " + version);
    }

    private static long number(RiscvAttributes attributes, int tag) {
        for (RiscvAttributes.Attribute a : attributes.attributes()) {
            if (a instanceof RiscvAttributes.Attribute.Number(int t, long value) && t == tag) {
                return value;
            }
        }
        return 0;
    }
}
