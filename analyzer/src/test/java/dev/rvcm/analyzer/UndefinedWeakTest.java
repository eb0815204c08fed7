package dev.rvcm.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.analyzer.policy.Finding;
import dev.rvcm.analyzer.policy.Policy;
import dev.rvcm.analyzer.policy.PolicyChecker;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The linked kernels reach a few undefined weak symbols with lui-absolute code that the link made
 * {@code li rd,0}: address 0 does not move, so they are reported as what they are and neither block
 * the semi-PIC verdict nor fail the semi-PIC gate. The symbols are those readelf shows as
 * {@code WEAK UND} in HI20/LO12 relocations.
 */
class UndefinedWeakTest {
    private static final Set<String> ABSOLUTE_TYPES = Set.of("R_RISCV_HI20", "R_RISCV_LO12_I", "R_RISCV_LO12_S");

    @ParameterizedTest
    @ValueSource(strings = {"medany", "medlow"})
    void undefinedWeakSymbolsAtZeroAreNoBlockers(String model) {
        ReferenceTools.requireReadelf();
        Path vmlinux = Corpus.kernel(model, "vmlinux");
        Set<String> weakUndefined = new HashSet<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-sW", vmlinux.toString()), line -> {
            String[] f = line.trim().split("\\s+");
            if (f.length == 8 && f[4].equals("WEAK") && f[6].equals("UND")) {
                weakUndefined.add(f[7]);
            }
        });
        Set<String> reachedByLui = new HashSet<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-rW", vmlinux.toString()), line -> {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 5 && ABSOLUTE_TYPES.contains(f[2]) && weakUndefined.contains(f[4])) {
                reachedByLui.add(f[4]);
            }
        });
        assertThat(reachedByLui).as("readelf: weak undefined symbols in HI20/LO12 relocations").isNotEmpty();

        Audit audit = Audit.of(Inputs.open(vmlinux).getFirst());
        SemiPicVerdict verdict = audit.verdict();
        assertThat(Set.copyOf(verdict.undefinedWeak().symbols())).isEqualTo(reachedByLui);
        assertThat(verdict.undefinedWeak().count()).isGreaterThanOrEqualTo(reachedByLui.size());
        assertThat(verdict.topBlockers()).noneMatch(b -> reachedByLui.contains(b.symbol()));
        long absolute = audit.totals()[AccessKind.ABSOLUTE.ordinal()];
        assertThat(verdict.absoluteCode()).isEqualTo(absolute - verdict.undefinedWeak().count());
        if (model.equals("medany")) {
            assertThat(verdict.absoluteCode()).as("the medany kernel's only lui-absolute accesses").isZero();
        }
        assertThat(audit.model().absolute()).isEqualTo(verdict.absoluteCode());

        List<Finding> findings = new PolicyChecker(Policy.preset("semi-pic").orElseThrow()).check(audit);
        assertThat(findings).isNotEmpty().noneMatch(f -> reachedByLui.contains(f.symbol()));
    }
}
