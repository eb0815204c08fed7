package dev.rvcm.reports.run;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.isa.Kind;
import dev.rvcm.reports.text.Json;
import dev.rvcm.sim.Counters;
import dev.rvcm.sim.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of one {@code rvcm run}: JSON schema version 1,
 * {@code {"schemaVersion":1,"exitCode","stop","instructions","loads","stores","atomics","takenBranches",
 * "gotLoads","gotLoadsBySymbol":{…},"gotLoadsByFunction":{…},"instructionsByKind":{…},"syscalls":{…}}},
 * or the same as {@code name value} text lines. Map keys are sorted.
 */
public final class RunStatsRenderer {
    public static final int SCHEMA_VERSION = 1;

    private RunStatsRenderer() {
    }

    public static void json(OutputStream out, RunResult result) throws IOException {
        JsonGenerator json = Json.generator(out);
        Counters c = result.counters();
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeNumberField("exitCode", result.exitCode());
        json.writeStringField("stop", result.stop().describe());
        json.writeNumberField("instructions", c.instructions());
        json.writeNumberField("loads", c.loads());
        json.writeNumberField("stores", c.stores());
        json.writeNumberField("atomics", c.atomics());
        json.writeNumberField("takenBranches", c.takenBranches());
        json.writeNumberField("gotLoads", c.gotLoads());
        map(json, "gotLoadsBySymbol", c.gotLoadsBySymbol());
        map(json, "gotLoadsByFunction", c.gotLoadsByFunction());
        Map<String, Long> byKind = new TreeMap<>();
        c.byKind().forEach((kind, n) -> byKind.put(kind.name(), n));
        map(json, "instructionsByKind", byKind);
        map(json, "syscalls", c.syscalls());
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    public static void text(PrintWriter out, RunResult result) {
        Counters c = result.counters();
        out.println("rvcm: " + result.stop().describe());
        out.printf("rvcm: instructions %d, loads %d, stores %d, atomics %d, taken branches %d, GOT loads %d%n",
            c.instructions(), c.loads(), c.stores(), c.atomics(), c.takenBranches(), c.gotLoads());
        Map<Kind, Long> byKind = new TreeMap<>(c.byKind());
        out.println("rvcm: by kind " + byKind);
        if (!c.gotLoadsBySymbol().isEmpty()) {
            out.println("rvcm: GOT loads by symbol " + new TreeMap<>(c.gotLoadsBySymbol()));
        }
        out.println("rvcm: syscalls " + new TreeMap<>(c.syscalls()));
        out.flush();
    }

    private static void map(JsonGenerator json, String field, Map<String, Long> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, Long> e : new TreeMap<>(values).entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }
}
