package dev.rvcm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The real binaries tests read: Debian's riscv64 glibc, the Linux 6.1 kernels of
 * {@code shared/corpus} (system property {@code rvcm.shared}, else {@code ../shared} beside the
 * repository) decompressed once into {@code java.io.tmpdir}, and the committed fixtures.
 */
public final class Corpus {
    public static final Path LIB = Path.of("/usr/riscv64-linux-gnu/lib");
    public static final Path LIBC_SO = LIB.resolve("libc.so.6");
    public static final Path LD_SO = LIB.resolve("ld-linux-riscv64-lp64d.so.1");
    public static final Path LIBC_A = LIB.resolve("libc.a");
    /** The kernel builds in shared/corpus. */
    public static final List<String> KERNEL_MODELS = List.of("medany", "medlow");

    private Corpus() {
    }

    /** Debian's glibc file, required to exist. */
    public static Path glibc(Path file) {
        ReferenceTools.requireThat(Files.isRegularFile(file),
            file + " is missing (apt-get install libc6-dev-riscv64-cross)");
        return file;
    }

    /** The repository's root (the folder holding the parent pom). */
    public static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("rvcm"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** A committed fixture under corpus/fixtures. */
    public static Path fixture(String name) {
        Path file = repository().resolve("corpus/fixtures").resolve(name);
        ReferenceTools.require(file);
        return file;
    }

    public static Path shared() {
        String property = System.getProperty("rvcm.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return repository().resolveSibling("shared");
    }

    /** A kernel file ({@code vmlinux} or {@code vmlinux.o}) of a code model, decompressed once. */
    public static Path kernel(String model, String file) {
        Path xz = shared().resolve("corpus/linux-6.1-riscv64").resolve(model).resolve(file + ".xz");
        ReferenceTools.require(xz);
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "rvcm-corpus", model);
        Path plain = dir.resolve(file);
        try {
            if (Files.isRegularFile(plain) && Files.getLastModifiedTime(plain).compareTo(Files.getLastModifiedTime(xz)) >= 0) {
                return plain;
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, file, ".part");
            Process xzProcess = new ProcessBuilder("xz", "-dc", xz.toString())
                .redirectOutput(partial.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (xzProcess.waitFor() != 0) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("xz -dc " + xz + " failed");
            }
            Files.move(partial, plain, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return plain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
