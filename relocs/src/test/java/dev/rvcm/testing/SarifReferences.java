package dev.rvcm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SARIF references rvcm's SARIF is validated with, which {@code .ci/sarif-references.sh} fetches
 * from the npm registry into {@code ~/.cache/rvcm-references/sarif} (or system property
 * {@code rvcm.references}): the SARIF 2.1.0 JSON schema, and Microsoft's SARIF Multitool, which also
 * applies the SARIF SDK's rules for what a log should carry.
 */
public final class SarifReferences {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SarifReferences() {
    }

    /** What the SARIF 2.1.0 schema says is wrong with {@code log}; empty when it validates. */
    public static Set<ValidationMessage> schemaErrors(JsonNode log) {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(require("sarif-schema-2.1.0.json").toFile())).validate(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The errors and warnings {@code Sarif.Multitool validate} reports on the log file, as
     * {@code ruleId level messageId [arguments]}, but that the tool has no {@code informationUri}
     * (rvcm has no public home page to name).
     */
    public static List<String> multitoolProblems(Path log) throws IOException {
        Path verdict = Files.createTempFile("rvcm-sarif-validation", ".sarif");
        try {
            Processes.lines(List.of(require("multitool/Sarif.Multitool").toString(), "validate", log.toString(),
                "-o", verdict.toString(), "--log", "ForceOverwrite"), line -> { });
            List<String> problems = new ArrayList<>();
            for (JsonNode result : JSON.readTree(verdict.toFile()).at("/runs/0/results")) {
                String level = result.path("level").asText("warning");
                String message = result.at("/message/id").asText();
                // The SDK spells that message id "Warning_ProvideToolnformationUri".
                if ((level.equals("error") || level.equals("warning")) && !message.endsWith("ProvideToolnformationUri")) {
                    problems.add(result.path("ruleId").asText() + " " + level + " " + message + " " + result.at("/message/arguments"));
                }
            }
            return problems;
        } finally {
            Files.deleteIfExists(verdict);
        }
    }

    private static Path require(String name) {
        String property = System.getProperty("rvcm.references");
        Path references = property != null && !property.isBlank() ? Path.of(property)
            : Path.of(System.getProperty("user.home"), ".cache/rvcm-references");
        Path file = references.resolve("sarif").resolve(name);
        ReferenceTools.requireThat(Files.isRegularFile(file), file + " is missing (bash .ci/sarif-references.sh fetches it)");
        return file;
    }
}
