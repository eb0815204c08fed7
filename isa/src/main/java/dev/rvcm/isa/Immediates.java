package dev.rvcm.isa;

/**
 * Named immediate accessors and their encoders, one pair per immediate layout of the ISA manual
 * (volume I, "Base Instruction Formats" and "Compressed Instruction Formats").
 *
 * <p>Each accessor takes an instruction word and returns the immediate's value (sign-extended where
 * the manual says so); each {@code encode…} method is its inverse: it takes the value and returns the
 * word bits that hold it, all other bits zero. Encoders do not check range or alignment; see
 * {@link Field#fits(int)}.
 */
public final class Immediates {

    private Immediates() {
    }

    private static int bits(int word, int hi, int lo) {
        return (word >>> lo) & ((1 << (hi - lo + 1)) - 1);
    }

    private static int place(int value, int hi, int lo, int at) {
        return ((value >>> lo) & ((1 << (hi - lo + 1)) - 1)) << at;
    }

    private static int signExtend(int value, int width) {
        return value << (32 - width) >> (32 - width);
    }

    /** I-type: {@code imm[11:0] = inst[31:20]}, sign-extended. */
    public static int iImm(int word) {
        return word >> 20;
    }

    /** Inverse of {@link #iImm(int)}. */
    public static int encodeIImm(int imm) {
        return imm << 20;
    }

    /** S-type: {@code imm[11:5] = inst[31:25], imm[4:0] = inst[11:7]}, sign-extended. */
    public static int sImm(int word) {
        return (word >> 25) << 5 | bits(word, 11, 7);
    }

    /** Inverse of {@link #sImm(int)}. */
    public static int encodeSImm(int imm) {
        return place(imm, 11, 5, 25) | place(imm, 4, 0, 7);
    }

    /** B-type branch offset: {@code imm[12|10:5] = inst[31:25], imm[4:1|11] = inst[11:7]}. */
    public static int bImm(int word) {
        return (word >> 31) << 12 | bits(word, 7, 7) << 11 | bits(word, 30, 25) << 5 | bits(word, 11, 8) << 1;
    }

    /** Inverse of {@link #bImm(int)}. */
    public static int encodeBImm(int imm) {
        return place(imm, 12, 12, 31) | place(imm, 11, 11, 7) | place(imm, 10, 5, 25) | place(imm, 4, 1, 8);
    }

    /** U-type: {@code imm[31:12] = inst[31:12]}, low 12 bits zero (the value added to the register). */
    public static int uImm(int word) {
        return word & 0xfffff000;
    }

    /** Inverse of {@link #uImm(int)}. */
    public static int encodeUImm(int imm) {
        return imm & 0xfffff000;
    }

    /** J-type jump offset: {@code imm[20|10:1|11|19:12] = inst[31:12]}. */
    public static int jImm(int word) {
        return (word >> 31) << 20 | bits(word, 19, 12) << 12 | bits(word, 20, 20) << 11 | bits(word, 30, 21) << 1;
    }

    /** Inverse of {@link #jImm(int)}. */
    public static int encodeJImm(int imm) {
        return place(imm, 20, 20, 31) | place(imm, 19, 12, 12) | place(imm, 11, 11, 20) | place(imm, 10, 1, 21);
    }

    /** Shift amount of RV64 {@code slli/srli/srai}: {@code shamt[5:0] = inst[25:20]}. */
    public static int shamt(int word) {
        return bits(word, 25, 20);
    }

    /** Inverse of {@link #shamt(int)}. */
    public static int encodeShamt(int shamt) {
        return place(shamt, 5, 0, 20);
    }

    /** Shift amount of the {@code *w} shifts: {@code shamt[4:0] = inst[24:20]}. */
    public static int shamtW(int word) {
        return bits(word, 24, 20);
    }

    /** Inverse of {@link #shamtW(int)}. */
    public static int encodeShamtW(int shamt) {
        return place(shamt, 4, 0, 20);
    }

