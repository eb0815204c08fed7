package dev.rvcm.relocs.ar;

import dev.rvcm.relocs.ElfFormatException;
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
    private final ByteBuffer image;
    private ByteBuffer longNames;

    private ArchiveReader(String source, ByteBuffer image) {
        this.source = source;
        this.image = image;
    }

    /** True when the image starts with either archive magic. */
    public static boolean isArchive(ByteBuffer image) {
        String magic = magic(image);
        return magic.equals(MAGIC) || magic.equals(THIN_MAGIC);
    }

    /** Reads every regular member; {@code source} names the archive in messages. */
    public static Archive read(String source, ByteBuffer image) {
        return new ArchiveReader(source, image).read();
    }

    private static String magic(ByteBuffer image) {
        if (image.limit() < MAGIC.length()) {
            return "";
        }
        byte[] head = new byte[MAGIC.length()];
        image.get(0, head);
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
        while (position < image.limit()) {
            if (image.limit() - position < HEADER_SIZE) {
                throw new ElfFormatException(source, position, "truncated archive member header ("
                    + (image.limit() - position) + " of " + HEADER_SIZE + " bytes)");
            }
            ArArchive.MemberHeader header = header(position);
            long size = size(header, position);
            long bodyStart = position + HEADER_SIZE;
            if (size > image.limit() - bodyStart) {
                throw new ElfFormatException(source, position, "archive member of " + size
                    + " bytes runs past the end of the archive");
            }
            ByteBuffer body = image.slice((int) bodyStart, (int) size);
            String name = header.name();
            switch (name) {
                case "/", "/SYM64/", "__.SYMDEF", "__.SYMDEF SORTED" -> { }
                case "//" -> longNames = body;
                default -> members.add(member(name, position, body));
            }
            position = bodyStart + size + (size & 1);
        }
        return new Archive(members);
    }

    private ArArchive.MemberHeader header(long position) {
        try {
            KaitaiStream stream = new ByteBufferKaitaiStream(image.duplicate());
            stream.seek(position);
            return new ArArchive.MemberHeader(stream);
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

    private ArchiveMember member(String rawName, long position, ByteBuffer body) {
        if (rawName.startsWith("#1/")) {
            String lengthText = rawName.substring(3).strip();
            if (lengthText.isEmpty() || lengthText.length() > 9 || !lengthText.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new ElfFormatException(source, position, "BSD member name length '" + lengthText + "' is not a decimal number of at most 9 digits");
            }
            int length = Integer.parseInt(lengthText);
            if (length > body.limit()) {
                throw new ElfFormatException(source, position, "BSD member name of " + length + " bytes is longer than the member");
            }
            byte[] name = new byte[length];
            body.get(0, name);
            return new ArchiveMember(new String(name, StandardCharsets.UTF_8).replace("\0", ""), position,
                body.slice(length, body.limit() - length));
        }
        if (rawName.startsWith("/") && rawName.length() > 1) {
            return new ArchiveMember(longName(rawName.substring(1), position), position, body);
        }
        String name = rawName.endsWith("/") ? rawName.substring(0, rawName.length() - 1) : rawName;
        return new ArchiveMember(name, position, body);
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
