package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rvcm run}'s sandbox stays, but says what it hid: a program that cannot open a file the host
 * has is told, after the run, which --mount shows it, and that mount (or --host-fs) makes the run
 * print what qemu-riscv64, which sees the host's files, prints.
 */
class RunSandboxTest {
    private static final String CAT_LINE = """
        #include <stdio.h>
        int main(int argc, char **argv) {
            FILE *f = fopen(argv[1], argc > 2 ? "w" : "r");
            if (!f) { fprintf(stderr, "cannot open %s\\n", argv[1]); return 1; }
            if (argc > 2) { fputs(argv[2], f); fclose(f); return 0; }
            char line[100];
            if (fgets(line, sizeof line, f)) fputs(line, stdout);
            fclose(f);
            return 0;
        }
        """;
    private static final Pattern HINT = Pattern.compile(
        "rvcm: the guest did not find (\\S+): the host has it \\((\\S+)\\) but the sandbox hides it; "
            + "--mount (\\S+) shows it to the guest, --host-fs (ro|rw) the host's whole file system");

    @TempDir
    Path dir;
    private Path program;

    @BeforeEach
    void build() throws Exception {
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        Path source = Files.writeString(dir.resolve("catline.c"), CAT_LINE);
        program = dir.resolve("catline");
        Process gcc = new ProcessBuilder(ReferenceTools.GCC, "-O2", "-static", "-o", program.toString(), source.toString())
            .redirectErrorStream(true).start();
        assertThat(gcc.waitFor()).as(new String(gcc.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void aHiddenFileIsNamedWithTheMountThatShowsIt() throws IOException {
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        Path data = Files.writeString(dir.resolve("data.txt"), "a line from the host\n");
        // a relative path, read against the working directory as qemu-user does (the build's target folder)
        Path relativeFile = Files.writeString(Path.of("target", "rvcm-sandbox-test.txt"), "relative line\n");
        for (String path : List.of(data.toString(), relativeFile.toString())) {
            String qemu = Processes.output(List.of(ReferenceTools.QEMU, program.toString(), path));

            CliRun hidden = CliRun.of("run", program.toString(), path);
            assertThat(hidden.exitCode()).isEqualTo(1);
            List<String> err = hidden.err().lines().toList();
            assertThat(err).hasSize(2).first().isEqualTo("cannot open " + path);
            Matcher hint = HINT.matcher(err.get(1));
            assertThat(hint.matches()).as(err.get(1)).isTrue();
            assertThat(hint.group(1)).isEqualTo(path);
            assertThat(Path.of(hint.group(2))).isEqualTo(Path.of(path).toAbsolutePath());
            assertThat(hint.group(4)).isEqualTo("ro");

            CliRun mounted = CliRun.of("run", "--mount", hint.group(3), program.toString(), path);
            assertThat(mounted.exitCode()).as(mounted.err()).isZero();
            assertThat(mounted.out()).isEqualTo(qemu);
            assertThat(mounted.err()).isEmpty();

            CliRun hostFs = CliRun.of("run", "--host-fs", "ro", program.toString(), path);
            assertThat(hostFs.exitCode()).as(hostFs.err()).isZero();
            assertThat(hostFs.out()).isEqualTo(qemu);
        }
        Files.delete(relativeFile);

        CliRun missing = CliRun.of("run", program.toString(), dir.resolve("no-such-file").toString());
        assertThat(missing.err()).as("nothing to hint at").doesNotContain("sandbox");
    }

    @Test
    void hostFsReadOnlyRefusesWritesAndReadWriteAllowsThem() throws IOException {
        Path out = dir.resolve("written.txt");
        CliRun readOnly = CliRun.of("run", "--host-fs", "ro", program.toString(), out.toString(), "text");
        assertThat(readOnly.exitCode()).isEqualTo(1);
        assertThat(Files.exists(out)).isFalse();
        CliRun readWrite = CliRun.of("run", "--host-fs", "rw", program.toString(), out.toString(), "text");
        assertThat(readWrite.exitCode()).as(readWrite.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo("text");
        CliRun bad = CliRun.of("run", "--host-fs", "yes", program.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err().lines()).hasSize(1);
    }
}
