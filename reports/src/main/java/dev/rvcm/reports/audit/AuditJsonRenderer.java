package dev.rvcm.reports.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.Accesses;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.FunctionIndex;
import dev.rvcm.analyzer.LinkRelaxation;
import dev.rvcm.analyzer.Reach;
import dev.rvcm.analyzer.ScanAgreement;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.riscv.RelocationCatalogue;
import dev.rvcm.reports.text.Json;
import java.io.IOException;
import java.util.List;

/**
 * {@code rvcm audit --format json}, schema version 1:
 * {@code {"schemaVersion":1,"files":[{"path","member","source","model","modelEvidence","summary":{KIND:n…},
 * "sections":{name:{KIND:n…}},"semiPic":{…},"agreement":{…} (with --cross-check),"accesses":[…]}]}}; each access has its site (section,
 * offset, address when linked, function), its target (symbol, addend, address when known, defined,
 * weak, undefinedWeak, absolute, binding, visibility), whether its pair may still be relaxed by the
 * link ({@code relaxable}), its kind, relocation type and reach (distance, fits ±2 GiB, in the absolute
 * window). Every section is listed, whatever the text formats group. {@code semiPic} has {@code ready},
 * {@code status} (READY, AT_RISK, BLOCKED), the counts, {@code topBlockers}, {@code undefinedWeak},
 * {@code linkRelaxation} and {@code bootRelocation}. Addresses and offsets have a {@code …Hex} string beside them.
 */
public final class AuditJsonRenderer {
    public static final int SCHEMA_VERSION = 1;
    private static final String[] BINDINGS = {"LOCAL", "GLOBAL", "WEAK", "OTHER"};
    private static final String[] VISIBILITIES = {"DEFAULT", "INTERNAL", "HIDDEN", "PROTECTED"};

    private final JsonGenerator json;

    public AuditJsonRenderer(JsonGenerator json) {
        this.json = json;
    }

    public void begin() throws IOException {
        Json.beginFiles(json, SCHEMA_VERSION);
    }

    public void end() throws IOException {
        Json.endFiles(json);
    }

    public void render(Audit audit) throws IOException {
        json.writeStartObject();
        Json.writeSource(json, audit.unit().path(), audit.unit().member());
        json.writeStringField("source", audit.source().name());
        json.writeStringField("model", audit.model().model().name());
        json.writeStringField("modelEvidence", audit.model().evidence());
        json.writeFieldName("summary");
        counts(audit.totals());
        json.writeObjectFieldStart("sections");
        for (var row : audit.countsBySection().entrySet()) {
            json.writeFieldName(row.getKey());
            counts(row.getValue());
        }
        json.writeEndObject();
        semiPic(audit.verdict());
        if (audit.agreement().isPresent()) {
            agreement(audit.agreement().get());
        }
        accesses(audit);
        json.writeEndObject();
    }

    private void counts(long[] counts) throws IOException {
        json.writeStartObject();
        for (AccessKind kind : AccessKind.values()) {
            json.writeNumberField(kind.name(), counts[kind.ordinal()]);
        }
        json.writeEndObject();
    }

