package dev.rvcm.isa;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An immutable set of enabled {@link Extension}s, packed into an {@code int} so that decoding can test
 * membership without allocating.
 *
 * @param bits one bit per {@link Extension#ordinal()}
 */
public record Extensions(int bits) {

    /** A version number such as {@code 2p1} or {@code 2}, in every position of an ISA string part. */
    private static final Pattern VERSION = Pattern.compile("\\d+(p\\d+)?");

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
     * {@code rv64i2p1_m2p0_a2p1_c2p0_zicsr2p0_zifencei2p0}. Version numbers are ignored, {@code g}
     * expands to {@code imafd_zicsr_zifencei}, and extensions this package does not know are skipped.
     * The privileged instructions are always included.
     *
     * @throws IllegalArgumentException if the string does not start with {@code rv64}
     */
    public static Extensions parse(String isa) {
        String s = isa.toLowerCase(Locale.ROOT);
        if (!s.startsWith("rv64")) {
            throw new IllegalArgumentException("not an RV64 ISA string: " + isa);
        }
        int bits = Extension.PRIVILEGED.bit();
        for (String part : s.substring(4).split("_")) {
            String name = VERSION.matcher(part).replaceAll("");
            if (name.isEmpty()) {
                continue;
            }
            char first = name.charAt(0);
            bits |= first == 'z' || first == 's' || first == 'x' ? multiLetter(name) : singleLetters(name);
        }
        return new Extensions(bits);
    }

    /** {@code imafdc}, {@code g}: one extension per letter. */
    private static int singleLetters(String letters) {
        int bits = 0;
        for (int i = 0; i < letters.length(); i++) {
            bits |= switch (letters.charAt(i)) {
                case 'i' -> Extension.I.bit();
                case 'm' -> Extension.M.bit();
                case 'a' -> Extension.A.bit();
                case 'f' -> Extension.F.bit();
                case 'd' -> Extension.D.bit() | Extension.F.bit();
                case 'c' -> Extension.C.bit();
                case 'g' -> of(Extension.I, Extension.M, Extension.A, Extension.F, Extension.D,
                        Extension.ZICSR, Extension.ZIFENCEI).bits();
                default -> 0;
            };
        }
        return bits;
    }

    /** {@code zicsr}, {@code zba}, …: one extension per name. */
    private static int multiLetter(String name) {
        for (Extension e : Extension.values()) {
            if (e.isaName().equals(name)) {
                return e.bit();
            }
        }
        return 0;
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
