package dev.rvcm.reports.text;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.io.OutputStream;

/**
 * JSON output conventions shared by every report: compact, one document, unsigned 64-bit addresses
 * and offsets as numbers with the same value as a {@code 0x…} string beside them
 * ({@code "address":18446744071562068002,"addressHex":"0xffffffff80000002"}): JSON tools that read
 * numbers as doubles ({@code jq} 1.6, JavaScript) round every kernel address, the string stays exact.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** A generator over {@code out} that does not close it. */
    public static JsonGenerator generator(OutputStream out) {
        try {
            return FACTORY.createGenerator(out, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a report document: {@code {"schemaVersion":N,"files":[}. */
    public static void beginFiles(JsonGenerator json, int schemaVersion) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", schemaVersion);
        json.writeArrayFieldStart("files");
    }

    /** Closes what {@link #beginFiles} opened, ends the line and flushes. */
    public static void endFiles(JsonGenerator json) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /** Writes the {@code "path"} and {@code "member"} (null for a plain file) fields that name an input. */
    public static void writeSource(JsonGenerator json, String path, Optional<String> member) throws IOException {
        json.writeStringField("path", path);
        json.writeFieldName("member");
        if (member.isPresent()) {
            json.writeString(member.get());
        } else {
            json.writeNull();
        }
    }

    /**
     * Writes an address or offset as {@code "field":N} (unsigned 64-bit) and {@code "fieldHex":"0x…"}
     * beside it.
     */
    public static void writeAddress(JsonGenerator json, String field, long value) throws IOException {
        json.writeFieldName(field);
        writeUnsigned(json, value);
        json.writeStringField(field + "Hex", hex(value));
    }

    /** {@code 0x} and the lower-case hex digits of an unsigned 64-bit value. */
    public static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** Writes an unsigned 64-bit value as a JSON number (addresses such as 0xffffffff80000000). */
    public static void writeUnsigned(JsonGenerator json, long value) throws IOException {
        if (value >= 0) {
            json.writeNumber(value);
        } else {
            json.writeNumber(Long.toUnsignedString(value));
        }
    }
}