    /** Zicbop prefetch offset: {@code imm[11:5] = inst[31:25]}, sign-extended, low five bits zero. */
    public static int prefetchImm(int word) {
        return (word >> 25) << 5;
    }

    /** Inverse of {@link #prefetchImm(int)}. */
    public static int encodePrefetchImm(int imm) {
        return place(imm, 11, 5, 25);
    }

    // ---- compressed formats (16-bit words in the low half) ----

    /** CI signed immediate of {@code c.addi, c.addiw, c.li, c.andi, c.nop}: {@code imm[5] = inst[12], imm[4:0] = inst[6:2]}. */
    public static int ciImm(int word) {
        return signExtend(bits(word, 12, 12) << 5 | bits(word, 6, 2), 6);
    }

    /** Inverse of {@link #ciImm(int)}. */
    public static int encodeCiImm(int imm) {
        return place(imm, 5, 5, 12) | place(imm, 4, 0, 2);
    }

    /** CI shift amount of {@code c.slli, c.srli, c.srai}: {@code shamt[5] = inst[12], shamt[4:0] = inst[6:2]}. */
    public static int ciShamt(int word) {
        return bits(word, 12, 12) << 5 | bits(word, 6, 2);
    }

    /** Inverse of {@link #ciShamt(int)}. */
    public static int encodeCiShamt(int shamt) {
        return place(shamt, 5, 5, 12) | place(shamt, 4, 0, 2);
    }

    /** {@code c.lui}: {@code nzimm[17] = inst[12], nzimm[16:12] = inst[6:2]}, sign-extended, low 12 bits zero. */
    public static int ciLuiImm(int word) {
        return ciImm(word) << 12;
    }

    /** Inverse of {@link #ciLuiImm(int)}. */
    public static int encodeCiLuiImm(int imm) {
        return encodeCiImm(imm >> 12);
    }

    /** {@code c.addi16sp}: {@code nzimm[9] = inst[12], nzimm[4|6|8:7|5] = inst[6:2]}, sign-extended. */
    public static int ciAddi16spImm(int word) {
        return signExtend(bits(word, 12, 12) << 9 | bits(word, 4, 3) << 7 | bits(word, 5, 5) << 6
                | bits(word, 2, 2) << 5 | bits(word, 6, 6) << 4, 10);
    }

    /** Inverse of {@link #ciAddi16spImm(int)}. */
    public static int encodeCiAddi16spImm(int imm) {
        return place(imm, 9, 9, 12) | place(imm, 8, 7, 3) | place(imm, 6, 6, 5) | place(imm, 5, 5, 2)
                | place(imm, 4, 4, 6);
    }

    /** CIW {@code c.addi4spn}: {@code nzuimm[5:4|9:6|2|3] = inst[12:5]}. */
    public static int ciwImm(int word) {
        return bits(word, 10, 7) << 6 | bits(word, 12, 11) << 4 | bits(word, 5, 5) << 3 | bits(word, 6, 6) << 2;
    }

    /** Inverse of {@link #ciwImm(int)}. */
    public static int encodeCiwImm(int imm) {
        return place(imm, 9, 6, 7) | place(imm, 5, 4, 11) | place(imm, 3, 3, 5) | place(imm, 2, 2, 6);
    }

    /** CI {@code c.lwsp}: {@code uimm[5] = inst[12], uimm[4:2|7:6] = inst[6:2]}. */
    public static int ciLwspImm(int word) {
        return bits(word, 3, 2) << 6 | bits(word, 12, 12) << 5 | bits(word, 6, 4) << 2;
    }

    /** Inverse of {@link #ciLwspImm(int)}. */
    public static int encodeCiLwspImm(int imm) {
        return place(imm, 7, 6, 2) | place(imm, 5, 5, 12) | place(imm, 4, 2, 4);
    }

    /** CI {@code c.ldsp, c.fldsp}: {@code uimm[5] = inst[12], uimm[4:3|8:6] = inst[6:2]}. */
    public static int ciLdspImm(int word) {
        return bits(word, 4, 2) << 6 | bits(word, 12, 12) << 5 | bits(word, 6, 5) << 3;
    }

