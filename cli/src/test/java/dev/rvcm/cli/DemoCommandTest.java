package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rvcm demo}: from the bundled programs (as on a machine without the cross toolchain) and rebuilt
 * from the bundled objects, the same report — the bundle's programs are what the demo's own rewrite and
 * link make. Semi-PIC leaves the program's own code without GOT loads.
 */
class DemoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePrebuiltDemoWritesItsPageAndTheRebuiltOneMeasuresTheSame(@TempDir Path dir) throws IOException {
        CliRun prebuilt = CliRun.of("demo", "--inputs", "prebuilt", "--out", dir.resolve("prebuilt").toString());
        assertThat(prebuilt.exitCode()).as(prebuilt.err()).isZero();
        assertThat(prebuilt.out()).startsWith("rvcm demo: " + dir.resolve("prebuilt/index.html"))
            .contains("hashbench  gcc-pic");
        String page = Files.readString(dir.resolve("prebuilt/index.html"));
        assertThat(page).contains("<svg").contains("gcc-pic").contains("<section id=\"nbody\">").contains("<section id=\"matmul\">");
        assertThat(page.substring(page.indexOf("<svg"), page.indexOf("</svg>"))).as("the summary chart").contains(">semi-pic<");
        JsonNode json = JSON.readTree(dir.resolve("prebuilt/index.json").toFile());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("identicalOutputs").asBoolean()).isTrue();
        assertThat(json.get("comparisons")).hasSize(4);
        JsonNode hashbench = json.get("comparisons").get(1);
        assertThat(hashbench.get("program").asText()).isEqualTo("hashbench");
        assertThat(hashbench.at("/variants/0/name").asText()).isEqualTo("original");
        assertThat(hashbench.at("/variants/0/ownCode/gotLoads").asLong()).isZero();
        JsonNode gccPic = hashbench.get("variants").get(hashbench.get("variants").size() - 1);
        assertThat(gccPic.get("name").asText()).isEqualTo("gcc-pic");
        assertThat(gccPic.at("/ownCode/gotLoads").asLong()).isPositive();
        for (JsonNode comparison : json.get("comparisons")) {
            assertThat(comparison.get("variants")).extracting(v -> v.get("name").asText())
                .containsExactly("original", "semi-pic", "pic", "medlow", "medlow-semi-pic", "medlow-pic", "gcc-pic");
            for (int v : new int[] {1, 4}) {
                assertThat(comparison.at("/variants/" + v + "/ownCode/gotLoads").asLong()).as("%s %s", comparison.get("program"),
                    comparison.at("/variants/" + v + "/name")).isZero();
            }
        }

        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        CliRun rebuilt = CliRun.of("demo", "--inputs", "rebuild", "--benchmark", "crcsort", "--out", dir.resolve("rebuilt").toString());
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        JsonNode again = JSON.readTree(dir.resolve("rebuilt/index.json").toFile());
        assertThat(again.get("comparisons")).hasSize(1);
        for (int c = 0; c < 1; c++) {
            JsonNode a = json.get("comparisons").get(2);
            JsonNode b = again.get("comparisons").get(c);
            for (int v = 0; v < a.get("variants").size(); v++) {
                for (String field : new String[] {"name", "stdoutSha256", "codeSize", "gotEntries", "instructions", "gotLoads", "cycles"}) {
                    assertThat(b.at("/variants/" + v + "/" + field)).as("%s %s", a.get("program"), field)
                        .isEqualTo(a.at("/variants/" + v + "/" + field));
                }
            }
        }
    }
}
