package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code rvcm audit} in every format, and the CI gate on the real kernels. */
class AuditCommandTest {

    @Test
    void everyFormatOnAFixture() throws IOException {
        String medlow = Corpus.fixture("linkage/medlow/linkage_main.o").toString();
        CliRun text = CliRun.of("audit", medlow);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains(": MEDLOW (").contains("semi-PIC: blocked").contains("ABSOLUTE");

        JsonNode json = new ObjectMapper().readTree(CliRun.of("audit", "--format", "json", medlow).out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("model").asText()).isEqualTo("MEDLOW");
        long absolute = file.at("/summary/ABSOLUTE").asLong();
        assertThat(absolute).isPositive();
        long listed = 0;
        for (JsonNode access : file.get("accesses")) {
            listed += access.get("kind").asText().equals("ABSOLUTE") ? 1 : 0;
        }
        assertThat(listed).isEqualTo(absolute);

        assertThat(CliRun.of("audit", "--format", "markdown", medlow).out()).contains("| section |").contains("**Semi-PIC:** blocked");
        String html = CliRun.of("audit", "--format", "html", medlow).out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("</html>").doesNotContain("<script");
        JsonNode sarif = new ObjectMapper().readTree(CliRun.of("audit", "--format", "sarif", medlow).out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo((int) absolute);
    }

    @Test
    void semiPicGateFailsBothKernels() {
        for (String model : Corpus.KERNEL_MODELS) {
            CliRun run = CliRun.of("check", "--policy", "semi-pic", Corpus.kernel(model, "vmlinux").toString());
            assertThat(run.exitCode()).as(model).isEqualTo(ExitCodes.FINDINGS);
            assertThat(run.out()).as(model).contains(": GP_RELATIVE ");
        }
    }

    @Test
    void crossCheckReportsAgreementOnTheKernel() {
        CliRun run = CliRun.of("audit", "--cross-check", Corpus.kernel("medany", "vmlinux").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("instructions vs relocations: 99\\.\\d\\d% of code accesses agree")
            .contains("only in instructions:").contains("examples:");
    }
}
