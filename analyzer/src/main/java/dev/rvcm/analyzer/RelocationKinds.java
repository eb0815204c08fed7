package dev.rvcm.analyzer;

import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.util.Arrays;

/**
 * Which relocation types make an access, and of which kind. A relocation that only completes an
 * access (the LO12 of a HI20/LO12 pair) or is label arithmetic, alignment or a hint makes none.
 */
final class RelocationKinds {
    /** The table value for "no access". */
    static final int NONE = -1;
    private static final int[] KIND = new int[256];

    static {
        Arrays.fill(KIND, NONE);
        for (RiscvRelocation r : RiscvRelocation.values()) {
            KIND[r.number()] = kindOf(r);
        }
    }

    private RelocationKinds() {
    }

    /** The kind ordinal of the access a relocation type starts, or {@link #NONE}. */
    static int kind(int type) {
        return type >= 0 && type < KIND.length ? KIND[type] : NONE;
    }

    private static int kindOf(RiscvRelocation r) {
        AccessKind kind = switch (r) {
            case R_RISCV_PCREL_HI20, R_RISCV_32_PCREL, R_RISCV_PLT32 -> AccessKind.PC_RELATIVE;
            case R_RISCV_GOT_HI20, R_RISCV_GOT32_PCREL, R_RISCV_JUMP_SLOT -> AccessKind.GOT;
            case R_RISCV_HI20, R_RISCV_RVC_LUI -> AccessKind.ABSOLUTE;
            case R_RISCV_64, R_RISCV_32, R_RISCV_RELATIVE, R_RISCV_IRELATIVE -> AccessKind.ABSOLUTE_DATA;
            case R_RISCV_GPREL_I, R_RISCV_GPREL_S -> AccessKind.GP_RELATIVE;
            case R_RISCV_TLS_GOT_HI20, R_RISCV_TLS_GD_HI20, R_RISCV_TPREL_HI20, R_RISCV_TPREL_I, R_RISCV_TPREL_S,
                 R_RISCV_TLSDESC_HI20, R_RISCV_TLSDESC, R_RISCV_TLS_DTPMOD32, R_RISCV_TLS_DTPMOD64,
                 R_RISCV_TLS_DTPREL32, R_RISCV_TLS_DTPREL64, R_RISCV_TLS_TPREL32, R_RISCV_TLS_TPREL64 -> AccessKind.TLS;
            case R_RISCV_CALL, R_RISCV_CALL_PLT, R_RISCV_JAL, R_RISCV_RVC_JUMP -> AccessKind.CALL;
            case R_RISCV_BRANCH, R_RISCV_RVC_BRANCH -> AccessKind.BRANCH;
            default -> null;
        };
        return kind == null ? NONE : kind.ordinal();
    }

    /** True for the low parts that complete an absolute HI20 pair; alone (lui relaxed away) they are an access. */
    static boolean absoluteLow(int type) {
        return type == RiscvRelocation.R_RISCV_LO12_I.number() || type == RiscvRelocation.R_RISCV_LO12_S.number();
    }
}
