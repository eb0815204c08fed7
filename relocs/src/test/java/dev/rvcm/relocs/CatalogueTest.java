package dev.rvcm.relocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.elf.ElfReader;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.riscv.RelocationCatalogue;
import dev.rvcm.relocs.riscv.RelocationType;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import dev.rvcm.testing.ReferenceTools;
import dev.rvcm.testing.TinyElf;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relocation catalogue against binutils: an object holding one relocation of every number
 * 0-255 is listed by readelf and by rvcm; every number binutils 2.40 names gets the same name, and
 * the numbers it does not know are exactly the psABI additions newer than it plus the unknowns.
 */
class CatalogueTest {
    /** psABI types that binutils 2.40 (Debian bookworm) does not name yet. */
    private static final Set<Integer> NEWER_THAN_BINUTILS_2_40 = Set.of(12, 41, 59, 60, 61, 62, 63, 64, 65, 191);

    @Test
    void everyNumberIsNamedAsReadelfNamesIt(@TempDir Path dir) throws IOException {
        ReferenceTools.requireReadelf();
        TinyElf elf = new TinyElf();
        for (int type = 0; type < 256; type++) {
            elf.relocation(type % 16, type, type % 2, type);
        }
        Path file = dir.resolve("every-type.o");
        Files.write(file, elf.build());

        List<String> readelf = ReadelfRelocations.of(file).get("");
        List<String> ours = ReadelfDifferentialTest.rows(file).get("");
        assertThat(ours).hasSameSizeAs(readelf).hasSize(256);

        List<Integer> unnamedByBinutils = new ArrayList<>();
        for (int type = 0; type < 256; type++) {
            String theirs = readelf.get(type);
            String mine = ours.get(type);
            if (theirs.contains("|unrecognized: ")) {
                unnamedByBinutils.add(type);
                assertThat(mine.replace(RelocationCatalogue.name(type), "unrecognized: " + Integer.toHexString(type)))
                    .as("type %d apart from its name", type).isEqualTo(theirs);
            } else {
                assertThat(mine).as("type %d", type).isEqualTo(theirs);
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int type = 0; type < 256; type++) {
            if (!RelocationCatalogue.isKnown(type) || NEWER_THAN_BINUTILS_2_40.contains(type)) {
                expected.add(type);
            }
        }
        assertThat(unnamedByBinutils).containsExactlyElementsOf(expected);
    }

    @Test
    void unknownNumbersAreKeptNotDropped() {
        byte[] image = new TinyElf().relocation(0, 200, 1, 7).relocation(4, 23, 1, 0).build();
        RelocationTable table = ElfReader.read("t.o", ByteBuffer.wrap(image)).relocationTables().getFirst();
        assertThat(table.count()).isEqualTo(2);
        assertThat(table.type(0)).isEqualTo(new RelocationType.Unknown(200));
        assertThat(table.type(1)).isEqualTo(RelocationType.of(23));
        assertThat(table.type(1)).isInstanceOfSatisfying(RelocationType.Known.class,
            k -> assertThat(k.relocation()).isEqualTo(RiscvRelocation.R_RISCV_PCREL_HI20));
    }

    @Test
    void numbersAreUniqueAndClassesCoverTheFamilies() {
        Map<Integer, Long> counts = java.util.Arrays.stream(RiscvRelocation.values())
            .collect(java.util.stream.Collectors.groupingBy(RiscvRelocation::number, java.util.stream.Collectors.counting()));
        assertThat(counts.values()).allMatch(n -> n == 1);
        assertThat(RiscvRelocation.R_RISCV_GPREL_I.binutilsInternal()).isTrue();
        assertThat(RiscvRelocation.R_RISCV_PCREL_LO12_I.pcrelLow()).isTrue();
        assertThat(RiscvRelocation.R_RISCV_GOT_HI20.pcrelHigh()).isTrue();
    }
}