    private void semiPic(SemiPicVerdict v) throws IOException {
        json.writeObjectFieldStart("semiPic");
        json.writeBooleanField("ready", v.ready());
        json.writeStringField("status", v.status().name());
        json.writeNumberField("loadSegments", v.loadSegments());
        json.writeNumberField("crossSegmentPcRelative", v.crossSegmentPcRelative());
        json.writeNumberField("absoluteCode", v.absoluteCode());
        json.writeNumberField("gpRelative", v.gpRelative());
        symbolCounts("topBlockers", v.topBlockers());
        json.writeObjectFieldStart("undefinedWeak");
        json.writeNumberField("count", v.undefinedWeak().count());
        json.writeArrayFieldStart("symbols");
        for (String symbol : v.undefinedWeak().symbols()) {
            json.writeString(symbol);
        }
        json.writeEndArray();
        json.writeEndObject();
        LinkRelaxation relax = v.linkRelaxation();
        json.writeObjectFieldStart("linkRelaxation");
        json.writeNumberField("auipcPairs", relax.auipcPairs());
        json.writeNumberField("luiPairs", relax.luiPairs());
        json.writeNumberField("toSmallData", relax.toSmallData());
        symbolCounts("top", relax.top());
        if (relax.pairs() > 0) {
            json.writeStringField("avoid", LinkRelaxation.avoidance());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("bootRelocation");
        json.writeNumberField("dataWords", v.dataWords());
        json.writeNumberField("relaBytes", v.relaBytes());
        json.writeNumberField("relrBytes", v.relrBytes());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void symbolCounts(String field, List<SemiPicVerdict.SymbolCount> counts) throws IOException {
        json.writeArrayFieldStart(field);
        for (SemiPicVerdict.SymbolCount s : counts) {
            json.writeStartObject();
            json.writeStringField("symbol", s.symbol());
            json.writeStringField("kind", s.kind().name());
            json.writeNumberField("count", s.count());
            json.writeStringField("firstSection", s.firstSection());
            Json.writeAddress(json, "firstOffset", s.firstOffset());
            Json.writeAddress(json, "firstPlace", s.firstPlace());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void agreement(ScanAgreement a) throws IOException {
        json.writeObjectFieldStart("agreement");
        json.writeNumberField("ratio", a.ratio());
        json.writeNumberField("agreeing", a.agreeing());
        json.writeNumberField("kindDiffers", a.kindDiffers());
        if (a.kindDiffers() > 0) {
            json.writeStringField("kindDiffersReason", ScanAgreement.kindDifferenceReason());
        }
        disagreements("onlyRelocations", a.onlyRelocations(), true);
        disagreements("onlyInstructions", a.onlyInstructions(), false);
        json.writeArrayFieldStart("examples");
        for (String example : a.examples()) {
            json.writeString(example);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void disagreements(String field, java.util.Map<AccessKind, Long> counts, boolean onlyInRelocations)
        throws IOException {
        json.writeObjectFieldStart(field);
        for (var e : counts.entrySet()) {
            json.writeObjectFieldStart(e.getKey().name());
            json.writeNumberField("count", e.getValue());
            json.writeStringField("reason", ScanAgreement.reason(onlyInRelocations, e.getKey()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void accesses(Audit audit) throws IOException {
        Accesses a = audit.accesses();
        boolean linked = audit.unit().elf().header().type() != ObjectFileType.REL;
        FunctionIndex functions = FunctionIndex.of(audit.unit().elf());
        json.writeArrayFieldStart("accesses");
        for (int i = 0, n = a.count(); i < n; i++) {
            long place = a.place(i);
            int flags = a.flags(i);
            boolean resolved = (flags & Accesses.RESOLVED) != 0;
            json.writeStartObject();
            json.writeStringField("kind", a.kind(i).name());
            json.writeStringField("section", audit.sectionOf(i));
            Json.writeAddress(json, linked ? "address" : "offset", place);
            String function = functions.enclosing(a.section(i), place).orElse(null);
            if (function != null) {
                json.writeStringField("function", function);
            }
            if (a.relocationType(i) != Accesses.NO_RELOCATION) {
                json.writeStringField("relocation", RelocationCatalogue.name(a.relocationType(i)));
            }
            json.writeStringField("symbol", a.symbolName(i));
            json.writeNumberField("addend", a.addend(i));
            if (resolved) {
                Json.writeAddress(json, "target", a.target(i));
            }
            json.writeBooleanField("defined", (flags & Accesses.DEFINED) != 0);
            int symbol = a.symbolIndex(i);
            if (symbol != 0 && a.symbolTable(i).isPresent()) {
                SymbolTable symbols = a.symbolTable(i).get();
                json.writeStringField("binding", BINDINGS[Math.min(symbols.binding(symbol), BINDINGS.length - 1)]);
                json.writeStringField("visibility", VISIBILITIES[symbols.visibility(symbol)]);
            }
            if ((flags & Accesses.WEAK) != 0) {
                json.writeBooleanField("weak", true);
            }
            if (a.reachesUndefinedWeak(i)) {
                json.writeBooleanField("undefinedWeak", true);
            }
            if ((flags & Accesses.RELAXABLE) != 0) {
                json.writeBooleanField("relaxable", true);
            }
            if ((flags & Accesses.ABSOLUTE_SYMBOL) != 0) {
                json.writeBooleanField("absoluteSymbol", true);
            }
            if (resolved) {
                json.writeBooleanField("inAbsoluteWindow", Reach.inAbsoluteWindow(a.target(i)));
                if (linked) {
                    json.writeNumberField("distance", a.target(i) - place);
                    json.writeBooleanField("fitsPcRelative", Reach.fitsPcRelative(place, a.target(i)));
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
