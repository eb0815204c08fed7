package dev.rvcm.isa;

import java.util.Arrays;

/**
 * Decodes instruction words to {@link Opcode}s, honouring a set of enabled {@link Extensions}.
 *
 * <p>The table is split into buckets by the bits every entry fixes (the major opcode and
 * {@code funct3}, or the compressed quadrant and {@code funct3}), so a decode tests a handful of
 * entries and allocates nothing. Instances are immutable and thread-safe.
 */
public final class Decoder {

    private static final Opcode[][] BUCKETS = buckets();

    private final Extensions extensions;

    /** A decoder for the given enabled extensions. */
    public Decoder(Extensions extensions) {
        this.extensions = extensions;
    }

    /** The enabled extensions. */
    public Extensions extensions() {
        return extensions;
    }

    /** The length in bytes of the instruction whose first 16-bit parcel is {@code parcel}: 2 or 4. */
    public static int length(int parcel) {
        return (parcel & 3) == 3 ? 4 : 2;
    }

    /**
     * The opcode of {@code word}. For a compressed instruction only the low 16 bits are read. An
     * instruction whose extension is disabled decodes as objdump does: to its {@link Opcode#fallback()}
     * if that is enabled, else to {@link Opcode#UNKNOWN}.
     */
    public Opcode opcode(int word) {
        int w = (word & 3) == 3 ? word : word & 0xffff;
        for (Opcode op : BUCKETS[bucket(w)]) {
            if (op.accepts(w)) {
                Opcode chosen = op;
                while (chosen != Opcode.UNKNOWN && !chosen.enabledIn(extensions)) {
                    chosen = chosen.fallback();
                }
                return chosen;
            }
        }
        return Opcode.UNKNOWN;
    }

    /** The decoded instruction: {@link #opcode(int)} with the word (compressed words cut to 16 bits). */
    public Instruction decode(int word) {
        int w = (word & 3) == 3 ? word : word & 0xffff;
        return new Instruction(opcode(w), w);
    }

    /**
     * Buckets 0–255: 32-bit words by major opcode ({@code inst[6:2]}) and {@code funct3}; buckets
     * 256–279: compressed words by quadrant ({@code inst[1:0]}) and {@code funct3} ({@code inst[15:13]}).
     */
    private static int bucket(int word) {
        if ((word & 3) != 3) {
            return 256 + ((word & 3) << 3 | (word >>> 13) & 7);
        }
        return ((word >>> 2) & 31) << 3 | (word >>> 12) & 7;
    }

    private static Opcode[][] buckets() {
        Opcode[][] buckets = new Opcode[256 + 24][0];
        for (Opcode op : Opcode.values()) {
            if (op == Opcode.UNKNOWN) {
                continue;
            }
            for (int b = 0; b < buckets.length; b++) {
                if (bucketMayHold(b, op)) {
                    buckets[b] = Arrays.copyOf(buckets[b], buckets[b].length + 1);
                    buckets[b][buckets[b].length - 1] = op;
                }
            }
        }
        return buckets;
    }

    /** Whether some word in bucket {@code b} could match {@code op}'s match and mask. */
    private static boolean bucketMayHold(int b, Opcode op) {
        int bucketMatch;
        int bucketMask;
        if (b >= 256) {
            int quadrant = (b - 256) >>> 3;
            bucketMatch = quadrant | ((b - 256) & 7) << 13;
            bucketMask = 0xe003;
        } else {
            bucketMatch = 3 | ((b >>> 3) << 2) | (b & 7) << 12;
            bucketMask = 0x707f;
        }
        if (op.length() == 2) {
            bucketMask |= 0xffff0000;
        }
        int common = bucketMask & op.mask();
        return (bucketMatch & common) == (op.match() & common);
    }
}
