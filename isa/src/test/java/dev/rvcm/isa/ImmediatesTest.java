package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Every immediate accessor inverts its encoder: for every value a field holds, and for every word. */
class ImmediatesTest {

    @Test
    void everyValueOfEveryFieldRoundTrips() {
        for (Field field : Field.values()) {
            if (field == Field.RAW) {
                continue;
            }
            int step = field == Field.U_IMM || field == Field.C_LUI_IMM ? 4096 : 1;
            long count = 0;
            for (long v = field == Field.U_IMM ? Integer.MIN_VALUE : -(1 << 21); v <= Integer.MAX_VALUE
                    && (v <= 1 << 21 || field == Field.U_IMM); v += step) {
                int value = (int) v;
                if (!field.fits(value)) {
                    continue;
                }
                count++;
                int bits = field.put(value);
                assertThat(bits & ~field.bitMask()).as("%s writes outside its bits", field).isZero();
                assertThat(field.get(bits)).as("%s value %d", field, value).isEqualTo(value);
            }
            assertThat(count).as("%s holds as many values as it has bits", field)
                    .isEqualTo(1L << Integer.bitCount(field.bitMask()));
        }
    }

    @Property
    void everyWordRoundTripsThroughEveryField(@ForAll Field field, @ForAll int word) {
        int bits = word & field.bitMask();
        assertThat(field.put(field.get(bits))).as("%s bits %08x", field, bits).isEqualTo(bits);
    }

    @Property
    void iImmIsSignExtended(@ForAll int word) {
        assertThat(Immediates.iImm(word)).isBetween(-2048, 2047);
        assertThat(Immediates.iImm(word) & 0xfff).isEqualTo(word >>> 20);
    }

    @Test
    void immediatesByTheManual() {
        assertThat(Immediates.iImm(0xff010113)).isEqualTo(-16);        // addi sp,sp,-16
        assertThat(Immediates.sImm(0x00113423)).isEqualTo(8);          // sd ra,8(sp)
        assertThat(Immediates.bImm(0xfe0718e3)).isEqualTo(-16);        // bnez a4,.-16
        assertThat(Immediates.uImm(0x00000797)).isZero();              // auipc a5,0x0
        assertThat(Immediates.jImm(0x0ca0106f)).isEqualTo(0x10ca);     // j .+0x10ca
        assertThat(Immediates.ciImm(0x1141)).isEqualTo(-16);           // c.addi sp,-16
        assertThat(Immediates.ciAddi16spImm(0x7139)).isEqualTo(-64);   // c.addi16sp sp,-64
        assertThat(Immediates.ciwImm(0x00a0)).isEqualTo(72);           // c.addi4spn s0,sp,72
        assertThat(Immediates.ciLdspImm(0x60a2)).isEqualTo(8);         // c.ldsp ra,8(sp)
        assertThat(Immediates.cssSdspImm(0xe406)).isEqualTo(8);        // c.sdsp ra,8(sp)
        assertThat(Immediates.cjImm(0xbffd)).isEqualTo(-2);            // c.j .-2
    }
}
