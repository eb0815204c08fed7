package dev.rvcm.reports.compare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Pattern;

/**
 * A variant's standard output as it is compared: split into lines, the lines any {@code --ignore-lines}
 * pattern finds left out. Lines keep their bytes exactly (held as ISO-8859-1 text, one char a byte).
 *
 * @param exitCode the guest's exit code
 * @param kept the lines compared, in order
 * @param ignored per pattern (in the order given), the lines it left out
 */
public record ComparedOutput(int exitCode, List<String> kept, SequencedMap<String, List<String>> ignored) {

    public ComparedOutput {
        kept = List.copyOf(kept);
        SequencedMap<String, List<String>> copy = new LinkedHashMap<>();
        ignored.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        ignored = java.util.Collections.unmodifiableSequencedMap(copy);
    }

    /** Splits {@code stdout} at newlines (a last line without one counts) and leaves out what {@code ignore} finds. */
    public static ComparedOutput of(int exitCode, byte[] stdout, List<Pattern> ignore) {
        String text = new String(stdout, StandardCharsets.ISO_8859_1);
        List<String> kept = new ArrayList<>();
        SequencedMap<String, List<String>> ignored = new LinkedHashMap<>();
        for (Pattern p : ignore) {
            ignored.put(p.pattern(), new ArrayList<>());
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            start = end < 0 ? text.length() : end + 1;
            Pattern matched = null;
            for (Pattern p : ignore) {
                if (p.matcher(line).find()) {
                    matched = p;
                    break;
                }
            }
            if (matched == null) {
                kept.add(line);
            } else {
                ignored.get(matched.pattern()).add(line);
            }
        }
        return new ComparedOutput(exitCode, kept, ignored);
    }

    /** SHA-256 of the compared lines, each ended by a newline, in hex. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : kept) {
                digest.update(line.getBytes(StandardCharsets.ISO_8859_1));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many lines each pattern left out. */
    public Map<String, Integer> ignoredCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ignored.forEach((p, lines) -> counts.put(p, lines.size()));
        return counts;
    }

    /** A compared line as the guest wrote it (its bytes read as UTF-8). */
    static String display(String line) {
        return new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
