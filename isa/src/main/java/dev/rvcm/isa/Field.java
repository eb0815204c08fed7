package dev.rvcm.isa;

import java.util.function.IntUnaryOperator;

/**
 * An operand field of an instruction word: which bits hold it, how to read and write its value, and
 * which values it can hold. Register fields yield register numbers (0–31; the compressed {@code rd'},
 * {@code rs1'}, {@code rs2'} fields yield 8–15), immediate fields yield the immediate's value.
 */
public enum Field {
    /** Destination register, {@code inst[11:7]} (also {@code rd/rs1} of CR and CI). */
    RD(w -> (w >>> 7) & 31, v -> v << 7, 0x00000f80, 0, 31, 1),
    /** First source register, {@code inst[19:15]}. */
    RS1(w -> (w >>> 15) & 31, v -> v << 15, 0x000f8000, 0, 31, 1),
    /** Second source register, {@code inst[24:20]}. */
    RS2(w -> (w >>> 20) & 31, v -> v << 20, 0x01f00000, 0, 31, 1),
    /** Third source register of R4, {@code inst[31:27]}. */
    RS3(w -> (w >>> 27) & 31, v -> v << 27, 0xf8000000, 0, 31, 1),
    /** Floating-point rounding mode, {@code inst[14:12]}. */
    RM(w -> (w >>> 12) & 7, v -> v << 12, 0x00007000, 0, 7, 1),
    /** CSR number, {@code inst[31:20]}. */
    CSR(w -> w >>> 20, v -> v << 20, 0xfff00000, 0, 4095, 1),
    /** Unsigned 5-bit immediate of {@code csrr*i}, {@code inst[19:15]}. */
    ZIMM(w -> (w >>> 15) & 31, v -> v << 15, 0x000f8000, 0, 31, 1),
    /** Fence predecessor set (i, o, r, w), {@code inst[27:24]}. */
    PRED(w -> (w >>> 24) & 15, v -> v << 24, 0x0f000000, 0, 15, 1),
    /** Fence successor set (i, o, r, w), {@code inst[23:20]}. */
    SUCC(w -> (w >>> 20) & 15, v -> v << 20, 0x00f00000, 0, 15, 1),
    /** Acquire (bit 1) and release (bit 0) ordering of atomics, {@code inst[26:25]}. */
    AQRL(w -> (w >>> 25) & 3, v -> v << 25, 0x06000000, 0, 3, 1),
    /** I-type immediate. */
    I_IMM(Immediates::iImm, Immediates::encodeIImm, 0xfff00000, -2048, 2047, 1),
    /** S-type immediate. */
    S_IMM(Immediates::sImm, Immediates::encodeSImm, 0xfe000f80, -2048, 2047, 1),
    /** B-type branch offset. */
    B_IMM(Immediates::bImm, Immediates::encodeBImm, 0xfe000f80, -4096, 4094, 2),
    /** U-type immediate (low 12 bits zero). */
    U_IMM(Immediates::uImm, Immediates::encodeUImm, 0xfffff000, Integer.MIN_VALUE, Integer.MAX_VALUE, 4096),
    /** J-type jump offset. */
    J_IMM(Immediates::jImm, Immediates::encodeJImm, 0xfffff000, -(1 << 20), (1 << 20) - 2, 2),
    /** 6-bit shift amount. */
    SHAMT(Immediates::shamt, Immediates::encodeShamt, 0x03f00000, 0, 63, 1),
    /** 5-bit shift amount of the {@code *w} shifts. */
    SHAMTW(Immediates::shamtW, Immediates::encodeShamtW, 0x01f00000, 0, 31, 1),
    /** Zicbop prefetch offset. */
    PREFETCH_IMM(Immediates::prefetchImm, Immediates::encodePrefetchImm, 0xfe000000, -2048, 2016, 32),
    /** Compressed second source register, {@code inst[6:2]}. */
    C_RS2(w -> (w >>> 2) & 31, v -> v << 2, 0x007c, 0, 31, 1),
    /** Compressed {@code rs1'/rd'} at {@code inst[9:7]} (x8–x15). */
    C_RS1_PRIME(w -> ((w >>> 7) & 7) + 8, v -> (v - 8) << 7, 0x0380, 8, 15, 1),
    /** Compressed {@code rs2'/rd'} at {@code inst[4:2]} (x8–x15). */
    C_RS2_PRIME(w -> ((w >>> 2) & 7) + 8, v -> (v - 8) << 2, 0x001c, 8, 15, 1),
    /** CI signed immediate. */
    C_IMM(Immediates::ciImm, Immediates::encodeCiImm, 0x107c, -32, 31, 1),
    /** CI shift amount. */
    C_SHAMT(Immediates::ciShamt, Immediates::encodeCiShamt, 0x107c, 0, 63, 1),
    /** {@code c.lui} immediate (low 12 bits zero). */
    C_LUI_IMM(Immediates::ciLuiImm, Immediates::encodeCiLuiImm, 0x107c, -32 << 12, 31 << 12, 4096),
    /** {@code c.addi16sp} immediate. */
    C_ADDI16SP_IMM(Immediates::ciAddi16spImm, Immediates::encodeCiAddi16spImm, 0x107c, -512, 496, 16),
    /** {@code c.addi4spn} immediate. */
    C_ADDI4SPN_IMM(Immediates::ciwImm, Immediates::encodeCiwImm, 0x1fe0, 0, 1020, 4),
    /** {@code c.lwsp} offset. */
    C_LWSP_IMM(Immediates::ciLwspImm, Immediates::encodeCiLwspImm, 0x107c, 0, 252, 4),
    /** {@code c.ldsp}, {@code c.fldsp} offset. */
    C_LDSP_IMM(Immediates::ciLdspImm, Immediates::encodeCiLdspImm, 0x107c, 0, 504, 8),
    /** {@code c.swsp} offset. */
    C_SWSP_IMM(Immediates::cssSwspImm, Immediates::encodeCssSwspImm, 0x1f80, 0, 252, 4),
    /** {@code c.sdsp}, {@code c.fsdsp} offset. */
    C_SDSP_IMM(Immediates::cssSdspImm, Immediates::encodeCssSdspImm, 0x1f80, 0, 504, 8),
    /** {@code c.lw}, {@code c.sw} offset. */
    C_LW_IMM(Immediates::clwImm, Immediates::encodeClwImm, 0x1c60, 0, 124, 4),
    /** {@code c.ld}, {@code c.sd}, {@code c.fld}, {@code c.fsd} offset. */
    C_LD_IMM(Immediates::cldImm, Immediates::encodeCldImm, 0x1c60, 0, 248, 8),
    /** {@code c.beqz}, {@code c.bnez} offset. */
    C_B_IMM(Immediates::cbImm, Immediates::encodeCbImm, 0x1c7c, -256, 254, 2),
    /** {@code c.j} offset. */
    C_J_IMM(Immediates::cjImm, Immediates::encodeCjImm, 0x1ffc, -2048, 2046, 2),
    /** All bits of a word no opcode matches. */
    RAW(w -> w, v -> v, 0xffffffff, Integer.MIN_VALUE, Integer.MAX_VALUE, 1);

    private final IntUnaryOperator get;
    private final IntUnaryOperator put;
    private final int bitMask;
    private final int min;
    private final int max;
    private final int alignment;

    Field(IntUnaryOperator get, IntUnaryOperator put, int bitMask, int min, int max, int alignment) {
        this.get = get;
        this.put = put;
        this.bitMask = bitMask;
        this.min = min;
        this.max = max;
        this.alignment = alignment;
    }

    /** The field's value in {@code word}. */
    public int get(int word) {
        return get.applyAsInt(word);
    }

    /** The bits of a word that hold {@code value} in this field, all others zero; see {@link #fits(int)}. */
    public int put(int value) {
        return put.applyAsInt(value) & bitMask;
    }

    /** Whether {@code value} is in range and suitably aligned for this field. */
    public boolean fits(int value) {
        return value >= min && value <= max && value % alignment == 0;
    }

    /** The bits of a word this field occupies. */
    public int bitMask() {
        return bitMask;
    }
}
