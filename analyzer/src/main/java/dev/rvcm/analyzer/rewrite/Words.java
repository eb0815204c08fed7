package dev.rvcm.analyzer.rewrite;

import dev.rvcm.isa.Field;
import dev.rvcm.isa.Instruction;
import dev.rvcm.isa.Opcode;
import java.util.Arrays;

/** The instruction words the rewrite writes, encoded through the opcode table. */
final class Words {
    private Words() {
    }

    static int auipc(int rd) {
        return Opcode.AUIPC.encode(rd, 0);
    }

    static int lui(int rd, int value) {
        return Opcode.LUI.encode(rd, value);
    }

    static int add(int rd, int rs1, int rs2) {
        return Opcode.ADD.encode(rd, rs1, rs2);
    }

    static int addi(int rd, int rs1) {
        return Opcode.ADDI.encode(rd, rs1, 0);
    }

    static int ld(int rd, int rs1) {
        return Opcode.LD.encode(rd, 0, rs1);
    }

    static int jalr(int rd, int rs1) {
        return Opcode.JALR.encode(rd, 0, rs1);
    }

    /** Whether {@code instruction} is a 4-byte one with an I- or S-type immediate {@link #withImmediate} can set. */
    static boolean hasImmediate(Instruction instruction) {
        return instruction.length() == 4 && immediateField(instruction.opcode()) >= 0;
    }

    /** {@code instruction} with its I- or S-type immediate set to {@code immediate} (which must fit 12 bits). */
    static int withImmediate(Instruction instruction, int immediate) {
        Opcode opcode = instruction.opcode();
        int[] operands = instruction.operands();
        operands[immediateField(opcode)] = immediate;
        return opcode.encode(operands);
    }

    /** {@code instruction} (a 4-byte load, store, addi or jalr) with base register {@code rs1} and immediate {@code immediate}. */
    static int withBase(Instruction instruction, int rs1, int immediate) {
        return Field.RS1.put(rs1) | (withImmediate(instruction, immediate) & ~Field.RS1.bitMask());
    }

    /** Whether {@code value} fits a 12-bit signed immediate. */
    static boolean fitsImmediate(long value) {
        return value >= -2048 && value <= 2047;
    }

    private static int immediateField(Opcode opcode) {
        Field[] fields = opcode.fields();
        int i = Arrays.asList(fields).indexOf(Field.I_IMM);
        return i >= 0 ? i : Arrays.asList(fields).indexOf(Field.S_IMM);
    }
}
