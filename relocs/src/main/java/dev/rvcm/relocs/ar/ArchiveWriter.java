package dev.rvcm.relocs.ar;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a GNU {@code ar} archive as GNU ar does for a static library: the symbol index
 * ({@code /}: the count, each symbol's member header offset, big-endian 32-bit, then the names),
 * the long-name table ({@code //}) when a name does not fit 15 characters, then the members, each
 * padded to an even size. Timestamps, owners and modes are zero and 644, as {@code ar D} writes them.
 */
public final class ArchiveWriter {
    private static final int HEADER_SIZE = 60;

    private ArchiveWriter() {
    }

    /**
     * A member to write.
     *
     * @param name    its file name
     * @param bytes   its contents
     * @param symbols the global symbols it defines, for the archive's symbol index
     */
    public record Entry(String name, byte[] bytes, List<String> symbols) {
    }

    public static byte[] write(List<Entry> entries) {
        ByteArrayOutputStream longNames = new ByteArrayOutputStream();
        String[] headerNames = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).name();
            if (name.length() <= 15 && !name.contains("/")) {
                headerNames[i] = name + "/";
            } else {
                headerNames[i] = "/" + longNames.size();
                longNames.writeBytes((name + "/\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        int symbolCount = 0;
        int nameBytes = 0;
        for (Entry e : entries) {
            symbolCount += e.symbols().size();
            for (String s : e.symbols()) {
                nameBytes += s.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        int indexSize = 4 + 4 * symbolCount + nameBytes;
        long offset = ArchiveReader.MAGIC.length() + HEADER_SIZE + padded(indexSize)
            + (longNames.size() > 0 ? HEADER_SIZE + padded(longNames.size()) : 0);
        long[] memberOffsets = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            memberOffsets[i] = offset;
            offset += HEADER_SIZE + padded(entries.get(i).bytes().length);
        }
        if (offset > 0xffffffffL) {
            throw new IllegalArgumentException("an archive of " + offset + " bytes needs a 64-bit symbol index");
        }
        ByteBuffer index = ByteBuffer.allocate(indexSize);
        index.putInt(symbolCount);
        for (int i = 0; i < entries.size(); i++) {
            for (int s = 0; s < entries.get(i).symbols().size(); s++) {
                index.putInt((int) memberOffsets[i]);
            }
        }
        for (Entry e : entries) {
            for (String s : e.symbols()) {
                index.put(s.getBytes(StandardCharsets.UTF_8)).put((byte) 0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ArchiveReader.MAGIC.getBytes(StandardCharsets.ISO_8859_1));
        member(out, "/", index.array());
        if (longNames.size() > 0) {
            member(out, "//", longNames.toByteArray());
        }
        for (int i = 0; i < entries.size(); i++) {
            member(out, headerNames[i], entries.get(i).bytes());
        }
        return out.toByteArray();
    }

    private static void member(ByteArrayOutputStream out, String headerName, byte[] body) {
        String header = String.format("%-16s%-12s%-6s%-6s%-8s%-10d`\n", headerName, "0", "0", "0", "644", body.length);
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        if (body.length % 2 != 0) {
            out.write('\n');
        }
    }

    private static long padded(long size) {
        return size + (size & 1);
    }
}