    /** Inverse of {@link #ciLdspImm(int)}. */
    public static int encodeCiLdspImm(int imm) {
        return place(imm, 8, 6, 2) | place(imm, 5, 5, 12) | place(imm, 4, 3, 5);
    }

    /** CSS {@code c.swsp}: {@code uimm[5:2|7:6] = inst[12:7]}. */
    public static int cssSwspImm(int word) {
        return bits(word, 8, 7) << 6 | bits(word, 12, 9) << 2;
    }

    /** Inverse of {@link #cssSwspImm(int)}. */
    public static int encodeCssSwspImm(int imm) {
        return place(imm, 7, 6, 7) | place(imm, 5, 2, 9);
    }

    /** CSS {@code c.sdsp, c.fsdsp}: {@code uimm[5:3|8:6] = inst[12:7]}. */
    public static int cssSdspImm(int word) {
        return bits(word, 9, 7) << 6 | bits(word, 12, 10) << 3;
    }

    /** Inverse of {@link #cssSdspImm(int)}. */
    public static int encodeCssSdspImm(int imm) {
        return place(imm, 8, 6, 7) | place(imm, 5, 3, 10);
    }

    /** CL/CS {@code c.lw, c.sw}: {@code uimm[5:3] = inst[12:10], uimm[2|6] = inst[6:5]}. */
    public static int clwImm(int word) {
        return bits(word, 5, 5) << 6 | bits(word, 12, 10) << 3 | bits(word, 6, 6) << 2;
    }

    /** Inverse of {@link #clwImm(int)}. */
    public static int encodeClwImm(int imm) {
        return place(imm, 6, 6, 5) | place(imm, 5, 3, 10) | place(imm, 2, 2, 6);
    }

    /** CL/CS {@code c.ld, c.sd, c.fld, c.fsd}: {@code uimm[5:3] = inst[12:10], uimm[7:6] = inst[6:5]}. */
    public static int cldImm(int word) {
        return bits(word, 6, 5) << 6 | bits(word, 12, 10) << 3;
    }

    /** Inverse of {@link #cldImm(int)}. */
    public static int encodeCldImm(int imm) {
        return place(imm, 7, 6, 5) | place(imm, 5, 3, 10);
    }

    /** CB branch offset of {@code c.beqz, c.bnez}: {@code offset[8|4:3] = inst[12:10], offset[7:6|2:1|5] = inst[6:2]}. */
    public static int cbImm(int word) {
        return signExtend(bits(word, 12, 12) << 8 | bits(word, 6, 5) << 6 | bits(word, 2, 2) << 5
                | bits(word, 11, 10) << 3 | bits(word, 4, 3) << 1, 9);
    }

    /** Inverse of {@link #cbImm(int)}. */
    public static int encodeCbImm(int imm) {
        return place(imm, 8, 8, 12) | place(imm, 7, 6, 5) | place(imm, 5, 5, 2) | place(imm, 4, 3, 10)
                | place(imm, 2, 1, 3);
    }

    /** CJ jump offset of {@code c.j}: {@code offset[11|4|9:8|10|6|7|3:1|5] = inst[12:2]}. */
    public static int cjImm(int word) {
        return signExtend(bits(word, 12, 12) << 11 | bits(word, 8, 8) << 10 | bits(word, 10, 9) << 8
                | bits(word, 6, 6) << 7 | bits(word, 7, 7) << 6 | bits(word, 2, 2) << 5
                | bits(word, 11, 11) << 4 | bits(word, 5, 3) << 1, 12);
    }

    /** Inverse of {@link #cjImm(int)}. */
    public static int encodeCjImm(int imm) {
        return place(imm, 11, 11, 12) | place(imm, 10, 10, 8) | place(imm, 9, 8, 9) | place(imm, 7, 7, 6)
                | place(imm, 6, 6, 7) | place(imm, 5, 5, 2) | place(imm, 4, 4, 11) | place(imm, 3, 1, 3);
    }
}
