package dev.rvcm.reports.relocs;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.riscv.RelocationCatalogue;
import dev.rvcm.reports.text.Json;
import java.io.IOException;

/**
 * {@code rvcm relocs --format json}, schema version 1:
 * {@code {"schemaVersion":1,"files":[{"path","member","sections":[{"name","appliesTo","relocations":
 * [{"offset","offsetHex","type","typeNumber","symbolIndex","symbol","addend"}]}]}]}}. Offsets are unsigned
 * 64-bit numbers, {@code offsetHex} the same as a hex string; {@code symbol} is the name as readelf shows it (section name for a section
 * symbol, {@code @VERSION} for versioned dynamic symbols).
 */
public final class RelocsJsonRenderer {
    public static final int SCHEMA_VERSION = 1;

    private final JsonGenerator json;

    public RelocsJsonRenderer(JsonGenerator json) {
        this.json = json;
    }

    public void begin() throws IOException {
        Json.beginFiles(json, SCHEMA_VERSION);
    }

    public void render(ElfUnit unit) throws IOException {
        ElfFile elf = unit.elf();
        json.writeStartObject();
        Json.writeSource(json, unit.path(), unit.member());
        json.writeArrayFieldStart("sections");
        for (RelocationTable table : elf.relocationTables()) {
            renderTable(elf, table);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    public void end() throws IOException {
        Json.endFiles(json);
    }

    private void renderTable(ElfFile elf, RelocationTable table) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", table.section().name());
        json.writeFieldName("appliesTo");
        if (table.targetSectionIndex() != 0) {
            json.writeString(elf.section(table.targetSectionIndex()).name());
        } else {
            json.writeNull();
        }
        json.writeArrayFieldStart("relocations");
        for (int i = 0, n = table.count(); i < n; i++) {
            json.writeStartObject();
            Json.writeAddress(json, "offset", table.offset(i));
            int type = table.typeNumber(i);
            json.writeStringField("type", RelocationCatalogue.name(type));
            json.writeNumberField("typeNumber", Integer.toUnsignedLong(type));
            json.writeNumberField("symbolIndex", Integer.toUnsignedLong(table.symbolIndex(i)));
            json.writeStringField("symbol", table.symbolName(i));
            json.writeNumberField("addend", table.addend(i));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
