package dev.rvcm.isa.ir.analysis;

import dev.rvcm.isa.Field;
import dev.rvcm.isa.Format;
import dev.rvcm.isa.Immediates;
import dev.rvcm.isa.Instruction;
import dev.rvcm.isa.Kind;
import dev.rvcm.isa.Opcode;

/** The register copies and stack-frame accesses through which {@link HiLoPairing} follows values. */
final class Spills {
    private static final int SP = 2;

    private Spills() {
    }

    /** A frame slot an instruction accesses: its offset from {@code sp} and its width in bytes. */
    record Slot(int offset, int width) {
    }

    /** The slot a load or store with base {@code sp} accesses, or null. */
    static Slot slot(Instruction instruction) {
        Opcode base = instruction.opcode().base();
        int word = instruction.opcode().expand(instruction.word());
        if (Field.RS1.get(word) != SP) {
            return null;
        }
        Kind kind = base.kind();
        if (kind != Kind.LOAD && kind != Kind.STORE && kind != Kind.FP_LOAD && kind != Kind.FP_STORE) {
            return null;
        }
        int offset = base.format() == Format.S ? Immediates.sImm(word) : Immediates.iImm(word);
        return new Slot(offset, width(base));
    }

    /** The register {@code mv rd, rs} copies ({@code addi rd, rs, 0}, {@code add rd, x0, rs}), or -1. */
    static int copySource(Instruction instruction) {
        Opcode base = instruction.opcode().base();
        int word = instruction.opcode().expand(instruction.word());
        if (base == Opcode.ADDI && Immediates.iImm(word) == 0) {
            return Field.RS1.get(word);
        }
        if (base == Opcode.ADD && Field.RS1.get(word) == 0) {
            return Field.RS2.get(word);
        }
        return -1;
    }

    private static int width(Opcode base) {
        return switch (base) {
            case LB, LBU, SB -> 1;
            case LH, LHU, SH -> 2;
            case LW, LWU, SW, FLW, FSW -> 4;
            default -> 8;
        };
    }
}
