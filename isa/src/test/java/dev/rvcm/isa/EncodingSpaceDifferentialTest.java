package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

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
        Toolchain.require();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyCompressedWord(boolean aliases, @TempDir Path dir) {
        int[] words = IntStream.range(0, 1 << 16).filter(w -> (w & 3) != 3).toArray();
        check(dir, RV64GC, words, aliases);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sampledWordsFullIsa(boolean aliases, @TempDir Path dir) {
        check(dir, FULL, sample(new Random(1)), aliases);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sampledWordsRv64gc(boolean aliases, @TempDir Path dir) {
        check(dir, RV64GC, sample(new Random(2)), aliases);
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

    private static void check(Path dir, String isa, int[] words, boolean aliases) {
        Path object = Probe.assemble(dir, isa, words);
        Differential.Result result = Differential.compare(object, isa, Extensions.parse(isa), aliases);
        System.out.println(result.summary());
        assertThat(result.compared()).as("instructions objdump listed").isGreaterThanOrEqualTo(words.length - 64L);
        assertThat(result.mismatches() + result.roundTripFailures()).as(result.report()).isZero();
    }
}
