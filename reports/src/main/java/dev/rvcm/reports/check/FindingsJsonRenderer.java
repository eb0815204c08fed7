package dev.rvcm.reports.check;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.analyzer.policy.Finding;
import dev.rvcm.analyzer.policy.Policy;
import dev.rvcm.reports.text.Json;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code rvcm check --format json}, schema version 1: {@code {"schemaVersion":1,"policy":NAME,
 * "findingCount":N,"findings":[{"path","member","section","offset","offsetHex","address","addressHex","fileOffset",
 * "fileOffsetHex","kind","symbol","function","functionOffset","functionOffsetHex","detail","rule","ruleDescription"}]}};
 * {@code address} only in linked files, {@code function} when known, {@code detail} for findings about a whole file.
 */
public final class FindingsJsonRenderer {
    public static final int SCHEMA_VERSION = 1;

    private FindingsJsonRenderer() {
    }

    public static void render(JsonGenerator json, Policy policy, List<Finding> findings) throws IOException {
        render(json, policy, findings, Optional.empty());
    }

    /**
     * With a baseline, {@code findings} are the new ones and {@code "baseline":{"path","knownFindings"}}
     * says what the baseline accounted for.
     */
    public static void render(JsonGenerator json, Policy policy, List<Finding> findings, Optional<BaselineUse> baseline)
        throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("policy", policy.name());
        json.writeNumberField("findingCount", findings.size());
        if (baseline.isPresent()) {
            json.writeObjectFieldStart("baseline");
            json.writeStringField("path", baseline.get().path());
            json.writeNumberField("knownFindings", baseline.get().knownFindings());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            json.writeStartObject();
            Json.writeSource(json, f.path(), f.member());
            json.writeStringField("section", f.section());
            Json.writeAddress(json, "offset", f.offset());
            if (f.address().isPresent()) {
                Json.writeAddress(json, "address", f.address().getAsLong());
            }
            Json.writeAddress(json, "fileOffset", f.fileOffset());
            json.writeStringField("kind", f.kind());
            json.writeStringField("symbol", f.symbol());
            if (f.function().isPresent()) {
                json.writeStringField("function", f.function().get().function());
                Json.writeAddress(json, "functionOffset", f.function().get().offset());
            }
            if (!f.detail().isEmpty()) {
                json.writeStringField("detail", f.detail());
            }
            json.writeStringField("rule", f.rule().id());
            json.writeStringField("ruleDescription", f.rule().description());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
