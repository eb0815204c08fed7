package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.ReferenceTools;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rvcm disasm} against {@code riscv64-linux-gnu-objdump -dr} (binutils 2.40), with and without
 * {@code -M no-aliases}, on the committed fixtures, every member of Debian's riscv64 {@code libc.a},
 * its {@code libc.so.6} (its {@code .text}, and every code section with the {@code @plt} stubs) and the
 * {@code .text} of the medany Linux 6.1 vmlinux.
 * Both listings are compared line by line: every instruction and data line (address, encoding, text
 * with the {@code <symbol>} after branch and jump targets and the {@code # address <symbol>} comments,
 * after folding blanks),
 * every block label line ({@code 0000000000000000 <name>:}), every relocation line, every {@code ...}
 * and every heading.
 */
class DisasmDifferentialTest {
    private static final int REPORTED = 20;

    @TempDir
    Path temp;

    @BeforeAll
    static void tools() {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
    }

    static Stream<Arguments> inputs() {
        return Stream.of("reloc-zoo.o", "tiny-medany", "libc.a", "libc.so.6 .text", "libc.so.6", "vmlinux .text")
            .flatMap(name -> Stream.of(Arguments.of(name, true), Arguments.of(name, false)));
    }

    @ParameterizedTest(name = "{0}, aliases={1}")
    @MethodSource("inputs")
    void matchesObjdump(String name, boolean aliases) throws Exception {
        Path file = switch (name) {
            case "reloc-zoo.o", "tiny-medany" -> Corpus.fixture(name);
            case "libc.a" -> Corpus.glibc(Corpus.LIBC_A);
            case "libc.so.6 .text", "libc.so.6" -> Corpus.glibc(Corpus.LIBC_SO);
            default -> Corpus.kernel("medany", "vmlinux");
        };
        String section = name.endsWith(" .text") ? ".text" : null;

        List<String> objdump = new ArrayList<>(List.of(ReferenceTools.OBJDUMP, "-dr"));
        List<String> rvcm = new ArrayList<>(List.of("disasm"));
        if (!aliases) {
            objdump.addAll(List.of("-M", "no-aliases"));
            rvcm.add("--no-aliases");
        }
        if (section != null) {
            objdump.add("--section=" + section);
            rvcm.addAll(List.of("--section", section));
        }
        objdump.add(file.toString());
        rvcm.add(file.toString());

        Path theirs = temp.resolve("objdump.txt");
        Path ours = temp.resolve("rvcm.txt");
        Process reference = new ProcessBuilder(objdump).redirectOutput(theirs.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (OutputStream out = Files.newOutputStream(ours)) {
            var cli = Rvcm.commandLine(out, err);
            exit = cli.execute(rvcm.toArray(String[]::new));
            cli.getOut().flush();
        }
        assertThat(reference.waitFor()).as(String.join(" ", objdump)).isZero();
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

        Comparison result = Comparison.of(ours, theirs);
        System.out.printf("%s%s: %s%n", name, aliases ? "" : " (no-aliases)", result.summary());
        assertThat(result.instructions).as("instruction lines objdump printed").isPositive();
        assertThat(result.mismatches()).as(result.report()).isZero();
    }

    /**
     * Objects in code sections, which objdump dumps raw (16 bytes a line, grouped as the last
     * instruction was), data words of {@code $d} regions, and 48- and 64-bit encodings.
     */
    @ParameterizedTest(name = "aliases={0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void matchesObjdumpOnDataInCode(boolean aliases) throws Exception {
        ReferenceTools.require(ReferenceTools.AS, "binutils-riscv64-linux-gnu");
        Path source = Files.writeString(temp.resolve("data-in-code.s"), String.join("\n",
            ".text", ".globl f", ".type f,@function", "f:", " addi a0,a0,1", " c.jr ra",
            ".type table,@object", "table:", " .word 0x12345678", " .word 0x41424344", " .byte 1,2,3",
            " .word 0", " .word 0", " .word 0", " .word 0x11", ".size table, .-table",
            ".type g,@function", "g:", " nop", " .word 0x41424344", " .byte 1", " .2byte 0x1234",
            " .zero 12", " ret", ".insn 0x0000001f", " .2byte 0", " .2byte 0x1234", " ret", ""));
        Path object = assemble(source, "-march=rv64gc");
        Comparison result = compareListings(object, aliases);
        System.out.printf("data in code%s: %s%n", aliases ? "" : " (no-aliases)", result.summary());
        assertThat(result.instructions).isGreaterThan(5);
        assertThat(result.mismatches()).as(result.report()).isZero();
    }

    /**
     * What GNU as 2.40 writes by default for {@code -march=rv64gc} (ISA spec 2.2: {@code i2p0}, which
     * holds zicsr and zifencei without naming them, also in {@code $x} mapping symbols), under each
     * privileged spec, whose CSR names objdump follows ({@code sptbr} in 1.9.1, {@code satp} later).
     */
    @ParameterizedTest(name = "priv-spec={0}, aliases={1}")
    @org.junit.jupiter.params.provider.CsvSource({"1.9.1, true", "1.9.1, false", "1.10, true", "1.11, false", "1.12, true"})
    void matchesObjdumpOnDefaultIsaSpecAndOldPrivilegedSpecs(String privSpec, boolean aliases) throws Exception {
        ReferenceTools.require(ReferenceTools.AS, "binutils-riscv64-linux-gnu");
        Path source = Files.writeString(temp.resolve("csrs.s"), String.join("\n", ".text", ".globl f", ".type f,@function", "f:",
            " csrr a0, 0x180", " csrw 0x143, a1", " csrr a2, 0x320", " csrr a3, 0x000", " frflags a4", " fence.i",
            " .option push", " .option arch, +zba", " sh1add a0, a1, a2", " csrs 0x100, a0", " .option pop",
            " rdtime a0", " ret", ""));
        Path object = assemble(source, "-march=rv64gc", "-misa-spec=2.2", "-mpriv-spec=" + privSpec);
        Comparison result = compareListings(object, aliases);
        System.out.printf("rv64gc under ISA spec 2.2, priv spec %s%s: %s%n", privSpec, aliases ? "" : " (no-aliases)", result.summary());
        assertThat(result.instructions).isEqualTo(10);
        assertThat(result.mismatches()).as(result.report()).isZero();
    }

    private Path assemble(Path source, String... options) throws Exception {
        Path object = temp.resolve(source.getFileName().toString().replace(".s", ".o"));
        List<String> command = new ArrayList<>(List.of(ReferenceTools.AS));
        command.addAll(List.of(options));
        command.addAll(List.of("-o", object.toString(), source.toString()));
        Process as = new ProcessBuilder(command).redirectErrorStream(true).start();
        String asOutput = new String(as.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(as.waitFor()).as(asOutput).isZero();
        return object;
    }

    private Comparison compareListings(Path object, boolean aliases) throws Exception {
        List<String> objdump = new ArrayList<>(List.of(ReferenceTools.OBJDUMP, "-dr"));
        List<String> rvcm = new ArrayList<>(List.of("disasm"));
        if (!aliases) {
            objdump.addAll(List.of("-M", "no-aliases"));
            rvcm.add("--no-aliases");
        }
        objdump.add(object.toString());
        rvcm.add(object.toString());
        Path theirs = temp.resolve("objdump.txt");
        Path ours = temp.resolve("rvcm.txt");
        assertThat(new ProcessBuilder(objdump).redirectOutput(theirs.toFile()).start().waitFor()).isZero();
        try (OutputStream out = Files.newOutputStream(ours)) {
            var cli = Rvcm.commandLine(out, new ByteArrayOutputStream());
            assertThat(cli.execute(rvcm.toArray(String[]::new))).isZero();
            cli.getOut().flush();
        }
        return Comparison.of(ours, theirs);
    }

    /** The line-by-line comparison of two listings. */
    static final class Comparison {
        long instructions;
        long instructionMismatches;
        long dataLines;
        long labels;
        long labelMismatches;
        long relocations;
        long relocationMismatches;
        long others;
        long otherMismatches;
        final List<String> first = new ArrayList<>();

        static Comparison of(Path ours, Path theirs) throws IOException {
            Comparison c = new Comparison();
            try (BufferedReader a = Files.newBufferedReader(ours, StandardCharsets.UTF_8);
                 BufferedReader b = Files.newBufferedReader(theirs, StandardCharsets.UTF_8)) {
                Line x = Line.next(a);
                Line y = Line.next(b);
                while (x != null || y != null) {
                    if (x != null && y != null && x.text.equals(y.text)) {
                        c.count(y, false);
                        x = Line.next(a);
                        y = Line.next(b);
                        continue;
                    }
                    c.mismatch(x, y);
                    if (x == null) {
                        y = Line.next(b);
                    } else if (y == null) {
                        x = Line.next(a);
                    } else if (x.addressed() && y.addressed() && x.compareTo(y) != 0) {
                        // one side has a line the other lacks: advance the one behind
                        if (x.compareTo(y) < 0) {
                            x = Line.next(a);
                        } else {
                            y = Line.next(b);
                        }
                    } else {
                        x = Line.next(a);
                        y = Line.next(b);
                    }
                }
            }
            return c;
        }

        private void count(Line line, boolean mismatch) {
            int m = mismatch ? 1 : 0;
            switch (line.kind) {
                case INSTRUCTION -> {
                    instructions++;
                    instructionMismatches += m;
                    if (line.text.contains(" .word ") || line.text.contains(" .short ") || line.text.contains(" .byte ")) {
                        dataLines++;
                    }
                }
                case LABEL -> {
                    labels++;
                    labelMismatches += m;
                }
                case RELOCATION -> {
                    relocations++;
                    relocationMismatches += m;
                }
                default -> {
                    others++;
                    otherMismatches += m;
                }
            }
        }

        private void mismatch(Line ours, Line theirs) {
            count(theirs != null ? theirs : ours, true);
            if (first.size() < REPORTED) {
                first.add("ours [" + (ours == null ? "(end)" : ours.text) + "]  objdump ["
                    + (theirs == null ? "(end)" : theirs.text) + "]");
            }
        }

        long mismatches() {
            return instructionMismatches + labelMismatches + relocationMismatches + otherMismatches;
        }

        String summary() {
            return "%,d instruction/data lines compared (%,d of them data), %,d mismatches; %,d labels, %,d mismatches; %,d relocations, %,d mismatches; %,d other lines, %,d mismatches"
                .formatted(instructions, dataLines, instructionMismatches, labels, labelMismatches, relocations,
                    relocationMismatches, others, otherMismatches);
        }

        String report() {
            StringBuilder sb = new StringBuilder(summary());
            for (String line : first) {
                sb.append("\n  ").append(line);
            }
            return sb.toString();
        }
    }

    enum Kind { LABEL, INSTRUCTION, RELOCATION, OTHER }

    /** One non-blank listing line, normalised, with its address when it has one. */
    record Line(Kind kind, long address, String text) implements Comparable<Line> {

        static Line next(BufferedReader in) throws IOException {
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                if (!s.isBlank()) {
                    return parse(s);
                }
            }
            return null;
        }

        static Line parse(String s) {
            if (s.startsWith("\t\t\t")) {
                int colon = s.indexOf(':');
                return new Line(Kind.RELOCATION, hex(s.substring(3, Math.max(3, colon))), s);
            }
            int colon = s.indexOf(":\t");
            if (colon > 0 && isHex(s.substring(0, colon).strip())) {
                return new Line(Kind.INSTRUCTION, hex(s.substring(0, colon).strip()), normalise(s));
            }
            if (s.length() > 18 && s.charAt(16) == ' ' && s.charAt(17) == '<' && s.endsWith(">:")
                && isHex(s.substring(0, 16))) {
                return new Line(Kind.LABEL, hex(s.substring(0, 16)), s);
            }
            return new Line(Kind.OTHER, -1, s);
        }

        boolean addressed() {
            return kind != Kind.OTHER;
        }

        @Override
        public int compareTo(Line o) {
            int c = Long.compareUnsigned(address, o.address);
            return c != 0 ? c : Integer.compare(kind.ordinal(), o.kind.ordinal());
        }

        /** Folds blanks to single spaces; everything else, {@code <symbol>} and {@code # address} included, is compared. */
        static String normalise(String line) {
            StringBuilder out = new StringBuilder(line.length());
            boolean blank = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ' ' || c == '\t') {
                    blank = true;
                    continue;
                }
                if (blank && !out.isEmpty()) {
                    out.append(' ');
                }
                blank = false;
                out.append(c);
            }
            return out.toString();
        }

        private static boolean isHex(String s) {
            if (s.isEmpty() || s.length() > 16) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (Character.digit(s.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static long hex(String s) {
            return isHex(s) ? Long.parseUnsignedLong(s, 16) : -1;
        }
    }
}
