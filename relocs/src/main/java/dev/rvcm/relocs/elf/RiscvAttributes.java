package dev.rvcm.relocs.elf;

import java.util.List;
import java.util.Optional;

/**
 * The {@code .riscv.attributes} section (SHT_RISCV_ATTRIBUTES): build attributes of the "riscv"
 * vendor, file scope.
 *
 * @param attributes every attribute in file order
 * @see <a href="https://github.com/riscv-non-isa/riscv-elf-psabi-doc/blob/master/riscv-elf.adoc#risc-v-specific-attributes">psABI: RISC-V attributes</a>
 */
public record RiscvAttributes(List<Attribute> attributes) {
    /** Tag_RISCV_stack_align. */
    public static final int TAG_STACK_ALIGN = 4;
    /** Tag_RISCV_arch: the ISA string, e.g. {@code rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0}. */
    public static final int TAG_ARCH = 5;
    /** Tag_RISCV_unaligned_access. */
    public static final int TAG_UNALIGNED_ACCESS = 6;
    /** Tag_RISCV_priv_spec. */
    public static final int TAG_PRIV_SPEC = 8;
    /** Tag_RISCV_priv_spec_minor. */
    public static final int TAG_PRIV_SPEC_MINOR = 10;
    /** Tag_RISCV_priv_spec_revision. */
    public static final int TAG_PRIV_SPEC_REVISION = 12;
    /** Tag_RISCV_atomic_abi. */
    public static final int TAG_ATOMIC_ABI = 14;
    /** Tag_RISCV_x3_reg_usage. */
    public static final int TAG_X3_REG_USAGE = 16;

    public RiscvAttributes {
        attributes = List.copyOf(attributes);
    }

    /** Tag_RISCV_arch, when present. */
    public Optional<String> arch() {
        for (Attribute a : attributes) {
            if (a instanceof Attribute.Text(int tag, String value) && tag == TAG_ARCH) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** One attribute: a number (even tags) or a NUL-terminated string (odd tags). */
    public sealed interface Attribute {
        int tag();

        /** A ULEB128-valued attribute. */
        record Number(int tag, long value) implements Attribute {
        }

        /** A string-valued attribute. */
        record Text(int tag, String value) implements Attribute {
        }
    }
}
