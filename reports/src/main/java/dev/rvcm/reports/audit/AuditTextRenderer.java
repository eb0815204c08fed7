package dev.rvcm.reports.audit;

import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.ScanAgreement;
import dev.rvcm.analyzer.SemiPicStatus;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.reports.text.TextSink;
import java.util.List;
import java.util.Locale;

/**
 * {@code rvcm audit} as text: the model, the semi-PIC verdict with its top blockers (and, for an
 * object, the pairs the link may relax), then the counts by kind and section, section families
 * folded into one row each unless every section is asked for.
 */
public final class AuditTextRenderer {
    private static final AccessKind[] KINDS = AccessKind.values();
    private static final int NAME_WIDTH = 24;
    private static final int COLUMN = 14;

    private final TextSink out;
    private final boolean everySection;

    /** A renderer that folds section families. */
    public AuditTextRenderer(TextSink out) {
        this(out, false);
    }

    /** @param everySection one row per section instead of one per section family */
    public AuditTextRenderer(TextSink out, boolean everySection) {
        this.out = out;
        this.everySection = everySection;
    }

    public void render(Audit audit) {
        out.append(audit.unit().elf().source()).append(": ").append(audit.model().model().name())
            .append(" (").append(audit.model().evidence()).append(')').newline();
        out.append(VerdictSentences.source(audit)).newline().newline();
        verdict(audit.verdict());
        audit.agreement().ifPresent(this::agreement);
        out.newline();
        table(audit);
        out.newline();
    }

    private void table(Audit audit) {
        List<SectionRow> rows = everySection ? SectionFamilies.each(audit.countsBySection())
            : SectionFamilies.grouped(audit.countsBySection());
        int width = NAME_WIDTH;
        for (SectionRow row : rows) {
            width = Math.max(width, row.label().length() + 2);
        }
        out.padded("section", width);
        for (AccessKind kind : KINDS) {
            out.spaces(COLUMN - kind.name().length()).append(kind.name());
        }
        out.newline();
        for (SectionRow row : rows) {
            counts(row.label(), row.counts(), width);
        }
        counts("total", audit.totals(), width);
        if (rows.size() < audit.countsBySection().size()) {
            out.append("(").decimal(audit.countsBySection().size()).append(" sections in ").decimal(rows.size())
                .append(" rows: families of sections folded; --sections all lists each)").newline();
        }
    }

    private void agreement(ScanAgreement a) {
        out.append("instructions vs relocations: ").append(String.format(Locale.ROOT, "%.2f%%", 100 * a.ratio()))
            .append(" of code accesses agree (").decimal(a.agreeing()).append(" alike, ").decimal(a.kindDiffers())
            .append(" classified differently)").newline();
        if (a.kindDiffers() > 0) {
            out.append("  classified differently: ").decimal(a.kindDiffers()).append(" — ").append(ScanAgreement.kindDifferenceReason())
                .newline();
        }
        a.onlyRelocations().forEach((kind, count) -> out.append("  only in relocations: ").decimal(count).append(' ')
            .append(kind.name()).append(" — ").append(ScanAgreement.reason(true, kind)).newline());
        a.onlyInstructions().forEach((kind, count) -> out.append("  only in instructions: ").decimal(count).append(' ')
            .append(kind.name()).append(" — ").append(ScanAgreement.reason(false, kind)).newline());
        out.append("  examples:").newline();
        for (String example : a.examples()) {
            out.append("    ").append(example).newline();
        }
    }

    private void counts(String name, long[] counts, int width) {
        out.padded(name, width);
        for (long count : counts) {
            String text = Long.toString(count);
            out.spaces(COLUMN - text.length()).append(text);
        }
        out.newline();
    }

    private void verdict(SemiPicVerdict v) {
        out.append("semi-PIC: ").append(VerdictSentences.status(v)).newline();
        out.append("  1. text-data distance: ").append(VerdictSentences.distance(v)).newline();
        out.append("  2. absolute window: ").append(VerdictSentences.absoluteWindow(v)).newline();
        out.append("  3. gp: ").append(VerdictSentences.gp(v)).newline();
        String relaxation = VerdictSentences.relaxation(v);
        if (!relaxation.isEmpty()) {
            out.append("     ").append(relaxation).newline();
            out.append("     ").append(VerdictSentences.avoid()).newline();
        }
        symbols("top blockers:", v.topBlockers());
        if (v.status() == SemiPicStatus.AT_RISK) {
            symbols("at risk (symbols most reached by pairs the link may relax, small data first):", v.linkRelaxation().top());
        }
        out.append("  boot-time relocation: ").append(VerdictSentences.boot(v)).newline();
    }

    private void symbols(String heading, List<SemiPicVerdict.SymbolCount> symbols) {
        if (symbols.isEmpty()) {
            return;
        }
        out.append("  ").append(heading).newline();
        for (SemiPicVerdict.SymbolCount s : symbols) {
            out.spaces(4).padded(Long.toString(s.count()), 8).padded(s.kind().name(), 13).padded(s.symbol() + " ", 28)
                .append("first at ").append(s.firstLocation()).newline();
        }
    }
}
