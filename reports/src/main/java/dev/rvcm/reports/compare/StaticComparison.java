package dev.rvcm.reports.compare;

import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.relocs.elf.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rvcm compare --static A B...}: builds that cannot run here (kernels) side by side, from their
 * audits alone — code model, accesses by kind and section, semi-PIC blockers, boot-time fixups.
 *
 * @param images every image, in the order given
 */
public record StaticComparison(List<Image> images) {
    public static final int SCHEMA_VERSION = 1;

    public StaticComparison {
        images = List.copyOf(images);
    }

    /**
     * One image.
     *
     * @param name the file (and archive member) as given
     * @param audit its audit
     * @param codeSize bytes of executable sections
     */
    public record Image(String name, Audit audit, long codeSize) {
        public SemiPicVerdict verdict() {
            return audit.verdict();
        }

        /** Accesses of {@code kind} over the whole image. */
        public long count(AccessKind kind) {
            return audit.totals()[kind.ordinal()];
        }
    }

    public static StaticComparison of(List<Audit> audits) {
        List<Image> images = new ArrayList<>();
        for (Audit a : audits) {
            long code = 0;
            for (Section s : a.unit().elf().sections()) {
                if (s.allocated() && s.executable() && !s.noBits()) {
                    code += s.size();
                }
            }
            String name = a.unit().path() + a.unit().member().map(m -> "(" + m + ")").orElse("");
            images.add(new Image(name, a, code));
        }
        return new StaticComparison(images);
    }
}
