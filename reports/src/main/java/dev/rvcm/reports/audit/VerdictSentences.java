package dev.rvcm.reports.audit;

import dev.rvcm.analyzer.AccessSource;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.LinkRelaxation;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.analyzer.UndefinedWeakAccesses;
import dev.rvcm.relocs.elf.ObjectFileType;
import java.util.Locale;

/** Where the accesses came from and the semi-PIC verdict, in words, the same for the text, Markdown and HTML reports. */
final class VerdictSentences {
    private VerdictSentences() {
    }

    /** {@code accesses found from relocations}, or from instructions, with what an object's instructions cannot tell. */
    static String source(Audit audit) {
        String source = "accesses found from " + audit.source().name().toLowerCase(Locale.ROOT);
        boolean object = audit.unit().elf().header().type() == ObjectFileType.REL;
        return audit.source() == AccessSource.INSTRUCTIONS && object
            ? source + " (in an object they leave targets and R_RISCV_RELAX marks to the relocations: no symbols, "
                + "no link-time relaxation risk here)"
            : source;
    }

    /** {@code ready}, {@code blocked} or {@code at risk (…)}. */
    static String status(SemiPicVerdict v) {
        return switch (v.status()) {
            case READY -> "ready";
            case BLOCKED -> "blocked";
            case AT_RISK -> "at risk (nothing blocks in this object, but the final link may make "
                + v.linkRelaxation().pairs() + " of its pairs gp-relative, see 3.)";
        };
    }

    /** Condition 1: the text–data distance. */
    static String distance(SemiPicVerdict v) {
        return v.loadSegments() == 0 ? "decided at link time (relocatable object)"
            : v.loadSegments() + " PT_LOAD segments must move as one; " + v.crossSegmentPcRelative()
                + " PC-relative accesses cross segments";
    }

    /** Condition 2: the absolute window, with the accesses to undefined weak symbols that block nothing. */
    static String absoluteWindow(SemiPicVerdict v) {
        String blockers = v.absoluteCode() + " lui-absolute code accesses to relocatable symbols";
        UndefinedWeakAccesses weak = v.undefinedWeak();
        if (weak.count() == 0) {
            return blockers;
        }
        return blockers + "; " + weak.count() + " more reach undefined weak symbols (" + String.join(", ", weak.symbols())
            + "), resolved to 0, which does not move: no blockers";
    }

    /** Condition 3: gp-relative accesses. */
    static String gp(SemiPicVerdict v) {
        return v.gpRelative() + " gp-relative accesses";
    }

    /** The link-time relaxation risk of an object, or "" when there is none. */
    static String relaxation(SemiPicVerdict v) {
        LinkRelaxation r = v.linkRelaxation();
        if (r.pairs() == 0) {
            return "";
        }
        return "link-time relaxation: " + r.auipcPairs() + " auipc and " + r.luiPairs() + " lui pairs carry R_RISCV_RELAX ("
            + r.toSmallData() + " of them reach .sdata/.sbss/.srodata); GNU ld makes those within ±2 KiB of "
            + "__global_pointer$ gp-relative when the link defines it";
    }

    /** How to avoid the relaxation risk. */
    static String avoid() {
        return "avoid: " + LinkRelaxation.avoidance();
    }

    /** The boot-time cost of moving. */
    static String boot(SemiPicVerdict v) {
        return v.dataWords() + " data words, " + v.relaBytes() + " bytes as RELA, " + v.relrBytes() + " bytes as RELR";
    }
}
