package dev.rvcm.relocs;

import dev.rvcm.relocs.elf.FileImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Inputs that are streams rather than regular files: standard input ({@code -}), pipes
 * ({@code /dev/stdin}, {@code <(…)}), named pipes and character devices. A stream that starts like
 * an ELF file or an archive is read to its end (at most the size limit) into a temporary file,
 * which is mapped and deleted; any other stream is not read past its first bytes, which are enough
 * to say what it is not ({@code /dev/zero} ends at once). A named pipe is opened by a helper
 * thread: when no writer connects within {@link #WRITER_WAIT}, the open is given up with one
 * message instead of waiting forever, and the helper is released by connecting as a writer.
 */
final class Streams {
    /** How long opening a named pipe waits for a writer. */
    static final Duration WRITER_WAIT = Duration.ofSeconds(2);
    private static final int MAGIC_BYTES = 8;
    private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};
    private static final byte[] AR_MAGIC = "!<arch>\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] THIN_MAGIC = "!<thin>\n".getBytes(StandardCharsets.ISO_8859_1);

    private Streams() {
    }

    /** Reads {@code in} to its end (it stays open); more than {@code limit} bytes is an {@link ElfFormatException}. */
    static FileImage read(String name, InputStream in, long limit) {
        Path spool = null;
        try {
            byte[] head = in.readNBytes(MAGIC_BYTES);
            if (!startsLikeAnInput(head)) {
                return FileImage.of(name, ByteBuffer.wrap(head));
            }
            spool = Files.createTempFile("rvcm-input-", ".spool");
            long size = head.length;
            try (OutputStream out = Files.newOutputStream(spool)) {
                out.write(head);
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > limit) {
                        throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE,
                            "stream of more than " + limit + " bytes is larger than rvcm reads (" + (limit >> 30) + " GiB)");
                    }
                    out.write(buffer, 0, n);
                }
            }
            try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.READ)) {
                return FileImage.of(name, channel.map(FileChannel.MapMode.READ_ONLY, 0, size, Arena.ofAuto()));
            }
        } catch (IOException e) {
            throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "cannot read: " + e.getMessage());
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool); // the mapping stays valid
                } catch (IOException e) {
                    spool.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Reads a file that is not a regular file (a named pipe, a device) to its end. */
    static FileImage readSpecial(Path path, long limit) {
        String name = path.toString();
        try (InputStream in = open(path)) {
            return read(name, in, limit);
        } catch (IOException e) {
            throw new ElfFormatException(name, ElfFormatException.WHOLE_FILE, "cannot read: " + e.getMessage());
        }
    }

    /** Opens for reading, giving up when the open has not returned within {@link #WRITER_WAIT} (a named pipe without a writer). */
    private static InputStream open(Path path) {
        CompletableFuture<InputStream> opened = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("rvcm-open").start(() -> {
            try {
                InputStream in = Files.newInputStream(path);
                if (!opened.complete(in)) {
                    in.close();
                }
            } catch (IOException | RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        try {
            return opened.get(WRITER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            opened.cancel(false);
            Thread.ofPlatform().daemon().name("rvcm-release").start(() -> release(path));
            throw new ElfFormatException(path.toString(), ElfFormatException.WHOLE_FILE, "a named pipe that no writer opened within "
                + WRITER_WAIT.toSeconds() + " s (rvcm reads files, pipes with a writer and - for standard input)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new ElfFormatException(path.toString(), ElfFormatException.WHOLE_FILE, "cannot read: " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElfFormatException(path.toString(), ElfFormatException.WHOLE_FILE, "interrupted while opening");
        }
    }

    /** Lets the helper thread's open of a named pipe return, by opening it as a writer and closing it at once. */
    private static void release(Path path) {
        try (OutputStream ignored = Files.newOutputStream(path, StandardOpenOption.WRITE)) {
            // the reader's open returns, sees end of file, and its stream is closed by the helper
        } catch (IOException | RuntimeException e) {
            // nothing left to release
        }
    }

    private static boolean startsLikeAnInput(byte[] head) {
        return head.length >= ELF_MAGIC.length && Arrays.equals(head, 0, ELF_MAGIC.length, ELF_MAGIC, 0, ELF_MAGIC.length)
            || Arrays.equals(head, AR_MAGIC) || Arrays.equals(head, THIN_MAGIC);
    }
}
