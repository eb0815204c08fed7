package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Extensions;
import dev.rvcm.isa.Field;
import dev.rvcm.isa.Opcode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The translator against the interpreter, instruction by instruction: every entry of the opcode table
 * (compressed ones included) with random operand fields, random register values (special FP values
 * among them), a random rounding mode in {@code frm} and a base address near a data page for loads
 * and stores, run once by the interpreter and once translated on first sight (threshold 0: the
 * instruction runs as a translation of its own). The code page is full of {@code ebreak}s, so wherever
 * the instruction goes the run ends there with a report. Both runs must end the same way (pc,
 * instruction, registers, cause) and leave the same x and f registers, FP flags, data bytes, counters
 * and modeled cycles; faults inside translated code included.
 */
class TranslatedSemanticsTest {

    private static final long CODE = 0x10000;
    private static final long DATA = 0x20000;
    private static final int EBREAK = 0x00100073;
    private static final long[] SPECIAL = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, 0x7ff0000000000000L,
        0x7ff8000000000000L, 0x7ff4000000000000L, 0xffffffff7fc00000L, 0xffffffff3f800000L, 0x3ff0000000000000L,
        0x8000000000000000L, 0x0000000000000001L, 0xffffffff80000000L, 0x41dfffffffc00000L};

    /** What a run left behind. */
    private record Outcome(RunResult.Stop stop, long[] x, long[] f, int flags, int frm, byte[] data, long instret,
                           long taken, long[] byOpcode, List<ModeledCycles> cycles, long translations) {
        String describe() {
            return stop.describe() + "\nx=" + Arrays.toString(x) + "\nf=" + Arrays.toString(f) + " flags=" + flags;
        }
    }

    private static Outcome run(int[] code, long[] x, long[] f, int frm, Engine engine) {
        return run(code, x, f, frm, 0, engine);
    }

    private static Outcome run(int[] code, long[] x, long[] f, int frm, int flags, Engine engine) {
        Memory mem = new Memory(1L << 24);
        mem.map(CODE, 0x1000, Memory.R | Memory.X);
        mem.map(DATA, 0x2000, Memory.R | Memory.W);
        ByteBuffer b = ByteBuffer.allocate(0x1000).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            b.putInt(EBREAK);
        }
        for (int i = 0; i < code.length; i++) {
            b.putInt(4 * i, code[i]);
        }
        mem.poke(CODE, b.array(), 0, 0x1000);
        byte[] data = new byte[0x2000];
        new Random(7).nextBytes(data);
        mem.poke(DATA, data, 0, data.length);
        Hart h = new Hart(mem, Extensions.ALL, new TimingModel(List.copyOf(TimingParameters.PRESETS.values())));
        h.env = new LinuxSyscalls(mem, new Sandbox(List.of(), "/"), new HiddenPaths(Path.of("/")),
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream(), "/t", 0,
                new GuestTime(new GuestClock.Host(), List.of()));
        h.use(engine);
        System.arraycopy(x, 0, h.x, 0, 32);
        System.arraycopy(f, 0, h.f, 0, 32);
        h.frm = frm;
        h.fpu.flags = flags;
        h.pc = CODE;
        RunResult.Stop stop = h.run(1000);
        h.foldTranslations();
        byte[] after = new byte[0x2000];
        mem.read(DATA, after, 0, after.length);
        long[] executed = h.pages.executionsByOpcode();
        return new Outcome(stop, Arrays.copyOf(h.x, 32), h.f.clone(), h.fpu.flags, h.frm, after, h.instret, h.takenBranches,
                executed, h.timing.cycles(h.pages.live(), 0), h.engineStatistics().translations());
    }

    @Test
    void everyOpcodeTranslatedDoesWhatTheInterpreterDoes() {
        Random random = new Random(12);
        Decoder decoder = new Decoder(Extensions.ALL);
        int compared = 0;
        List<String> differences = new ArrayList<>();
        java.util.Set<Opcode> untranslated = java.util.EnumSet.noneOf(Opcode.class);
        for (Opcode o : Opcode.values()) {
            if (o == Opcode.UNKNOWN) {
                continue;
            }
            if (Executor.of(o).form() != Executor.Form.HART || o.kind() == dev.rvcm.isa.Kind.CSR) {
                untranslated.add(o);
            }
            for (int n = 0; n < 8; n++) {
                int w = o.match() | random.nextInt() & ~o.mask();
                if (o.length() == 2) {
                    w &= 0xffff;
                }
                if (!o.accepts(w) || decoder.opcode(w) != o) {
                    continue;
                }
                int word = o.length() == 2 ? w | Opcode.C_ADDI.match() << 16 : w; // a c.nop after a compressed one
                long[] x = new long[32];
                long[] f = new long[32];
                for (int r = 1; r < 32; r++) {
                    x[r] = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextLong();
                    f[r] = random.nextInt(3) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextLong();
                }
                f[0] = random.nextLong();
                int base = Field.RS1.get(o.expand(w));
                if (o.length() == 2 && (o == Opcode.C_LWSP || o == Opcode.C_LDSP || o == Opcode.C_FLDSP
                        || o == Opcode.C_SWSP || o == Opcode.C_SDSP || o == Opcode.C_FSDSP || o == Opcode.C_ADDI4SPN)) {
                    base = 2;
                }
                if (base != 0 && random.nextInt(8) != 0) { // mostly inside the data pages, sometimes misaligned or across
                    x[base] = DATA + 0x800 + random.nextInt(0x1000) - (random.nextBoolean() ? 0 : random.nextInt(8));
                }
                int frm = random.nextInt(8);
                int[] code = {0x00000013, word, EBREAK};
                Outcome interpreted = run(code, x, f, frm, Engine.interpret());
                Outcome translated = run(code, x, f, frm, new Engine.Translate(0));
                compared++;
                if (translated.translations() > 0) {
                    untranslated.remove(o);
                }
                String what = "%s 0x%08x".formatted(o, word);
                if (!same(interpreted, translated)) {
                    differences.add(what + "\ninterpreted: " + interpreted.describe() + "\ntranslated:  " + translated.describe());
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(1000);
        untranslated.removeIf(o -> o.kind() == dev.rvcm.isa.Kind.CSR); // only fflags, frm and fcsr are translated
        assertThat(untranslated).as("opcodes whose translated runs never translated them").isEmpty();
    }

    @Test
    void floatingPointCsrAccessesTranslatedDoWhatTheInterpreterDoes() {
        Random random = new Random(5);
        List<String> differences = new ArrayList<>();
        for (int csr = 1; csr <= 3; csr++) {
            for (int funct3 : new int[] {1, 2, 3, 5, 6, 7}) {
                for (int n = 0; n < 12; n++) {
                    int rs1 = n < 4 ? 0 : random.nextInt(32);
                    int rd = n % 4 == 1 ? 0 : random.nextInt(32);
                    int word = csr << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | 0x73;
                    long[] x = new long[32];
                    for (int r = 1; r < 32; r++) {
                        x[r] = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextLong();
                    }
                    long[] f = new long[32];
                    int frm = random.nextInt(5);
                    int flags = random.nextInt(32);
                    int[] code = {0x00000013, word, EBREAK};
                    Outcome interpreted = run(code, x, f, frm, flags, Engine.interpret());
                    Outcome translated = run(code, x, f, frm, flags, new Engine.Translate(0));
                    if (!same(interpreted, translated) || interpreted.frm() != translated.frm()) {
                        differences.add("0x%08x\ninterpreted: %s\ntranslated:  %s".formatted(word, interpreted.describe(),
                                translated.describe()));
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private static boolean same(Outcome a, Outcome b) {
        return a.stop().equals(b.stop()) && Arrays.equals(a.x(), b.x()) && Arrays.equals(a.f(), b.f())
                && a.flags() == b.flags() && a.frm() == b.frm() && Arrays.equals(a.data(), b.data())
                && a.instret() == b.instret() && a.taken() == b.taken() && Arrays.equals(a.byOpcode(), b.byOpcode())
                && a.cycles().equals(b.cycles());
    }
}
