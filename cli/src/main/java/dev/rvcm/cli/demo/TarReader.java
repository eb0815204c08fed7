package dev.rvcm.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Unpacks the regular files of a POSIX ustar archive (what GNU tar writes for short names) below a
 * directory. Directories are made as files need them; names that would leave the directory are refused.
 */
final class TarReader {
    private static final int BLOCK = 512;

    private TarReader() {
    }

    static void unpack(InputStream tar, Path into) throws IOException {
        byte[] header = new byte[BLOCK];
        while (true) {
            if (tar.readNBytes(header, 0, BLOCK) < BLOCK) {
                throw new IOException("tar archive ends inside a header");
            }
            if (isZero(header)) {
                return;
            }
            String name = field(header, 0, 100);
            String prefix = field(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            long size = Long.parseLong(field(header, 124, 12).strip(), 8);
            byte type = header[156];
            Path target = into.resolve(name).normalize();
            if (!target.startsWith(into) || name.startsWith("/")) {
                throw new IOException("tar entry leaves the directory: " + name);
            }
            byte[] data = tar.readNBytes((int) size);
            if (data.length < size) {
                throw new IOException("tar archive ends inside " + name);
            }
            tar.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
            if (type == '0' || type == 0) {
                Files.createDirectories(target.getParent());
                Files.write(target, data);
            }
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
