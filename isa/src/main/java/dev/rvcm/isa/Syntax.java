package dev.rvcm.isa;

/**
 * The operand template language of {@link Opcode} and {@link Alias} entries. A template is a string of
 * operand letters and literal characters ({@code , ( )}); each letter names a {@link Field} and how
 * objdump prints it:
 *
 * <pre>
 *  d s t    rd rs1 rs2 as integer registers      D S T R  rd rs1 rs2 rs3 as FP registers
 *  j q      I / S immediate, decimal              u        U immediate, hex of bits 31:12
 *  p a      B / J target address, hex             &gt; &lt;      6 / 5-bit shift amount, hex
 *  E        CSR name or hex number                Z        CSR 5-bit immediate, decimal
 *  m        ",rm" rounding mode, omitted if dyn   P Q      fence predecessor / successor set
 *  f        prefetch offset, decimal
 *  V F      c: rs2 (inst[6:2]) integer / FP       x y Y    c: rs1' / rs2' integer, rs2' FP
 *  i h U    c: CI immediate, shift (hex), c.lui   L K      c.addi16sp / c.addi4spn immediate
 *  w n W N  c.lwsp c.ldsp c.swsp c.sdsp offsets   k l      c.lw / c.ld offsets
 *  b J      c.beqz / c.j target address, hex      @        the stack pointer, sp
 * </pre>
 */
final class Syntax {

    private Syntax() {
    }

    /** Whether {@code token} is an operand letter that reads a field. */
    static boolean readsField(char token) {
        return switch (token) {
            case ',', '(', ')', '@' -> false;
            default -> true;
        };
    }

    /** The field an operand letter reads; see {@link #readsField(char)}. */
    static Field field(char token) {
        return switch (token) {
            case 'd', 'D' -> Field.RD;
            case 's', 'S' -> Field.RS1;
            case 't', 'T' -> Field.RS2;
            case 'R' -> Field.RS3;
            case 'j' -> Field.I_IMM;
            case 'q' -> Field.S_IMM;
            case 'p' -> Field.B_IMM;
            case 'a' -> Field.J_IMM;
            case 'u' -> Field.U_IMM;
            case '>' -> Field.SHAMT;
            case '<' -> Field.SHAMTW;
            case 'E' -> Field.CSR;
            case 'Z' -> Field.ZIMM;
            case 'm' -> Field.RM;
            case 'P' -> Field.PRED;
            case 'Q' -> Field.SUCC;
            case 'f' -> Field.PREFETCH_IMM;
            case 'V', 'F' -> Field.C_RS2;
            case 'x' -> Field.C_RS1_PRIME;
            case 'y', 'Y' -> Field.C_RS2_PRIME;
            case 'i' -> Field.C_IMM;
            case 'h' -> Field.C_SHAMT;
            case 'U' -> Field.C_LUI_IMM;
            case 'L' -> Field.C_ADDI16SP_IMM;
            case 'K' -> Field.C_ADDI4SPN_IMM;
            case 'w' -> Field.C_LWSP_IMM;
            case 'n' -> Field.C_LDSP_IMM;
            case 'W' -> Field.C_SWSP_IMM;
            case 'N' -> Field.C_SDSP_IMM;
            case 'k' -> Field.C_LW_IMM;
            case 'l' -> Field.C_LD_IMM;
            case 'b' -> Field.C_B_IMM;
            case 'J' -> Field.C_J_IMM;
            default -> throw new IllegalArgumentException("unknown operand letter '" + token + "'");
        };
    }
}
