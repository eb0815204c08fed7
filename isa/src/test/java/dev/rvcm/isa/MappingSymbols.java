package dev.rvcm.isa;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which extensions objdump enables at each address of a file, read from {@code readelf -A -SW -sW}:
 * a {@code $x<isa>} mapping symbol switches to that ISA from its address to the next mapping symbol
 * of its section; a plain {@code $x}, or code before any mapping symbol, uses the member's
 * {@code Tag_RISCV_arch}, else RV64GC. Archives are read member by member.
 */
final class MappingSymbols implements Differential.ExtensionsAt {

    private static final Pattern FILE = Pattern.compile("^File: .*\\((.*)\\)$");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*(\\d+)] (\\S+)");
    private static final Pattern SYMBOL = Pattern.compile(
            "^\\s*\\d+: ([0-9a-f]+)\\s+\\d+\\s+\\S+\\s+\\S+\\s+\\S+\\s+(\\d+) \\$x(\\S*)$");
    private static final Pattern ARCH = Pattern.compile("Tag_RISCV_arch: \"(rv64[a-z0-9_]+)\"");

    /** Per "member/section": address → extensions from there on. */
    private final Map<String, NavigableMap<Long, Extensions>> regions = new HashMap<>();
    private final Map<String, Extensions> defaults = new HashMap<>();

    private MappingSymbols() {
    }

    static MappingSymbols of(Path file) {
        MappingSymbols result = new MappingSymbols();
        String member = "";
        Map<String, String> sectionNames = new HashMap<>();
        Map<String, String> pendingIsa = new HashMap<>(); // "member/index@address" -> isa ("" for plain $x)
        for (String line : Differential.run(Toolchain.READELF, "-A", "-SW", "-sW", file.toString())) {
            Matcher m = FILE.matcher(line);
            if (m.matches()) {
                member = m.group(1);
                continue;
            }
            m = SECTION.matcher(line);
            if (m.find()) {
                sectionNames.put(member + "/" + m.group(1), m.group(2));
                continue;
            }
            m = SYMBOL.matcher(line);
            if (m.matches()) {
                pendingIsa.put(member + "/" + m.group(2) + "@" + m.group(1), m.group(3));
                continue;
            }
            m = ARCH.matcher(line);
            if (m.find()) {
                result.defaults.put(member, Extensions.parse(m.group(1)));
            }
        }
        for (Map.Entry<String, String> e : pendingIsa.entrySet()) {
            String key = e.getKey();
            int slash = key.lastIndexOf('/');
            int at = key.lastIndexOf('@');
            String memberName = key.substring(0, slash);
            String section = sectionNames.get(key.substring(0, at));
            long address = Long.parseUnsignedLong(key.substring(at + 1), 16);
            Extensions extensions = e.getValue().isEmpty() ? result.defaultOf(memberName) : Extensions.parse(e.getValue());
            result.regions.computeIfAbsent(memberName + "/" + section, k -> new TreeMap<>(Long::compareUnsigned))
                    .put(address, extensions);
        }
        return result;
    }

    private Extensions defaultOf(String member) {
        return defaults.getOrDefault(member, Extensions.RV64GC);
    }

    @Override
    public Extensions at(String member, String section, long address) {
        NavigableMap<Long, Extensions> map = regions.get(member + "/" + section);
        Map.Entry<Long, Extensions> entry = map == null ? null : map.floorEntry(address);
        return entry == null ? defaultOf(member) : entry.getValue();
    }
}
