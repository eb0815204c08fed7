package dev.rvcm.reports.disasm;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.isa.read.DisassemblyReader;
import dev.rvcm.isa.read.DisassemblyVisitor;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.reports.text.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * {@code rvcm disasm --format json}, schema version 1:
 * {@code {"schemaVersion":1,"files":[{"path","member","sections":[{"name","instructions":
 * [{"address","addressHex","encoding","text"}]}]}]}}. {@code address} is an unsigned 64-bit number
 * ({@code addressHex} the same as a hex string),
 * {@code encoding} the instruction's (or data word's) hex digits as objdump shows them, {@code text}
 * objdump's text without {@code <symbol>} annotations or comments ({@code .word 0x…} for data in
 * code; for the raw bytes of an object symbol in code, the bytes in file order and
 * {@code .byte 0x…, …}). Runs of zeros objdump skips ({@code ...}) are left out.
 */
public final class DisasmJsonRenderer implements DisassemblyVisitor {
    public static final int SCHEMA_VERSION = 1;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final JsonGenerator json;
    private final boolean aliases;
    private final Set<String> sections;
    private final char[] chars = new char[512];

    /**
     * @param aliases  objdump's pseudo-instructions ({@code false}: {@code -M no-aliases})
     * @param sections the sections to list, or empty for every code section
     */
    public DisasmJsonRenderer(JsonGenerator json, boolean aliases, Set<String> sections) {
        this.json = json;
        this.aliases = aliases;
        this.sections = sections;
    }

    public void begin() throws IOException {
        Json.beginFiles(json, SCHEMA_VERSION);
    }

    public void render(ElfUnit unit) throws IOException {
        json.writeStartObject();
        Json.writeSource(json, unit.path(), unit.member());
        json.writeArrayFieldStart("sections");
        try {
            new DisassemblyReader(unit.elf(), aliases).accept(this, sections, false);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    public void end() throws IOException {
        Json.endFiles(json);
    }

    @Override
    public void visitSection(Section section) {
        try {
            json.writeStartObject();
            json.writeStringField("name", section.name());
            json.writeArrayFieldStart("instructions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void visitLabel(long address, String name, long offset) {
    }

    @Override
    public void visitInstruction(long address, int length, long encoding, CharSequence text) {
        entry(address, length, encoding, text);
    }

    @Override
    public void visitData(long address, int length, long value, CharSequence text) {
        entry(address, length, value, text);
    }

    /**
     * One instruction object, composed here and handed to Jackson as a raw value: the hot path of a
     * kernel listing, millions of times. Addresses are unsigned decimal; the text is ASCII and only
     * needs its tab (and, defensively, quotes, backslashes and control characters) escaped.
     */
    private void entry(long address, int length, long encoding, CharSequence text) {
        int n = 0;
        char[] out = chars;
        n = put(out, n, "{\"address\":");
        n = putUnsigned(out, n, address);
        n = put(out, n, ",\"addressHex\":\"0x");
        n = putHex(out, n, address);
        n = put(out, n, "\",\"encoding\":\"");
        int digits = 2 * length;
        for (int i = 0; i < digits; i++) {
            out[n++] = HEX[(int) (encoding >>> (4 * (digits - 1 - i))) & 15];
        }
        n = put(out, n, "\",\"text\":\"");
        for (int i = 0, len = text.length(); i < len && n < out.length - 8; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out[n++] = '\\';
                out[n++] = 't';
            } else if (c == '"' || c == '\\') {
                out[n++] = '\\';
                out[n++] = c;
            } else if (c < 0x20) {
                n = put(out, n, "\\u00");
                out[n++] = HEX[c >>> 4];
                out[n++] = HEX[c & 15];
            } else {
                out[n++] = c;
            }
        }
        out[n++] = '"';
        out[n++] = '}';
        try {
            json.writeRawValue(out, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An unsigned 64-bit number in decimal, without allocating. */
    private static int putUnsigned(char[] out, int at, long value) {
        int digits = 1;
        long rest = value;
        if (rest < 0) {
            // above Long.MAX_VALUE: one unsigned division brings it into signed range
            long quotient = Long.divideUnsigned(rest, 10);
            digits++;
            rest = quotient;
        }
        for (long v = rest; v >= 10; v /= 10) {
            digits++;
        }
        int end = at + digits;
        long v = value;
        for (int i = end - 1; i >= at; i--) {
            long quotient = Long.divideUnsigned(v, 10);
            out[i] = (char) ('0' + (v - quotient * 10));
            v = quotient;
        }
        return end;
    }

    /** An unsigned 64-bit number in lower-case hex without leading zeros, without allocating. */
    private static int putHex(char[] out, int at, long value) {
        int digits = Math.max(1, (67 - Long.numberOfLeadingZeros(value)) / 4);
        for (int i = digits - 1; i >= 0; i--) {
            out[at++] = HEX[(int) (value >>> (4 * i)) & 15];
        }
        return at;
    }

    private static int put(char[] out, int at, String s) {
        s.getChars(0, s.length(), out, at);
        return at + s.length();
    }

    /** Raw bytes of an object in code: {@code encoding} is the bytes in file order, {@code text} {@code .byte 0x…, …}. */
    @Override
    public void visitBytes(long address, ByteBuffer bytes, int offset, int length, int chunk, int groups) {
        StringBuilder hex = new StringBuilder(2 * length);
        StringBuilder text = new StringBuilder(".byte\t");
        for (int i = 0; i < length; i++) {
            int b = bytes.get(offset + i) & 0xff;
            hex.append(HEX[b >>> 4]).append(HEX[b & 15]);
            text.append(i > 0 ? ", 0x" : "0x").append(HEX[b >>> 4]).append(HEX[b & 15]);
        }
        try {
            json.writeStartObject();
            Json.writeAddress(json, "address", address);
            json.writeStringField("encoding", hex.toString());
            json.writeStringField("text", text.toString());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void visitZeros(long address, long length) {
    }

    @Override
    public void visitRelocation(long address, int type, String symbol, long addend) {
    }

    @Override
    public void visitSectionEnd(Section section) {
        try {
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
