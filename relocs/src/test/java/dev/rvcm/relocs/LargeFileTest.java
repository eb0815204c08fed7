package dev.rvcm.relocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.riscv.RelocationCatalogue;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.LargeElf;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files over 2 GiB read like small ones: a real object and the medany vmlinux.o with all their
 * contents moved past 2.25 GiB (a sparse hole, made at test time) give readelf's relocations and the
 * same symbols, relocations and section contents as the originals.
 */
class LargeFileTest {
    @TempDir
    Path dir;

    @Test
    void objectPast2GiBListsReadelfsRelocations() throws IOException {
        ReferenceTools.requireReadelf();
        Path large = LargeElf.shifted(Corpus.fixture("reloc-zoo.o"), dir.resolve("zoo-large.o"), LargeElf.GAP);
        assertThat(Files.size(large)).isGreaterThan(1L << 31);
        List<String> readelf = ReadelfRelocations.of(large).get("");
        ElfFile elf = Inputs.open(large).getFirst().elf();
        List<String> ours = new ArrayList<>();
        for (RelocationTable t : elf.relocationTables()) {
            for (int i = 0; i < t.count(); i++) {
                ours.add(ReadelfRelocations.row(t.section().name(), t.offset(i), RelocationCatalogue.name(t.typeNumber(i)),
                    t.symbolName(i), t.addend(i)));
            }
        }
        assertThat(ours).isNotEmpty().containsExactlyElementsOf(readelf);
    }

    @Test
    void kernelObjectPast2GiBReadsAsTheOriginal() {
        Path original = Corpus.kernel("medany", "vmlinux.o");
        Path large = LargeElf.shifted(original, dir.resolve("vmlinux-large.o"), LargeElf.GAP);
        ElfFile small = Inputs.open(original).getFirst().elf();
        ElfFile big = Inputs.open(large).getFirst().elf();
        assertThat(big.file().size()).isEqualTo(small.file().size() + LargeElf.GAP);
        assertThat(big.sections()).hasSameSizeAs(small.sections());
        assertThat(big.relocationCount()).isEqualTo(small.relocationCount()).isGreaterThan(1_000_000);
        for (int t = 0; t < small.relocationTables().size(); t++) {
            RelocationTable a = small.relocationTables().get(t);
            RelocationTable b = big.relocationTables().get(t);
            for (int i = 0; i < a.count(); i++) {
                if (a.offset(i) != b.offset(i) || a.typeNumber(i) != b.typeNumber(i) || a.addend(i) != b.addend(i)
                    || !a.symbolName(i).equals(b.symbolName(i))) {
                    assertThat(b.symbolName(i) + "@" + b.offset(i)).isEqualTo(a.symbolName(i) + "@" + a.offset(i));
                }
            }
        }
        SymbolTable a = small.symbolTable().orElseThrow();
        SymbolTable b = big.symbolTable().orElseThrow();
        assertThat(b.count()).isEqualTo(a.count());
        for (int i = 1; i < a.count(); i++) {
            if (!a.name(i).equals(b.name(i)) || a.value(i) != b.value(i)) {
                assertThat(b.name(i)).isEqualTo(a.name(i));
            }
        }
        assertThat(big.contents(big.section(".text").orElseThrow()))
            .isEqualTo(small.contents(small.section(".text").orElseThrow()));
        assertThat(big.attributes()).isEqualTo(small.attributes());
    }
}
