package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import java.nio.ByteBuffer;

/**
 * Bounds-checked access to a little-endian file image. Every table view checks its extent once,
 * through {@link #checkRange} or {@link FileImage#region}, and then reads with plain absolute gets.
 */
final class Bytes {
    private Bytes() {
    }

    /** Fails unless [offset, offset+length) lies within the file. */
    static void checkRange(String source, FileImage image, long offset, long length, String what) {
        if (!image.contains(offset, length)) {
            throw new ElfFormatException(source, offset,
                what + " of " + length + " bytes runs past the end of the file (" + image.size() + " bytes)");
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
