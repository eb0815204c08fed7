package dev.rvcm.relocs;

import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code readelf -rW} into one row per relocation, "section|offset|type|symbol|addend",
 * grouped by archive member ("" for a plain file).
 */
final class ReadelfRelocations {
    private final Map<String, List<String>> rowsByMember = new LinkedHashMap<>();
    private String member = "";
    private String section = "";

    private ReadelfRelocations() {
    }

    static Map<String, List<String>> of(Path file) {
        ReadelfRelocations parser = new ReadelfRelocations();
        Processes.lines(List.of(ReferenceTools.READELF, "-rW", file.toString()), parser::accept);
        return parser.rowsByMember;
    }

    static String row(String section, long offset, String type, String symbol, long addend) {
        return section + "|" + Long.toHexString(offset) + "|" + type + "|" + symbol + "|" + addend;
    }

    private void accept(String line) {
        if (line.startsWith("File: ")) {
            int open = line.lastIndexOf('(');
            member = open < 0 ? "" : line.substring(open + 1, line.length() - 1);
            return;
        }
        if (line.startsWith("Relocation section '")) {
            section = line.substring(20, line.indexOf('\'', 20));
            return;
        }
        if (line.length() < 17 || !isHex(line.substring(0, 16)) || line.charAt(16) != ' ') {
            return;
        }
        String[] parts = line.split("\\s+", 4);
        long offset = Long.parseUnsignedLong(parts[0], 16);
        long info = Long.parseUnsignedLong(parts[1], 16);
        String type = parts[2];
        String rest = parts.length > 3 ? parts[3] : "";
        if (type.equals("unrecognized:")) {
            String[] more = rest.split("\\s+", 2);
            type = type + " " + more[0];
            rest = more.length > 1 ? more[1] : "";
        }
        String symbol = "";
        long addend;
        if ((info >>> 32) == 0) {
            addend = parseHex(rest.strip());
        } else {
            String nameAndAddend = rest.substring(17);
            int plus = nameAndAddend.lastIndexOf(" + ");
            int minus = nameAndAddend.lastIndexOf(" - ");
            int at = Math.max(plus, minus);
            symbol = nameAndAddend.substring(0, at);
            addend = parseHex(nameAndAddend.substring(at + 3).strip());
            if (at == minus) {
                addend = -addend;
            }
        }
        rowsByMember.computeIfAbsent(member, k -> new ArrayList<>()).add(row(section, offset, type, symbol, addend));
    }

    private static long parseHex(String text) {
        return text.startsWith("-") ? -Long.parseUnsignedLong(text.substring(1), 16) : Long.parseUnsignedLong(text, 16);
    }

    private static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
