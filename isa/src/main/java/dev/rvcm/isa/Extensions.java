package dev.rvcm.isa;

import java.util.EnumSet;
import java.util.Set;

/**
 * An immutable set of enabled {@link Extension}s, packed into an {@code int} so that decoding can test
 * membership without allocating.
 *
 * @param bits one bit per {@link Extension#ordinal()}
 */
public record Extensions(int bits) {

    /** Every extension this package knows. */
    public static final Extensions ALL = new Extensions((1 << Extension.values().length) - 1);

    /**
     * RV64GC ({@code rv64imafdc_zicsr_zifencei}) plus the privileged instructions: what GNU objdump 2.40
     * assumes when a file carries no ISA string.
     */
    public static final Extensions RV64GC = of(Extension.I, Extension.M, Extension.A, Extension.F,
            Extension.D, Extension.C, Extension.ZICSR, Extension.ZIFENCEI, Extension.PRIVILEGED);

    /** The set holding exactly the given extensions. */
    public static Extensions of(Extension... extensions) {
        int bits = 0;
        for (Extension e : extensions) {
            bits |= e.bit();
        }
        return new Extensions(bits);
    }

    /**
     * Parses an ISA string as found in {@code Tag_RISCV_arch} or a {@code $x<isa>} mapping symbol, e.g.
     * {@code rv64i2p1_m2p0_a2p1_c2p0_zicsr2p0_zifencei2p0}, as GNU objdump 2.40 does ({@link IsaString}):
     * with the extensions the string implies ({@link ImpliedExtensions}: {@code g} is {@code imafd_zicsr_zifencei},
     * {@code d} implies {@code f}, {@code f} {@code zicsr}, {@code i2p0} {@code zicsr} and {@code zifencei}, …).
     * Extensions this package does not decode are skipped. The privileged instructions are always included.
     *
     * @throws IllegalArgumentException if the string does not start with {@code rv64}
     */
    public static Extensions parse(String isa) {
        int bits = Extension.PRIVILEGED.bit();
        for (IsaString.Subset subset : ImpliedExtensions.apply(IsaString.parse(isa)).subsets()) {
            for (Extension e : Extension.values()) {
                if (e != Extension.PRIVILEGED && e.isaName().equals(subset.name())) {
                    bits |= e.bit();
                }
            }
        }
        return new Extensions(bits);
    }

    /** Whether {@code extension} is enabled. */
    public boolean has(Extension extension) {
        return (bits & extension.bit()) != 0;
    }

    /** Whether every extension in the bit set {@code required} is enabled. */
    boolean hasAll(int required) {
        return (required & ~bits) == 0;
    }

    /** The union of this set and {@code other}. */
    public Extensions union(Extensions other) {
        return new Extensions(bits | other.bits);
    }

    /** The extensions as an {@link EnumSet}. */
    public Set<Extension> toSet() {
        EnumSet<Extension> set = EnumSet.noneOf(Extension.class);
        for (Extension e : Extension.values()) {
            if (has(e)) {
                set.add(e);
            }
        }
        return set;
    }
}
