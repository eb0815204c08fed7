package dev.rvcm.reports.check;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.analyzer.policy.Finding;
import dev.rvcm.analyzer.policy.Policy;
import dev.rvcm.analyzer.policy.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code rvcm check --format sarif}: SARIF 2.1.0 as GitHub code scanning takes it. One run, the
 * policy's rules as {@code tool.driver.rules}, one error-level result per finding located in the
 * binary by byte offset (with {@code startLine} 1 for viewers that need a line) and by function
 * as a logical location.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">SARIF 2.1.0</a>
 */
public final class SarifRenderer {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifRenderer() {
    }

    public static void render(JsonGenerator json, String toolVersion, Policy policy, List<Finding> findings) throws IOException {
        render(json, toolVersion, policy, findings, false);
    }

    /** {@code againstBaseline}: the findings are those a baseline did not account for, each marked {@code "baselineState":"new"}. */
    public static void render(JsonGenerator json, String toolVersion, Policy policy, List<Finding> findings,
                              boolean againstBaseline) throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "rvcm");
        json.writeStringField("version", toolVersion);
        json.writeArrayFieldStart("rules");
        for (Rule rule : policy.rules()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.description());
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", "error");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("results");
        for (Finding f : findings) {
            result(json, policy, f, againstBaseline);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /** A relative path stays relative (to the repository, as code scanning expects); an absolute one becomes a file URI. */
    private static String uri(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p.toUri().toString() : path.replace('\\', '/');
    }

    private static void result(JsonGenerator json, Policy policy, Finding f, boolean againstBaseline) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.rule().id());
        json.writeNumberField("ruleIndex", policy.rules().indexOf(f.rule()));
        json.writeStringField("level", "error");
        if (againstBaseline) {
            json.writeStringField("baselineState", "new");
        }
        json.writeObjectFieldStart("message");
        json.writeStringField("text", f.line());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(f.path()));
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", 1);
        json.writeNumberField("byteOffset", f.fileOffset());
        json.writeEndObject();
        json.writeEndObject();
        if (f.functionName().isPresent() || !f.section().isEmpty()) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", f.functionName().orElse(f.section()));
            json.writeStringField("fullyQualifiedName", f.member().map(m -> m + ":").orElse("") + f.section()
                + f.functionName().map(fn -> ":" + fn).orElse(""));
            json.writeStringField("kind", f.functionName().isPresent() ? "function" : "module");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("rvcmFinding/v1", f.rule().id() + ":" + f.member().orElse("") + ":" + f.section() + ":"
            + f.functionName().orElse("") + ":" + f.symbol() + ":" + f.kind());
        json.writeEndObject();
        json.writeEndObject();
    }
}
