package dev.rvcm.relocs;

import dev.rvcm.relocs.ar.ArchiveReader;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ElfReader;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.TinyElf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutates real inputs (rvcm's fixtures, a small archive of them, a synthetic object) and checks the
 * readers' one promise: a file either reads, and then every accessor works on it, or it is refused
 * with an {@link ElfFormatException}; never another exception, a hang, or an OutOfMemoryError.
 */
class ReaderFuzzTest {
    private static final List<byte[]> SEEDS = seeds();
    private static final long[] EXTREMES = {0, 1, -1, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, 0x80000000L,
        0xffffffffL, Long.MAX_VALUE, Long.MIN_VALUE, 24, 64, 56};

    /** One mutation: overwrite {@code width} bytes at a relative position with a value. */
    record Mutation(double where, int width, long value) {
        void apply(byte[] image) {
            if (image.length == 0) {
                return;
            }
            int at = (int) (where * image.length);
            for (int i = 0; i < width && at + i < image.length; i++) {
                image[at + i] = (byte) (value >>> (8 * i));
            }
        }
    }

    @Property(tries = 15000)
    void mutatedFilesReadOrAreRefused(@ForAll("seed") int seed, @ForAll("mutations") List<Mutation> mutations,
                                      @ForAll("cut") double keep) {
        byte[] image = SEEDS.get(seed).clone();
        mutations.forEach(m -> m.apply(image));
        byte[] cut = java.util.Arrays.copyOf(image, (int) Math.ceil(keep * image.length));
        ByteBuffer buffer = ByteBuffer.wrap(cut).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (ArchiveReader.isArchive(buffer)) {
                ArchiveReader.read("fuzz.a", buffer).members().forEach(m -> exercise(ElfReader.read("fuzz.a(m)", m.body())));
            } else {
                exercise(ElfReader.read("fuzz.o", buffer));
            }
        } catch (ElfFormatException expected) {
            // refused with a message: what the reader promises for bad input
        }
    }

    /** Calls every accessor a command may call on a file that was accepted. */
    private static void exercise(ElfFile elf) {
        for (RelocationTable t : elf.relocationTables()) {
            for (int i = 0; i < t.count(); i++) {
                t.offset(i);
                t.type(i).name();
                t.symbolName(i);
                t.addend(i);
                t.pairedHigh(i);
            }
        }
        elf.symbolTable().ifPresent(ReaderFuzzTest::exercise);
        elf.dynamicSymbolTable().ifPresent(ReaderFuzzTest::exercise);
        elf.sections().forEach(elf::contents);
        elf.attributes().ifPresent(a -> a.arch());
    }

    private static void exercise(SymbolTable symbols) {
        for (int i = 0; i < symbols.count(); i++) {
            symbols.symbol(i);
            symbols.displayName(i);
        }
    }

    @Provide
    Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Provide
    Arbitrary<Double> cut() {
        return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just(1.0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0, 1).ofScale(6)));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> where = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0, 0.1).ofScale(6)),
            net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(0, 0.999999).ofScale(6)));
        Arbitrary<Long> value = Arbitraries.oneOf(Arbitraries.of(toBoxed(EXTREMES)), Arbitraries.longs());
        Arbitrary<Mutation> mutation = Combinators.combine(where, Arbitraries.of(1, 2, 4, 8), value).as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(6);
    }

    private static Long[] toBoxed(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(new TinyElf().relocation(0, 23, 1, 0).relocation(4, 24, 1, 0).build());
        Path fixtures = Corpus.repository().resolve("corpus/fixtures");
        try {
            for (String name : List.of("reloc-zoo.o", "tiny-medany", "linkage/medany/linkage_main.o", "tls/pic/tls_lib.o")) {
                Path file = fixtures.resolve(name);
                if (Files.isRegularFile(file)) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
            seeds.add(archiveOf(seeds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    private static byte[] archiveOf(List<byte[]> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("!<arch>\n".getBytes(StandardCharsets.US_ASCII));
        String longNames = "a-rather-long-member-name.o/\n";
        out.writeBytes(header("//", longNames.length()));
        out.writeBytes(longNames.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < members.size(); i++) {
            byte[] body = members.get(i);
            out.writeBytes(header(i == 0 ? "/0" : "m" + i + ".o/", body.length));
            out.writeBytes(body);
            if (body.length % 2 == 1) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static byte[] header(String name, int size) {
        String text = String.format("%-16s%-12s%-6s%-6s%-8s%-10d`\n", name, "0", "0", "0", "644", size);
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
