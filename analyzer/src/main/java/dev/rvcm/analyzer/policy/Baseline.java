package dev.rvcm.analyzer.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings CI already lives with, read from the JSON of an earlier {@code rvcm check} (its
 * {@code findings}) or {@code rvcm audit} (every access of every file, by kind and by relocation
 * type). A finding is new when its {@link FindingKey} occurs more often now than in the baseline:
 * the baseline is a multiset, so a third access to a symbol from a function that had two is new.
 */
public final class Baseline {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Map<FindingKey, Integer> counts;

    private Baseline(Path file, Map<FindingKey, Integer> counts) {
        this.file = file;
        this.counts = counts;
    }

    /** The file it was read from. */
    public Path file() {
        return file;
    }

    /** The findings of {@code findings}, in order, that the baseline does not account for. */
    public List<Finding> newFindings(List<Finding> findings) {
        Map<FindingKey, Integer> left = new HashMap<>(counts);
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : findings) {
            FindingKey key = FindingKey.of(f);
            int known = left.getOrDefault(key, 0);
            if (known > 0) {
                left.put(key, known - 1);
            } else {
                fresh.add(f);
            }
        }
        return fresh;
    }

    /** Reads a baseline; anything but the JSON of {@code rvcm check} or {@code rvcm audit} is a {@link PolicyFormatException}. */
    public static Baseline read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PolicyFormatException(file + ": no such baseline file");
        }
        Map<FindingKey, Integer> counts = new HashMap<>();
        boolean recognised = false;
        try (JsonParser json = new JsonFactory(MAPPER).createParser(file.toFile())) {
            expect(file, json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("findings") && value == JsonToken.START_ARRAY) {
                    recognised = true;
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode f = MAPPER.readTree(json);
                        add(counts, new FindingKey(text(f, "member"), text(f, "section"), text(f, "function"),
                            text(f, "kind"), text(f, "symbol")));
                    }
                } else if (field.equals("files") && value == JsonToken.START_ARRAY) {
                    recognised = true;
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        auditedFile(json, counts);
                    }
                } else {
                    json.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw new PolicyFormatException(file + ": not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PolicyFormatException(file + ": cannot read: " + e.getMessage());
        }
        if (!recognised) {
            throw new PolicyFormatException(file + ": not the JSON of rvcm check or rvcm audit (no 'findings' or 'files')");
        }
        return new Baseline(file, counts);
    }

    /** One file of an audit: every access counts under its kind and, when it has one, its relocation type. */
    private static void auditedFile(JsonParser json, Map<FindingKey, Integer> counts) throws IOException {
        String member = "";
        List<JsonNode> accesses = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals("member")) {
                member = value == JsonToken.VALUE_STRING ? json.getText() : "";
            } else if (field.equals("accesses") && value == JsonToken.START_ARRAY) {
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    accesses.add(MAPPER.readTree(json));
                }
            } else {
                json.skipChildren();
            }
        }
        for (JsonNode a : accesses) {
            add(counts, new FindingKey(member, text(a, "section"), text(a, "function"), text(a, "kind"), text(a, "symbol")));
            if (a.hasNonNull("relocation")) {
                add(counts, new FindingKey(member, text(a, "section"), text(a, "function"), text(a, "relocation"), text(a, "symbol")));
            }
        }
    }

    private static void add(Map<FindingKey, Integer> counts, FindingKey key) {
        counts.merge(key, 1, Integer::sum);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static void expect(Path file, JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new PolicyFormatException(file + ": not the JSON of rvcm check or rvcm audit (expected an object)");
        }
    }
}
