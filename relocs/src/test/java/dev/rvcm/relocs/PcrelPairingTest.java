package dev.rvcm.relocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.riscv.RelocationType;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.TestInput;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PCREL_LO12 names the label of its auipc: in every object of the corpus each one finds the
 * HI20 (PCREL, GOT or TLS) at that label, and the HI20 sits exactly at the label's offset.
 */
class PcrelPairingTest {

    static Stream<TestInput> objects() {
        return Stream.of(TestInput.fixture("reloc-zoo.o"), TestInput.fixture("linkage/pie/linkage_main.o"),
            TestInput.fixture("tls/pic/tls_lib.o"), TestInput.glibc(Corpus.LIBC_A));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void everyLowPartFindsItsHighPart(TestInput input) {
        Path file = input.path();
        long lows = 0;
        for (ElfUnit unit : Inputs.open(file)) {
            for (RelocationTable table : unit.elf().relocationTables()) {
                for (int i = 0; i < table.count(); i++) {
                    if (table.type(i) instanceof RelocationType.Known(RiscvRelocation r) && r.pcrelLow()) {
                        int low = i;
                        lows++;
                        OptionalInt paired = table.pairedHigh(i);
                        assertThat(paired).as("%s %s entry %d", unit.elf().source(), table.section().name(), i).isPresent();
                        int high = paired.getAsInt();
                        assertThat(table.offset(high)).isEqualTo(table.symbols().orElseThrow().value(table.symbolIndex(low)));
                        assertThat(((RelocationType.Known) table.type(high)).relocation().pcrelHigh()).isTrue();
                    } else {
                        assertThat(table.pairedHigh(i)).isEmpty();
                    }
                }
            }
        }
        assertThat(lows).isPositive();
    }
}
