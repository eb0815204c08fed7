package dev.rvcm.reports.compare;

import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.SemiPicVerdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The tables of a {@link StaticComparison}: one column per image where the images are compared row by row. */
public final class StaticComparisonTables {
    private StaticComparisonTables() {
    }

    public static List<Table> of(StaticComparison c) {
        return List.of(verdicts(c), byKind(c), bySection(c), blockers(c));
    }

    static Table verdicts(StaticComparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (StaticComparison.Image i : c.images()) {
            SemiPicVerdict v = i.verdict();
            rows.add(List.of(i.name(), i.audit().model().model().name(), Figures.count(i.codeSize()),
                Figures.count(v.absoluteCode()), Figures.count(v.gpRelative()), Figures.count(v.crossSegmentPcRelative()),
                Figures.count(v.dataWords()), Figures.count(v.relaBytes()), Figures.count(v.relrBytes()), v.ready() ? "ready" : "blocked"));
        }
        return new Table("verdict", "code model, semi-PIC blockers and boot-time fixups", List.of("image", "code model", "code size",
            "absolute", "gp-relative", "cross-segment PC-relative", "data fixups", "RELA bytes", "RELR bytes", "semi-PIC"), rows);
    }

    static Table byKind(StaticComparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (AccessKind kind : AccessKind.values()) {
            List<String> row = new ArrayList<>(List.of(kind.name()));
            c.images().forEach(i -> row.add(Figures.count(i.count(kind))));
            rows.add(row);
        }
        return new Table("by-kind", "accesses by kind", header("kind", c), rows);
    }

    static Table bySection(StaticComparison c) {
        Set<String> sections = new LinkedHashSet<>();
        c.images().forEach(i -> sections.addAll(i.audit().countsBySection().keySet()));
        List<List<String>> rows = new ArrayList<>();
        for (String section : sections) {
            for (AccessKind kind : AccessKind.values()) {
                List<String> row = new ArrayList<>(List.of(section + " " + kind.name()));
                boolean any = false;
                for (StaticComparison.Image i : c.images()) {
                    long[] counts = i.audit().countsBySection().get(section);
                    long n = counts == null ? 0 : counts[kind.ordinal()];
                    any |= n != 0;
                    row.add(Figures.count(n));
                }
                if (any) {
                    rows.add(row);
                }
            }
        }
        return new Table("by-section", "accesses by section and kind (rows where an image has any)", header("section and kind", c), rows);
    }

    static Table blockers(StaticComparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (StaticComparison.Image i : c.images()) {
            for (SemiPicVerdict.SymbolCount s : i.verdict().topBlockers()) {
                rows.add(List.of(i.name(), s.symbol(), s.kind().name(), Figures.count(s.count()), s.firstLocation()));
            }
        }
        return new Table("blockers", "top semi-PIC blockers", List.of("image", "symbol", "kind", "accesses", "first at"), rows);
    }

    private static List<String> header(String first, StaticComparison c) {
        List<String> header = new ArrayList<>(List.of(first));
        c.images().forEach(i -> header.add(i.name()));
        return header;
    }
}
