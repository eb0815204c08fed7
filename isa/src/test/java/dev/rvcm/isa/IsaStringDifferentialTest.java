package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ElfReader;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ISA strings and privileged-spec attributes read as GNU objdump 2.40 reads them, checked against
 * objdump itself: the extensions a string implies (i2p0 holds zicsr and zifencei; g, d, q, v, h,
 * zfh, zve*, zfinx, s* chains), in strings exactly as written (patched into an assembled object's
 * Tag_RISCV_arch and $x mapping symbol, so that GNU as does not normalise them), in what GNU as 2.40 writes under each
 * -misa-spec, and in $x mapping symbols; and the name of every CSR number under every privileged
 * spec GNU as accepts.
 */
class IsaStringDifferentialTest {
    /** A string GNU as accepts whose bytes are replaced by the string under test (padded with '_'). */
    private static final String PLACEHOLDER = "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0_zba1p0_zbb1p0_zbs1p0"
        + "_zicbom1p0_zicboz1p0_zicbop1p0_zihintpause2p0";
    /**
     * One instruction of each extension the strings switch on or off: csrr a0,sstatus; frcsr a0 (F's
     * alias of csrr a0,fcsr); fence.i; flw; fadd.d; mul; div; amoadd.w; c.nop; c.fld; sh1add; bseti;
     * cbo.clean; pause.
     */
    private static final int[] WORDS = {0x10002573, 0x00302573, 0x0000100f, 0x00052507, 0x02c5f553, 0x02c58533,
        0x02c5c533, 0x00b6252f, 0x0001, 0x2008, 0x20c5a533, 0x28159513, 0x0015200f, 0x0100000f};
    private static final List<String> BASES = List.of("rv64i", "rv64i2", "rv64i2p0", "rv64i2p1", "rv64i1p0", "rv64i3p0",
        "rv64g", "rv64gc", "rv64e", "rv64imafdc", "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0");
    /**
     * Extensions added to each base: every implication rule that ends in an extension rvcm decodes.
     * Not here, because rvcm does not decode what they add: v (objdump then reads some 16-bit words
     * as vector instructions), zfinx/zdinx/zhinx (floating point in integer registers), zmmul alone.
     */
    private static final List<String> EXTRAS = List.of("", "_m2p0", "_f2p2", "_d2p2", "_q2p2", "_c2p0", "_h1p0",
        "_zve32f1p0", "_zve64f1p0", "_zve64d1p0", "_zfh1p0", "_zfhmin1p0", "_smaia1p0", "_ssaia1p0", "_smstateen1p0",
        "_ssstateen1p0", "_smepmp1p0", "_sscofpmf1p0", "_sstc1p0", "_zicsr2p0", "_zifencei2p0", "_zba1p0_zbs1p0",
        "_zicbom1p0", "_zihintpause2p0", "_xfoo1p0");

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.AS, "binutils-riscv64-linux-gnu");
    }

    @Test
    void stringsAsWrittenImplyWhatObjdumpImplies() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String base : BASES) {
            for (String extra : EXTRAS) {
                String isa = base + extra;
                // with zve*, objdump 2.40 reads the 16-bit 0x0001 after it as part of a vector instruction
                int[] words = isa.contains("zve") ? IntStream.of(WORDS).filter(w -> w != 0x0001).toArray() : WORDS;
                Path object = withArch(isa, words);
                Extensions ours = Extensions.parse(isa);
                for (boolean aliases : new boolean[] {true, false}) {
                    Differential.Result r = Differential.compare(object, isa, (m, s, a) -> ours, aliases);
                    compared += (int) r.compared();
                    if (r.mismatches() > 0) {
                        mismatches.add(r.report());
                    }
                }
            }
        }
        System.out.printf("ISA strings: %d instructions compared under %d strings%n", compared, BASES.size() * EXTRAS.size());
        assertThat(compared).isGreaterThanOrEqualTo(2 * (WORDS.length - 1) * BASES.size() * EXTRAS.size());
        assertThat(mismatches).isEmpty();
    }

    /** GNU as 2.40 writes i2p0 without zicsr under -misa-spec=2.2 (Debian's default), and $x mapping symbols likewise. */
    @Test
    void whatGnuAsWritesUnderEveryIsaSpec() throws IOException {
        String source = """
            csrr a0, sstatus
            fence.i
            .option push
            .option arch, +zba
            sh1add a0, a1, a2
            csrw sscratch, a0
            .option pop
            rdtime a0
            """;
        String[][] builds = {{"2.2", "rv64gc"}, {"2.2", "rv64imac"}, {"20190608", "rv64gc"}, {"20191213", "rv64gc"},
            {"20191213", "rv64imac_zicsr_zifencei"}};
        for (String[] build : builds) {
            Path s = Files.writeString(dir.resolve("as.s"), ".text\n" + source);
            Path o = dir.resolve("as-" + build[0] + "-" + build[1] + ".o");
            Differential.run(ReferenceTools.AS, "-march=" + build[1], "-misa-spec=" + build[0], "-o", o.toString(), s.toString());
            ElfFile elf = ElfReader.read(o.toString(), ByteBuffer.wrap(Files.readAllBytes(o)));
            IsaRegions regions = IsaRegions.of(elf);
            int text = elf.section(".text").orElseThrow().index();
            for (boolean aliases : new boolean[] {true, false}) {
                Differential.Result r = Differential.compare(o, String.join(" ", build),
                    (m, section, address) -> regions.at(text, address), aliases);
                assertThat(r.compared()).isEqualTo(5);
                assertThat(r.mismatches()).as(r.report()).isZero();
            }
        }
    }

    @Test
    void everyCsrNameUnderEveryPrivilegedSpec() throws IOException {
        IntStream.Builder words = IntStream.builder();
        for (int csr = 0; csr < 4096; csr++) {
            words.add(csr << 20 | 11 << 15 | 2 << 12 | 10 << 7 | 0x73); // csrrs a0,csr,a1
            words.add(csr << 20 | 2 << 12 | 10 << 7 | 0x73);            // csrr a0,csr
            words.add(csr << 20 | 11 << 15 | 1 << 12 | 0x73);           // csrw csr,a1
        }
        int[] all = words.build().filter(w -> w != 0xc0001073).toArray(); // csrrw zero,cycle,zero is unimp
        for (String spec : new String[] {"none", "1.9.1", "1.10", "1.11", "1.12"}) {
            List<String> lines = new ArrayList<>();
            if (!spec.equals("none")) {
                String[] v = (spec + ".0").split("\\.");
                lines.add(".attribute priv_spec, " + v[0]);
                lines.add(".attribute priv_spec_minor, " + v[1]);
                lines.add(".attribute priv_spec_revision, " + v[2]);
            }
            lines.add(".attribute arch, \"" + PLACEHOLDER + "\"");
            lines.add(".text");
            for (int w : all) {
                lines.add(".insn 4, 0x%08x".formatted(w));
            }
            Path s = Files.write(dir.resolve("csr.s"), lines);
            Path o = dir.resolve("csr-" + spec + ".o");
            Differential.run(ReferenceTools.AS, "-o", o.toString(), s.toString());
            ElfFile elf = ElfReader.read(o.toString(), ByteBuffer.wrap(Files.readAllBytes(o)));
            PrivilegedSpec privileged = PrivilegedSpec.of(elf);
            assertThat(privileged.version()).isEqualTo(spec.equals("none") ? "1.12" : spec);
            Extensions extensions = Extensions.parse(PLACEHOLDER);
            for (boolean aliases : new boolean[] {true, false}) {
                Differential.Result r = Differential.compare(o, "CSRs, privileged spec " + spec, (m, section, a) -> extensions,
                    aliases, privileged);
                System.out.println(r.summary());
                assertThat(r.compared()).isEqualTo(all.length);
                assertThat(r.mismatches()).as(r.report()).isZero();
            }
        }
    }

    /** Assembles {@code words} under {@link #PLACEHOLDER}, then writes {@code isa} over the attribute string. */
    private Path withArch(String isa, int[] words) {
        Path object = Probe.assemble(dir, PLACEHOLDER, words);
        try {
            byte[] bytes = Files.readAllBytes(object);
            String written = ElfReader.read(object.toString(), ByteBuffer.wrap(bytes)).attributes().orElseThrow().arch().orElseThrow();
            byte[] placeholder = written.getBytes(StandardCharsets.US_ASCII);
            assertThat(isa.length()).isLessThanOrEqualTo(placeholder.length);
            byte[] replacement = (isa + "_".repeat(placeholder.length - isa.length())).getBytes(StandardCharsets.US_ASCII);
            int replaced = 0;
            for (int at = indexOf(bytes, placeholder, 0); at >= 0; at = indexOf(bytes, placeholder, at + 1)) {
                System.arraycopy(replacement, 0, bytes, at, replacement.length);
                replaced++;
            }
            assertThat(replaced).as("the attribute string and the $x mapping symbol's name").isEqualTo(2);
            Path patched = dir.resolve("isa.o");
            Files.write(patched, bytes);
            return patched;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
