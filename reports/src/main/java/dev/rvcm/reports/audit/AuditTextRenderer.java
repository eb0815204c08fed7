package dev.rvcm.reports.audit;

import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.ScanAgreement;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.reports.text.TextSink;
import java.util.Locale;
import java.util.Map;

/** {@code rvcm audit} as text: the model, counts by kind and section, the semi-PIC verdict, top blockers. */
public final class AuditTextRenderer {
    private static final AccessKind[] KINDS = AccessKind.values();
    private static final int NAME_WIDTH = 24;
    private static final int COLUMN = 14;

    private final TextSink out;

    public AuditTextRenderer(TextSink out) {
        this.out = out;
    }

    public void render(Audit audit) {
        out.append(audit.unit().elf().source()).append(": ").append(audit.model().model().name())
            .append(" (").append(audit.model().evidence()).append(')').newline();
        out.append("accesses found from ").append(audit.source().name().toLowerCase(Locale.ROOT)).newline().newline();
        out.padded("section", NAME_WIDTH);
        for (AccessKind kind : KINDS) {
            out.spaces(COLUMN - kind.name().length()).append(kind.name());
        }
        out.newline();
        for (Map.Entry<String, long[]> row : audit.countsBySection().entrySet()) {
            counts(row.getKey(), row.getValue());
        }
        counts("total", audit.totals());
        out.newline();
        verdict(audit.verdict());
        audit.agreement().ifPresent(this::agreement);
        out.newline();
    }

    private void agreement(ScanAgreement a) {
        out.append("instructions vs relocations: ").append(String.format(Locale.ROOT, "%.2f%%", 100 * a.ratio()))
            .append(" of code accesses agree (").decimal(a.agreeing()).append(" alike, ").decimal(a.kindDiffers())
            .append(" classified differently)").newline();
        a.onlyRelocations().forEach((kind, count) -> out.append("  only in relocations: ").decimal(count).append(' ')
            .append(kind.name()).append(" — ").append(ScanAgreement.reason(true, kind)).newline());
        a.onlyInstructions().forEach((kind, count) -> out.append("  only in instructions: ").decimal(count).append(' ')
            .append(kind.name()).append(" — ").append(ScanAgreement.reason(false, kind)).newline());
        out.append("  examples:").newline();
        for (String example : a.examples()) {
            out.append("    ").append(example).newline();
        }
    }

    private void counts(String name, long[] counts) {
        out.padded(name, NAME_WIDTH);
        for (long count : counts) {
            String text = Long.toString(count);
            out.spaces(COLUMN - text.length()).append(text);
        }
        out.newline();
    }

    private void verdict(SemiPicVerdict v) {
        out.append("semi-PIC: ").append(v.ready() ? "ready" : "blocked").newline();
        out.append("  1. text-data distance: ");
        if (v.loadSegments() == 0) {
            out.append("decided at link time (relocatable object)");
        } else {
            out.decimal(v.loadSegments()).append(" PT_LOAD segments must move as one; ")
                .decimal(v.crossSegmentPcRelative()).append(" PC-relative accesses cross segments");
        }
        out.newline();
        out.append("  2. absolute window: ").decimal(v.absoluteCode()).append(" lui-absolute code accesses to relocatable symbols").newline();
        out.append("  3. gp: ").decimal(v.gpRelative()).append(" gp-relative accesses").newline();
        if (!v.topBlockers().isEmpty()) {
            out.append("  top blockers:").newline();
            for (SemiPicVerdict.SymbolCount s : v.topBlockers()) {
                out.spaces(4).padded(Long.toString(s.count()), 8).padded(s.kind().name(), 13).padded(s.symbol(), 28)
                    .append("first at ").append(s.firstLocation()).newline();
            }
        }
        out.append("  boot-time relocation: ").decimal(v.dataWords()).append(" data words, ")
            .decimal(v.relaBytes()).append(" bytes as RELA, ").decimal(v.relrBytes()).append(" bytes as RELR").newline();
    }
}
