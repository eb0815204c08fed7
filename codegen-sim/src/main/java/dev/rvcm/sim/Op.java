package dev.rvcm.sim;

import dev.rvcm.isa.Field;
import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.RegisterFile;

/**
 * The interpreter's dispatch codes: what {@link DecodedPage} slots hold, one per behaviour of the
 * interpreter's hot loop. A slot is filled from the opcode table alone: a compressed instruction is
 * decoded as the base instruction it expands to ({@link Opcode#base()}, {@link Opcode#expand(int)}),
 * so {@code c.addi4spn} and {@code addi} are one case. Instructions outside the hot set ({@link #SLOW})
 * are executed by opcode in the {@link SlowPath}; each case of either calls the instruction's one
 * {@link Executor} semantics.
 */
final class Op {
    static final int UNDECODED = 0;
    static final int LUI = 1, AUIPC = 2, JAL = 3, JALR = 4;
    static final int BEQ = 5, BNE = 6, BLT = 7, BGE = 8, BLTU = 9, BGEU = 10;
    static final int LB = 11, LH = 12, LW = 13, LD = 14, LBU = 15, LHU = 16, LWU = 17;
    static final int SB = 18, SH = 19, SW = 20, SD = 21;
    static final int ADDI = 22, SLTI = 23, SLTIU = 24, XORI = 25, ORI = 26, ANDI = 27, SLLI = 28, SRLI = 29, SRAI = 30;
    static final int ADD = 31, SUB = 32, SLL = 33, SLT = 34, SLTU = 35, XOR = 36, SRL = 37, SRA = 38, OR = 39, AND = 40;
    static final int ADDIW = 41, SLLIW = 42, SRLIW = 43, SRAIW = 44;
    static final int ADDW = 45, SUBW = 46, SLLW = 47, SRLW = 48, SRAW = 49;
    static final int MUL = 50, MULH = 51, MULHSU = 52, MULHU = 53, DIV = 54, DIVU = 55, REM = 56, REMU = 57;
    static final int MULW = 58, DIVW = 59, DIVUW = 60, REMW = 61, REMUW = 62;
    static final int FLW = 63, FSW = 64, FLD = 65, FSD = 66;
    static final int NOP = 67;
    static final int FADD_D = 68, FSUB_D = 69, FMUL_D = 70, FMV_D = 71, FDIV_D = 72, FSQRT_D = 73, FNEG_D = 74;
    static final int FLT_D = 75, FLE_D = 76, FEQ_D = 77, FMV_X_D = 78, FMV_D_X = 79;
    /** Register index integer results for {@code rd = x0} are written to, so x0 stays zero for free. */
    static final int SINK = 32;
    /** Executed by {@code Opcode} in the slow path. */
    static final int SLOW = 100;
    /** A word that decodes to no instruction. */
    static final int ILLEGAL = 101;

    private static final Opcode[] OPCODES = Opcode.values();
    private static final int[] OP_OF = new int[OPCODES.length];
    private static final Field[] IMMEDIATE = new Field[OPCODES.length];

