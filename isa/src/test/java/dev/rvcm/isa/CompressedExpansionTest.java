package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Opcode#base()} and {@link Opcode#expand(int)} on every 16-bit word a compressed entry
 * accepts, against GNU as: the base instruction's text (this package's {@code -M no-aliases}
 * disassembly) assembled for RV64GC must give either the compressed word back, another compressed
 * word that expands to the same base instruction ({@code c.addi sp,16} comes back as
 * {@code c.addi16sp sp,16}) or to the same move ({@code addi ra,ra,0} as {@code c.mv ra,ra}), or, when as does not compress it (HINTs such as {@code c.mv zero,a0},
 * {@code c.slli64}), exactly the expanded 32-bit word. Also the register files of the table.
 */
class CompressedExpansionTest {

    private static final Decoder DECODER = new Decoder(Extensions.ALL);

    private static int[] compressedWords() {
        return IntStream.range(0, 1 << 16).filter(w -> (w & 3) != 3)
                .filter(w -> DECODER.opcode(w) != Opcode.UNKNOWN && DECODER.opcode(w) != Opcode.C_UNIMP).toArray();
    }

    @Test
    void everyCompressedEntryExpandsToABaseInstructionThatDecodesBack() {
        for (Opcode o : Opcode.values()) {
            assertThat(o.base().length()).as(o + " expands to a 32-bit instruction").isEqualTo(4);
            if (o.length() == 4) {
                assertThat(o.base()).isEqualTo(o);
            }
        }
        int[] words = compressedWords();
        assertThat(words).hasSizeGreaterThan(40_000);
        for (int w : words) {
            Opcode o = DECODER.opcode(w);
            int expanded = o.expand(w);
            assertThat(DECODER.opcode(expanded)).as("%s 0x%04x → 0x%08x", o, w, expanded).isEqualTo(o.base());
            assertThat(new Instruction(o, w).base()).isEqualTo(new Instruction(o.base(), expanded));
        }
        assertThat(Opcode.ADDI.expand(0x00a50513)).isEqualTo(0x00a50513);
    }

    @Test
    void gnuAsCompressesEachExpansionBackToAnEquivalentWord(@TempDir Path dir) throws IOException {
        ReferenceTools.require(ReferenceTools.AS, "binutils-riscv64-linux-gnu");
        int[] words = compressedWords();
        Disassembler text = new Disassembler(Extensions.ALL, false);
        List<String> lines = new ArrayList<>(List.of(".option norelax", ".text"));
        for (int w : words) {
            Opcode o = DECODER.opcode(w);
            int expanded = o.expand(w);
            StringBuilder sb = new StringBuilder();
            text.append(sb, expanded, 0);
            String line = sb.toString();
            if (text.hasTarget(expanded)) { // as takes a target relative to the instruction as .±offset
                long offset = text.target(expanded, 0);
                line = line.substring(0, line.lastIndexOf(',') + 1) + (offset < 0 ? ".-" + -offset : ".+" + offset);
            }
            lines.add(line);
        }
        Path source = Files.write(dir.resolve("expanded.s"), lines);
        Path object = dir.resolve("expanded.o");
        Differential.run(ReferenceTools.AS, "-march=rv64gc", "-o", object.toString(), source.toString());
        var elf = Inputs.open(object).getFirst().elf();
        ByteBuffer code = elf.contents(elf.section(".text").orElseThrow()).order(ByteOrder.LITTLE_ENDIAN);
        int compressedBack = 0;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            int w = words[i];
            Opcode o = DECODER.opcode(w);
            int parcel = code.getShort() & 0xffff;
            String what = "%s 0x%04x as %s".formatted(o, w, lines.get(i + 2));
            if (Decoder.length(parcel) == 4) {
                int assembled = parcel | (code.getShort() & 0xffff) << 16;
                if (assembled != o.expand(w)) {
                    mismatches.add(what + " gave 0x%08x".formatted(assembled));
                }
            } else {
                Opcode back = DECODER.opcode(parcel);
                if (back.expand(parcel) != o.expand(w) && !isMove(o.expand(w), back.expand(parcel))) {
                    mismatches.add(what + " came back as %s 0x%04x".formatted(back, parcel));
                }
                compressedBack++;
            }
        }
        assertThat(code.remaining()).isZero();
        assertThat(mismatches).isEmpty();
        assertThat(compressedBack).as("expansions as compressed again").isGreaterThan(words.length * 9 / 10);
    }

    /** {@code addi rd,rs,0}, which as compresses to {@code c.mv rd,rs} ({@code add rd,zero,rs}): the same move. */
    private static boolean isMove(int addi, int add) {
        return DECODER.opcode(addi) == Opcode.ADDI && Immediates.iImm(addi) == 0 && DECODER.opcode(add) == Opcode.ADD
                && Field.RD.get(addi) == Field.RD.get(add) && Field.RS1.get(add) == 0
                && Field.RS1.get(addi) == Field.RS2.get(add);
    }

    @Test
    void registerFilesComeFromTheOperandTemplate() {
        assertThat(Opcode.ADD.destination()).isEqualTo(RegisterFile.X);
        assertThat(Opcode.SD.destination()).isEqualTo(RegisterFile.NONE);
        assertThat(Opcode.SD.source(Field.RS2)).isEqualTo(RegisterFile.X);
        assertThat(Opcode.FSD.source(Field.RS2)).isEqualTo(RegisterFile.F);
        assertThat(Opcode.C_FSDSP.source(Field.RS2)).isEqualTo(RegisterFile.F);
        assertThat(Opcode.C_FSDSP.source(Field.RS1)).isEqualTo(RegisterFile.X);
        assertThat(Opcode.FLT_D.destination()).isEqualTo(RegisterFile.X);
        assertThat(Opcode.FCVT_D_L.source(Field.RS1)).isEqualTo(RegisterFile.X);
        assertThat(Opcode.FMADD_D.source(Field.RS3)).isEqualTo(RegisterFile.F);
        assertThat(Opcode.CSRRWI.source(Field.RS1)).as("the CSR immediate is no register").isEqualTo(RegisterFile.NONE);
        assertThat(Opcode.JAL.destination()).isEqualTo(RegisterFile.X);
        assertThat(Opcode.C_J.destination()).as("jal x0").isEqualTo(RegisterFile.X);
        assertThat(Opcode.BEQ.destination()).isEqualTo(RegisterFile.NONE);
        for (Opcode o : Opcode.values()) {
            List<Field> fields = List.of(o.base().fields());
            assertThat(o.destination() != RegisterFile.NONE).as(o + " writes rd").isEqualTo(fields.contains(Field.RD));
            assertThat(o.source(Field.RS3) != RegisterFile.NONE).as(o.toString()).isEqualTo(fields.contains(Field.RS3));
        }
    }
}
