package dev.rvcm.relocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.riscv.RelocationCatalogue;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.ReferenceTools;
import dev.rvcm.testing.SortedDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relocations rvcm reads equal, as a multiset of (section, offset, type, symbol, addend) per
 * file or archive member, what {@code riscv64-linux-gnu-readelf -rW} prints for the same file.
 */
class ReadelfDifferentialTest {

    static Stream<Path> glibc() {
        return Stream.of(Corpus.LIBC_SO, Corpus.LD_SO, Corpus.LIBC_A);
    }

    @ParameterizedTest
    @MethodSource("glibc")
    void debianGlibcMatchesReadelf(Path file) {
        ReferenceTools.requireReadelf();
        assertMatchesReadelf(Corpus.glibc(file));
    }

    @Test
    void kernelsMatchReadelf() {
        ReferenceTools.requireReadelf();
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (String model : Corpus.KERNEL_MODELS) {
            for (String file : List.of("vmlinux", "vmlinux.o")) {
                Path kernel = Corpus.kernel(model, file);
                runs.add(CompletableFuture.runAsync(() -> assertMatchesReadelf(kernel)));
            }
        }
        runs.forEach(CompletableFuture::join);
    }

    static void assertMatchesReadelf(Path file) {
        Map<String, List<String>> expected = ReadelfRelocations.of(file);
        Map<String, List<String>> actual = rows(file);
        expected.values().removeIf(List::isEmpty);
        actual.values().removeIf(List::isEmpty);
        assertThat(actual.keySet()).as("members with relocations in %s", file).isEqualTo(expected.keySet());
        long compared = 0;
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            List<String> want = e.getValue();
            List<String> got = actual.get(e.getKey());
            Collections.sort(want);
            Collections.sort(got);
            if (!want.equals(got)) {
                throw new AssertionError(file + "(" + e.getKey() + "): " + got.size() + " rows vs readelf's "
                    + want.size() + "\n" + SortedDiff.describe(want, got, "readelf", "rvcm", 20));
            }
            compared += want.size();
        }
        System.out.printf("readelf -rW agrees on %s: %d relocations in %d files%n", file, compared, expected.size());
        assertThat(compared).isPositive();
    }

    static Map<String, List<String>> rows(Path file) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (ElfUnit unit : Inputs.open(file)) {
            rows.computeIfAbsent(unit.member().orElse(""), k -> new ArrayList<>()).addAll(rowsOf(unit.elf()));
        }
        return rows;
    }

    /** The relocation rows of one ELF file. */
    static List<String> rowsOf(ElfFile elf) {
        List<String> list = new ArrayList<>();
        for (RelocationTable t : elf.relocationTables()) {
            for (int i = 0; i < t.count(); i++) {
                list.add(ReadelfRelocations.row(t.section().name(), t.offset(i),
                    RelocationCatalogue.name(t.typeNumber(i)), t.symbolName(i), t.addend(i)));
            }
        }
        return list;
    }
}
