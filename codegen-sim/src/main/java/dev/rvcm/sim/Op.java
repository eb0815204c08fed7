package dev.rvcm.sim;

import dev.rvcm.isa.Immediates;
import dev.rvcm.isa.Opcode;

/**
 * The engine's operations: what {@link DecodedPage} slots hold. Compressed instructions are expanded
 * to the base operation they stand for ({@code c.addi4spn} → {@link #ADDI}), so the run loop has one
 * case per behaviour. Instructions outside the hot set ({@link #SLOW}) are executed by opcode in
 * {@link Hart}'s slow path.
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

    private Op() {
    }

    /** Fills slot {@code s} of {@code p} with the decoded form of {@code w}. */
    static void decode(int w, Opcode opc, DecodedPage p, int s) {
        int rd = (w >>> 7) & 31;
        int rs1 = (w >>> 15) & 31;
        int rs2 = (w >>> 20) & 31;
        int rs3 = w >>> 27;
        int rdp = ((w >>> 2) & 7) + 8;
        int rs1p = ((w >>> 7) & 7) + 8;
        int crs2 = (w >>> 2) & 31;
        long imm = 0;
        int op;
        p.opcode[s] = (short) opc.ordinal();
        p.word[s] = w;
        p.len[s] = (byte) opc.length();
        p.rm[s] = (byte) ((w >>> 12) & 7);
        switch (opc) {
            case LUI -> { op = LUI; imm = Immediates.uImm(w); }
            case AUIPC -> { op = AUIPC; imm = Immediates.uImm(w); }
            case JAL -> { op = JAL; imm = Immediates.jImm(w); }
            case JALR -> { op = JALR; imm = Immediates.iImm(w); }
            case BEQ -> { op = BEQ; imm = Immediates.bImm(w); }
            case BNE -> { op = BNE; imm = Immediates.bImm(w); }
            case BLT -> { op = BLT; imm = Immediates.bImm(w); }
            case BGE -> { op = BGE; imm = Immediates.bImm(w); }
            case BLTU -> { op = BLTU; imm = Immediates.bImm(w); }
            case BGEU -> { op = BGEU; imm = Immediates.bImm(w); }
            case LB -> { op = LB; imm = Immediates.iImm(w); }
            case LH -> { op = LH; imm = Immediates.iImm(w); }
            case LW -> { op = LW; imm = Immediates.iImm(w); }
            case LD -> { op = LD; imm = Immediates.iImm(w); }
            case LBU -> { op = LBU; imm = Immediates.iImm(w); }
            case LHU -> { op = LHU; imm = Immediates.iImm(w); }
            case LWU -> { op = LWU; imm = Immediates.iImm(w); }
            case FLW -> { op = FLW; imm = Immediates.iImm(w); }
            case FLD -> { op = FLD; imm = Immediates.iImm(w); }
            case SB -> { op = SB; imm = Immediates.sImm(w); }
            case SH -> { op = SH; imm = Immediates.sImm(w); }
            case SW -> { op = SW; imm = Immediates.sImm(w); }
            case SD -> { op = SD; imm = Immediates.sImm(w); }
            case FSW -> { op = FSW; imm = Immediates.sImm(w); }
            case FSD -> { op = FSD; imm = Immediates.sImm(w); }
            case ADDI -> { op = ADDI; imm = Immediates.iImm(w); }
            case SLTI -> { op = SLTI; imm = Immediates.iImm(w); }
            case SLTIU -> { op = SLTIU; imm = Immediates.iImm(w); }
            case XORI -> { op = XORI; imm = Immediates.iImm(w); }
            case ORI, PREFETCH_I, PREFETCH_R, PREFETCH_W -> { op = ORI; imm = Immediates.iImm(w); }
            case ANDI -> { op = ANDI; imm = Immediates.iImm(w); }
            case SLLI -> { op = SLLI; imm = Immediates.shamt(w); }
            case SRLI -> { op = SRLI; imm = Immediates.shamt(w); }
            case SRAI -> { op = SRAI; imm = Immediates.shamt(w); }
            case ADD -> op = ADD;
            case SUB -> op = SUB;
            case SLL -> op = SLL;
            case SLT -> op = SLT;
            case SLTU -> op = SLTU;
            case XOR -> op = XOR;
            case SRL -> op = SRL;
            case SRA -> op = SRA;
            case OR -> op = OR;
            case AND -> op = AND;
            case ADDIW -> { op = ADDIW; imm = Immediates.iImm(w); }
            case SLLIW -> { op = SLLIW; imm = Immediates.shamtW(w); }
            case SRLIW -> { op = SRLIW; imm = Immediates.shamtW(w); }
            case SRAIW -> { op = SRAIW; imm = Immediates.shamtW(w); }
            case ADDW -> op = ADDW;
            case SUBW -> op = SUBW;
            case SLLW -> op = SLLW;
            case SRLW -> op = SRLW;
            case SRAW -> op = SRAW;
            case MUL -> op = MUL;
            case MULH -> op = MULH;
            case MULHSU -> op = MULHSU;
            case MULHU -> op = MULHU;
            case DIV -> op = DIV;
            case DIVU -> op = DIVU;
            case REM -> op = REM;
            case REMU -> op = REMU;
            case MULW -> op = MULW;
            case DIVW -> op = DIVW;
            case DIVUW -> op = DIVUW;
            case REMW -> op = REMW;
            case REMUW -> op = REMUW;
            case FENCE, FENCE_TSO, PAUSE, CBO_CLEAN, CBO_FLUSH, CBO_INVAL -> op = NOP;
            case FADD_D -> op = FADD_D;
            case FSUB_D -> op = FSUB_D;
            case FMUL_D -> op = FMUL_D;
            case FSGNJ_D -> op = rs1 == rs2 ? FMV_D : SLOW;
            case FSGNJN_D -> op = rs1 == rs2 ? FNEG_D : SLOW;
            case FDIV_D -> op = FDIV_D;
            case FSQRT_D -> op = FSQRT_D;
            case FLT_D -> op = FLT_D;
            case FLE_D -> op = FLE_D;
            case FEQ_D -> op = FEQ_D;
            case FMV_X_D -> op = FMV_X_D;
            case FMV_D_X -> op = FMV_D_X;
            case CSRRW, CSRRS, CSRRC, CSRRWI, CSRRSI, CSRRCI -> { op = SLOW; imm = w >>> 20; }
            // ---- compressed: expanded to the base operation ----
            case C_ADDI4SPN -> { op = ADDI; rd = rdp; rs1 = 2; imm = Immediates.ciwImm(w); }
            case C_FLD -> { op = FLD; rd = rdp; rs1 = rs1p; imm = Immediates.cldImm(w); }
            case C_LW -> { op = LW; rd = rdp; rs1 = rs1p; imm = Immediates.clwImm(w); }
            case C_LD -> { op = LD; rd = rdp; rs1 = rs1p; imm = Immediates.cldImm(w); }
            case C_FSD -> { op = FSD; rs2 = rdp; rs1 = rs1p; imm = Immediates.cldImm(w); }
            case C_SW -> { op = SW; rs2 = rdp; rs1 = rs1p; imm = Immediates.clwImm(w); }
            case C_SD -> { op = SD; rs2 = rdp; rs1 = rs1p; imm = Immediates.cldImm(w); }
            case C_ADDI -> { op = ADDI; rs1 = rd; imm = Immediates.ciImm(w); }
            case C_ADDIW -> { op = ADDIW; rs1 = rd; imm = Immediates.ciImm(w); }
            case C_LI -> { op = ADDI; rs1 = 0; imm = Immediates.ciImm(w); }
            case C_ADDI16SP -> { op = ADDI; rd = 2; rs1 = 2; imm = Immediates.ciAddi16spImm(w); }
            case C_LUI -> { op = LUI; imm = Immediates.ciLuiImm(w); }
            case C_SRLI, C_SRLI64 -> { op = SRLI; rd = rs1p; rs1 = rs1p; imm = Immediates.ciShamt(w); }
            case C_SRAI, C_SRAI64 -> { op = SRAI; rd = rs1p; rs1 = rs1p; imm = Immediates.ciShamt(w); }
            case C_ANDI -> { op = ANDI; rd = rs1p; rs1 = rs1p; imm = Immediates.ciImm(w); }
            case C_SUB -> { op = SUB; rd = rs1p; rs1 = rs1p; rs2 = rdp; }
            case C_XOR -> { op = XOR; rd = rs1p; rs1 = rs1p; rs2 = rdp; }
            case C_OR -> { op = OR; rd = rs1p; rs1 = rs1p; rs2 = rdp; }
            case C_AND -> { op = AND; rd = rs1p; rs1 = rs1p; rs2 = rdp; }
            case C_SUBW -> { op = SUBW; rd = rs1p; rs1 = rs1p; rs2 = rdp; }
            case C_ADDW -> { op = ADDW; rd = rs1p; rs1 = rs1p; rs2 = rdp; }
            case C_J -> { op = JAL; rd = 0; imm = Immediates.cjImm(w); }
            case C_BEQZ -> { op = BEQ; rs1 = rs1p; rs2 = 0; imm = Immediates.cbImm(w); }
            case C_BNEZ -> { op = BNE; rs1 = rs1p; rs2 = 0; imm = Immediates.cbImm(w); }
            case C_SLLI, C_SLLI64 -> { op = SLLI; rs1 = rd; imm = Immediates.ciShamt(w); }
            case C_FLDSP -> { op = FLD; rs1 = 2; imm = Immediates.ciLdspImm(w); }
            case C_LWSP -> { op = LW; rs1 = 2; imm = Immediates.ciLwspImm(w); }
            case C_LDSP -> { op = LD; rs1 = 2; imm = Immediates.ciLdspImm(w); }
            case C_JR -> { op = JALR; rs1 = rd; rd = 0; imm = 0; }
            case C_JALR -> { op = JALR; rs1 = rd; rd = 1; imm = 0; }
            case C_MV -> { op = ADD; rs1 = 0; rs2 = crs2; }
            case C_ADD -> { op = ADD; rs1 = rd; rs2 = crs2; }
            case C_FSDSP -> { op = FSD; rs1 = 2; rs2 = crs2; imm = Immediates.cssSdspImm(w); }
            case C_SWSP -> { op = SW; rs1 = 2; rs2 = crs2; imm = Immediates.cssSwspImm(w); }
            case C_SDSP -> { op = SD; rs1 = 2; rs2 = crs2; imm = Immediates.cssSdspImm(w); }
            case C_EBREAK -> op = SLOW;
            case UNKNOWN, C_UNIMP, UNIMP -> op = ILLEGAL;
            default -> {
                op = SLOW;
                imm = Immediates.iImm(w);
            }
        }
        boolean integerResult = op != SLOW && op != ILLEGAL && op != FLW && op != FLD && op != FSW && op != FSD
                && op != FADD_D && op != FSUB_D && op != FMUL_D && op != FMV_D && op != FDIV_D && op != FSQRT_D
                && op != FNEG_D && op != FMV_D_X;
        if (rd == 0 && integerResult) {
            rd = SINK;
        }
        p.op[s] = op;
        p.regs[s] = rd | rs1 << 8 | rs2 << 16 | rs3 << 24;
        p.enc[s] = op | rd << 8 | rs1 << 14 | rs2 << 19 | (opc.length() == 4 ? 1 << 24 : 0);
        p.imm[s] = imm;
    }
}
