package dev.rvcm.relocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.write.ElfWriter;
import dev.rvcm.relocs.write.RelocatableObject;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GNU ld accepts what {@link ElfWriter} writes: programs linked from rewritten objects, and against
 * a rewritten Debian {@code libc.a} (every member read and written back), run under qemu-riscv64
 * with the same output and exit code as the originals.
 */
class LinkRoundTripTest {
    @TempDir
    Path dir;

    @BeforeEach
    void tools() {
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.AR, "binutils-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
    }

    @Test
    void corpusProgramFromRewrittenObjectsRunsAlike() throws Exception {
        for (String variant : List.of("medlow", "medany", "pie", "pic")) {
            Path original = link("linkage-" + variant, List.of(), fixture(variant, "linkage_main.o"), fixture(variant, "linkage_lib.o"));
            Path rewritten = link("linkage-" + variant + "-rw", List.of(),
                rewrite(fixture(variant, "linkage_main.o")), rewrite(fixture(variant, "linkage_lib.o")));
            Run expected = run(original);
            assertThat(expected.exitCode()).isZero();
            assertThat(run(rewritten)).as(variant).isEqualTo(expected);
        }
    }

    @Test
    void programAgainstRewrittenLibcRunsAlike() throws Exception {
        Path libDir = Files.createDirectories(dir.resolve("lib"));
        List<String> command = new ArrayList<>(List.of(ReferenceTools.AR, "qcs", libDir.resolve("libc.a").toString()));
        int n = 0;
        for (ElfUnit unit : Inputs.open(Corpus.glibc(Corpus.LIBC_A))) {
            Path member = Files.createDirectories(dir.resolve("members").resolve(Integer.toString(n++)))
                .resolve(unit.member().orElseThrow());
            Files.write(member, ElfWriter.write(RelocatableObject.of(unit.elf())));
            command.add(member.toString());
        }
        exec(command);
        Path source = Corpus.repository().resolve("corpus/src/c/wordfreq.c");
        Path words = Corpus.repository().resolve("corpus/src/c/data/words.txt");
        Path original = gcc("wordfreq", List.of(), source);
        Path rewritten = gcc("wordfreq-rw", List.of("-L" + libDir), source);
        Run expected = run(original, words.toString(), "5");
        assertThat(expected.exitCode()).isZero();
        assertThat(expected.stdout()).isNotEmpty();
        assertThat(run(rewritten, words.toString(), "5")).isEqualTo(expected);
        assertThat(n).isGreaterThan(1000);
    }

    private Path fixture(String variant, String object) {
        return Corpus.fixture("linkage/" + variant + "/" + object);
    }

    private Path rewrite(Path object) throws IOException {
        Path out = Files.createDirectories(dir.resolve("rw-" + object.getParent().getFileName())).resolve(object.getFileName());
        Files.write(out, ElfWriter.write(RelocatableObject.of(Inputs.open(object).getFirst().elf())));
        return out;
    }

    private Path link(String name, List<String> options, Path... objects) throws Exception {
        List<String> inputs = new ArrayList<>(options);
        for (Path o : objects) {
            inputs.add(o.toString());
        }
        return gcc(name, inputs);
    }

    private Path gcc(String name, List<String> options, Path... sources) throws Exception {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(ReferenceTools.GCC, "-static", "-O2", "-o", out.toString()));
        for (Path s : sources) {
            command.add(s.toString());
        }
        command.addAll(options);
        exec(command);
        return out;
    }

    private record Run(int exitCode, String stdout) {
    }

    private static Run run(Path program, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ReferenceTools.QEMU, program.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static void exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command.subList(0, Math.min(6, command.size()))) + "\n" + out).isZero();
    }
}
