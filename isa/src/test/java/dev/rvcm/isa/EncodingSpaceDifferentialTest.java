package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.ReferenceTools;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the disassembler with objdump on encodings chosen to cover the table rather than taken
 * from real code: every 16-bit word, and random words accepted by each opcode plus random 32-bit
 * words (seeded, so failures reproduce), under a full ISA string and under plain RV64GC.
 */
class EncodingSpaceDifferentialTest {

    static final String FULL = "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0_zba1p0_zbb1p0_zbs1p0"
            + "_zicbom1p0_zicboz1p0_zicbop1p0_zihintpause2p0";
    static final String RV64GC = "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0";

    @BeforeAll
    static void tools() {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.READELF, "binutils-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.AS, "binutils-riscv64-linux-gnu");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyCompressedWord(boolean aliases, @TempDir Path dir) {
        int[] words = IntStream.range(0, 1 << 16).filter(w -> (w & 3) != 3).toArray();
        check(dir, "every 16-bit word, RV64GC", RV64GC, words, aliases);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void withoutCompressedAndFloatingPoint(boolean aliases, @TempDir Path dir) {
        IntStream compressed = IntStream.range(0, 1 << 16).filter(w -> (w & 0x3) != 3 && (w & 0xff) != 0);
        int[] words = IntStream.concat(compressed, IntStream.of(sample(new Random(4)))).toArray();
        check(dir, "RV64IMA without C, F, D", "rv64i2p1_m2p0_a2p1_zicsr2p0_zifencei2p0", words, aliases);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sampledWordsFullIsa(boolean aliases, @TempDir Path dir) {
        check(dir, "sampled words, full ISA", FULL, sample(new Random(1)), aliases);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sampledWordsRv64gc(boolean aliases, @TempDir Path dir) {
        check(dir, "sampled words, RV64GC", RV64GC, sample(new Random(2)), aliases);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fieldEdgeValuesFullIsa(boolean aliases, @TempDir Path dir) {
        check(dir, "field edge values, full ISA", FULL, edges(new Random(3)), aliases);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyCsrNumber(boolean aliases, @TempDir Path dir) {
        IntStream.Builder words = IntStream.builder();
        for (Opcode op : new Opcode[] {Opcode.CSRRW, Opcode.CSRRS, Opcode.CSRRC, Opcode.CSRRWI}) {
            for (int csr = 0; csr < 4096; csr++) {
                for (int[] rdRs1 : new int[][] {{0, 0}, {10, 0}, {0, 11}, {10, 11}}) {
                    int w = op.match() | Field.RD.put(rdRs1[0]) | Field.CSR.put(csr) | Field.RS1.put(rdRs1[1]);
                    if (op.accepts(w)) { // csrrw zero,cycle,zero is unimp
                        words.add(w);
                    }
                }
            }
        }
        check(dir, "every CSR number, full ISA", FULL, words.build().toArray(), aliases);
    }

    /**
     * 400 words per opcode in which each field, with even odds, takes a value aliases single out
     * (0, 1, 2, 3, 255, -1, the counter CSRs, …) instead of a random one, so that multi-field
     * conditions such as {@code ret} ({@code jalr zero,0(ra)}) come up.
     */
    static int[] edges(Random random) {
        int[] special = {0, 1, 2, 3, 5, 7, 8, 15, 31, 255, -1, -2048, 2047, 0xc00, 0xc01, 0xc02};
        IntStream.Builder words = IntStream.builder();
        for (Opcode op : Opcode.values()) {
            if (op == Opcode.UNKNOWN) {
                continue;
            }
            Field[] fields = op.fields();
            for (int n = 0; n < 400; n++) {
                int w = op.match() | random.nextInt() & ~op.mask();
                for (Field f : fields) {
                    int v = special[random.nextInt(special.length)];
                    if (random.nextBoolean() && f.fits(v)) {
                        w = w & ~f.bitMask() | f.put(v);
                    }
                }
                if (op.length() == 2) {
                    w &= 0xffff;
                }
                if (op.accepts(w)) {
                    words.add(w);
                }
            }
        }
        return words.build().distinct().toArray();
    }

    /** 48 words per opcode with random operand bits, and 20,000 random 32-bit-long words. */
    static int[] sample(Random random) {
        IntStream.Builder words = IntStream.builder();
        for (Opcode op : Opcode.values()) {
            if (op == Opcode.UNKNOWN) {
                continue;
            }
            int found = 0;
            for (int attempt = 0; found < 48 && attempt < 10_000; attempt++) {
                int w = op.match() | random.nextInt() & ~op.mask();
                if (op.length() == 2) {
                    w &= 0xffff;
                }
                if (op.accepts(w)) {
                    words.add(w);
                    found++;
                }
            }
        }
        for (int i = 0; i < 20_000; ) {
            int w = random.nextInt() | 3;
            if ((w & 0x1c) != 0x1c) { // longer than 32 bits
                words.add(w);
                i++;
            }
        }
        return words.build().toArray();
    }

    private static void check(Path dir, String label, String isa, int[] words, boolean aliases) {
        Path object = Probe.assemble(dir, isa, words);
        Extensions extensions = Extensions.parse(isa);
        Differential.Result result = Differential.compare(object, label, (m, s, a) -> extensions, aliases);
        System.out.println(result.summary());
        assertThat(result.compared()).as("instructions objdump listed").isGreaterThanOrEqualTo(words.length - 64L);
        assertThat(result.mismatches() + result.roundTripFailures()).as(result.report()).isZero();
    }
}
