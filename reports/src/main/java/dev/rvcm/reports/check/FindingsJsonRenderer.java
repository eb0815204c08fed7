package dev.rvcm.reports.check;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.analyzer.policy.Finding;
import dev.rvcm.analyzer.policy.Policy;
import dev.rvcm.reports.text.Json;
import java.io.IOException;
import java.util.List;

/**
 * {@code rvcm check --format json}, schema version 1: {@code {"schemaVersion":1,"policy":NAME,
 * "findingCount":N,"findings":[{"path","member","section","offset","address","fileOffset","kind","symbol",
 * "function","rule","ruleDescription"}]}}.
 */
public final class FindingsJsonRenderer {
    public static final int SCHEMA_VERSION = 1;

    private FindingsJsonRenderer() {
    }

    public static void render(JsonGenerator json, Policy policy, List<Finding> findings) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("policy", policy.name());
        json.writeNumberField("findingCount", findings.size());
        json.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            json.writeStartObject();
            Json.writeSource(json, f.path(), f.member());
            json.writeStringField("section", f.section());
            json.writeNumberField("offset", f.offset());
            if (f.address().isPresent()) {
                json.writeFieldName("address");
                Json.writeUnsigned(json, f.address().getAsLong());
            }
            json.writeNumberField("fileOffset", f.fileOffset());
            json.writeStringField("kind", f.kind());
            json.writeStringField("symbol", f.symbol());
            if (f.function().isPresent()) {
                json.writeStringField("function", f.function().get());
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
