package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Programs for the compare tests, made with Debian's cross gcc: the corpus ({@code corpus/build.sh}, which
 * brings {@code corpus/build} up to date, once per test run) and small programs compiled at test time.
 */
final class CrossPrograms {
    private static boolean corpusBuilt;

    private CrossPrograms() {
    }

    /** {@code corpus/build}, brought up to date. */
    static synchronized Path corpus() {
        Path build = Corpus.repository().resolve("corpus/build");
        if (!corpusBuilt) {
            ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
            run(List.of(Corpus.repository().resolve("corpus/build.sh").toString()));
            corpusBuilt = true;
        }
        return build;
    }

    /** Compiles {@code source} with {@code flags} to an object {@code dir/name.o}. */
    static Path object(Path dir, String name, String source, String... flags) {
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        try {
            Path c = Files.writeString(dir.resolve(name + ".c"), source);
            Path o = dir.resolve(name + ".o");
            List<String> cmd = new ArrayList<>(List.of(ReferenceTools.GCC, "-O2", "-c", "-o", o.toString()));
            cmd.addAll(List.of(flags));
            cmd.add(c.toString());
            run(cmd);
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links objects statically into {@code dir/name}. */
    static Path program(Path dir, String name, Path... objects) {
        Path exe = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of(ReferenceTools.GCC, "-static", "-o", exe.toString()));
        for (Path o : objects) {
            cmd.add(o.toString());
        }
        run(cmd);
        return exe;
    }

    private static void run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(String.join(" ", cmd) + "\n" + log).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
