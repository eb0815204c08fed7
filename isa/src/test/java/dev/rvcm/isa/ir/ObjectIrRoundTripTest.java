package dev.rvcm.isa.ir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Disassembler;
import dev.rvcm.isa.Extensions;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ElfReader;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.SectionTypes;
import dev.rvcm.relocs.write.RelocatableObject;
import dev.rvcm.testing.Corpus;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code section of every corpus object (and of the medany kernel's vmlinux.o, with its 829 branches
 * the assembler resolved), read into the IR (through the checking visitor, into
 * an {@link InsnList}) and replayed into the writer unchanged, gives back the same object: the
 * same bytes, symbols and relocations.
 */
class ObjectIrRoundTripTest {
    /** Tables the writer builds anew (string tables are laid out differently), compared by content instead. */
    private static final Set<Integer> REGENERATED = Set.of(SectionTypes.SHT_SYMTAB, SectionTypes.SHT_STRTAB,
        SectionTypes.SHT_RELA, SectionTypes.SHT_SYMTAB_SHNDX);

    /** The committed fixtures: always there, so their cases never vanish with a missing reference input. */
    static Stream<String> fixtures() {
        return Stream.of("reloc-zoo.o", "linkage/medlow/linkage_main.o", "linkage/pic/linkage_main.o", "tls/pie/tls_lib.o");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixturesThroughTheIrComeBackUnchanged(String fixture) {
        comesBackUnchanged(Corpus.fixture(fixture));
    }

    @Test
    void libcThroughTheIrComesBackUnchanged() {
        comesBackUnchanged(Corpus.glibc(Corpus.LIBC_A));
    }

    @Test
    void theKernelThroughTheIrComesBackUnchanged() {
        comesBackUnchanged(Corpus.kernel("medany", "vmlinux.o"));
    }

    private static void comesBackUnchanged(Path file) {
        long[] instructions = {0};
        for (ElfUnit unit : Inputs.open(file)) {
            ElfFile original = unit.elf();
            ElfFile copy = ElfReader.read(original.source() + " (via IR)", ByteBuffer.wrap(IrRoundTrip.throughIr(original, instructions)));
            for (int i = 1; i < original.sections().size(); i++) {
                if (REGENERATED.contains(original.section(i).type())) {
                    continue;
                }
                assertThat(copy.contents(copy.section(i))).as("%s %s", original.source(), original.section(i).name())
                    .isEqualTo(original.contents(original.section(i)));
            }
            assertThat(relocations(copy)).as(original.source()).isEqualTo(relocations(original));
            assertThat(symbols(copy)).as(original.source()).isEqualTo(symbols(original));
        }
        assertThat(instructions[0]).isPositive();
    }

    @Test
    void thePrinterShowsLabelsInstructionsAndFixups() {
        RelocatableObject object = RelocatableObject.of(Inputs.open(Corpus.fixture("reloc-zoo.o")).getFirst().elf());
        int text = 0;
        for (int s = 1; s <= object.sections().size(); s++) {
            if (object.section(s).name().equals(".text")) {
                text = s;
            }
        }
        StringBuilder out = new StringBuilder();
        new ObjectCodeReader(object, text).accept(new PrintingVisitor(out, new Disassembler(Extensions.ALL, true), null));
        assertThat(out.toString()).startsWith("section " + text + " .text\n")
            .contains("\tlui\t").contains("; R_RISCV_26 symbol#").contains("; R_RISCV_24 .Lpc0").endsWith("end\n");
    }

    private static List<String> symbols(ElfFile elf) {
        List<String> rows = new ArrayList<>();
        elf.symbolTable().ifPresent(t -> {
            for (int i = 0; i < t.count(); i++) {
                rows.add(t.name(i) + "|" + t.value(i) + "|" + t.size(i) + "|" + t.info(i) + "|" + t.sectionIndex(i));
            }
        });
        return rows;
    }

    private static List<String> relocations(ElfFile elf) {
        List<String> rows = new ArrayList<>();
        for (RelocationTable t : elf.relocationTables()) {
            for (int i = 0; i < t.count(); i++) {
                rows.add(t.section().name() + "|" + t.offset(i) + "|" + t.typeNumber(i) + "|" + t.symbolName(i) + "|" + t.addend(i));
            }
        }
        Collections.sort(rows);
        return rows;
    }
}
