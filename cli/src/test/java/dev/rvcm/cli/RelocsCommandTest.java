package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rvcm relocs}: its output formats, exit codes and one-line errors. */
class RelocsCommandTest {

    @Test
    void jsonListsWhatReadelfLists() throws IOException {
        ReferenceTools.requireReadelf();
        Path zoo = Corpus.fixture("reloc-zoo.o");
        CliRun run = CliRun.of("relocs", "--format", "json", zoo.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode file = root.get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo(zoo.toString());
        assertThat(file.get("member").isNull()).isTrue();
        List<String> ours = new ArrayList<>();
        for (JsonNode section : file.get("sections")) {
            for (JsonNode r : section.get("relocations")) {
                ours.add(section.get("name").asText() + " " + Long.toHexString(r.get("offset").asLong()) + " "
                    + r.get("type").asText() + " " + r.get("symbol").asText() + " " + r.get("addend").asLong());
            }
        }
        List<String> readelf = new ArrayList<>();
        String[] section = {""};
        Processes.lines(List.of(ReferenceTools.READELF, "-rW", zoo.toString()), line -> {
            if (line.startsWith("Relocation section '")) {
                section[0] = line.substring(20, line.indexOf('\'', 20));
            } else if (line.matches("^[0-9a-f]{16} .*")) {
                readelf.add(section[0] + " " + Long.toHexString(Long.parseUnsignedLong(line.substring(0, 16), 16)));
            }
        });
        assertThat(ours).hasSameSizeAs(readelf);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)).startsWith(readelf.get(i) + " ");
        }
    }

    @Test
    void archivesGiveOneFileEntryPerMember() throws IOException {
        Path libc = Corpus.glibc(Corpus.LIBC_A);
        CliRun run = CliRun.of("relocs", "--format", "json", libc.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
        assertThat(files.size()).isGreaterThan(1000);
        assertThat(files.get(0).get("member").asText()).endsWith(".o");
    }

    @Test
    void textNamesEachSectionAndEntry() {
        CliRun run = CliRun.of("relocs", Corpus.fixture("reloc-zoo.o").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Relocation section '.rela.text' for '.text'")
            .containsPattern("\\n0000000000000000  R_RISCV_\\w+ +0000000000000000  \\S+ \\+ 0x0\\n");
    }

    @Test
    void anUnreadableFileIsOneLineAndExitTwoWhileOthersStillList(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.o");
        Files.write(bad, new byte[] {0x7f, 'E', 'L', 'F', 1, 1, 1});
        CliRun run = CliRun.of("relocs", bad.toString(), Corpus.fixture("reloc-zoo.o").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines().toList()).containsExactly("rvcm: " + bad + ": truncated: the ELF header needs 64 bytes, the file has 7 (at offset 0x0)");
        assertThat(run.out()).contains("reloc-zoo.o: ");
    }

    @Test
    void wrongArchitectureIsNamed() {
        CliRun run = CliRun.of("relocs", "/bin/sh");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).matches("rvcm: /bin/sh: machine \\d+ \\([^)]+\\), not RISC-V \\(243\\) \\(at offset 0x12\\)\\n");
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("rvcm ");
        CliRun help = CliRun.of("relocs", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--format");
    }
}
