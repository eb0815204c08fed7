package dev.rvcm.analyzer;

/**
 * The size of relative relocations packed as SHT_RELR (ELF gABI): an address entry for the first
 * word of a run, then bitmap entries each covering the next 63 words.
 */
final class Relr {
    private static final int WORD = 8;
    private static final int BITS = 63;

    private Relr() {
    }

    /** Bytes of RELR needed for the word addresses, sorted ascending. */
    static long packedBytes(long[] sortedAddresses) {
        long entries = 0;
        int i = 0;
        while (i < sortedAddresses.length) {
            long base = sortedAddresses[i++] + WORD;
            entries++;
            while (true) {
                long bitmapEnd = base + (long) BITS * WORD;
                boolean used = false;
                while (i < sortedAddresses.length && sortedAddresses[i] >= base && sortedAddresses[i] < bitmapEnd
                    && (sortedAddresses[i] - base) % WORD == 0) {
                    used = true;
                    i++;
                }
                if (!used) {
                    break;
                }
                entries++;
                base = bitmapEnd;
            }
            while (i < sortedAddresses.length && sortedAddresses[i] < base) {
                i++;
            }
        }
        return entries * WORD;
    }
}
