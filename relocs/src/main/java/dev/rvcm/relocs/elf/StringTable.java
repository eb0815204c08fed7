package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A string table section (SHT_STRTAB): NUL-terminated names addressed by byte offset, copied once. */
public final class StringTable {
    private final String source;
    private final Section section;
    private final byte[] data;

    StringTable(String source, FileImage image, Section section) {
        this.source = source;
        this.section = section;
        if (section.type() != SectionTypes.SHT_STRTAB) {
            throw new ElfFormatException(source, section.offset(),
                "section " + section.index() + " (" + section.name() + ") is used as a string table but has type "
                    + SectionTypes.name(section.type()));
        }
        ByteBuffer bytes = image.region(section.offset(), section.size(), "string table " + section.name());
        this.data = new byte[bytes.limit()];
        bytes.get(0, data);
        if (data.length > 0 && data[data.length - 1] != 0) {
            throw new ElfFormatException(source, section.offset() + data.length - 1,
                "string table " + section.name() + " does not end with a NUL byte");
        }
    }

    /** The section holding the strings. */
    public Section section() {
        return section;
    }

    /** True when {@code offset} addresses a byte of this table (so a string starts there). */
    public boolean contains(long offset) {
        return offset >= 0 && offset < data.length;
    }

    /** The string at {@code offset}; an offset outside the table is an {@link ElfFormatException}. */
    public String string(long offset) {
        if (!contains(offset)) {
            if (offset == 0 && data.length == 0) {
                return "";
            }
            throw new ElfFormatException(source, section.offset(),
                "string offset " + offset + " is past the end of " + section.name() + " (" + data.length + " bytes)");
        }
        int from = (int) offset;
        int end = from;
        while (data[end] != 0) {
            end++;
        }
        return new String(data, from, end - from, StandardCharsets.UTF_8);
    }
}
