package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the opcode table itself: disjoint entries, complete fields, encoders that round-trip. */
class OpcodeTableTest {

    private static List<Opcode> entries() {
        List<Opcode> entries = new ArrayList<>(List.of(Opcode.values()));
        entries.remove(Opcode.UNKNOWN);
        return entries;
    }

    @Test
    void noTwoEntriesAcceptTheSameWord() {
        List<String> overlaps = new ArrayList<>();
        List<Opcode> entries = entries();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                Opcode a = entries.get(i);
                Opcode b = entries.get(j);
                if (((a.match() ^ b.match()) & a.mask() & b.mask()) != 0) {
                    continue;
                }
                List<int[]> excluded = new ArrayList<>();
                addExclusions(a, excluded);
                addExclusions(b, excluded);
                if (!covered(a.match() | b.match(), a.mask() | b.mask(), excluded)) {
                    overlaps.add(a + " / " + b);
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    private static void addExclusions(Opcode op, List<int[]> out) {
        int[] ex = op.exclusions();
        for (int k = 0; k < ex.length; k += 2) {
            out.add(new int[] {ex[k], ex[k + 1]});
        }
    }

    /** Whether every word of the cube ({@code match} under {@code mask}) lies in one of the (mask, match) cubes. */
    private static boolean covered(int match, int mask, List<int[]> cubes) {
        for (int[] c : cubes) {
            if ((c[0] & ~mask) == 0 && (match & c[0]) == c[1]) {
                return true;
            }
        }
        for (int[] c : cubes) {
            if (((match ^ c[1]) & c[0] & mask) == 0) {
                int bit = Integer.lowestOneBit(c[0] & ~mask);
                return covered(match, mask | bit, cubes) && covered(match | bit, mask | bit, cubes);
            }
        }
        return false;
    }

    @Test
    void everyCompressedWordHasAtMostOneEntry() {
        List<Opcode> compressed = entries().stream().filter(op -> op.length() == 2).toList();
        for (int w = 0; w < 1 << 16; w++) {
            if ((w & 3) == 3) {
                continue;
            }
            int word = w;
            assertThat(compressed.stream().filter(op -> op.accepts(word)).count())
                    .as("entries accepting %04x", w).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void maskAndFieldsCoverEveryBitExactlyOnce() {
        for (Opcode op : entries()) {
            int width = op.length() == 2 ? 0xffff : 0xffffffff;
            int covered = op.mask() & width;
            for (Field f : op.fields()) {
                assertThat(covered & f.bitMask()).as("%s: %s overlaps the mask or another field", op, f).isZero();
                covered |= f.bitMask();
            }
            assertThat(covered).as("%s covers all bits", op).isEqualTo(width);
            assertThat(op.match() & ~op.mask()).as("%s match outside mask", op).isZero();
        }
    }

    @Test
    void encodeOfOperandsGivesTheWordBackAndTheEntryAcceptsIt() {
        Random random = new Random(42);
        for (Opcode op : entries()) {
            int accepted = 0;
            for (int attempt = 0; attempt < 20_000 && accepted < 200; attempt++) {
                int word = op.match() | random.nextInt() & ~op.mask();
                if (op.length() == 2) {
                    word &= 0xffff;
                }
                if (!op.accepts(word)) {
                    continue;
                }
                accepted++;
                int encoded = op.encode(op.operands(word));
                assertThat(encoded).as("%s %08x", op, word).isEqualTo(word);
                assertThat(op.accepts(encoded)).isTrue();
                assertThat(new Decoder(Extensions.ALL).opcode(word)).isEqualTo(op);
            }
            assertThat(accepted).as("%s accepts some words", op).isPositive();
        }
    }

    @Test
    void encodeRejectsOutOfRangeAndReservedOperands() {
        assertThatThrownBy(() -> Opcode.ADDI.encode(10, 10, 2048)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Opcode.BEQ.encode(10, 11, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Opcode.C_LW.encode(7, 8, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Opcode.C_ADDI4SPN.encode(8, 0))
                .as("c.addi4spn with a zero immediate is reserved").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Opcode.ADD.encode(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodesByTheManual() {
        assertThat(Opcode.ADDI.encode(2, 2, -16)).isEqualTo(0xff010113);      // addi sp,sp,-16
        assertThat(Opcode.C_ADDI.encode(2, -16)).isEqualTo(0x1141);           // c.addi sp,-16
        assertThat(Opcode.AUIPC.encode(15, 0)).isEqualTo(0x00000797);         // auipc a5,0x0
        assertThat(Opcode.JAL.encode(0, 0x10ca)).isEqualTo(0x0ca0106f);       // j +0x10ca
        assertThat(Opcode.AMOADD_W.encode(10, 11, 12, 3)).isEqualTo(0x06b6252f); // amoadd.w.aqrl a0,a1,(a2)
        assertThat(Opcode.C_J.encode(-2)).isEqualTo(0xbffd);
    }

    @Test
    void fallbacksAreEntriesOfEnabledBaseExtensions() {
        assertThat(Opcode.PREFETCH_W.fallback()).isEqualTo(Opcode.ORI);
        assertThat(Opcode.PAUSE.fallback()).isEqualTo(Opcode.FENCE);
        Decoder rv64gc = new Decoder(Extensions.RV64GC);
        assertThat(rv64gc.opcode(0x00356013)).isEqualTo(Opcode.ORI);
        assertThat(rv64gc.opcode(0x0100000f)).isEqualTo(Opcode.FENCE);
        assertThat(rv64gc.opcode(0x0025200f)).isEqualTo(Opcode.UNKNOWN);
        assertThat(new Decoder(Extensions.ALL).opcode(0x0025200f)).isEqualTo(Opcode.CBO_FLUSH);
    }
}
