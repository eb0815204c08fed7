package dev.rvcm.analyzer.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rvcm.analyzer.AccessKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a policy from a YAML ({@code .yaml}, {@code .yml}) or TOML ({@code .toml}) file, or names a
 * preset. A file holds {@code name} and a list {@code rules}; each rule is one of
 * <pre>
 * forbid-kind: ABSOLUTE          # an AccessKind; with optional sections: REGEX, allow-symbols: REGEX or [REGEX…]
 * forbid-relocation: R_RISCV_HI20  # with optional sections, allow-symbols
 * dynamic-relocations: [R_RISCV_RELATIVE, R_RISCV_NONE]  # require-relocatable: false passes ET_EXEC/ET_REL files
 * limit: GP_RELATIVE              # with max: N
 * </pre>
 */
public final class PolicyFiles {
    private PolicyFiles() {
    }

    /** A preset by name, or else the policy in the file {@code nameOrFile}. */
    public static Policy resolve(String nameOrFile) {
        return Policy.preset(nameOrFile).orElseGet(() -> load(Path.of(nameOrFile)));
    }

    public static Policy load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ObjectMapper mapper = name.endsWith(".toml") ? new TomlMapper()
            : name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : null;
        if (mapper == null) {
            throw new PolicyFormatException("unknown policy '" + file + "': not one of " + Policy.presetNames()
                + ", nor a .yaml, .yml or .toml file");
        }
        if (!Files.isRegularFile(file)) {
            throw new PolicyFormatException(file + ": no such policy file");
        }
        try {
            JsonNode root = mapper.readTree(file.toFile());
            if (root == null || !root.path("rules").isArray()) {
                throw problem(file, "expected a list 'rules'");
            }
            List<Rule> rules = new ArrayList<>();
            int n = 0;
            for (JsonNode rule : root.path("rules")) {
                rules.add(rule(file, ++n, rule));
            }
            return new Policy(root.path("name").asText(name), rules);
        } catch (JacksonException e) {
            throw problem(file, e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(file, e.getMessage());
        }
    }

    private static Rule rule(Path file, int n, JsonNode rule) {
        Pattern sections = pattern(file, n, rule.path("sections"), Policy.ANY);
        Pattern allowed = pattern(file, n, rule.path("allow-symbols"), Policy.NONE);
        if (rule.has("forbid-kind")) {
            return new Rule.ForbiddenKind(kind(file, n, rule.get("forbid-kind").asText()), sections, allowed);
        }
        if (rule.has("forbid-relocation")) {
            return new Rule.ForbiddenRelocation(rule.get("forbid-relocation").asText(), sections, allowed);
        }
        if (rule.has("dynamic-relocations")) {
            Set<String> types = new HashSet<>();
            rule.get("dynamic-relocations").forEach(t -> types.add(t.asText()));
            JsonNode require = rule.path("require-relocatable");
            if (!require.isMissingNode() && !require.isBoolean()) {
                throw problem(file, "rule " + n + ": 'require-relocatable' is true or false");
            }
            return new Rule.DynamicRelocations(types, require.asBoolean(true));
        }
        if (rule.has("limit")) {
            if (!rule.path("max").canConvertToLong()) {
                throw problem(file, "rule " + n + ": 'limit' needs a whole number 'max'");
            }
            return new Rule.Limit(kind(file, n, rule.get("limit").asText()), rule.get("max").asLong());
        }
        throw problem(file, "rule " + n + " is none of forbid-kind, forbid-relocation, dynamic-relocations, limit");
    }

    private static AccessKind kind(Path file, int n, String text) {
        try {
            return AccessKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw problem(file, "rule " + n + ": unknown access kind '" + text + "', expected one of "
                + Arrays.toString(AccessKind.values()));
        }
    }

    private static Pattern pattern(Path file, int n, JsonNode node, Pattern absent) {
        if (node.isMissingNode() || node.isNull()) {
            return absent;
        }
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(p -> parts.add("(?:" + p.asText() + ")"));
        } else {
            parts.add(node.asText());
        }
        try {
            return Pattern.compile(String.join("|", parts));
        } catch (PatternSyntaxException e) {
            throw problem(file, "rule " + n + ": bad regular expression: " + e.getDescription());
        }
    }

    private static PolicyFormatException problem(Path file, String what) {
        return new PolicyFormatException(file + ": " + what);
    }
}
