package dev.rvcm.isa.ir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Extensions;
import dev.rvcm.isa.Opcode;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.write.ElfWriter;
import dev.rvcm.relocs.write.RelocatableObject;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import dev.rvcm.testing.RewriteLinkCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code that moves everywhere: a {@code nop} before nearly every instruction ({@link NopSpreading}) of
 * every code section of every libc.a member and corpus object. GNU ld links the results, the programs
 * run under qemu-riscv64 exactly like the originals (compressed branches pushed out of reach were grown),
 * and the unwind tables follow the code: every {@code .eh_frame} FDE that covered a function exactly
 * still does, {@code _Unwind_Backtrace} walks through moved libc code ({@code qsort}) to the same depth,
 * and {@code csvstats} (file input, {@code qsort}, float formatting, {@code setjmp}/{@code longjmp}) prints
 * the same.
 */
class CodeMovingTest {
    private static final Decoder DECODER = new Decoder(Extensions.ALL);
    private static final Pattern FDE = Pattern.compile("FDE cie=[0-9a-f]+ pc=([0-9a-f]+)\\.\\.([0-9a-f]+)");
    private static final String BACKTRACE = """
        #include <stdio.h>
        #include <stdlib.h>
        #include <unwind.h>
        static int depth = -1;
        static _Unwind_Reason_Code count_frame(struct _Unwind_Context *context, void *frames) {
            ++*(int *) frames;
            return _URC_NO_REASON;
        }
        static int by_value(const void *a, const void *b) {
            if (depth < 0) {
                int frames = 0;
                _Unwind_Backtrace(count_frame, &frames);
                depth = frames;
            }
            return *(const int *) a - *(const int *) b;
        }
        int main(void) {
            int v[] = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0};
            qsort(v, 10, sizeof v[0], by_value);
            for (int i = 0; i < 10; i++) printf("%d ", v[i]);
            printf("depth %d\\n", depth);
            return depth > 3 ? 0 : 1;
        }
        """;

    private static final String DEBUGGED = """
        #include <stdio.h>
        static int step(int x, int i) { return (x & i) ? x + i * 3 : x ^ i; }
        static int mix(int x) {
            for (int i = 0; i < 40; i++) x = step(x, i);
            return x;
        }
        int pick(int x) {
            switch (x & 7) {
            case 0: return mix(x);
            case 1: return mix(x + 1) * 2;
            case 2: return mix(x - 3) + 7;
            case 3: return 5;
            case 4: return mix(x * 5);
            default: return -x;
            }
        }
        int main(void) {
            long sum = 0;
            for (int i = 0; i < 1000; i++) sum += pick(i);
            printf("%ld\\n", sum);
            return 0;
        }
        """;

    @TempDir
    Path dir;
    private final AtomicLong compressedBranchesBefore = new AtomicLong();
    private final AtomicLong compressedBranchesAfter = new AtomicLong();
    private RewriteLinkCheck check;

    @BeforeEach
    void spreadNops() {
        check = new RewriteLinkCheck(dir, this::spread);
    }

    @Test
    void corpusProgramsRunAlike() {
        check.corpusProgramsRunAlike();
    }

    @Test
    void libcProgramsRunAlikeAndTheirUnwindTablesFollowTheCode() throws Exception {
        RewriteLinkCheck.Linked wordfreq = check.programAgainstRewrittenLibcRunsAlike();
        assertThat(compressedBranchesAfter.get()).as("compressed branches grown").isLessThan(compressedBranchesBefore.get() - 100);
        Set<String> originalFdes = exactFunctionFdes(wordfreq.original());
        assertThat(originalFdes).hasSizeGreaterThan(100);
        assertThat(exactFunctionFdes(wordfreq.rewritten())).hasSameSizeAs(originalFdes);
        Path source = Files.writeString(dir.resolve("backtrace.c"), BACKTRACE);
        check.runsAlikeAgainstRewrittenLibc(source, List.of("-fasynchronous-unwind-tables"));
        Path c = Corpus.repository().resolve("corpus/src/c");
        check.runsAlikeAgainstRewrittenLibc(c.resolve("csvstats.c"), List.of("-lm"), c.resolve("data/measurements.csv").toString());
    }

