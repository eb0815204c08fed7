package dev.rvcm.isa.ir;

import dev.rvcm.isa.Immediates;
import dev.rvcm.relocs.riscv.RiscvRelocation;

/**
 * The forms a branch or jump to a label can take, from its own up to the longest one that keeps its
 * meaning, with the reach of each. {@link #next} is the form to try when the target is out of reach.
 */
enum BranchForm {
    /** As written: the reach of its own encoding. */
    AS_IS,
    /** The 32-bit form of a compressed one: {@code c.beqz}/{@code c.bnez} → {@code beq}/{@code bne x0}, {@code c.j} → {@code jal x0}. */
    WIDE,
    /** The opposite condition branching over a {@code jal x0} to the target (8 bytes). */
    INVERTED_OVER_JUMP,
    /** {@code jal rd} → {@code auipc rd} + {@code jalr rd} (8 bytes, ±2 GiB). */
    FAR_CALL;

    static final int BRANCH = RiscvRelocation.R_RISCV_BRANCH.number();
    static final int JAL = RiscvRelocation.R_RISCV_JAL.number();
    static final int RVC_BRANCH = RiscvRelocation.R_RISCV_RVC_BRANCH.number();
    static final int RVC_JUMP = RiscvRelocation.R_RISCV_RVC_JUMP.number();
    static final int CALL = RiscvRelocation.R_RISCV_CALL.number();

    private static final int JAL_X0 = 0x6f;
    private static final int BEQ = 0x63;
    private static final int AUIPC = 0x17;
    private static final int JALR = 0x67;

    /** Whether a fixup type is one of a branch or jump this class can move. */
    static boolean isBranchType(int type) {
        return type == BRANCH || type == JAL || type == RVC_BRANCH || type == RVC_JUMP;
    }

    /** Size in bytes of this form of the instruction of {@code type} whose original length was {@code length}. */
    int size(int length) {
        return switch (this) {
            case AS_IS -> length;
            case WIDE -> 4;
            case INVERTED_OVER_JUMP, FAR_CALL -> 8;
        };
    }

    /** The next longer form, or null when there is none for this branch. */
    BranchForm next(int type, int word) {
        return switch (this) {
            case AS_IS -> type == RVC_BRANCH || type == RVC_JUMP ? WIDE
                : type == BRANCH ? INVERTED_OVER_JUMP
                : type == JAL && rd(word) != 0 ? FAR_CALL : null;
            case WIDE -> type == RVC_BRANCH ? INVERTED_OVER_JUMP : null;
            case INVERTED_OVER_JUMP, FAR_CALL -> null;
        };
    }

    /** Where in this form the displacement is measured from (the instruction holding it). */
    int displacementAt() {
        return this == INVERTED_OVER_JUMP ? 4 : 0;
    }

    /** Whether {@code displacement} is within reach of this form of a branch of {@code type}. */
    boolean reaches(int type, long displacement) {
        long reach = switch (this) {
            case AS_IS -> type == RVC_BRANCH ? 1 << 8 : type == RVC_JUMP ? 1 << 11 : type == BRANCH ? 1 << 12 : 1 << 20;
            case WIDE -> type == RVC_BRANCH ? 1 << 12 : 1 << 20;
            case INVERTED_OVER_JUMP -> 1 << 20;
            case FAR_CALL -> (1L << 31) - 2048;
        };
        return displacement >= -reach && displacement < reach && (displacement & 1) == 0;
    }

    /** The relocation type of the displacement in this form. */
    int fixupType(int type) {
        return switch (this) {
            case AS_IS -> type;
            case WIDE -> type == RVC_BRANCH ? BRANCH : JAL;
            case INVERTED_OVER_JUMP -> JAL;
            case FAR_CALL -> CALL;
        };
    }

    /**
     * The instruction words of this form (one or two), with {@code displacement} patched in when
     * {@code resolved}, else left as the original (AS_IS) or zero for the linker to fill.
     */
    int[] words(int type, int word, long displacement, boolean resolved) {
        int d = (int) displacement;
        return switch (this) {
            case AS_IS -> new int[] {resolved ? patch(type, word, d) : word};
            case WIDE -> new int[] {patch(fixupType(type), wide(type, word), resolved ? d : 0)};
            case INVERTED_OVER_JUMP -> {
                int branch = type == RVC_BRANCH ? wide(type, word) : word;
                yield new int[] {patch(BRANCH, branch ^ (1 << 12), 8), patch(JAL, JAL_X0, resolved ? d : 0)};
            }
            case FAR_CALL -> {
                int rd = rd(word);
                int hi = resolved ? (d + 0x800) & 0xfffff000 : 0;
                int lo = resolved ? d - hi : 0;
                yield new int[] {AUIPC | rd << 7 | hi, JALR | rd << 7 | rd << 15 | Immediates.encodeIImm(lo)};
            }
        };
    }

    private static int rd(int word) {
        return (word >>> 7) & 31;
    }

    /** {@code c.beqz rs1'} → {@code beq rs1, x0}, {@code c.bnez} → {@code bne}; {@code c.j} → {@code jal x0}. */
    private static int wide(int type, int word) {
        if (type == RVC_JUMP) {
            return JAL_X0;
        }
        int rs1 = 8 + ((word >>> 7) & 7);
        boolean notEqual = (word & 0xe003) == 0xe001;
        return BEQ | (notEqual ? 1 << 12 : 0) | rs1 << 15;
    }

    private static int patch(int type, int word, int displacement) {
        if (type == BRANCH) {
            return word & ~Immediates.encodeBImm(-1) | Immediates.encodeBImm(displacement);
        } else if (type == JAL) {
            return word & ~Immediates.encodeJImm(-1) | Immediates.encodeJImm(displacement);
        } else if (type == RVC_BRANCH) {
            return word & ~Immediates.encodeCbImm(-1) | Immediates.encodeCbImm(displacement);
        }
        return word & ~Immediates.encodeCjImm(-1) | Immediates.encodeCjImm(displacement);
    }
}
