package dev.rvcm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.elf.ElfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Checks that GNU ld accepts rewritten objects: programs linked from rewritten corpus objects, and
 * one linked against a rewritten Debian {@code libc.a} (every member rewritten), run under
 * qemu-riscv64 with the same stdout and exit code as the programs built from the originals.
 */
public final class RewriteLinkCheck {
    private final Path dir;
    private final Function<ElfFile, byte[]> rewrite;

    /** @param rewrite turns an object into the bytes of its rewritten form */
    public RewriteLinkCheck(Path dir, Function<ElfFile, byte[]> rewrite) {
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.AR, "binutils-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        this.dir = dir;
        this.rewrite = rewrite;
    }

    /** The linkage corpus program in every code model, from rewritten objects. */
    public void corpusProgramsRunAlike() {
        for (String variant : List.of("medlow", "medany", "pie", "pic")) {
            Path main = Corpus.fixture("linkage/" + variant + "/linkage_main.o");
            Path lib = Corpus.fixture("linkage/" + variant + "/linkage_lib.o");
            Run expected = run(gcc("linkage-" + variant, List.of(main.toString(), lib.toString())));
            assertThat(expected.exitCode()).isZero();
            Path rewritten = gcc("linkage-" + variant + "-rw", List.of(rewritten(main, variant).toString(),
                rewritten(lib, variant).toString()));
            assertThat(run(rewritten)).as(variant).isEqualTo(expected);
        }
    }

    /**
     * A program reading a file, sorting and formatting, against a rewritten libc.a.
     *
     * @return the program linked against Debian's libc.a and the one linked against the rewritten one
     */
    public Linked programAgainstRewrittenLibcRunsAlike() {
        Path source = Corpus.repository().resolve("corpus/src/c/wordfreq.c");
        String words = Corpus.repository().resolve("corpus/src/c/data/words.txt").toString();
        return runsAlikeAgainstRewrittenLibc(source, List.of(), words, "5");
    }

    /**
     * The C program {@code source}, compiled with {@code flags}, linked statically against Debian's libc.a
     * and against the rewritten one (built on first use), ends with exit code 0 and prints the same in both.
     */
    public Linked runsAlikeAgainstRewrittenLibc(Path source, List<String> flags, String... args) {
        String name = source.getFileName().toString().replaceFirst("\\.c$", "");
        List<String> inputs = new ArrayList<>(List.of(source.toString()));
        inputs.addAll(flags);
        Path original = gcc(name, inputs);
        Run expected = run(original, args);
        assertThat(expected.exitCode()).as(expected.stdout()).isZero();
        assertThat(expected.stdout()).isNotEmpty();
        inputs.add("-L" + rewrittenLibc());
        Path rewritten = gcc(name + "-rw", inputs);
        assertThat(run(rewritten, args)).isEqualTo(expected);
        return new Linked(original, rewritten);
    }

    /** The directory holding libc.a with every member rewritten. */
    private Path rewrittenLibc() {
        Path libDir = dir.resolve("lib");
        if (Files.exists(libDir.resolve("libc.a"))) {
            return libDir;
        }
        try {
            Files.createDirectories(libDir);
            List<String> command = new ArrayList<>(List.of(ReferenceTools.AR, "qcs", libDir.resolve("libc.a").toString()));
            int n = 0;
            for (ElfUnit unit : Inputs.open(Corpus.glibc(Corpus.LIBC_A))) {
                Path member = Files.createDirectories(dir.resolve("members").resolve(Integer.toString(n++)))
                    .resolve(unit.member().orElseThrow());
                Files.write(member, rewrite.apply(unit.elf()));
                command.add(member.toString());
            }
            exec(command);
            assertThat(n).isGreaterThan(1000);
            return libDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path rewritten(Path object, String variant) {
        try {
            Path out = Files.createDirectories(dir.resolve("rw-" + variant)).resolve(object.getFileName());
            Files.write(out, rewrite.apply(Inputs.open(object).getFirst().elf()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path gcc(String name, List<String> inputs) {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(ReferenceTools.GCC, "-static", "-O2", "-o", out.toString()));
        command.addAll(inputs);
        exec(command);
        return out;
    }

    /** Two links of one program: against the original objects and against the rewritten ones. */
    public record Linked(Path original, Path rewritten) {
    }

    /** What a program printed and how it ended. */
    public record Run(int exitCode, String stdout) {
    }

    private static Run run(Path program, String... args) {
        List<String> command = new ArrayList<>(List.of(ReferenceTools.QEMU, program.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(p.exitValue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void exec(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", command.subList(0, Math.min(6, command.size()))) + "\n" + out).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
