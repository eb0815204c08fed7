package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Little-endian, misaligned and page-crossing accesses; permissions; lazy pages and the limit. */
class MemoryTest {

    private final Memory mem = new Memory(1L << 20);

    @Test
    void littleEndianMisalignedAndAcrossPages() {
        mem.map(0x10000, 0x2000, Memory.R | Memory.W);
        mem.store64(0x10ffd, 0x1122334455667788L);
        assertThat(mem.load64(0x10ffd)).isEqualTo(0x1122334455667788L);
        assertThat(mem.load8(0x10ffd)).isEqualTo((byte) 0x88);
        assertThat(mem.load32(0x10fff)).isEqualTo(0x33445566);
        assertThat(mem.load16(0x10fff)).isEqualTo((short) 0x5566);
        mem.store32(0x10001, 0xdeadbeef);
        assertThat(mem.load64(0x10000) >>> 8).isEqualTo(0xdeadbeefL);
    }

    @Test
    void permissionsAndUnmappedAddressesFault() {
        mem.map(0x10000, 0x1000, Memory.R);
        assertThat(mem.load64(0x10000)).isZero();
        assertThatThrownBy(() -> mem.store8(0x10000, (byte) 1)).isInstanceOf(GuestFault.class)
                .extracting(e -> ((GuestFault) e).kind()).isEqualTo(GuestFault.Cause.STORE_ACCESS);
        assertThatThrownBy(() -> mem.load8(0x20000)).isInstanceOf(GuestFault.class)
                .extracting(e -> ((GuestFault) e).kind()).isEqualTo(GuestFault.Cause.LOAD_ACCESS);
        assertThatThrownBy(() -> mem.fetch16(0x10000)).isInstanceOf(GuestFault.class)
                .extracting(e -> ((GuestFault) e).kind()).isEqualTo(GuestFault.Cause.FETCH_ACCESS);
        // a store whose last byte crosses into a read-only page writes nothing
        mem.map(0x30000, 0x1000, Memory.R | Memory.W);
        mem.map(0x31000, 0x1000, Memory.R);
        assertThatThrownBy(() -> mem.store64(0x30ffc, -1L)).isInstanceOf(GuestFault.class);
        assertThat(mem.load32(0x30ffc)).isZero();
    }

    @Test
    void pagesAreAllocatedOnFirstTouchWithinTheLimit() {
        mem.map(0x100000, 64L << 20, Memory.R | Memory.W);
        assertThat(mem.touchedBytes()).isZero();
        mem.store8(0x100000, (byte) 1);
        assertThat(mem.touchedBytes()).isEqualTo(4096);
        assertThatThrownBy(() -> {
            for (long a = 0x100000; a < 0x100000 + (2L << 20); a += 4096) {
                mem.store8(a, (byte) 1);
            }
        }).isInstanceOf(GuestFault.class).extracting(e -> ((GuestFault) e).kind())
                .isEqualTo(GuestFault.Cause.OUT_OF_MEMORY);
    }

    @Test
    void unmapAndProtectSplitRegions() {
        mem.map(0x10000, 0x4000, Memory.R | Memory.W);
        mem.unmap(0x11000, 0x1000);
        assertThat(mem.isMapped(0x10000, 0x1000)).isTrue();
        assertThat(mem.isMapped(0x11000, 0x1000)).isFalse();
        assertThat(mem.isMapped(0x12000, 0x2000)).isTrue();
        mem.protect(0x12000, 0x1000, Memory.R);
        assertThatThrownBy(() -> mem.store8(0x12000, (byte) 1)).isInstanceOf(GuestFault.class);
        mem.store8(0x13000, (byte) 1);
        assertThat(mem.mappedBytes()).isEqualTo(0x3000);
    }
}
