package dev.rvcm.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built corpus ({@code corpus/build}), built with {@code corpus/build.sh} if missing and possible. */
public final class CorpusBuild {

    public static final List<String> VARIANTS = List.of("medlow", "medany", "pie", "pic");

    /** One line of {@code corpus/src/c/runs.txt}. */
    public record RunSpec(String id, String tier, int exitCode, String program, List<String> args) {
    }

    private CorpusBuild() {
    }

    public static Path corpus() {
        return Corpus.repository().resolve("corpus");
    }

    /** {@code corpus/build}, built first if it is missing and the cross compiler is present. */
    public static synchronized Path build() {
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

    /** The programs of {@code corpus/src/c/programs.txt}: each program's C sources, main's first. */
    public static Map<String, List<String>> programs() {
        try {
            Map<String, List<String>> programs = new LinkedHashMap<>();
            for (String line : Files.readAllLines(corpus().resolve("src/c/programs.txt"))) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    String[] f = t.split("\\s+");
                    programs.put(f[0], List.of(f).subList(1, f.length));
                }
            }
            return programs;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The runs of {@code tier} from runs.txt. */
    public static List<RunSpec> runs(String tier) {
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
