package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.SarifReferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rvcm's SARIF ({@code check --format sarif}, {@code audit --format sarif}) against the references
 * nobody here wrote ({@link SarifReferences}): the SARIF 2.1.0 JSON schema and Microsoft's SARIF Multitool.
 */
class SarifValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<List<String>> sarifCommands() {
        String medlow = Corpus.fixture("linkage/medlow/linkage_main.o").toString();
        String pie = Corpus.fixture("linkage/pie/linkage_main.o").toString();
        return Stream.of(
            List.of("check", "--policy", "semi-pic", "--format", "sarif", medlow),
            List.of("check", "--policy", "no-absolute-code", "--format", "sarif", medlow, pie),
            List.of("check", "--policy", "semi-pic", "--format", "sarif", pie),
            List.of("audit", "--format", "sarif", medlow));
    }

    @ParameterizedTest
    @MethodSource("sarifCommands")
    void validatesAgainstTheSarifSchema(List<String> command) throws IOException {
        assertThat(SarifReferences.schemaErrors(sarif(command))).isEmpty();
    }

    @Test
    void theKernelsFindingsValidateToo() throws IOException {
        String vmlinux = Corpus.kernel("medany", "vmlinux").toString();
        JsonNode log = sarif(List.of("check", "--policy", "semi-pic", "--format", "sarif", vmlinux));
        assertThat(log.at("/runs/0/results").size()).isPositive();
        assertThat(SarifReferences.schemaErrors(log)).isEmpty();
    }

    /** The validation can fail: a level SARIF does not know, a missing version. */
    @Test
    void theSchemaRejectsWhatIsNotSarif() throws IOException {
        JsonNode log = sarif(sarifCommands().findFirst().orElseThrow());
        ObjectNode badLevel = log.deepCopy();
        ((ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(SarifReferences.schemaErrors(badLevel)).isNotEmpty();
        ObjectNode noVersion = log.deepCopy();
        noVersion.remove("version");
        assertThat(SarifReferences.schemaErrors(noVersion)).isNotEmpty();
    }

    /** The Multitool reports no error and no warning (see {@link SarifReferences#multitoolProblems}). */
    @ParameterizedTest
    @MethodSource("sarifCommands")
    void theSarifMultitoolFindsNothingToFix(List<String> command, @TempDir Path dir) throws IOException {
        Path log = dir.resolve("rvcm.sarif");
        Files.writeString(log, CliRun.of(command.toArray(String[]::new)).out());
        assertThat(SarifReferences.multitoolProblems(log)).isEmpty();
    }

    private static JsonNode sarif(List<String> command) throws IOException {
        CliRun run = CliRun.of(command.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        return JSON.readTree(run.out());
    }
}
