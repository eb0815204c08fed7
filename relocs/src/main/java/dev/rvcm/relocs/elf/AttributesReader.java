package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code .riscv.attributes}: format version 'A', then vendor subsections (length, vendor
 * name), each holding tagged sub-subsections (Tag_File 1, length) of attributes. Only the
 * "riscv" vendor's file-scope attributes are kept.
 */
final class AttributesReader {
    private static final int FORMAT_VERSION = 'A';
    private static final int TAG_FILE = 1;

    private final String source;
    private final FileImage file;
    private ByteBuffer image;
    private long sectionOffset;
    private int position;

    AttributesReader(String source, FileImage file) {
        this.source = source;
        this.file = file;
    }

    Optional<RiscvAttributes> read(List<Section> sections) {
        for (Section s : sections) {
            if (s.type() == SectionTypes.SHT_RISCV_ATTRIBUTES) {
                return Optional.of(read(s));
            }
        }
        return Optional.empty();
    }

    private RiscvAttributes read(Section section) {
        image = file.region(section.offset(), section.size(), "section " + section.name());
        sectionOffset = section.offset();
        int start = 0;
        int end = image.limit();
        List<RiscvAttributes.Attribute> attributes = new ArrayList<>();
        if (section.size() == 0) {
            return new RiscvAttributes(attributes);
        }
        if (image.get(start) != FORMAT_VERSION) {
            throw problem(start, "attribute format version " + image.get(start) + ", expected 'A'");
        }
        position = start + 1;
        while (position < end) {
            int subsection = position;
            long length = u32(end);
            if (length < 4 || length > end - subsection) {
                throw problem(subsection, "attribute subsection length " + length + " does not fit the section");
            }
            int subsectionEnd = subsection + (int) length;
            String vendor = string(subsectionEnd);
            if (vendor.equals("riscv")) {
                readFileAttributes(subsectionEnd, attributes);
            }
            position = subsectionEnd;
        }
        return new RiscvAttributes(attributes);
    }

    private void readFileAttributes(int end, List<RiscvAttributes.Attribute> into) {
        while (position < end) {
            int at = position;
            long tag = uleb(end);
            long length = u32(end);
            if (length < 5 || length > end - at) {
                throw problem(at, "attribute sub-subsection length " + length + " does not fit its subsection");
            }
            int subEnd = at + (int) length;
            if (tag == TAG_FILE) {
                while (position < subEnd) {
                    int attributeTag = (int) uleb(subEnd);
                    into.add((attributeTag & 1) == 1
                        ? new RiscvAttributes.Attribute.Text(attributeTag, string(subEnd))
                        : new RiscvAttributes.Attribute.Number(attributeTag, uleb(subEnd)));
                }
            }
            position = subEnd;
        }
    }

    private long u32(int end) {
        if (end - position < 4) {
            throw problem(position, "attribute length runs past its section");
        }
        long v = Integer.toUnsignedLong(image.getInt(position));
        position += 4;
        return v;
    }

    private long uleb(int end) {
        long value = 0;
        for (int shift = 0; position < end && shift < 64; shift += 7) {
            int b = image.get(position++);
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw problem(position, "ULEB128 number runs past its attribute subsection");
    }

    private String string(int end) {
        int from = position;
        while (position < end && image.get(position) != 0) {
            position++;
        }
        if (position >= end) {
            throw problem(from, "attribute string is not NUL-terminated within its subsection");
        }
        byte[] text = new byte[position - from];
        image.get(from, text);
        position++;
        return new String(text, StandardCharsets.UTF_8);
    }

    /** {@code offset} is within the section; the exception gives it within the file. */
    private ElfFormatException problem(long offset, String what) {
        return new ElfFormatException(source, sectionOffset + offset, ".riscv.attributes: " + what);
    }
}
