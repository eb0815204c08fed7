package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rvcm disasm}: JSON against the text listing, sections, archives, exit codes and one-line errors. */
class DisasmCommandTest {

    @Test
    void jsonListsWhatTheTextLists() throws IOException {
        Path zoo = Corpus.fixture("reloc-zoo.o");
        CliRun json = CliRun.of("disasm", "--format", "json", zoo.toString());
        CliRun text = CliRun.of("disasm", zoo.toString());
        assertThat(json.exitCode()).isZero();
        assertThat(json.err()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode file = root.get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo(zoo.toString());
        assertThat(file.get("member").isNull()).isTrue();
        JsonNode section = file.get("sections").get(0);
        assertThat(section.get("name").asText()).isEqualTo(".text");
        JsonNode first = section.get("instructions").get(0);
        assertThat(first.get("address").asLong()).isZero();
        assertThat(first.get("encoding").asText()).isEqualTo("00000537");
        assertThat(first.get("text").asText()).isEqualTo("lui\ta0,0x0");

        List<String> fromJson = new ArrayList<>();
        for (JsonNode s : file.get("sections")) {
            for (JsonNode i : s.get("instructions")) {
                fromJson.add(Long.toHexString(i.get("address").asLong()) + " " + i.get("encoding").asText() + " "
                    + i.get("text").asText().replace('\t', ' '));
            }
        }
        List<String> fromText = new ArrayList<>();
        for (String line : text.out().split("\n")) {
            DisasmDifferentialTest.Line parsed = DisasmDifferentialTest.Line.parse(line);
            if (parsed.kind() == DisasmDifferentialTest.Kind.INSTRUCTION) {
                fromText.add(parsed.text().replace(":", "").replaceAll(" #.*$", "").replaceAll(" <[^>]*>$", ""));
            }
        }
        assertThat(fromJson).isEqualTo(fromText);
    }

    @Test
    void jsonListsWhatTheTextListsForLibcText() throws IOException {
        Path libc = Corpus.glibc(Corpus.LIBC_SO);
        CliRun json = CliRun.of("disasm", "--format", "json", "--section", ".text", libc.toString());
        CliRun text = CliRun.of("disasm", "--section", ".text", libc.toString());
        assertThat(instructionsOf(json)).hasSizeGreaterThan(100_000).isEqualTo(instructionsOf(text));
    }

    @Test
    void jsonAddressesAreUnsigned64Bit() throws IOException {
        Path vmlinux = Corpus.kernel("medany", "vmlinux");
        CliRun run = CliRun.of("disasm", "--format", "json", "--section", ".exit.text", vmlinux.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode first = new ObjectMapper().readTree(run.out()).get("files").get(0).get("sections").get(0)
            .get("instructions").get(0);
        assertThat(first.get("address").bigIntegerValue().toString(16)).isEqualTo("ffffffff8083aad0");
        assertThat(instructionsOf(run)).isEqualTo(instructionsOf(CliRun.of("disasm", "--section", ".exit.text",
            vmlinux.toString())));
    }

    /** "address encoding text" of every instruction, from either format. */
    private static List<String> instructionsOf(CliRun run) throws IOException {
        List<String> lines = new ArrayList<>();
        if (run.out().startsWith("{")) {
            for (JsonNode file : new ObjectMapper().readTree(run.out()).get("files")) {
                for (JsonNode s : file.get("sections")) {
                    for (JsonNode i : s.get("instructions")) {
                        lines.add(i.get("address").bigIntegerValue().toString(16) + " " + i.get("encoding").asText() + " "
                            + i.get("text").asText().replace('\t', ' '));
                    }
                }
            }
        } else {
            for (String line : run.out().split("\n")) {
                DisasmDifferentialTest.Line parsed = DisasmDifferentialTest.Line.parse(line);
                if (parsed.kind() == DisasmDifferentialTest.Kind.INSTRUCTION) {
                    lines.add(parsed.text().replaceFirst(":", "").replaceAll(" #.*$", "").replaceAll(" <[^>]*>$", ""));
                }
            }
        }
        return lines;
    }

    @Test
    void textShowsLabelsAndRelocationsLikeObjdump() {
        CliRun run = CliRun.of("disasm", Corpus.fixture("reloc-zoo.o").toString());
        assertThat(run.out()).contains("\nDisassembly of section .text:\n\n0000000000000000 <zoo_absolute>:\n"
            + "   0:\t00000537          \tlui\ta0,0x0\n"
            + "\t\t\t0: R_RISCV_HI20\tzoo_data\n"
            + "\t\t\t0: R_RISCV_RELAX\t*ABS*\n");
        assertThat(run.out()).contains("  14:\t1141                \tadd\tsp,sp,-16\n");
        CliRun raw = CliRun.of("disasm", "--no-aliases", Corpus.fixture("reloc-zoo.o").toString());
        assertThat(raw.out()).contains("  14:\t1141                \tc.addi\tsp,-16\n");
        CliRun tiny = CliRun.of("disasm", Corpus.fixture("tiny-medany").toString());
        assertThat(tiny.out()).contains("   10160:\t0de000ef          \tjal\t1023e <tiny_main>\n")
            .contains("   1017a:\tee253503          \tld\ta0,-286(a0) # 12058 <_GLOBAL_OFFSET_TABLE_+0x8>\n");
    }

    @Test
    void sectionSelectsWhatIsListed() throws IOException {
        Path tiny = Corpus.fixture("tiny-medany");
        CliRun run = CliRun.of("disasm", "--format", "json", "--section", ".text", tiny.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode sections = new ObjectMapper().readTree(run.out()).get("files").get(0).get("sections");
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).get("name").asText()).isEqualTo(".text");
        CliRun none = CliRun.of("disasm", "--section", ".nothing", tiny.toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).doesNotContain("Disassembly of section");
    }

    @Test
    void archivesGiveOneFileEntryPerMember() throws IOException {
        Path libc = Corpus.glibc(Corpus.LIBC_A);
        CliRun run = CliRun.of("disasm", "--format", "json", libc.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
        assertThat(files.size()).isGreaterThan(1000);
        assertThat(files.get(0).get("member").asText()).endsWith(".o");
    }

    @Test
    void unreadableFileIsOneLineAndExitTwoWhileOthersAreListed(@TempDir Path temp) throws IOException {
        Path bad = Files.writeString(temp.resolve("not-elf.o"), "hello");
        CliRun run = CliRun.of("disasm", bad.toString(), Corpus.fixture("tiny-medany").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("rvcm: ").contains("not-elf.o");
        assertThat(run.out()).contains("<_start>:");
    }
}
