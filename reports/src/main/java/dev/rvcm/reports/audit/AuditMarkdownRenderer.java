package dev.rvcm.reports.audit;

import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.ScanAgreement;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.reports.text.TextSink;
import java.util.Locale;
import java.util.Map;

/** {@code rvcm audit --format markdown}: the text report as GitHub-flavoured Markdown, for PR comments and job summaries. */
public final class AuditMarkdownRenderer {
    private final TextSink out;

    public AuditMarkdownRenderer(TextSink out) {
        this.out = out;
    }

    public void render(Audit audit) {
        out.append("## `").append(audit.unit().elf().source()).append("`").newline().newline();
        out.append("**Code model:** ").append(audit.model().model().name()).append(" — ").append(audit.model().evidence())
            .append(". Accesses found from ").append(audit.source().name().toLowerCase(Locale.ROOT)).append('.')
            .newline().newline();
        out.append("| section |");
        for (AccessKind kind : AccessKind.values()) {
            out.append(' ').append(kind.name()).append(" |");
        }
        out.newline().append("|---|");
        for (int i = 0; i < AccessKind.values().length; i++) {
            out.append("--:|");
        }
        out.newline();
        for (Map.Entry<String, long[]> row : audit.countsBySection().entrySet()) {
            row("`" + row.getKey() + "`", row.getValue());
        }
        row("**total**", audit.totals());
        out.newline();
        SemiPicVerdict v = audit.verdict();
        out.append("**Semi-PIC:** ").append(v.ready() ? "ready" : "blocked").newline().newline();
        out.append("1. text–data distance: ").decimal(v.loadSegments()).append(" PT_LOAD segments move as one; ")
            .decimal(v.crossSegmentPcRelative()).append(" PC-relative accesses cross segments").newline();
        out.append("2. absolute window: ").decimal(v.absoluteCode()).append(" lui-absolute code accesses").newline();
        out.append("3. gp: ").decimal(v.gpRelative()).append(" gp-relative accesses").newline().newline();
        if (!v.topBlockers().isEmpty()) {
            out.append("| blocker | kind | accesses | first at |").newline().append("|---|---|--:|---|").newline();
            for (SemiPicVerdict.SymbolCount s : v.topBlockers()) {
                out.append("| `").append(s.symbol()).append("` | ").append(s.kind().name()).append(" | ").decimal(s.count())
                    .append(" | `").append(s.firstLocation()).append("` |").newline();
            }
            out.newline();
        }
        out.append("Boot-time relocation: ").decimal(v.dataWords()).append(" data words, ").decimal(v.relaBytes())
            .append(" bytes as RELA, ").decimal(v.relrBytes()).append(" bytes as RELR.").newline().newline();
        audit.agreement().ifPresent(this::agreement);
    }

    private void agreement(ScanAgreement a) {
        out.append("**Instructions vs relocations:** ").append(String.format(Locale.ROOT, "%.2f%%", 100 * a.ratio()))
            .append(" of code accesses agree.").newline().newline();
        a.onlyRelocations().forEach((kind, count) -> out.append("- only in relocations: ").decimal(count).append(' ')
            .append(kind.name()).append(" — ").append(ScanAgreement.reason(true, kind)).newline());
        a.onlyInstructions().forEach((kind, count) -> out.append("- only in instructions: ").decimal(count).append(' ')
            .append(kind.name()).append(" — ").append(ScanAgreement.reason(false, kind)).newline());
        out.newline();
    }

    private void row(String name, long[] counts) {
        out.append("| ").append(name).append(" |");
        for (long count : counts) {
            out.append(' ').decimal(count).append(" |");
        }
        out.newline();
    }
}
