package dev.rvcm.isa;

/**
 * A decoded instruction: its opcode and its word (compressed instructions in the low 16 bits, upper
 * bits zero). Field accessors read the word; they are meaningful only for opcodes that have the field.
 *
 * @param opcode the table entry ({@link Opcode#UNKNOWN} if no entry accepts the word)
 * @param word   the raw instruction bits
 */
public record Instruction(Opcode opcode, int word) {

    /** The length in bytes: 2 or 4. */
    public int length() {
        return Decoder.length(word);
    }

    /** The value of {@code field} in this word. */
    public int get(Field field) {
        return field.get(word);
    }

    /** {@code rd}, {@code inst[11:7]}. */
    public int rd() {
        return Field.RD.get(word);
    }

    /** {@code rs1}, {@code inst[19:15]}. */
    public int rs1() {
        return Field.RS1.get(word);
    }

    /** {@code rs2}, {@code inst[24:20]}. */
    public int rs2() {
        return Field.RS2.get(word);
    }

    /** The I-type immediate. */
    public int iImm() {
        return Immediates.iImm(word);
    }

    /** The S-type immediate. */
    public int sImm() {
        return Immediates.sImm(word);
    }

    /** The B-type branch offset. */
    public int bImm() {
        return Immediates.bImm(word);
    }

    /** The U-type immediate (low 12 bits zero). */
    public int uImm() {
        return Immediates.uImm(word);
    }

    /** The J-type jump offset. */
    public int jImm() {
        return Immediates.jImm(word);
    }

    /** The operand values, one per {@link Opcode#fields()} entry. */
    public int[] operands() {
        return opcode.operands(word);
    }

    /** The base instruction this one expands to (itself unless compressed); see {@link Opcode#expand(int)}. */
    public Instruction base() {
        return new Instruction(opcode.base(), opcode.expand(word));
    }

    /** Re-encodes this instruction from its opcode and operands; equals {@link #word()}. */
    public int encode() {
        return opcode.encode(operands());
    }
}
