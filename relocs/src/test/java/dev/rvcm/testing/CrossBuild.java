package dev.rvcm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Builds small RISC-V objects for a test with Debian's cross gcc, as and ld. */
public final class CrossBuild {
    private final Path dir;

    public CrossBuild(Path dir) {
        this.dir = dir;
    }

    /** Compiles C source with the given flags to an object. */
    public Path compile(String name, String source, String... flags) {
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        Path c = write(name + ".c", source);
        Path o = dir.resolve(name + ".o");
        List<String> command = new ArrayList<>(List.of(ReferenceTools.GCC, "-O2", "-c", "-o", o.toString()));
        command.addAll(List.of(flags));
        command.add(c.toString());
        run(command);
        return o;
    }

    /** Assembles a source to an object. */
    public Path assemble(String name, String source) {
        ReferenceTools.require(ReferenceTools.AS, "binutils-riscv64-linux-gnu");
        Path s = write(name + ".s", source);
        Path o = dir.resolve(name + ".o");
        run(List.of(ReferenceTools.AS, "-o", o.toString(), s.toString()));
        return o;
    }

    /** Links objects with ld and extra options (e.g. -shared). */
    public Path link(String name, List<String> options, Path... objects) {
        ReferenceTools.require(ReferenceTools.LD, "binutils-riscv64-linux-gnu");
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(ReferenceTools.LD, "-o", out.toString()));
        command.addAll(options);
        for (Path o : objects) {
            command.add(o.toString());
        }
        run(command);
        return out;
    }

    public Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