    @Test
    void debugInfoFollowsTheCode() throws Exception {
        CrossBuild build = new CrossBuild(dir);
        Path object = build.compile("debugged", DEBUGGED, "-g");
        Path moved = Files.write(dir.resolve("debugged-moved.o"), spread(Inputs.open(object).getFirst().elf()));
        Path original = staticProgram("debugged", object);
        Path rewritten = staticProgram("debugged-moved", moved);
        assertThat(Processes.output(List.of(ReferenceTools.QEMU, rewritten.toString())))
            .isEqualTo(Processes.output(List.of(ReferenceTools.QEMU, original.toString())));
        assertThat(subprogramRanges(rewritten)).hasSize(subprogramRanges(original).size()).hasSizeGreaterThanOrEqualTo(2)
            .allSatisfy(range -> assertThat(functionRanges(rewritten)).containsKey(range));
    }

    private Path staticProgram(String name, Path object) {
        Path out = dir.resolve(name);
        Processes.lines(List.of(ReferenceTools.GCC, "-static", "-o", out.toString(), object.toString()), line -> { });
        return out;
    }

    /** [low_pc, low_pc + high_pc) of every DW_TAG_subprogram with code, from readelf's dump of .debug_info. */
    private static List<String> subprogramRanges(Path program) {
        List<String> ranges = new ArrayList<>();
        long[] lowHigh = {-1, -1};
        boolean[] subprogram = {false};
        Processes.lines(List.of(ReferenceTools.READELF, "--debug-dump=info", program.toString()), line -> {
            if (line.contains("Abbrev Number")) {
                if (subprogram[0] && lowHigh[0] >= 0 && lowHigh[1] >= 0) {
                    ranges.add(Long.toHexString(lowHigh[0]) + ".." + Long.toHexString(lowHigh[0] + lowHigh[1]));
                }
                subprogram[0] = line.contains("(DW_TAG_subprogram)");
                lowHigh[0] = -1;
                lowHigh[1] = -1;
            } else if (line.contains("DW_AT_low_pc")) {
                lowHigh[0] = Long.decode(line.substring(line.lastIndexOf(':') + 1).trim());
            } else if (line.contains("DW_AT_high_pc")) {
                lowHigh[1] = Long.decode(line.substring(line.lastIndexOf(':') + 1).trim());
            }
        });
        return ranges;
    }

    private byte[] spread(ElfFile elf) {
        RelocatableObject object = RelocatableObject.of(elf);
        compressedBranchesBefore.addAndGet(compressedBranches(object));
        ObjectCodeTransform.apply(object, NopSpreading::new, BranchFixing.EXPAND);
        compressedBranchesAfter.addAndGet(compressedBranches(object));
        return ElfWriter.write(object);
    }

    private static long compressedBranches(RelocatableObject object) {
        long[] count = new long[1];
        for (int s = 1; s <= object.sections().size(); s++) {
            if (ObjectCodeTransform.isCode(object, s)) {
                new ObjectCodeReader(object, s).accept(new CodeVisitor(null) {
                    @Override
                    public void visitInstruction(int word, int length, List<Fixup> fixups) {
                        Opcode op = DECODER.opcode(word);
                        if (op == Opcode.C_BEQZ || op == Opcode.C_BNEZ || op == Opcode.C_J) {
                            count[0]++;
                        }
                    }
                });
            }
        }
        return count[0];
    }

    /** The FDEs of a linked program (by name of the function) whose pc range is exactly a function's [value, value+size). */
    private static Set<String> exactFunctionFdes(Path program) {
        Map<String, String> functions = functionRanges(program);
        Set<String> exact = new HashSet<>();
        Processes.lines(List.of(ReferenceTools.READELF, "--debug-dump=frames", program.toString()), line -> {
            Matcher m = FDE.matcher(line);
            if (m.find()) {
                String range = Long.toHexString(Long.parseUnsignedLong(m.group(1), 16)) + ".." + Long.toHexString(Long.parseUnsignedLong(m.group(2), 16));
                if (functions.containsKey(range)) {
                    exact.add(functions.get(range));
                }
            }
        });
        return exact;
    }

    /** Each function symbol's [value, value+size) as hex {@code start..end}, with its name. */
    private static Map<String, String> functionRanges(Path program) {
        ReferenceTools.require(ReferenceTools.READELF, "binutils-riscv64-linux-gnu");
        Map<String, String> functions = new HashMap<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-sW", program.toString()), line -> {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 8 && f[3].equals("FUNC") && !f[2].equals("0")) {
                long start = Long.parseUnsignedLong(f[1], 16);
                functions.put(Long.toHexString(start) + ".." + Long.toHexString(start + Long.decode(f[2])), f[7]);
            }
        });
        return functions;
    }
}
