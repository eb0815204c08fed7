package dev.rvcm.relocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SectionGroup;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.TestInput;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Section headers, {@code .symtab}, section groups and the RISC-V arch attribute agree with
 * {@code readelf -SW}, {@code -sW}, {@code -gW} and {@code -A} on fixtures, glibc and a kernel.
 */
class ModelDifferentialTest {
    private static final Pattern SECTION = Pattern.compile(
        "^\\s*\\[\\s*(\\d+)]\\s(.*?)\\s+(\\S+(?: SECTION INDICES)?)\\s+([0-9a-f]{16})\\s([0-9a-f]{6,})\\s([0-9a-f]{6,})\\s([0-9a-f]{2})\\s+(\\S*)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");
    private static final Pattern SYMBOL = Pattern.compile(
        "^\\s*(\\d+):\\s([0-9a-f]{16})\\s+(\\d+|0x[0-9a-f]+)\\s+\\S+\\s+\\S+\\s+\\S+\\s+(\\S+)(?: (.*))?$");
    private static final Pattern GROUP = Pattern.compile("^COMDAT group section \\[\\s*(\\d+)] `(.*)' \\[(.*)] contains");
    private static final Pattern MEMBER = Pattern.compile("^\\s+\\[\\s*(\\d+)]\\s+\\S");

    /** An object with more than 65,280 sections: extended numbering and SHT_SYMTAB_SHNDX, made by gas. */
    private static Path manySections() {
        ReferenceTools.require(ReferenceTools.AS, "binutils-riscv64-linux-gnu");
        try {
            Path dir = Files.createTempDirectory("rvcm-many-sections");
            StringBuilder source = new StringBuilder();
            for (int i = 0; i < 66_000; i++) {
                source.append(".section .t").append(i).append(",\"ax\",@progbits\n.globl f").append(i)
                    .append("\nf").append(i).append(": call f").append(i / 2).append('\n');
            }
            Path s = Files.writeString(dir.resolve("many.s"), source);
            Path o = dir.resolve("many.o");
            Processes.lines(List.of(ReferenceTools.AS, "-o", o.toString(), s.toString()), line -> { });
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<TestInput> files() {
        return Stream.of(new TestInput("132,009 sections", ModelDifferentialTest::manySections), TestInput.fixture("reloc-zoo.o"),
            TestInput.fixture("tiny-medany"), TestInput.fixture("tls/pic/tls_lib.o"), TestInput.glibc(Corpus.LIBC_SO),
            TestInput.kernel("medany", "vmlinux"), TestInput.kernel("medlow", "vmlinux.o"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void sectionHeadersMatch(TestInput input) {
        Path file = input.path();
        ReferenceTools.requireReadelf();
        ElfFile elf = Inputs.open(file).getFirst().elf();
        List<String> expected = new ArrayList<>();
        readelf(file, "-SW", SECTION, m -> expected.add(m.group(1) + "|" + m.group(2) + "|" + m.group(4) + "|"
            + Long.parseLong(m.group(5), 16) + "|" + Long.parseLong(m.group(6), 16) + "|" + m.group(9) + "|" + m.group(10)));
        assertThat(expected).hasSize(elf.sections().size());
        List<String> actual = new ArrayList<>();
        for (Section s : elf.sections()) {
            actual.add(s.index() + "|" + s.name() + "|" + String.format("%016x", s.address()) + "|" + s.offset() + "|"
                + s.size() + "|" + s.link() + "|" + s.info());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("files")
    void symbolTableMatches(TestInput input) {
        Path file = input.path();
        ReferenceTools.requireReadelf();
        ElfFile elf = Inputs.open(file).getFirst().elf();
        List<String> expected = new ArrayList<>();
        boolean[] inSymtab = {false};
        Processes.lines(List.of(ReferenceTools.READELF, "-sW", file.toString()), line -> {
            if (line.startsWith("Symbol table '")) {
                inSymtab[0] = line.startsWith("Symbol table '.symtab'");
                return;
            }
            Matcher m = SYMBOL.matcher(line);
            if (inSymtab[0] && m.matches()) {
                long size = m.group(3).startsWith("0x") ? Long.parseLong(m.group(3).substring(2), 16) : Long.parseLong(m.group(3));
                expected.add(m.group(1) + "|" + m.group(2) + "|" + size + "|" + (m.group(5) == null ? "" : m.group(5)));
            }
        });
        assertThat(expected).hasSize(elf.symbolTable().map(SymbolTable::count).orElse(0));
        List<String> actual = new ArrayList<>();
        elf.symbolTable().ifPresent(symbols -> {
            for (int i = 0; i < symbols.count(); i++) {
                actual.add(i + "|" + String.format("%016x", symbols.value(i)) + "|" + symbols.size(i) + "|"
                    + (symbols.type(i) == SymbolTable.STT_SECTION && symbols.unnamed(i) ? symbols.displayName(i) : printable(symbols.name(i))));
            }
        });
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("files")
    void groupsAndArchMatch(TestInput input) {
        Path file = input.path();
        ReferenceTools.requireReadelf();
        ElfFile elf = Inputs.open(file).getFirst().elf();
        List<String> expected = new ArrayList<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-gW", file.toString()), line -> {
            Matcher g = GROUP.matcher(line);
            Matcher member = MEMBER.matcher(line);
            if (g.find()) {
                expected.add("group " + g.group(1) + " " + g.group(3));
            } else if (member.find() && !expected.isEmpty()) {
                expected.add("  " + member.group(1));
            }
        });
        List<String> actual = new ArrayList<>();
        for (SectionGroup group : elf.groups()) {
            actual.add("group " + group.section().index() + " " + group.signature());
            group.members().forEach(m -> actual.add("  " + m));
        }
        assertThat(actual).containsExactlyElementsOf(expected);

        List<String> arch = new ArrayList<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-A", file.toString()), line -> {
            if (line.strip().startsWith("Tag_RISCV_arch: ")) {
                arch.add(line.strip().substring(17, line.strip().length() - 1));
            }
        });
        assertThat(elf.attributes().flatMap(a -> a.arch()).stream().toList()).isEqualTo(arch);
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c < 0x20) {
                out.append('^').append((char) (c ^ 0x40));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void readelf(Path file, String option, Pattern pattern, java.util.function.Consumer<Matcher> rows) {
        Processes.lines(List.of(ReferenceTools.READELF, option, file.toString()), line -> {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                rows.accept(m);
            }
        });
    }
}
