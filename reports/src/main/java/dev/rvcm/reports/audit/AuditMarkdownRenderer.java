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
 * {@code rvcm audit --format markdown}: the text report as GitHub-flavoured Markdown, for PR comments
 * and job summaries. The verdict comes first, then the table by section (families folded unless
 * every section is asked for).
 */
public final class AuditMarkdownRenderer {
    private final TextSink out;
    private final boolean everySection;

    /** A renderer that folds section families. */
    public AuditMarkdownRenderer(TextSink out) {
        this(out, false);
    }

    /** @param everySection one row per section instead of one per section family */
    public AuditMarkdownRenderer(TextSink out, boolean everySection) {
        this.out = out;
        this.everySection = everySection;
    }

    public void render(Audit audit) {
        out.append("## `").append(audit.unit().elf().source()).append("`").newline().newline();
        out.append("**Code model:** ").append(audit.model().model().name()).append(" — ").append(audit.model().evidence())
            .append(". ").append(capitalized(VerdictSentences.source(audit))).append('.')
            .newline().newline();
        verdict(audit.verdict());
        audit.agreement().ifPresent(this::agreement);
        table(audit);
    }

    private void table(Audit audit) {
        List<SectionRow> rows = everySection ? SectionFamilies.each(audit.countsBySection())
            : SectionFamilies.grouped(audit.countsBySection());
        out.append("| section |");
        for (AccessKind kind : AccessKind.values()) {
            out.append(' ').append(kind.name()).append(" |");
        }
        out.newline().append("|---|");
        for (int i = 0; i < AccessKind.values().length; i++) {
            out.append("--:|");
        }
        out.newline();
        for (SectionRow row : rows) {
            row("`" + row.name() + "`" + (row.sections() == 1 ? "" : " (" + row.sections() + " sections)"), row.counts());
        }
        row("**total**", audit.totals());
        out.newline();
        if (rows.size() < audit.countsBySection().size()) {
            out.append(Integer.toString(audit.countsBySection().size())).append(" sections in ").decimal(rows.size())
                .append(" rows: families of sections folded (`--sections all` lists each).").newline().newline();
        }
    }

    private void verdict(SemiPicVerdict v) {
        out.append("**Semi-PIC:** ").append(VerdictSentences.status(v)).newline().newline();
        out.append("1. text–data distance: ").append(VerdictSentences.distance(v)).newline();
        out.append("2. absolute window: ").append(VerdictSentences.absoluteWindow(v)).newline();
        out.append("3. gp: ").append(VerdictSentences.gp(v)).newline().newline();
        String relaxation = VerdictSentences.relaxation(v);
        if (!relaxation.isEmpty()) {
            out.append("**Link-time relaxation risk:** ").append(relaxation).append(". ").append(VerdictSentences.avoid())
                .append('.').newline().newline();
        }
        symbols("blocker", v.topBlockers());
        if (v.status() == SemiPicStatus.AT_RISK) {
            symbols("at risk", v.linkRelaxation().top());
        }
        out.append("Boot-time relocation: ").append(VerdictSentences.boot(v)).append('.').newline().newline();
    }

    private void symbols(String heading, List<SemiPicVerdict.SymbolCount> symbols) {
        if (symbols.isEmpty()) {
            return;
        }
        out.append("| ").append(heading).append(" | kind | accesses | first at |").newline().append("|---|---|--:|---|").newline();
        for (SemiPicVerdict.SymbolCount s : symbols) {
            out.append("| `").append(s.symbol()).append("` | ").append(s.kind().name()).append(" | ").decimal(s.count())
                .append(" | `").append(s.firstLocation()).append("` |").newline();
        }
        out.newline();
    }

    private void agreement(ScanAgreement a) {
        out.append("**Instructions vs relocations:** ").append(String.format(Locale.ROOT, "%.2f%%", 100 * a.ratio()))
            .append(" of code accesses agree.").newline().newline();
        if (a.kindDiffers() > 0) {
            out.append("- classified differently: ").decimal(a.kindDiffers()).append(" — ").append(ScanAgreement.kindDifferenceReason())
                .newline();
        }
        a.onlyRelocations().forEach((kind, count) -> out.append("- only in relocations: ").decimal(count).append(' ')
            .append(kind.name()).append(" — ").append(ScanAgreement.reason(true, kind)).newline());
        a.onlyInstructions().forEach((kind, count) -> out.append("- only in instructions: ").decimal(count).append(' ')
            .append(kind.name()).append(" — ").append(ScanAgreement.reason(false, kind)).newline());
        out.newline();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void row(String name, long[] counts) {
        out.append("| ").append(name).append(" |");
        for (long count : counts) {
            out.append(' ').decimal(count).append(" |");
        }
        out.newline();
    }
}
