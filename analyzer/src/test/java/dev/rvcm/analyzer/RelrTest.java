package dev.rvcm.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RELR sizes for hand-checked layouts (gABI: an address entry, then 63-word bitmaps). */
class RelrTest {
    @Test
    void packsRunsIntoBitmaps() {
        assertThat(Relr.packedBytes(new long[0])).isZero();
        assertThat(Relr.packedBytes(new long[] {0x1000})).isEqualTo(8);
        long[] run = new long[64];
        for (int i = 0; i < run.length; i++) {
            run[i] = 0x1000 + 8L * i;
        }
        assertThat(Relr.packedBytes(run)).as("address + one full bitmap").isEqualTo(16);
        long[] longer = new long[65];
        for (int i = 0; i < longer.length; i++) {
            longer[i] = 0x1000 + 8L * i;
        }
        assertThat(Relr.packedBytes(longer)).as("address + two bitmaps").isEqualTo(24);
        assertThat(Relr.packedBytes(new long[] {0x1000, 0x9000})).as("far apart: two addresses").isEqualTo(16);
    }
}