    static {
        for (Opcode o : OPCODES) {
            OP_OF[o.ordinal()] = hot(o.base());
            for (Field f : o.base().fields()) {
                switch (f) {
                    case I_IMM, S_IMM, B_IMM, U_IMM, J_IMM, SHAMT, SHAMTW, CSR, PREFETCH_IMM -> {
                        if (IMMEDIATE[o.ordinal()] == null) {
                            IMMEDIATE[o.ordinal()] = f;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private Op() {
    }

    /** The hot-loop case of a base instruction, or {@link #SLOW}, or {@link #ILLEGAL}. */
    private static int hot(Opcode base) {
        return switch (base) {
            case LUI -> LUI;
            case AUIPC -> AUIPC;
            case JAL -> JAL;
            case JALR -> JALR;
            case BEQ -> BEQ;
            case BNE -> BNE;
            case BLT -> BLT;
            case BGE -> BGE;
            case BLTU -> BLTU;
            case BGEU -> BGEU;
            case LB -> LB;
            case LH -> LH;
            case LW -> LW;
            case LD -> LD;
            case LBU -> LBU;
            case LHU -> LHU;
            case LWU -> LWU;
            case FLW -> FLW;
            case FLD -> FLD;
            case SB -> SB;
            case SH -> SH;
            case SW -> SW;
            case SD -> SD;
            case FSW -> FSW;
            case FSD -> FSD;
            case ADDI -> ADDI;
            case SLTI -> SLTI;
            case SLTIU -> SLTIU;
            case XORI -> XORI;
            case ORI -> ORI;
            case ANDI -> ANDI;
            case SLLI -> SLLI;
            case SRLI -> SRLI;
            case SRAI -> SRAI;
            case ADD -> ADD;
            case SUB -> SUB;
            case SLL -> SLL;
            case SLT -> SLT;
            case SLTU -> SLTU;
            case XOR -> XOR;
            case SRL -> SRL;
            case SRA -> SRA;
            case OR -> OR;
            case AND -> AND;
            case ADDIW -> ADDIW;
            case SLLIW -> SLLIW;
            case SRLIW -> SRLIW;
            case SRAIW -> SRAIW;
            case ADDW -> ADDW;
            case SUBW -> SUBW;
            case SLLW -> SLLW;
            case SRLW -> SRLW;
            case SRAW -> SRAW;
            case MUL -> MUL;
            case MULH -> MULH;
            case MULHSU -> MULHSU;
            case MULHU -> MULHU;
            case DIV -> DIV;
            case DIVU -> DIVU;
            case REM -> REM;
            case REMU -> REMU;
            case MULW -> MULW;
            case DIVW -> DIVW;
            case DIVUW -> DIVUW;
            case REMW -> REMW;
            case REMUW -> REMUW;
            case FADD_D -> FADD_D;
            case FSUB_D -> FSUB_D;
            case FMUL_D -> FMUL_D;
            case FDIV_D -> FDIV_D;
            case FSQRT_D -> FSQRT_D;
            case FLT_D -> FLT_D;
            case FLE_D -> FLE_D;
            case FEQ_D -> FEQ_D;
            case FMV_X_D -> FMV_X_D;
            case FMV_D_X -> FMV_D_X;
            case UNKNOWN, UNIMP -> ILLEGAL;
            default -> Executor.of(base).form() == Executor.Form.NOP ? NOP : SLOW;
        };
    }

    /** Fills slot {@code s} of {@code p} with the decoded form of {@code word}, an instruction of {@code opc}. */
    static void decode(int word, Opcode opc, DecodedPage p, int s) {
        Opcode base = opc.base();
        int w = opc.expand(word);
        int rd = Field.RD.get(w);
        int rs1 = Field.RS1.get(w);
        int rs2 = Field.RS2.get(w);
        int rs3 = Field.RS3.get(w);
        Field immediate = IMMEDIATE[opc.ordinal()];
        long imm = immediate == null ? 0 : immediate.get(w);
        int op = OP_OF[opc.ordinal()];
        if (base == Opcode.FSGNJ_D && rs1 == rs2) {
            op = FMV_D;
        } else if (base == Opcode.FSGNJN_D && rs1 == rs2) {
            op = FNEG_D;
        }
        p.opcode[s] = (short) opc.ordinal();
        p.word[s] = word;
        p.len[s] = (byte) opc.length();
        p.rm[s] = (byte) ((w >>> 12) & 7);
        if (rd == 0 && base.destination() == RegisterFile.X && op != SLOW && op != ILLEGAL) {
            rd = SINK;
        }
        p.op[s] = op;
        p.regs[s] = rd | rs1 << 8 | rs2 << 16 | rs3 << 24;
        p.enc[s] = op | rd << 8 | rs1 << 14 | rs2 << 19 | (opc.length() == 4 ? 1 << 24 : 0);
        p.imm[s] = imm;
    }
}
