package dev.rvcm.sim;

import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The built corpus ({@code corpus/build}), built with {@code corpus/build.sh} if missing and possible. */
final class CorpusBuild {

    static final List<String> VARIANTS = List.of("medlow", "medany", "pie", "pic");

    /** One line of {@code corpus/src/c/runs.txt}. */
    record RunSpec(String id, String tier, int exitCode, String program, List<String> args) {
    }

    private CorpusBuild() {
    }

    static Path corpus() {
        return Corpus.repository().resolve("corpus");
    }

    /** {@code corpus/build}, built first if it is missing and the cross compiler is present. */
    static synchronized Path build() {
        Path build = corpus().resolve("build");
        if (!Files.isDirectory(build.resolve("medany")) || !Files.isDirectory(build.resolve("isa-user"))) {
            ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
            try {
                Process p = new ProcessBuilder(corpus().resolve("build.sh").toString()).inheritIO().start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("corpus/build.sh failed");
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return build;
    }

    /** The runs of {@code tier} from runs.txt. */
    static List<RunSpec> runs(String tier) {
        try {
            List<RunSpec> runs = new ArrayList<>();
            for (String line : Files.readAllLines(corpus().resolve("src/c/runs.txt"))) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s+");
                if (f[1].equals(tier)) {
                    runs.add(new RunSpec(f[0], f[1], Integer.parseInt(f[2]), f[3], List.of(f).subList(4, f.length)));
                }
            }
            return runs;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
