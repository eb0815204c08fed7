package dev.rvcm.isa;

/**
 * One instruction line of {@code objdump -d} output, e.g.
 * {@code ffffffff80000002:\t0ca0106f          \tj\tffffffff800010cc <_start_kernel>}.
 *
 * @param address the instruction's address
 * @param word    the encoding (objdump prints 16- and 32-bit encodings as one hex group)
 * @param length  2 or 4
 * @param text    the disassembly, normalised by {@link #normalise(String)}
 */
record ObjdumpLine(long address, int word, int length, String text) {

    /**
     * Parses an output line; {@code null} for headers, symbol lines, {@code ...} and data directives
     * ({@code .byte/.short/.word/.dword}, printed for {@code $d} regions).
     */
    static ObjdumpLine parse(String line) {
        int colon = line.indexOf(":\t");
        if (colon <= 0) {
            return null;
        }
        int start = 0;
        while (start < colon && line.charAt(start) == ' ') {
            start++;
        }
        for (int i = start; i < colon; i++) {
            if (Character.digit(line.charAt(i), 16) < 0) {
                return null;
            }
        }
        int hexStart = colon + 2;
        int hexEnd = hexStart;
        while (hexEnd < line.length() && Character.digit(line.charAt(hexEnd), 16) >= 0) {
            hexEnd++;
        }
        int digits = hexEnd - hexStart;
        if (digits != 4 && digits != 8) {
            return null;
        }
        int tab = line.indexOf('\t', hexEnd);
        if (tab < 0 || !line.substring(hexEnd, tab).isBlank()) {
            return null;
        }
        String text = line.substring(tab + 1);
        if (text.startsWith(".byte") || text.startsWith(".short") || text.startsWith(".word")
                || text.startsWith(".dword")) {
            return null;
        }
        long address = Long.parseUnsignedLong(line.substring(start, colon), 16);
        int word = Integer.parseUnsignedInt(line.substring(hexStart, hexEnd), 16);
        return new ObjdumpLine(address, word, digits / 2, normalise(text));
    }

    /** Drops {@code # comments} and {@code <symbol>} annotations and folds blanks to single spaces. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#') {
                break;
            }
            if (c == '<') {
                int close = text.indexOf('>', i);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            if (c == ' ' || c == '\t') {
                blank = true;
                continue;
            }
            if (blank && !out.isEmpty()) {
                out.append(' ');
            }
            blank = false;
            out.append(c);
        }
        return out.toString();
    }
}
