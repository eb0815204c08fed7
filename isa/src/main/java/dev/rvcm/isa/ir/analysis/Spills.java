package dev.rvcm.isa.ir.analysis;

import dev.rvcm.isa.Field;
import dev.rvcm.isa.Format;
import dev.rvcm.isa.Immediates;
import dev.rvcm.isa.Instruction;
import dev.rvcm.isa.Kind;
import dev.rvcm.isa.Opcode;

/**
 * The register copies and stack-frame accesses through which {@link HiLoPairing} follows values. A
 * frame slot is addressed from {@code sp} or from {@code s0}, the frame pointer of code built with
 * {@code -fno-omit-frame-pointer} (the kernel spills there).
 */
final class Spills {
    private static final int SP = 2;
    private static final int FP = 8;

    private Spills() {
    }

    /** A frame slot an instruction accesses: its base register ({@code sp} or {@code s0}), offset and width in bytes. */
    record Slot(int register, int offset, int width) {
        /** The slot's key: base register and offset. */
        long key() {
            return (long) register << 32 | (offset & 0xffffffffL);
        }

        /** Whether this slot shares a byte with the 8-byte slot of {@code key}. */
        boolean overlaps(long key) {
            int other = (int) key;
            return (key >>> 32) == register && other < offset + width && offset < other + 8;
        }
    }

    /** Whether writing register {@code r} forgets the slots addressed from it. */
    static boolean isFrameBase(int r) {
        return r == SP || r == FP;
    }

    /** The slot a load or store with base {@code sp} or {@code s0} accesses, or null. */
    static Slot slot(Instruction instruction) {
        Opcode base = instruction.opcode().base();
        int word = instruction.opcode().expand(instruction.word());
        int register = Field.RS1.get(word);
        if (!isFrameBase(register)) {
            return null;
        }
        Kind kind = base.kind();
        if (kind != Kind.LOAD && kind != Kind.STORE && kind != Kind.FP_LOAD && kind != Kind.FP_STORE) {
            return null;
        }
        int offset = base.format() == Format.S ? Immediates.sImm(word) : Immediates.iImm(word);
        return new Slot(register, offset, width(base));
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
