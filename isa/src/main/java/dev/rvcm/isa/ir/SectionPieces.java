package dev.rvcm.isa.ir;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.IsaRegions;
import dev.rvcm.isa.RegionCursor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.NavigableSet;

/**
 * How a code section's bytes split into nodes: instructions where the bytes decode to one that ends
 * before the next label, data in {@code $d} mapping-symbol regions and wherever an instruction does
 * not fit. Data is split at labels so that every label keeps its exact position.
 */
final class SectionPieces {
    private final byte[] bytes;
    private long[] starts = new long[64];
    private boolean[] instruction = new boolean[64];
    private int count;

    private SectionPieces(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param labelOffsets where labels are
     * @param regions      the section's mapping-symbol regions, by offset
     */
    static SectionPieces of(byte[] bytes, NavigableSet<Long> labelOffsets, IsaRegions.Regions regions) {
        SectionPieces pieces = new SectionPieces(bytes);
        RegionCursor cursor = regions.cursor(true);
        long at = 0;
        while (at < bytes.length) {
            cursor.moveTo(at);
            boolean data = cursor.data();
            long next = Math.min(bytes.length, higher(labelOffsets, at, bytes.length));
            int length = data || bytes.length - at < 2 ? 0 : Decoder.length(pieces.word(at, 2));
            if (length == 0 || at + length > bytes.length || at + length > next) {
                long end = data ? Math.min(next, regionEnd(cursor, bytes.length))
                    : Math.min(next, at + Math.max(1, Math.min(2, next - at)));
                pieces.add(at, false);
                at = end;
            } else {
                pieces.add(at, true);
                at += length;
            }
        }
        return pieces;
    }

    /** Where the cursor's region ends, {@code otherwise} for the last. */
    private static long regionEnd(RegionCursor cursor, long otherwise) {
        long end = cursor.end();
        return end == -1 ? otherwise : end;
    }

    private static long higher(NavigableSet<Long> keys, long after, long otherwise) {
        Long key = keys.higher(after);
        return key == null ? otherwise : key;
    }

    private void add(long start, boolean isInstruction) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            instruction = Arrays.copyOf(instruction, count * 2);
        }
        starts[count] = start;
        instruction[count++] = isInstruction;
    }

    int count() {
        return count;
    }

    /** The section's size in bytes. */
    long size() {
        return bytes.length;
    }

    long start(int piece) {
        return starts[piece];
    }

    long end(int piece) {
        return piece + 1 < count ? starts[piece + 1] : bytes.length;
    }

    boolean isInstruction(int piece) {
        return instruction[piece];
    }

    /** The piece that holds {@code offset}, {@code count()} for the section's end, or -1 outside the section. */
    int containing(long offset) {
        if (offset == bytes.length) {
            return count;
        }
        if (offset < 0 || offset > bytes.length) {
            return -1;
        }
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The instruction word or data bytes of a piece. */
    int word(int piece) {
        return word(starts[piece], (int) (end(piece) - starts[piece]));
    }

    byte[] data(int piece) {
        return Arrays.copyOfRange(bytes, (int) starts[piece], (int) end(piece));
    }

    private int word(long at, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return length == 2 ? Short.toUnsignedInt(b.getShort((int) at)) : b.getInt((int) at);
    }
}
