package dev.rvcm.relocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ElfReader;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SectionTypes;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.write.ElfWriter;
import dev.rvcm.relocs.write.RelocatableObject;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.TestInput;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading an object into a {@link RelocatableObject} and writing it back keeps everything: the same
 * sections with the same bytes (the regenerated tables aside), the same symbols and relocations.
 * That ld accepts the result is checked where objects are linked (LinkRoundTripTest in cli).
 */
class WriterRoundTripTest {
    private static final Set<Integer> REGENERATED = Set.of(SectionTypes.SHT_SYMTAB, SectionTypes.SHT_STRTAB,
        SectionTypes.SHT_RELA, SectionTypes.SHT_SYMTAB_SHNDX);

    static Stream<TestInput> objects() {
        return Stream.of(TestInput.fixture("reloc-zoo.o"), TestInput.fixture("linkage/medlow/linkage_main.o"),
            TestInput.fixture("tls/pic/tls_lib.o"), TestInput.glibc(Corpus.LIBC_A));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void writtenObjectsReadBackTheSame(TestInput input) {
        Path file = input.path();
        int members = 0;
        for (ElfUnit unit : Inputs.open(file)) {
            ElfFile original = unit.elf();
            byte[] written = ElfWriter.write(RelocatableObject.of(original));
            ElfFile copy = ElfReader.read(original.source() + " (written)", ByteBuffer.wrap(written));
            assertSame(original, copy);
            members++;
        }
        assertThat(members).isPositive();
    }

    static void assertSame(ElfFile original, ElfFile copy) {
        assertThat(copy.sections()).hasSameSizeAs(original.sections());
        for (int i = 1; i < original.sections().size(); i++) {
            Section a = original.section(i);
            Section b = copy.section(i);
            assertThat(List.of(b.name(), b.type(), b.flags(), b.link(), b.addressAlignment(), b.entrySize()))
                .as("%s section %d", original.source(), i)
                .isEqualTo(List.of(a.name(), a.type(), a.flags(), a.link(), a.addressAlignment(), a.entrySize()));
            if (!REGENERATED.contains(a.type())) {
                assertThat(copy.contents(b)).as("%s %s", original.source(), a.name()).isEqualTo(original.contents(a));
            }
        }
        assertThat(symbols(copy)).isEqualTo(symbols(original));
        assertThat(ReadelfDifferentialTest.rowsOf(copy)).isEqualTo(ReadelfDifferentialTest.rowsOf(original));
        assertThat(copy.groups().stream().map(g -> g.signature() + g.members()).toList())
            .isEqualTo(original.groups().stream().map(g -> g.signature() + g.members()).toList());
    }

    private static List<String> symbols(ElfFile elf) {
        List<String> rows = new ArrayList<>();
        elf.symbolTable().ifPresent(t -> {
            for (int i = 0; i < t.count(); i++) {
                rows.add(t.name(i) + "|" + t.value(i) + "|" + t.size(i) + "|" + t.info(i) + "|" + t.other(i) + "|" + t.sectionIndex(i));
            }
        });
        return rows;
    }
}
