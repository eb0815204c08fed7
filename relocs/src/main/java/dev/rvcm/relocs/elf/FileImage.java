package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The bytes of one input file (or archive member), of any size: a mapped or in-memory
 * {@link MemorySegment} with long offsets. Readers take little-endian, read-only {@link ByteBuffer}
 * views of the regions they read (a section, a header table), each under 2 GiB and indexed from 0,
 * so that files above 2 GiB (a {@code vmlinux.o} with full debug info) read like small ones.
 */
public final class FileImage {
    private final String source;
    private final MemorySegment bytes;

    private FileImage(String source, MemorySegment bytes) {
        this.source = source;
        this.bytes = bytes;
    }

    /** The bytes of a mapped file or any other segment; {@code source} names them in messages. */
    public static FileImage of(String source, MemorySegment bytes) {
        return new FileImage(source, bytes.asReadOnly());
    }

    /** The bytes of a buffer, from 0 to its limit. */
    public static FileImage of(String source, ByteBuffer bytes) {
        ByteBuffer whole = bytes.duplicate().position(0);
        return new FileImage(source, MemorySegment.ofBuffer(whole).asReadOnly());
    }

    /** The name used in messages. */
    public String source() {
        return source;
    }

    /** The size in bytes. */
    public long size() {
        return bytes.byteSize();
    }

    /** True when [offset, offset+length) lies within the image. */
    public boolean contains(long offset, long length) {
        return offset >= 0 && length >= 0 && offset <= size() && length <= size() - offset;
    }

    /**
     * The region [offset, offset+length) as a little-endian, read-only buffer indexed from 0. A
     * region past the end is an {@link ElfFormatException} naming {@code what}; so is one of 2 GiB
     * or more, which no buffer holds.
     */
    public ByteBuffer region(long offset, long length, String what) {
        if (!contains(offset, length)) {
            throw new ElfFormatException(source, offset,
                what + " of " + length + " bytes runs past the end of the file (" + size() + " bytes)");
        }
        if (length > Integer.MAX_VALUE) {
            throw new ElfFormatException(source, offset, what + " of " + length + " bytes is larger than rvcm reads at once (2 GiB)");
        }
        return bytes.asSlice(offset, length).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The bytes [offset, offset+length) as an image of their own (an archive member). */
    public FileImage slice(String name, long offset, long length) {
        if (!contains(offset, length)) {
            throw new ElfFormatException(source, offset, "region of " + length + " bytes runs past the end of the file");
        }
        return new FileImage(name, bytes.asSlice(offset, length));
    }

    /** The byte at {@code offset}, which must lie within the image. */
    public byte get(long offset) {
        return bytes.get(java.lang.foreign.ValueLayout.JAVA_BYTE, offset);
    }
}
