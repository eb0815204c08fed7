package dev.rvcm.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In a relocatable object the instructions alone still show where the accesses are and of what
 * kind (the targets are left to the link): on both kernels' vmlinux.o they agree with the relocations
 * on at least 99% of code accesses, with no kind told apart differently, and give the same model.
 */
class ObjectInstructionScanTest {

    @ParameterizedTest
    @ValueSource(strings = {"medany", "medlow"})
    void instructionsAgreeWithRelocationsInTheKernelObject(String model) {
        ElfUnit unit = Inputs.open(Corpus.kernel(model, "vmlinux.o")).getFirst();
        Audit crossChecked = Audit.of(unit, false, true);
        ScanAgreement agreement = crossChecked.agreement().orElseThrow();
        System.out.printf("%s vmlinux.o: instructions vs relocations agree on %.4f (only relocations %s, only instructions %s)%n",
            model, agreement.ratio(), agreement.onlyRelocations(), agreement.onlyInstructions());
        assertThat(agreement.ratio()).isGreaterThanOrEqualTo(0.99);
        assertThat(agreement.kindDiffers()).isZero();
        assertThat(agreement.examples()).isNotEmpty().allMatch(e -> e.contains(" at .text+0x") || e.contains(" at .init.text+0x")
            || e.matches(".* at \\S+\\+0x[0-9a-f]+ → .*"));

        Audit fromInstructions = Audit.of(unit, true, false);
        assertThat(fromInstructions.source()).isEqualTo(AccessSource.INSTRUCTIONS);
        assertThat(fromInstructions.model().model()).isEqualTo(crossChecked.model().model());
        for (AccessKind kind : new AccessKind[] {AccessKind.PC_RELATIVE, AccessKind.ABSOLUTE, AccessKind.CALL}) {
            long byRelocations = crossChecked.totals()[kind.ordinal()];
            long byInstructions = fromInstructions.totals()[kind.ordinal()];
            assertThat((double) Math.abs(byRelocations - byInstructions)).as("%s %s", model, kind)
                .isLessThanOrEqualTo(0.01 * Math.max(1, byRelocations));
        }
        Accesses accesses = fromInstructions.accesses();
        for (int i = 0; i < accesses.count(); i++) {
            assertThat(accesses.flags(i) & Accesses.RESOLVED).as("an object's targets are the link's").isZero();
        }
    }
}
