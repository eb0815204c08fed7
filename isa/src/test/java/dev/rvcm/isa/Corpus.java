package dev.rvcm.isa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The real binaries the differential tests read: Debian's riscv64 glibc and the Linux 6.1 kernels in
 * {@code shared/corpus} (system property {@code rvcm.shared}, else {@code ../shared} beside the repo),
 * decompressed once into {@code java.io.tmpdir} and reused by later runs.
 */
final class Corpus {

    static final Path LIBC_SO = Path.of("/usr/riscv64-linux-gnu/lib/libc.so.6");
    static final Path LIBC_A = Path.of("/usr/riscv64-linux-gnu/lib/libc.a");

    private Corpus() {
    }

    static Path shared() {
        String property = System.getProperty("rvcm.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("isa"))) {
            dir = dir.getParent();
        }
        return (dir == null ? Path.of("..") : dir.getParent()).resolve("shared");
    }

    /**
     * A decompressed kernel file.
     *
     * @param model {@code medany} or {@code medlow}
     * @param name  {@code vmlinux} (linked) or {@code vmlinux.o} (relocatable, before the final link)
     */
    static Path kernel(String model, String name) {
        Path xz = shared().resolve("corpus/linux-6.1-riscv64").resolve(model).resolve(name + ".xz");
        Toolchain.require(xz);
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "rvcm-isa-corpus", model);
        Path vmlinux = dir.resolve(name);
        try {
            if (Files.isRegularFile(vmlinux) && Files.getLastModifiedTime(vmlinux).compareTo(Files.getLastModifiedTime(xz)) >= 0) {
                return vmlinux;
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "vmlinux", ".part");
            Process xzProcess = new ProcessBuilder("xz", "-dc", xz.toString())
                    .redirectOutput(partial.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (xzProcess.waitFor() != 0) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("xz -dc " + xz + " failed");
            }
            Files.move(partial, vmlinux, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return vmlinux;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
