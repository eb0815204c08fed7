package dev.rvcm.cli.demo;

import dev.rvcm.cli.compare.CodeModelTarget;
import dev.rvcm.cli.compare.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The variants the demo compares each benchmark in, the baseline first: the medany build and what the
 * rewriter makes of it, the medlow build and what the rewriter makes of it, and gcc's {@code -fPIC} build.
 * Each is linked from the bundle's objects when the demo rebuilds (and, for a rewritten one, when this
 * build has the rewriter), else taken from the bundle's linked programs; one neither way is left out.
 */
public final class DemoVariants {
    /** A variant of the catalogue: its name, the objects it is made from, the model they are rewritten to. */
    private record Entry(String name, String build, Optional<CodeModelTarget> model) {
    }

    private static final List<Entry> CATALOGUE = List.of(
        new Entry("original", "medany", Optional.empty()),
        new Entry("semi-pic", "medany", Optional.of(CodeModelTarget.SEMI_PIC)),
        new Entry("pic", "medany", Optional.of(CodeModelTarget.PIC)),
        new Entry("medlow", "medlow", Optional.empty()),
        new Entry("medlow-semi-pic", "medlow", Optional.of(CodeModelTarget.SEMI_PIC)),
        new Entry("medlow-pic", "medlow", Optional.of(CodeModelTarget.PIC)),
        new Entry("gcc-pic", "pic", Optional.empty()));

    private DemoVariants() {
    }

    /**
     * The variants of {@code benchmark}.
     *
     * @param rebuild link from objects (the cross toolchain is present)
     * @param canRewrite this build has the rewriter
     */
    public static List<Variant> of(DemoBundle.Benchmark benchmark, boolean rebuild, boolean canRewrite) {
        List<Variant> out = new ArrayList<>();
        for (Entry e : CATALOGUE) {
            String origin = e.build() + " objects" + e.model().map(m -> " rewritten to " + m.spelling()).orElse("")
                + (e.build().equals("pic") ? " (gcc -fPIC)" : "");
            if (rebuild && (e.model().isEmpty() || canRewrite)) {
                out.add(new Variant.Built(e.name(), origin, benchmark.objects(e.build()), e.model()));
            } else {
                benchmark.linked(e.name()).ifPresent(p -> out.add(new Variant.Prelinked(e.name(), p, "bundled: " + origin + ", linked")));
            }
        }
        return out;
    }
}
