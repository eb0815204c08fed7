package dev.rvcm.isa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ISA string ({@code Tag_RISCV_arch}, a {@code $x<isa>} mapping symbol) read as binutils 2.40
 * reads it: {@code rv64}, the base ({@code i}, {@code e} or {@code g}) and the single-letter
 * extensions, each with an optional version ({@code 2}, {@code 2p1}), then the multi-letter ones
 * ({@code z…}, {@code s…}, {@code x…}), underscores between any two. {@code g} stands for
 * {@code imafd} and itself, as in binutils. A subset without a version gets the version of the
 * ISA specification objdump assumes (20191213), which only matters for {@code i}: 2.1.
 *
 * @param subsets the subsets in string order, {@code g} expanded
 */
record IsaString(List<Subset> subsets) {

    /** A version binutils did not find in the string. */
    static final int UNKNOWN_VERSION = -1;

    /**
     * One extension of the string.
     *
     * @param name   its name, lower case ({@code i}, {@code zicsr})
     * @param major  its major version, or {@link #UNKNOWN_VERSION}
     * @param minor  its minor version, or {@link #UNKNOWN_VERSION}
     */
    record Subset(String name, int major, int minor) {
        /** The version objdump 2.40 takes for this subset: the string's, else the 20191213 spec's (2.1 for {@code i}). */
        int[] version() {
            if (major != UNKNOWN_VERSION) {
                return new int[] {major, Math.max(0, minor)};
            }
            return name.equals("i") ? new int[] {2, 1} : new int[] {1, 0};
        }
    }

    IsaString {
        subsets = List.copyOf(subsets);
    }

    /** Parses an ISA string; it must start with {@code rv64}. */
    static IsaString parse(String isa) {
        String s = isa.toLowerCase(Locale.ROOT);
        if (!s.startsWith("rv64")) {
            throw new IllegalArgumentException("not an RV64 ISA string: " + isa);
        }
        List<Subset> subsets = new ArrayList<>();
        int at = 4;
        boolean base = true;
        while (at < s.length()) {
            char c = s.charAt(at);
            if (c == '_') {
                at++;
                continue;
            }
            if (c == 'z' || c == 's' || c == 'x') {
                int end = s.indexOf('_', at);
                end = end < 0 ? s.length() : end;
                subsets.add(prefixed(s.substring(at, end)));
                at = end;
                continue;
            }
            if (c == 'g' && base) {
                at = version(s, at + 1, "g", new ArrayList<>());
                for (String implied : new String[] {"i", "m", "a", "f", "d"}) {
                    subsets.add(new Subset(implied, UNKNOWN_VERSION, UNKNOWN_VERSION));
                }
                subsets.add(new Subset("g", UNKNOWN_VERSION, UNKNOWN_VERSION));
            } else {
                at = version(s, at + 1, String.valueOf(c), subsets);
            }
            base = false;
        }
        return new IsaString(subsets);
    }

    /**
     * A multi-letter extension up to its underscore, whose version binutils reads from the end
     * ({@code zve32f1p0} is {@code zve32f} version 1.0, {@code zvl128b} has none).
     */
    private static Subset prefixed(String token) {
        int q = token.length();
        boolean digits = false;
        boolean minor = false;
        while (q > 1) {
            char c = token.charAt(q - 1);
            if (Character.isDigit(c)) {
                digits = true;
            } else if (digits && !minor && c == 'p' && q > 2 && Character.isDigit(token.charAt(q - 2))) {
                minor = true;
            } else {
                break;
            }
            q--;
        }
        List<Subset> one = new ArrayList<>(1);
        version(token, q, token.substring(0, q), one);
        return one.getFirst();
    }

    /**
     * Reads the version after a subset's name at {@code at} ({@code 2}, {@code 2p1}; a {@code p} not
     * followed by a digit is the next extension) and adds the subset.
     */
    private static int version(String s, int at, String name, List<Subset> into) {
        int major = UNKNOWN_VERSION;
        int minor = UNKNOWN_VERSION;
        int i = at;
        int digits = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > digits) {
            major = Integer.parseInt(s.substring(digits, Math.min(i, digits + 9)));
            minor = 0;
            if (i + 1 < s.length() && s.charAt(i) == 'p' && Character.isDigit(s.charAt(i + 1))) {
                int from = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                minor = Integer.parseInt(s.substring(from, Math.min(i, from + 9)));
            }
        }
        into.add(new Subset(name, major, minor));
        return i;
    }
}
