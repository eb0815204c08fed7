package dev.rvcm.reports.rewrite;

import dev.rvcm.analyzer.rewrite.Change;
import dev.rvcm.analyzer.rewrite.CodeModelRewrite.Result;
import dev.rvcm.reports.text.TextSink;
import java.util.Map;

/**
 * {@code rvcm rewrite} as text: what was written, then one line per change and the sizes, added up
 * over every object (an archive's members).
 *
 * <pre>
 * corpus/build/medlow/nbody/nbody.o → nbody-semi-pic.o (semi-pic, 1 object)
 *   lui→auipc                    58
 *   ...
 *   instructions               1010 → 1013 (+3)
 * </pre>
 */
public final class RewriteTextRenderer {
    private RewriteTextRenderer() {
    }

    public static void render(TextSink out, RewriteReport report) {
        int objects = report.files().size();
        out.append(report.input()).append(" → ").append(report.output()).append(" (").append(report.model().label()).append(", ")
            .append(String.valueOf(objects)).append(objects == 1 ? " object" : " objects").append(")\n");
        for (Map.Entry<Change, Integer> e : report.totalChanges().entrySet()) {
            line(out, e.getKey().label(), String.valueOf(e.getValue()));
        }
        long before = report.total(Result::instructionsBefore);
        long after = report.total(Result::instructionsAfter);
        line(out, "instructions", before + " → " + after + " (" + signed(after - before) + ")");
        long bytesBefore = report.total(Result::codeBytesBefore);
        long bytesAfter = report.total(Result::codeBytesAfter);
        line(out, "code bytes", bytesBefore + " → " + bytesAfter + " (" + signed(bytesAfter - bytesBefore) + ")");
        line(out, "GOT entries", String.valueOf(report.total(Result::gotEntries)));
        line(out, "data words (boot-time fixups)", String.valueOf(report.total(Result::dataWords)));
        out.flush();
    }

    private static void line(TextSink out, String what, String value) {
        out.append("  ").append(what);
        for (int i = what.length(); i < 32; i++) {
            out.append(" ");
        }
        out.append(value).append("\n");
    }

    private static String signed(long n) {
        return n >= 0 ? "+" + n : String.valueOf(n);
    }
}
