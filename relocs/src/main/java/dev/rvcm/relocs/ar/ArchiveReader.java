package dev.rvcm.relocs.ar;

import dev.rvcm.relocs.ElfFormatException;
import dev.rvcm.relocs.elf.FileImage;
import dev.rvcm.relocs.kaitai.ArArchive;
import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads GNU/System V {@code ar} archives with the member header type of {@code ar_archive.ksy}:
 * {@code /} (and {@code /SYM64/}) symbol indices are skipped, {@code //} supplies long names
 * ({@code /123}), BSD {@code #1/len} names are read from the body. Thin archives are refused.
 */
public final class ArchiveReader {
    /** The magic of a regular archive. */
    public static final String MAGIC = "!<arch>\n";
    /** The magic of a thin archive, whose members live in other files. */
    public static final String THIN_MAGIC = "!<thin>\n";
    private static final int HEADER_SIZE = 60;

    private final String source;
    private final FileImage image;
    private ByteBuffer longNames;

    private ArchiveReader(String source, FileImage image) {
        this.source = source;
        this.image = image;
    }

    /** True when the buffer starts with either archive magic. */
    public static boolean isArchive(ByteBuffer image) {
        return isArchive(FileImage.of("", image));
    }

    /** True when the image starts with either archive magic. */
    public static boolean isArchive(FileImage image) {
        String magic = magic(image);
        return magic.equals(MAGIC) || magic.equals(THIN_MAGIC);
    }

    /** Reads every regular member of an archive held in a buffer; {@code source} names it in messages. */
    public static Archive read(String source, ByteBuffer image) {
        return read(source, FileImage.of(source, image));
    }

    /** Reads every regular member, of an archive of any size; {@code source} names it in messages. */
    public static Archive read(String source, FileImage image) {
        return new ArchiveReader(source, image).read();
    }

    private static String magic(FileImage image) {
        if (image.size() < MAGIC.length()) {
            return "";
        }
        byte[] head = new byte[MAGIC.length()];
        image.region(0, MAGIC.length(), "archive magic").get(0, head);
        return new String(head, StandardCharsets.ISO_8859_1);
    }

    private Archive read() {
        if (magic(image).equals(THIN_MAGIC)) {
            throw new ElfFormatException(source, 0,
                "thin archive: its members are separate files; pass those object files instead");
        }
        if (!magic(image).equals(MAGIC)) {
            throw new ElfFormatException(source, 0, "not an ar archive (no !<arch> magic)");
        }
        List<ArchiveMember> members = new ArrayList<>();
        long position = MAGIC.length();
        while (position < image.size()) {
            if (image.size() - position < HEADER_SIZE) {
                throw new ElfFormatException(source, position, "truncated archive member header ("
                    + (image.size() - position) + " of " + HEADER_SIZE + " bytes)");
            }
            ArArchive.MemberHeader header = header(position);
            long size = size(header, position);
            long bodyStart = position + HEADER_SIZE;
            if (size > image.size() - bodyStart) {
                throw new ElfFormatException(source, position, "archive member of " + size
                    + " bytes runs past the end of the archive");
            }
            String name = header.name();
            switch (name) {
                case "/", "/SYM64/", "__.SYMDEF", "__.SYMDEF SORTED" -> { }
                case "//" -> longNames = image.region(bodyStart, size, "long-name table");
                default -> members.add(member(name, position, bodyStart, size));
            }
            position = bodyStart + size + (size & 1);
        }
        return new Archive(members);
    }

    private ArArchive.MemberHeader header(long position) {
        try {
            return new ArArchive.MemberHeader(new ByteBufferKaitaiStream(image.region(position, HEADER_SIZE, "archive member header")));
        } catch (KaitaiStream.KaitaiStructError e) {
            throw new ElfFormatException(source, position, "archive member header does not end with `\\n", e);
        }
    }

    private long size(ArArchive.MemberHeader header, long position) {
        String text = header.size();
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ElfFormatException(source, position + 48, "archive member size '" + text + "' is not a decimal number");
        }
        return Long.parseLong(text);
    }

    private ArchiveMember member(String rawName, long position, long bodyStart, long size) {
        if (rawName.startsWith("#1/")) {
            String lengthText = rawName.substring(3).strip();
            if (lengthText.isEmpty() || lengthText.length() > 9 || !lengthText.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new ElfFormatException(source, position, "BSD member name length '" + lengthText + "' is not a decimal number of at most 9 digits");
            }
            int length = Integer.parseInt(lengthText);
            if (length > size) {
                throw new ElfFormatException(source, position, "BSD member name of " + length + " bytes is longer than the member");
            }
            byte[] bytes = new byte[length];
            image.region(bodyStart, length, "BSD member name").get(0, bytes);
            String name = new String(bytes, StandardCharsets.UTF_8).replace("\0", "");
            return new ArchiveMember(name, position, body(name, bodyStart + length, size - length));
        }
        String name = rawName.startsWith("/") && rawName.length() > 1 ? longName(rawName.substring(1), position)
            : rawName.endsWith("/") ? rawName.substring(0, rawName.length() - 1) : rawName;
        return new ArchiveMember(name, position, body(name, bodyStart, size));
    }

    private FileImage body(String name, long offset, long size) {
        return image.slice(source + "(" + name + ")", offset, size);
    }

    private String longName(String offsetText, long position) {
        if (longNames == null || offsetText.isEmpty() || !offsetText.chars().allMatch(c -> c >= '0' && c <= '9')
            || offsetText.length() > 9) {
            throw new ElfFormatException(source, position, "member name /" + offsetText + " has no long-name table entry");
        }
        int offset = Integer.parseInt(offsetText);
        if (offset >= longNames.limit()) {
            throw new ElfFormatException(source, position, "long name offset " + offset + " is past the long-name table");
        }
        int end = offset;
        while (end < longNames.limit() && longNames.get(end) != '\n') {
            end++;
        }
        byte[] name = new byte[end - offset];
        longNames.get(offset, name);
        String text = new String(name, StandardCharsets.UTF_8);
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
