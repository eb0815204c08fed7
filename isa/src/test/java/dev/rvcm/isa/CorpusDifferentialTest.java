package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.ReferenceTools;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Disassembles every instruction objdump lists for real binaries — Debian's riscv64 glibc (shared
 * object and every member of the static archive), the medany and medlow Linux 6.1 kernels and the
 * medany kernel as one relocatable object (whose mapping symbols switch ISA between regions) — and
 * requires the same text, with and without {@code -M no-aliases}, and that every word re-encodes to
 * itself. The extensions at each address come from the file's ISA strings ({@code Tag_RISCV_arch}
 * and {@code $x<isa>} mapping symbols), as objdump's do.
 */
class CorpusDifferentialTest {

    @BeforeAll
    static void tools() {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.READELF, "binutils-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.AS, "binutils-riscv64-linux-gnu");
    }

    static Stream<Arguments> corpus() {
        return Stream.of("libc.so.6", "libc.a", "medany/vmlinux", "medlow/vmlinux", "medany/vmlinux.o")
                .flatMap(name -> Stream.of(Arguments.of(name, true), Arguments.of(name, false)));
    }

    @ParameterizedTest(name = "{0}, aliases={1}")
    @MethodSource("corpus")
    void matchesObjdump(String name, boolean aliases) {
        Path file = switch (name) {
            case "libc.so.6" -> Corpus.LIBC_SO;
            case "libc.a" -> Corpus.LIBC_A;
            default -> Corpus.kernel(name.substring(0, name.indexOf('/')), name.substring(name.indexOf('/') + 1));
        };
        ReferenceTools.require(file);
        Differential.Result result = Differential.compare(file, name, MappingSymbols.of(file), aliases);
        System.out.println(result.summary());
        assertThat(result.compared()).as("instructions objdump listed for " + name).isGreaterThan(100_000);
        assertThat(result.mismatches() + result.roundTripFailures()).as(result.report()).isZero();
    }
}
