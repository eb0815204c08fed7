package dev.rvcm.reports.rewrite;

import dev.rvcm.analyzer.rewrite.Change;
import dev.rvcm.analyzer.rewrite.CodeModelRewrite;
import dev.rvcm.analyzer.rewrite.TargetModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * What {@code rvcm rewrite} did: the input, the output, the model, and per object (each member of an
 * archive) its {@link CodeModelRewrite.Result}.
 *
 * @param input  the file rewritten
 * @param output the file written
 * @param model  the model made
 * @param files  one entry per object
 */
public record RewriteReport(String input, String output, TargetModel model, List<Rewritten> files) {
    public RewriteReport {
        files = List.copyOf(files);
    }

    /** One object's rewrite: its path, its member name in an archive, what was done. */
    public record Rewritten(String path, Optional<String> member, CodeModelRewrite.Result result) {
    }

    /** Every object's changes added up. */
    public Map<Change, Integer> totalChanges() {
        Map<Change, Integer> total = new EnumMap<>(Change.class);
        for (Change c : Change.values()) {
            total.put(c, files.stream().mapToInt(f -> f.result().changes().getOrDefault(c, 0)).sum());
        }
        return total;
    }

    /** The sum of one number over every object. */
    public long total(ToLongFunction<CodeModelRewrite.Result> number) {
        return files.stream().mapToLong(f -> number.applyAsLong(f.result())).sum();
    }
}
