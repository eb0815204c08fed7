package dev.rvcm.cli.compare;

import dev.rvcm.reports.compare.OwnCode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a comparison makes and measures.
 *
 * @param variants the variants, the baseline first
 * @param own the program's own functions (from the input objects), for the own-code counts
 * @param run how every variant runs
 * @param ignore stdout lines left out of the output comparison
 * @param linker how built variants are linked
 * @param rewriter how built variants are rewritten to a code model
 * @param workDir where rewritten objects and linked programs go
 */
public record ComparePlan(List<Variant> variants, OwnCode own, RunSettings run, List<Pattern> ignore, Linker linker,
                          Rewriter rewriter, Path workDir) {
    public ComparePlan {
        variants = List.copyOf(variants);
        ignore = List.copyOf(ignore);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: give INPUT objects or --variant NAME=PROG");
        }
        Set<String> names = new HashSet<>();
        for (Variant v : variants) {
            if (!names.add(v.name())) {
                throw new IllegalArgumentException("two variants are called '" + v.name() + "'");
            }
        }
    }
}
