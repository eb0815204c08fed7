package dev.rvcm.cli.demo;

import dev.rvcm.cli.compare.CodeModelTarget;
import dev.rvcm.cli.compare.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The variants the demo compares each benchmark in, the baseline first: the medany build and what the
 * rewriter makes of it, the medlow build and what the rewriter makes of it, and gcc's {@code -fPIC} build.
 * Each is made from the bundle's objects (rewritten, then linked) when the demo rebuilds, else taken from
 * the bundle's linked programs.
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
     * @param rebuild make them from the objects (the cross toolchain is present)
     */
    public static List<Variant> of(DemoBundle.Benchmark benchmark, boolean rebuild) {
        List<Variant> out = new ArrayList<>();
        for (Entry e : CATALOGUE) {
            String origin = e.build() + " objects" + e.model().map(m -> " rewritten to " + m.spelling()).orElse("")
                + (e.build().equals("pic") ? " (gcc -fPIC)" : "");
            if (rebuild) {
                out.add(new Variant.Built(e.name(), origin, benchmark.objects(e.build()), e.model()));
            } else {
                out.add(new Variant.Prelinked(e.name(), benchmark.linked(e.name()), "bundled: " + origin + ", linked"));
            }
        }
        return out;
    }
}
