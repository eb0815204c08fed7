package dev.rvcm.reports.rewrite;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.analyzer.rewrite.Change;
import dev.rvcm.analyzer.rewrite.CodeModelRewrite.Result;
import dev.rvcm.reports.text.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code rvcm rewrite --format json}, schema version 1: {@code {"schemaVersion":1,"model","input",
 * "output","files":[{"path","member","changes":{"luiToAuipc",…},"instructionsBefore",
 * "instructionsAfter","codeBytesBefore","codeBytesAfter","gotEntries","dataWords"}],"total":{…}}};
 * {@code total} has the same fields as a file, added up.
 */
public final class RewriteJsonRenderer {
    public static final int SCHEMA_VERSION = 1;

    private RewriteJsonRenderer() {
    }

    public static void render(JsonGenerator json, RewriteReport report) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("model", report.model().label());
        json.writeStringField("input", report.input());
        json.writeStringField("output", report.output());
        json.writeArrayFieldStart("files");
        for (RewriteReport.Rewritten f : report.files()) {
            json.writeStartObject();
            Json.writeSource(json, f.path(), f.member());
            Result r = f.result();
            fields(json, r.changes(), r.instructionsBefore(), r.instructionsAfter(), r.codeBytesBefore(), r.codeBytesAfter(),
                r.gotEntries(), r.dataWords());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("total");
        fields(json, report.totalChanges(), report.total(Result::instructionsBefore), report.total(Result::instructionsAfter),
            report.total(Result::codeBytesBefore), report.total(Result::codeBytesAfter), report.total(Result::gotEntries),
            report.total(Result::dataWords));
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private static void fields(JsonGenerator json, Map<Change, Integer> changes, long instructionsBefore, long instructionsAfter,
                               long codeBytesBefore, long codeBytesAfter, long gotEntries, long dataWords) throws IOException {
        json.writeObjectFieldStart("changes");
        for (Change c : Change.values()) {
            json.writeNumberField(camel(c), changes.getOrDefault(c, 0));
        }
        json.writeEndObject();
        json.writeNumberField("instructionsBefore", instructionsBefore);
        json.writeNumberField("instructionsAfter", instructionsAfter);
        json.writeNumberField("codeBytesBefore", codeBytesBefore);
        json.writeNumberField("codeBytesAfter", codeBytesAfter);
        json.writeNumberField("gotEntries", gotEntries);
        json.writeNumberField("dataWords", dataWords);
    }

    /** LUI_TO_AUIPC → luiToAuipc. */
    private static String camel(Change change) {
        StringBuilder name = new StringBuilder();
        for (String part : change.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }
}
