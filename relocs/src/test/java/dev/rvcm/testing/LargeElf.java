package dev.rvcm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes an ELF file larger than 2 GiB from a real one, at test time and without using the disk:
 * every byte after the ELF header moves up by a hole of {@code gap} bytes (a sparse region of zeros)
 * and every file offset (e_phoff, e_shoff, sh_offset, p_offset) with it, so that each table the
 * readers use lies beyond 2 GiB, as in a large {@code vmlinux.o} with full debug info.
 */
public final class LargeElf {
    /** A hole that puts everything past 2^31 + 2^28 (2.25 GiB). */
    public static final long GAP = (1L << 31) + (1L << 28);
    private static final int EHDR_SIZE = 64;

    private LargeElf() {
    }

    /** Writes {@code original} to {@code large} with its contents moved up by {@code gap}; returns {@code large}. */
    public static Path shifted(Path original, Path large, long gap) {
        try {
            byte[] bytes = Files.readAllBytes(original);
            ByteBuffer elf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            long phoff = elf.getLong(0x20);
            long shoff = elf.getLong(0x28);
            int phnum = Short.toUnsignedInt(elf.getShort(0x38));
            int shnum = Short.toUnsignedInt(elf.getShort(0x3c));
            if (shoff != 0 && shnum == 0) {
                shnum = (int) elf.getLong((int) shoff + 0x20);
            }
            for (int i = 0; i < phnum; i++) {
                int at = (int) phoff + i * 56 + 8;
                elf.putLong(at, elf.getLong(at) + gap);
            }
            for (int i = 1; i < shnum; i++) {
                int at = (int) shoff + i * 64 + 0x18;
                elf.putLong(at, elf.getLong(at) + gap);
            }
            if (phnum > 0) {
                elf.putLong(0x20, phoff + gap);
            }
            if (shoff != 0) {
                elf.putLong(0x28, shoff + gap);
            }
            Files.deleteIfExists(large);
            try (FileChannel out = FileChannel.open(large, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
                out.write(ByteBuffer.wrap(bytes, 0, EHDR_SIZE), 0);
                out.write(ByteBuffer.wrap(bytes, EHDR_SIZE, bytes.length - EHDR_SIZE), EHDR_SIZE + gap);
            }
            return large;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
