package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A static PIE ({@code ET_DYN}, no interpreter) loads at a base the engine picks and runs as under
 * qemu-riscv64. Debian 12's glibc has no {@code rcrt1.o}, so this one is freestanding: it relocates its
 * own pointer table from {@code R_RISCV_RELATIVE} entries, as rcrt1's startup would, then prints
 * through it.
 */
class StaticPieTest {
    private static final String SOURCE = """
        typedef unsigned long u64;
        typedef struct { u64 offset, info; long addend; } Rela;
        extern const char __ehdr_start[] __attribute__((visibility("hidden")));
        extern u64 _DYNAMIC[] __attribute__((visibility("hidden")));
        static long sys(long n, long a, long b, long c) {
            register long a7 __asm__("a7") = n;
            register long a0 __asm__("a0") = a;
            register long a1 __asm__("a1") = b;
            register long a2 __asm__("a2") = c;
            __asm__ volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2) : "memory");
            return a0;
        }
        static const char first[] = "a static PIE, ";
        static const char second[] = "relocated by itself\\n";
        const char *table[] = {first, second};
        static u64 length(const char *s) { u64 n = 0; while (s[n]) n++; return n; }
        void _start(void) {
            u64 base = (u64) __ehdr_start;
            Rela *rela = 0;
            u64 size = 0;
            for (u64 *d = _DYNAMIC; d[0] != 0; d += 2) {
                if (d[0] == 7) rela = (Rela *) (base + d[1]);
                if (d[0] == 8) size = d[1];
            }
            for (u64 i = 0; rela && i < size / sizeof(Rela); i++) {
                if ((rela[i].info & 0xffffffff) == 3) *(u64 *) (base + rela[i].offset) = base + rela[i].addend;
            }
            for (int i = 0; i < 2; i++) sys(64, 1, (long) table[i], (long) length(table[i]));
            sys(93, base % 4096 == 0 ? 0 : 3, 0, 0);
        }
        """;

    @TempDir
    Path dir;

    @Test
    void aStaticPieRunsAsUnderQemu() throws Exception {
        Path object = new CrossBuild(dir).compile("pie", SOURCE, "-fPIE", "-ffreestanding", "-fno-stack-protector");
        Path program = dir.resolve("pie");
        ReferenceTools.require(ReferenceTools.LD, "binutils-riscv64-linux-gnu");
        Processes.lines(List.of(ReferenceTools.LD, "-static", "-pie", "--no-dynamic-linker", "-o", program.toString(), object.toString()), line -> { });
        ElfFile elf = Inputs.open(program).getFirst().elf();
        assertThat(elf.header().type()).isEqualTo(ObjectFileType.DYN);
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        String expected = Processes.output(List.of(ReferenceTools.QEMU, program.toString()));
        assertThat(expected).isEqualTo("a static PIE, relocated by itself\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Options options = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        RunResult result = Machine.load(elf, List.of("pie"), List.of(), Limits.DEFAULT, options).run();
        assertThat(result.stop()).isEqualTo(new RunResult.Stop.Exited(0));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
