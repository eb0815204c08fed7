package dev.rvcm.isa;

/**
 * The base instruction each compressed instruction expands to, as the ISA manual's RVC chapter
 * defines them ("each RVC instruction expands into a single 32-bit instruction"): {@code c.addi4spn
 * rd',nzuimm} is {@code addi rd',sp,nzuimm}, {@code c.j offset} is {@code jal x0,offset}, {@code c.mv
 * rd,rs2} is {@code add rd,x0,rs2}. Used through {@link Opcode#base()} and {@link Opcode#expand(int)};
 * allocates nothing.
 */
final class Expansion {

    private static final int SP = 2;
    private static final int RA = 1;

    private Expansion() {
    }

    static Opcode base(Opcode o) {
        return switch (o) {
            case C_ADDI4SPN, C_ADDI, C_LI, C_ADDI16SP -> Opcode.ADDI;
            case C_FLD, C_FLDSP -> Opcode.FLD;
            case C_LW, C_LWSP -> Opcode.LW;
            case C_LD, C_LDSP -> Opcode.LD;
            case C_FSD, C_FSDSP -> Opcode.FSD;
            case C_SW, C_SWSP -> Opcode.SW;
            case C_SD, C_SDSP -> Opcode.SD;
            case C_ADDIW -> Opcode.ADDIW;
            case C_LUI -> Opcode.LUI;
            case C_SRLI, C_SRLI64 -> Opcode.SRLI;
            case C_SRAI, C_SRAI64 -> Opcode.SRAI;
            case C_SLLI, C_SLLI64 -> Opcode.SLLI;
            case C_ANDI -> Opcode.ANDI;
            case C_SUB -> Opcode.SUB;
            case C_XOR -> Opcode.XOR;
            case C_OR -> Opcode.OR;
            case C_AND -> Opcode.AND;
            case C_SUBW -> Opcode.SUBW;
            case C_ADDW -> Opcode.ADDW;
            case C_MV, C_ADD -> Opcode.ADD;
            case C_J -> Opcode.JAL;
            case C_JR, C_JALR -> Opcode.JALR;
            case C_BEQZ -> Opcode.BEQ;
            case C_BNEZ -> Opcode.BNE;
            case C_EBREAK -> Opcode.EBREAK;
            case C_UNIMP -> Opcode.UNIMP;
            default -> o;
        };
    }

    static int expand(Opcode o, int w) {
        int rd = Field.RD.get(w);
        int rs1p = Field.C_RS1_PRIME.get(w);
        int rs2p = Field.C_RS2_PRIME.get(w);
        int rs2 = Field.C_RS2.get(w);
        return switch (o) {
            case C_ADDI4SPN -> i(Opcode.ADDI, rs2p, SP, Field.C_ADDI4SPN_IMM.get(w));
            case C_FLD -> i(Opcode.FLD, rs2p, rs1p, Field.C_LD_IMM.get(w));
            case C_LW -> i(Opcode.LW, rs2p, rs1p, Field.C_LW_IMM.get(w));
            case C_LD -> i(Opcode.LD, rs2p, rs1p, Field.C_LD_IMM.get(w));
            case C_FSD -> s(Opcode.FSD, rs1p, rs2p, Field.C_LD_IMM.get(w));
            case C_SW -> s(Opcode.SW, rs1p, rs2p, Field.C_LW_IMM.get(w));
            case C_SD -> s(Opcode.SD, rs1p, rs2p, Field.C_LD_IMM.get(w));
            case C_ADDI -> i(Opcode.ADDI, rd, rd, Field.C_IMM.get(w));
            case C_ADDIW -> i(Opcode.ADDIW, rd, rd, Field.C_IMM.get(w));
            case C_LI -> i(Opcode.ADDI, rd, 0, Field.C_IMM.get(w));
            case C_ADDI16SP -> i(Opcode.ADDI, SP, SP, Field.C_ADDI16SP_IMM.get(w));
            case C_LUI -> Opcode.LUI.match() | Field.RD.put(rd) | Field.U_IMM.put(Field.C_LUI_IMM.get(w));
            case C_SRLI, C_SRLI64 -> shift(Opcode.SRLI, rs1p, Field.C_SHAMT.get(w));
            case C_SRAI, C_SRAI64 -> shift(Opcode.SRAI, rs1p, Field.C_SHAMT.get(w));
            case C_SLLI, C_SLLI64 -> shift(Opcode.SLLI, rd, Field.C_SHAMT.get(w));
            case C_ANDI -> i(Opcode.ANDI, rs1p, rs1p, Field.C_IMM.get(w));
            case C_SUB -> r(Opcode.SUB, rs1p, rs1p, rs2p);
            case C_XOR -> r(Opcode.XOR, rs1p, rs1p, rs2p);
            case C_OR -> r(Opcode.OR, rs1p, rs1p, rs2p);
            case C_AND -> r(Opcode.AND, rs1p, rs1p, rs2p);
            case C_SUBW -> r(Opcode.SUBW, rs1p, rs1p, rs2p);
            case C_ADDW -> r(Opcode.ADDW, rs1p, rs1p, rs2p);
            case C_J -> Opcode.JAL.match() | Field.J_IMM.put(Field.C_J_IMM.get(w));
            case C_BEQZ -> b(Opcode.BEQ, rs1p, Field.C_B_IMM.get(w));
            case C_BNEZ -> b(Opcode.BNE, rs1p, Field.C_B_IMM.get(w));
            case C_FLDSP -> i(Opcode.FLD, rd, SP, Field.C_LDSP_IMM.get(w));
            case C_LWSP -> i(Opcode.LW, rd, SP, Field.C_LWSP_IMM.get(w));
            case C_LDSP -> i(Opcode.LD, rd, SP, Field.C_LDSP_IMM.get(w));
            case C_JR -> i(Opcode.JALR, 0, rd, 0);
            case C_JALR -> i(Opcode.JALR, RA, rd, 0);
            case C_MV -> r(Opcode.ADD, rd, 0, rs2);
            case C_ADD -> r(Opcode.ADD, rd, rd, rs2);
            case C_FSDSP -> s(Opcode.FSD, SP, rs2, Field.C_SDSP_IMM.get(w));
            case C_SWSP -> s(Opcode.SW, SP, rs2, Field.C_SWSP_IMM.get(w));
            case C_SDSP -> s(Opcode.SD, SP, rs2, Field.C_SDSP_IMM.get(w));
            case C_EBREAK -> Opcode.EBREAK.match();
            case C_UNIMP -> Opcode.UNIMP.match();
            default -> w;
        };
    }

    private static int i(Opcode base, int rd, int rs1, int imm) {
        return base.match() | Field.RD.put(rd) | Field.RS1.put(rs1) | Field.I_IMM.put(imm);
    }

    private static int s(Opcode base, int rs1, int rs2, int imm) {
        return base.match() | Field.RS1.put(rs1) | Field.RS2.put(rs2) | Field.S_IMM.put(imm);
    }

    private static int r(Opcode base, int rd, int rs1, int rs2) {
        return base.match() | Field.RD.put(rd) | Field.RS1.put(rs1) | Field.RS2.put(rs2);
    }

    private static int b(Opcode base, int rs1, int offset) {
        return base.match() | Field.RS1.put(rs1) | Field.B_IMM.put(offset);
    }

    private static int shift(Opcode base, int rd, int shamt) {
        return base.match() | Field.RD.put(rd) | Field.RS1.put(rd) | Field.SHAMT.put(shamt);
    }
}
