package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import java.nio.ByteBuffer;

/**
 * Bounds-checked access to a little-endian file image. Every table view checks its extent once,
 * through {@link #checkRange}, and then reads with plain absolute gets.
 */
final class Bytes {
    private Bytes() {
    }

    /** Fails unless [offset, offset+length) lies within the buffer. */
    static void checkRange(String source, ByteBuffer bytes, long offset, long length, String what) {
        long limit = bytes.limit();
        if (offset < 0 || length < 0 || offset > limit || length > limit - offset) {
            throw new ElfFormatException(source, offset,
                what + " of " + length + " bytes runs past the end of the file (" + limit + " bytes)");
        }
    }

    /** A whole number that must fit an int index, or the named problem. */
    static int toIndex(String source, long offset, long value, String what) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new ElfFormatException(source, offset, what + " " + Long.toUnsignedString(value) + " is out of range");
        }
        return (int) value;
    }

    static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }
}
