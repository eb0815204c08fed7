package dev.rvcm.reports.run;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.isa.Kind;
import dev.rvcm.reports.text.Json;
import dev.rvcm.sim.Counters;
import dev.rvcm.sim.ModeledCycles;
import dev.rvcm.sim.RunResult;
import dev.rvcm.sim.TimingParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of one {@code rvcm run}: JSON schema version 1,
 * {@code {"schemaVersion":1,"exitCode","stop","instructions","loads","stores","atomics","takenBranches",
 * "gotLoads","gotLoadsBySymbol":{…},"gotLoadsByFunction":{…},"instructionsByKind":{…},
 * "cycles":{"rocket":N,"sifive-u74":N},"timing":{"rocket":{"cycles","ipc","issueCycles","branchMispredicts",
 * "l1iAccesses","l1iMisses","l1dAccesses","l1dMisses","parameters":{"issue-width":1,…}},…},"syscalls":{…}}},
 * or the same as {@code name value} text lines. Map keys are sorted, but the timing models keep the order
 * they were asked for in; {@code cycles} and {@code timing} list the models of the run (none: empty).
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
        json.writeObjectFieldStart("cycles");
        for (ModeledCycles m : c.cycles()) {
            json.writeNumberField(m.model(), m.cycles());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("timing");
        for (ModeledCycles m : c.cycles()) {
            json.writeObjectFieldStart(m.model());
            json.writeNumberField("cycles", m.cycles());
            json.writeNumberField("ipc", Math.round(m.ipc(c.instructions()) * 1000) / 1000.0);
            json.writeNumberField("issueCycles", m.issueCycles());
            json.writeNumberField("branchMispredicts", m.branchMispredicts());
            json.writeNumberField("l1iAccesses", m.l1iAccesses());
            json.writeNumberField("l1iMisses", m.l1iMisses());
            json.writeNumberField("l1dAccesses", m.l1dAccesses());
            json.writeNumberField("l1dMisses", m.l1dMisses());
            json.writeObjectFieldStart("parameters");
            for (Map.Entry<String, Integer> e : m.parameters().values().entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
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
        for (ModeledCycles m : c.cycles()) {
            TimingParameters p = m.parameters();
            out.printf(Locale.ROOT, "rvcm: cycles %s %d (IPC %.2f): issue %d, mispredicts %d × %d, L1I misses %d × %d, "
                    + "L1D misses %d × %d%n", m.model(), m.cycles(), m.ipc(c.instructions()), m.issueCycles(),
                    m.branchMispredicts(), p.branchMispredictPenalty(), m.l1iMisses(), p.l1iMissPenalty(),
                    m.l1dMisses(), p.l1dMissPenalty());
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
