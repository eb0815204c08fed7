package dev.rvcm.reports.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.reports.text.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code rvcm compare --format json}, schema version 1:
 * {@code {"schemaVersion":1,"baseline":"original","identicalOutputs":true,"variants":[{"name","exitCode",
 * "stdoutSha256","codeSize","gotEntries","dataFixups","absoluteAccesses","gpRelativeAccesses","instructions",
 * "loads","gotLoads","gotLoadsBySymbol":{},"cycles":{"rocket":N,"sifive-u74":N},
 * "overheadPercent":{"instructions":x,"rocket":y,"sifive-u74":z}}]}} — those fields are the contract
 * ({@code dataFixups} is null when the variants were audited from their instructions, which cannot see
 * data words); the
 * others (program, clock, ignored lines, differences, own code, GOT entries, hot symbols and functions,
 * step times) are additions. When outputs differ, each variant has only its name, origin, exit code and
 * stdout hash, and {@code differences} says where.
 */
public final class CompareJsonRenderer {
    private final JsonGenerator json;

    public CompareJsonRenderer(JsonGenerator json) {
        this.json = json;
    }

    /** The whole document, a newline after it. */
    public void render(CompareReport report) throws IOException {
        write(report);
        json.writeRaw('\n');
        json.flush();
    }

    /** The report as one JSON object (no newline), for documents that hold several. */
    public void write(CompareReport report) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", CompareReport.SCHEMA_VERSION);
        json.writeStringField("program", report.program());
        strings("arguments", report.arguments());
        json.writeStringField("baseline", report.baseline().name());
        json.writeBooleanField("identicalOutputs", report.outputs().identical());
        json.writeStringField("clock", report.clock());
        strings("presets", report.presets());
        seconds("wallSeconds", report.wall());
        json.writeArrayFieldStart("ignoredLines");
        for (Map.Entry<String, List<String>> e : report.outputs().ignoredInBaseline().entrySet()) {
            json.writeStartObject();
            json.writeStringField("pattern", e.getKey());
            strings("baselineLines", e.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("differences");
        for (OutputDifference d : report.outputs().differences()) {
            json.writeStartObject();
            json.writeStringField("variant", d.variant());
            json.writeNumberField("baselineExitCode", d.baselineExitCode());
            json.writeNumberField("exitCode", d.exitCode());
            json.writeFieldName("line");
            if (d.line().isPresent()) {
                json.writeNumber(d.line().get());
                json.writeStringField("expected", d.expected());
                json.writeStringField("actual", d.actual());
            } else {
                json.writeNull();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("variants");
        for (VariantReport v : report.variants()) {
            variant(v, report.outputs().identical());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void variant(VariantReport v, boolean numbers) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", v.name());
        json.writeStringField("origin", v.origin());
        json.writeNumberField("exitCode", v.output().exitCode());
        json.writeStringField("stdoutSha256", v.output().sha256());
        json.writeNumberField("ignoredLines", v.output().ignored().values().stream().mapToInt(List::size).sum());
        if (numbers) {
            statics(v.statics());
            dynamics(v);
        }
        json.writeEndObject();
    }

    private void statics(StaticFacts s) throws IOException {
        json.writeStringField("codeModel", s.codeModel());
        json.writeStringField("accessesFrom", s.accessesFrom());
        json.writeNumberField("codeSize", s.codeSize());
        json.writeNumberField("gotEntries", s.gotEntries());
        if (s.dataFixups().isPresent()) {
            DataFixups f = s.dataFixups().get();
            json.writeNumberField("dataFixups", f.words());
            json.writeObjectFieldStart("dataFixupBytes");
            json.writeNumberField("rela", f.relaBytes());
            json.writeNumberField("relr", f.relrBytes());
            json.writeEndObject();
        } else {
            json.writeNullField("dataFixups");
            json.writeNullField("dataFixupBytes");
        }
        json.writeNumberField("absoluteAccesses", s.whole().absolute());
        json.writeNumberField("gpRelativeAccesses", s.whole().gpRelative());
        json.writeNumberField("gotAccesses", s.whole().got());
        json.writeStringField("semiPic", s.semiPicReady() ? "ready" : "blocked");
    }

    private void dynamics(VariantReport v) throws IOException {
        DynamicFacts d = v.dynamics();
        StaticFacts s = v.statics();
        json.writeStringField("stop", d.stop());
        json.writeNumberField("instructions", d.instructions());
        json.writeNumberField("loads", d.loads());
        json.writeNumberField("gotLoads", d.gotLoads());
        json.writeObjectFieldStart("gotLoadsBySymbol");
        for (GotLoads g : d.gotLoadsBySymbol()) {
            json.writeNumberField(g.symbol(), g.loads());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("gotLoadsByFunction");
        for (Map.Entry<String, Long> e : d.gotLoadsByFunction().entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("gotEntriesLoaded");
        for (GotLoads g : d.gotLoadsBySymbol()) {
            json.writeStartObject();
            json.writeStringField("symbol", g.symbol());
            json.writeNumberField("loads", g.loads());
            json.writeArrayFieldStart("entries");
            for (long e : g.entries()) {
                Json.writeUnsigned(json, e);
            }
            json.writeEndArray();
            strings("entriesHex", g.entries().stream().map(Figures::hex).toList());
            json.writeNumberField("sites", g.sites());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("ownCode");
        if (s.ownCode().isPresent() && d.ownCodeGotLoads().isPresent()) {
            json.writeStartObject();
            json.writeNumberField("absoluteAccesses", s.ownCode().get().absolute());
            json.writeNumberField("gpRelativeAccesses", s.ownCode().get().gpRelative());
            json.writeNumberField("gotAccesses", s.ownCode().get().got());
            json.writeNumberField("gotLoads", d.ownCodeGotLoads().getAsLong());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeObjectFieldStart("cycles");
        for (Map.Entry<String, Long> e : d.cycles().entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("overheadPercent");
        for (Map.Entry<String, Double> e : v.overheadPercent().entrySet()) {
            json.writeFieldName(e.getKey());
            if (Double.isNaN(e.getValue())) {
                json.writeNull();
            } else {
                json.writeNumber(Figures.round(e.getValue()));
            }
        }
        json.writeEndObject();
        costs("hotSymbols", v.hotSymbols());
        costs("hotFunctions", v.hotFunctions());
        json.writeObjectFieldStart("steps");
        for (Map.Entry<String, Duration> e : v.steps().steps().entrySet()) {
            seconds(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private void costs(String field, List<ExtraCost> costs) throws IOException {
        json.writeArrayFieldStart(field);
        for (ExtraCost c : costs) {
            json.writeStartObject();
            json.writeStringField("name", c.name());
            json.writeNumberField("extraGotLoads", c.extraGotLoads());
            json.writeNumberField("sharePercent", Math.round(c.sharePercent() * 10) / 10.0);
            json.writeObjectFieldStart("extraCycles");
            for (Map.Entry<String, Long> e : c.extraCycles().entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void strings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String s : values) {
            json.writeString(s);
        }
        json.writeEndArray();
    }

    private void seconds(String field, Duration d) throws IOException {
        json.writeNumberField(field, Math.round(d.toNanos() / 1e6) / 1000.0);
    }
}
