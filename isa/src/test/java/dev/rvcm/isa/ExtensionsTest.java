package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExtensionsTest {

    @Test
    void parsesVersionedIsaStrings() {
        Extensions kernel = Extensions.parse(
                "rv64i2p1_m2p0_a2p1_c2p0_zicbom1p0_zicsr2p0_zifencei2p0_zihintpause2p0_zmmul1p0");
        assertThat(kernel.toSet()).containsExactlyInAnyOrder(Extension.I, Extension.M, Extension.A, Extension.C,
                Extension.ZICBOM, Extension.ZICSR, Extension.ZIFENCEI, Extension.ZIHINTPAUSE, Extension.PRIVILEGED);
    }

    @Test
    void expandsG() {
        assertThat(Extensions.parse("rv64gc")).isEqualTo(Extensions.RV64GC);
        assertThat(Extensions.parse("rv64imafdc_zicsr_zifencei")).isEqualTo(Extensions.RV64GC);
    }

    @Test
    void dImpliesF() {
        assertThat(Extensions.parse("rv64id").has(Extension.F)).isTrue();
    }

    @Test
    void rejectsOtherBases() {
        assertThatThrownBy(() -> Extensions.parse("rv32gc")).isInstanceOf(IllegalArgumentException.class);
    }
}
