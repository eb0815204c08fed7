package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The initial process stack matches what Linux's create_elf_tables builds. */
class InitialStackTest {

    private final Memory mem = new Memory(64L << 20);

    private String string(long addr) {
        return new String(mem.readCString(addr, 4096), StandardCharsets.UTF_8);
    }

    @Test
    void argcArgvEnvpAndAuxv() {
        Loader.Image img = new Loader.Image(0x10123, 0, 0x20000, 0x10040, 9);
        byte[] random = new byte[16];
        for (int i = 0; i < 16; i++) {
            random[i] = (byte) (i + 1);
        }
        long sp = Loader.stack(mem, img, List.of("/bin/prog", "a b", ""), List.of("LANG=C", "X=1"), random);
        assertThat(sp & 15).isZero();
        assertThat(mem.load64(sp)).isEqualTo(3);
        assertThat(string(mem.load64(sp + 8))).isEqualTo("/bin/prog");
        assertThat(string(mem.load64(sp + 16))).isEqualTo("a b");
        assertThat(string(mem.load64(sp + 24))).isEmpty();
        assertThat(mem.load64(sp + 32)).isZero();
        assertThat(string(mem.load64(sp + 40))).isEqualTo("LANG=C");
        assertThat(string(mem.load64(sp + 48))).isEqualTo("X=1");
        assertThat(mem.load64(sp + 56)).isZero();
        Map<Long, Long> auxv = new HashMap<>();
        long p = sp + 64;
        while (true) {
            long key = mem.load64(p);
            long value = mem.load64(p + 8);
            p += 16;
            if (key == Loader.AT_NULL) {
                break;
            }
            auxv.put(key, value);
        }
        assertThat(auxv).containsEntry((long) Loader.AT_PHDR, 0x10040L).containsEntry((long) Loader.AT_PHENT, 56L)
                .containsEntry((long) Loader.AT_PHNUM, 9L).containsEntry((long) Loader.AT_PAGESZ, 4096L)
                .containsEntry((long) Loader.AT_ENTRY, 0x10123L).containsEntry((long) Loader.AT_UID, 0L)
                .containsEntry((long) Loader.AT_EUID, 0L).containsEntry((long) Loader.AT_GID, 0L)
                .containsEntry((long) Loader.AT_EGID, 0L).containsEntry((long) Loader.AT_SECURE, 0L)
                .containsEntry((long) Loader.AT_HWCAP, Loader.HWCAP);
        assertThat(Loader.HWCAP).isEqualTo(0x112dL);
        assertThat(string(auxv.get((long) Loader.AT_EXECFN))).isEqualTo("/bin/prog");
        byte[] got = new byte[16];
        mem.read(auxv.get((long) Loader.AT_RANDOM), got, 0, 16);
        assertThat(got).isEqualTo(random);
        assertThat(Long.compareUnsigned(sp, Loader.STACK_TOP)).isNegative();
    }
}
