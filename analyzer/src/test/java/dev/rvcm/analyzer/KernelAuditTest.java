package dev.rvcm.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the real kernels: every R_RISCV_64/32 word is an ABSOLUTE_DATA access and every GPREL_I/S a
 * GP_RELATIVE one (totals equal to readelf's counts); medlow shows thousands of lui-absolute
 * accesses, medany almost none; gp-relative accesses block semi-PIC.
 */
class KernelAuditTest {

    /** Classification from instructions alone agrees with the relocations on at least 99% of code accesses. */
    @ParameterizedTest
    @ValueSource(strings = {"medany", "medlow"})
    void instructionsAgreeWithRelocations(String model) {
        Audit audit = Audit.of(Inputs.open(Corpus.kernel(model, "vmlinux")).getFirst(), false, true);
        ScanAgreement agreement = audit.agreement().orElseThrow();
        System.out.printf("%s: instructions vs relocations agree on %.4f (%d alike, only relocations %s, only instructions %s)%n",
            model, agreement.ratio(), agreement.agreeing(), agreement.onlyRelocations(), agreement.onlyInstructions());
        assertThat(agreement.ratio()).isGreaterThanOrEqualTo(0.99);
        assertThat(agreement.kindDiffers()).isZero();
        assertThat(agreement.examples()).isNotEmpty();

        Audit fromInstructions = Audit.of(Inputs.open(Corpus.kernel(model, "vmlinux")).getFirst(), true, false);
        assertThat(fromInstructions.source()).isEqualTo(AccessSource.INSTRUCTIONS);
        assertThat(fromInstructions.totals()[AccessKind.GP_RELATIVE.ordinal()])
            .isEqualTo(audit.totals()[AccessKind.GP_RELATIVE.ordinal()]);
        assertThat(fromInstructions.model().model()).isEqualTo(audit.model().model());
    }

    @ParameterizedTest
    @ValueSource(strings = {"medany", "medlow"})
    void countsAgreeWithReadelf(String model) {
        ReferenceTools.requireReadelf();
        Path vmlinux = Corpus.kernel(model, "vmlinux");
        Map<String, Long> types = new HashMap<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-rW", vmlinux.toString()), line -> {
            String[] parts = line.split("\\s+", 4);
            if (parts.length > 2 && parts[2].startsWith("R_RISCV_")) {
                types.merge(parts[2], 1L, Long::sum);
            }
        });
        Audit audit = Audit.of(Inputs.open(vmlinux).getFirst());
        long[] totals = audit.totals();

        assertThat(totals[AccessKind.ABSOLUTE_DATA.ordinal()])
            .isEqualTo(types.getOrDefault("R_RISCV_64", 0L) + types.getOrDefault("R_RISCV_32", 0L));
        assertThat(totals[AccessKind.GP_RELATIVE.ordinal()])
            .isEqualTo(types.getOrDefault("R_RISCV_GPREL_I", 0L) + types.getOrDefault("R_RISCV_GPREL_S", 0L))
            .isPositive();
        assertThat(totals[AccessKind.CALL.ordinal()]).isEqualTo(types.getOrDefault("R_RISCV_CALL_PLT", 0L)
            + types.getOrDefault("R_RISCV_CALL", 0L) + types.getOrDefault("R_RISCV_JAL", 0L) + types.getOrDefault("R_RISCV_RVC_JUMP", 0L));
        assertThat(totals[AccessKind.PC_RELATIVE.ordinal()]).isEqualTo(types.getOrDefault("R_RISCV_PCREL_HI20", 0L));

        SemiPicVerdict verdict = audit.verdict();
        assertThat(verdict.ready()).isFalse();
        assertThat(verdict.gpRelative()).isEqualTo(totals[AccessKind.GP_RELATIVE.ordinal()]);
        assertThat(verdict.dataWords()).isEqualTo(totals[AccessKind.ABSOLUTE_DATA.ordinal()]);
        assertThat(verdict.relrBytes()).isPositive().isLessThan(verdict.relaBytes() / 20);
        if (model.equals("medlow")) {
            assertThat(totals[AccessKind.ABSOLUTE.ordinal()]).isGreaterThan(10_000);
            assertThat(audit.model().model()).isEqualTo(CodeModel.MEDLOW);
        } else {
            assertThat(totals[AccessKind.ABSOLUTE.ordinal()]).isLessThan(10);
            assertThat(audit.model().model()).isEqualTo(CodeModel.MEDANY);
            SemiPicVerdict.SymbolCount top = verdict.topBlockers().getFirst();
            assertThat(top.kind()).isEqualTo(AccessKind.GP_RELATIVE);
            assertThat(top.firstSection()).isEqualTo(".text");
            assertThat(top.firstLocation()).matches("\\.text\\+0x[0-9a-f]+ \\(0xffffffff8[0-9a-f]{7}\\)");
        }
    }
}
