package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.LargeElf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not plain files: {@code -} (standard input), a pipe named {@code /dev/stdin}, a
 * named pipe with and without a writer, devices, and files larger than 2 GiB. Each reads as the
 * file it carries, or ends with one line and exit code 2, never a hang.
 */
class StreamInputTest {
    @TempDir
    Path dir;

    @Test
    void dashReadsStandardInput() throws IOException {
        Path zoo = Corpus.fixture("reloc-zoo.o");
        byte[] bytes = Files.readAllBytes(zoo);
        for (String command : new String[] {"relocs", "disasm", "audit"}) {
            CliRun file = CliRun.of(command, zoo.toString());
            CliRun piped = withStdin(bytes, command, "-");
            assertThat(piped.exitCode()).as(command + ": " + piped.err()).isZero();
            assertThat(piped.out()).as(command).isEqualTo(file.out().replace(zoo.toString(), "-"));
        }
        byte[] libc = Files.readAllBytes(Corpus.glibc(Corpus.LIBC_A));
        CliRun archive = withStdin(libc, "relocs", "--format", "json", "-");
        assertThat(archive.exitCode()).isZero();
        assertThat(archive.out()).contains("\"path\":\"-\",\"member\":\"printf.o\"");
        CliRun check = withStdin(bytes, "check", "--policy", "semi-pic", "-");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(check.out()).startsWith("-:.text+0x");

        CliRun notElf = withStdin("hello\n".getBytes(StandardCharsets.UTF_8), "relocs", "-");
        assertThat(notElf.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notElf.err()).isEqualTo("rvcm: -: not an ELF file (no \\x7fELF magic) (at offset 0x0)\n");
        CliRun run = withStdin(bytes, "run", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("rvcm: -: standard input is the guest's in rvcm run; name the program's file\n");
    }

    /** {@code cat x.o | rvcm relocs /dev/stdin}, in a process of its own whose standard input is a pipe. */
    @Test
    void devStdinPipeReadsAsTheFile() throws Exception {
        Path zoo = Corpus.fixture("reloc-zoo.o");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Rvcm.class.getName(), "relocs", "/dev/stdin")
            .redirectError(ProcessBuilder.Redirect.PIPE).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(Files.readAllBytes(zoo));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo(CliRun.of("relocs", zoo.toString()).out().replace(zoo.toString(), "/dev/stdin"));
    }

    @Test
    void namedPipeWithAWriterReadsAndWithoutOneEndsAtOnce() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path zoo = Corpus.fixture("reloc-zoo.o");
        Thread writer = Thread.ofPlatform().start(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Files.readAllBytes(zoo));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        CliRun withWriter = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of("relocs", fifo.toString()));
        writer.join();
        assertThat(withWriter.exitCode()).as(withWriter.err()).isZero();
        assertThat(withWriter.out()).isEqualTo(CliRun.of("relocs", zoo.toString()).out().replace(zoo.toString(), fifo.toString()));

        for (String command : new String[] {"relocs", "audit", "disasm"}) {
            CliRun without = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of(command, fifo.toString()));
            assertThat(without.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(without.err().lines()).hasSize(1).first().asString()
                .startsWith("rvcm: " + fifo + ": a named pipe that no writer opened within 2 s");
        }
        CliRun check = assertTimeoutPreemptively(Duration.ofSeconds(30),
            () -> CliRun.of("check", "--policy", "semi-pic", fifo.toString(), zoo.toString()));
        assertThat(check.exitCode()).as("the other file is still checked").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.out()).contains(zoo + ":.text+0x");
    }

    @Test
    void devicesEndWithOneLine() {
        for (String device : List.of("/dev/zero", "/dev/null")) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of("relocs", device));
            assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).isEqualTo("rvcm: " + device + ": not an ELF file (no \\x7fELF magic) (at offset 0x0)\n");
        }
    }

    /** A vmlinux.o moved past 2.25 GiB (a sparse hole) gives the same relocations, audit and gate as the original. */
    @Test
    void kernelObjectLargerThan2GiB() {
        Path original = Corpus.kernel("medany", "vmlinux.o");
        Path large = LargeElf.shifted(original, dir.resolve("vmlinux-large.o"), LargeElf.GAP);
        for (List<String> command : List.of(List.of("relocs"), List.of("audit"), List.of("check", "--policy", "semi-pic"),
            List.of("disasm", "--section", ".head.text"))) {
            String[] small = concat(command, original.toString());
            String[] big = concat(command, large.toString());
            CliRun a = CliRun.of(small);
            CliRun b = CliRun.of(big);
            assertThat(b.exitCode()).as(command + ": " + b.err()).isEqualTo(a.exitCode());
            assertThat(b.out()).as(command.toString()).isEqualTo(a.out().replace(original.toString(), large.toString()));
        }
    }

    private static String[] concat(List<String> command, String file) {
        String[] args = command.toArray(new String[command.size() + 1]);
        args[command.size()] = file;
        return args;
    }

    private static CliRun withStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = Rvcm.commandLine(new ByteArrayInputStream(stdin), out, err);
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
