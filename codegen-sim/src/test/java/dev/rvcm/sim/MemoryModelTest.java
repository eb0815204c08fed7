package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Memory} (pages of 64-bit words) against a plain byte array: random loads and stores of 1, 2,
 * 4 and 8 bytes at every alignment, inside words, across words and across pages, and bulk copies,
 * must read back what the byte array holds; pages dropped or protected must fault even when the TLB
 * held them.
 */
class MemoryModelTest {

    private static final long BASE = 0x40000;
    private static final int SIZE = 3 * Memory.PAGE_SIZE;

    private final Memory mem = new Memory(1L << 20);
    private final byte[] model = new byte[SIZE];
    private final Random random = new Random(20261207);

    private long modelLoad(int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | model[at + k] & 0xffL;
        }
        return v;
    }

    private long load(long a, int size) {
        return switch (size) {
            case 1 -> mem.load8(a) & 0xffL;
            case 2 -> mem.load16(a) & 0xffffL;
            case 4 -> mem.load32(a) & 0xffffffffL;
            default -> mem.load64(a);
        };
    }

    private void store(long a, int size, long v) {
        switch (size) {
            case 1 -> mem.store8(a, (byte) v);
            case 2 -> mem.store16(a, (short) v);
            case 4 -> mem.store32(a, (int) v);
            default -> mem.store64(a, v);
        }
    }

    @Test
    void wordPagesReadBackWhatAByteArrayHolds() {
        mem.map(BASE, SIZE, Memory.R | Memory.W);
        for (int step = 0; step < 200_000; step++) {
            int size = 1 << random.nextInt(4);
            // half the accesses near a page or word boundary
            int at = random.nextBoolean() ? random.nextInt(SIZE - 8)
                    : Math.min(SIZE - 8, (1 + random.nextInt(2)) * Memory.PAGE_SIZE - 8 + random.nextInt(16));
            if (random.nextInt(3) == 0) {
                long v = random.nextLong();
                store(BASE + at, size, v);
                for (int k = 0; k < size; k++) {
                    model[at + k] = (byte) (v >>> (8 * k));
                }
            } else {
                assertThat(load(BASE + at, size)).as("%d bytes at +%d", size, at).isEqualTo(modelLoad(at, size));
            }
        }
        byte[] all = new byte[SIZE];
        mem.read(BASE, all, 0, SIZE);
        assertThat(all).isEqualTo(model);
        byte[] chunk = new byte[5000];
        random.nextBytes(chunk);
        mem.write(BASE + 3, chunk, 0, chunk.length);
        System.arraycopy(chunk, 0, model, 3, chunk.length);
        mem.read(BASE, all, 0, SIZE);
        assertThat(all).isEqualTo(model);
    }

    @Test
    void droppedAndProtectedPagesFaultThoughTheTlbHeldThem() {
        mem.map(BASE, SIZE, Memory.R | Memory.W);
        mem.store64(BASE + Memory.PAGE_SIZE, 7);
        assertThat(mem.load64(BASE + Memory.PAGE_SIZE)).isEqualTo(7);
        mem.protect(BASE + Memory.PAGE_SIZE, Memory.PAGE_SIZE, Memory.R);
        assertThatThrownBy(() -> mem.store64(BASE + Memory.PAGE_SIZE, 8)).isInstanceOf(GuestFault.class);
        assertThat(mem.load64(BASE + Memory.PAGE_SIZE)).isEqualTo(7);
        mem.unmap(BASE + Memory.PAGE_SIZE, Memory.PAGE_SIZE);
        assertThatThrownBy(() -> mem.load64(BASE + Memory.PAGE_SIZE)).isInstanceOf(GuestFault.class);
        mem.store64(BASE, 9);
        assertThat(mem.load64(BASE)).isEqualTo(9);
    }

    @Test
    void aPageCopyCarriesEveryByte() {
        mem.map(BASE, SIZE, Memory.R | Memory.W);
        byte[] page = new byte[Memory.PAGE_SIZE];
        random.nextBytes(page);
        mem.write(BASE, page, 0, page.length);
        mem.protect(BASE + 2L * Memory.PAGE_SIZE, Memory.PAGE_SIZE, Memory.R);
        mem.copyPage(BASE, BASE + 2L * Memory.PAGE_SIZE);
        byte[] copy = new byte[Memory.PAGE_SIZE];
        mem.read(BASE + 2L * Memory.PAGE_SIZE, copy, 0, copy.length);
        assertThat(copy).isEqualTo(page);
    }
}
