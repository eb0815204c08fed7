package dev.rvcm.isa;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The RV64 opcode table: one entry per instruction, as GNU objdump 2.40 tells instructions apart
 * ({@code -M no-aliases}). An entry's {@link #match()} and {@link #mask()} select the words it decodes,
 * minus its exclusions (the reserved or differently named encodings carved out of it, such as
 * {@code c.addi4spn} with a zero immediate); no two entries accept the same word. The operand
 * template (see {@link Syntax}) names the entry's {@link #fields()} and their printed form. Every bit
 * of a word is either fixed by the mask or held by a field, so {@link #encode(int...)} of
 * {@link #operands(int)} gives the word back.
 *
 * <p>HINT encodings decode to the instruction they are encoded as ({@code c.addi zero,0},
 * {@code c.mv zero,a0}); only {@code c.slli64}, {@code c.srli64} and {@code c.srai64}, which objdump
 * names, are entries of their own. Words no entry accepts decode to {@link #UNKNOWN}.
 */
public enum Opcode {
    /** {@code lui rd,imm} */
    LUI("lui", 0x00000037, 0x0000007f, Format.U, Kind.UPPER_IMMEDIATE, Extension.I, "d,u"),
    /** {@code auipc rd,imm} */
    AUIPC("auipc", 0x00000017, 0x0000007f, Format.U, Kind.UPPER_IMMEDIATE, Extension.I, "d,u"),
    /** {@code jal rd,offset} */
    JAL("jal", 0x0000006f, 0x0000007f, Format.J, Kind.JUMP, Extension.I, "d,a"),
    /** {@code jalr rd,imm(rs1)} */
    JALR("jalr", 0x00000067, 0x0000707f, Format.I, Kind.JUMP, Extension.I, "d,j(s)"),
    /** {@code beq rs1,rs2,offset} */
    BEQ("beq", 0x00000063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code bne rs1,rs2,offset} */
    BNE("bne", 0x00001063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code blt rs1,rs2,offset} */
    BLT("blt", 0x00004063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code bge rs1,rs2,offset} */
    BGE("bge", 0x00005063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code bltu rs1,rs2,offset} */
    BLTU("bltu", 0x00006063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code bgeu rs1,rs2,offset} */
    BGEU("bgeu", 0x00007063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code lb rd,imm(rs1)} */
    LB("lb", 0x00000003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lh rd,imm(rs1)} */
    LH("lh", 0x00001003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lw rd,imm(rs1)} */
    LW("lw", 0x00002003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code ld rd,imm(rs1)} */
    LD("ld", 0x00003003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lbu rd,imm(rs1)} */
    LBU("lbu", 0x00004003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lhu rd,imm(rs1)} */
    LHU("lhu", 0x00005003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lwu rd,imm(rs1)} */
    LWU("lwu", 0x00006003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code sb rs2,imm(rs1)} */
    SB("sb", 0x00000023, 0x0000707f, Format.S, Kind.STORE, Extension.I, "t,q(s)"),
    /** {@code sh rs2,imm(rs1)} */
    SH("sh", 0x00001023, 0x0000707f, Format.S, Kind.STORE, Extension.I, "t,q(s)"),
    /** {@code sw rs2,imm(rs1)} */
    SW("sw", 0x00002023, 0x0000707f, Format.S, Kind.STORE, Extension.I, "t,q(s)"),
    /** {@code sd rs2,imm(rs1)} */
    SD("sd", 0x00003023, 0x0000707f, Format.S, Kind.STORE, Extension.I, "t,q(s)"),
    /** {@code addi rd,rs1,imm} */
    ADDI("addi", 0x00000013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code slti rd,rs1,imm} */
    SLTI("slti", 0x00002013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code sltiu rd,rs1,imm} */
    SLTIU("sltiu", 0x00003013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code xori rd,rs1,imm} */
    XORI("xori", 0x00004013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code ori rd,rs1,imm} */
    ORI("ori", 0x00006013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j", 0x01f07fff, 0x00006013, 0x01f07fff, 0x00106013, 0x01f07fff, 0x00306013),
    /** {@code andi rd,rs1,imm} */
    ANDI("andi", 0x00007013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code slli rd,rs1,shamt} */
    SLLI("slli", 0x00001013, 0xfc00707f, Format.I, Kind.ALU, Extension.I, "d,s,>"),
    /** {@code srli rd,rs1,shamt} */
    SRLI("srli", 0x00005013, 0xfc00707f, Format.I, Kind.ALU, Extension.I, "d,s,>"),
    /** {@code srai rd,rs1,shamt} */
    SRAI("srai", 0x40005013, 0xfc00707f, Format.I, Kind.ALU, Extension.I, "d,s,>"),
    /** {@code add rd,rs1,rs2} */
    ADD("add", 0x00000033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sub rd,rs1,rs2} */
    SUB("sub", 0x40000033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sll rd,rs1,rs2} */
    SLL("sll", 0x00001033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code slt rd,rs1,rs2} */
    SLT("slt", 0x00002033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sltu rd,rs1,rs2} */
    SLTU("sltu", 0x00003033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code xor rd,rs1,rs2} */
    XOR("xor", 0x00004033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code srl rd,rs1,rs2} */
    SRL("srl", 0x00005033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sra rd,rs1,rs2} */
    SRA("sra", 0x40005033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code or rd,rs1,rs2} */
    OR("or", 0x00006033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code and rd,rs1,rs2} */
    AND("and", 0x00007033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code fence pred,succ} */
    FENCE("fence", 0x0000000f, 0xf00fffff, Format.I, Kind.FENCE, Extension.I, "P,Q", 0xffffffff, 0x0100000f),
    /** {@code fence.tso} */
    FENCE_TSO("fence.tso", 0x8330000f, 0xffffffff, Format.I, Kind.FENCE, Extension.I, ""),
    /** {@code pause} */
    PAUSE("pause", 0x0100000f, 0xffffffff, Format.I, Kind.FENCE, Extension.ZIHINTPAUSE, ""),
    /** {@code fence.i} */
    FENCE_I("fence.i", 0x0000100f, 0xffffffff, Format.I, Kind.FENCE, Extension.ZIFENCEI, ""),
    /** {@code ecall} */
    ECALL("ecall", 0x00000073, 0xffffffff, Format.I, Kind.SYSTEM, Extension.I, ""),
    /** {@code ebreak} */
    EBREAK("ebreak", 0x00100073, 0xffffffff, Format.I, Kind.SYSTEM, Extension.I, ""),
    /** {@code unimp} */
    UNIMP("unimp", 0xc0001073, 0xffffffff, Format.I, Kind.SYSTEM, Extension.I, ""),
    /** {@code uret} */
    URET("uret", 0x00200073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code sret} */
    SRET("sret", 0x10200073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code mret} */
    MRET("mret", 0x30200073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code dret} */
    DRET("dret", 0x7b200073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code wfi} */
    WFI("wfi", 0x10500073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code sfence.vma rs1,rs2} */
    SFENCE_VMA("sfence.vma", 0x12000073, 0xfe007fff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, "s,t"),
    /** {@code csrrw rd,csr,rs1} */
    CSRRW("csrrw", 0x00001073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,s", 0xffffffff, 0xc0001073),
    /** {@code csrrs rd,csr,rs1} */
    CSRRS("csrrs", 0x00002073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,s"),
    /** {@code csrrc rd,csr,rs1} */
    CSRRC("csrrc", 0x00003073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,s"),
    /** {@code csrrwi rd,csr,uimm} */
    CSRRWI("csrrwi", 0x00005073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,Z"),
    /** {@code csrrsi rd,csr,uimm} */
    CSRRSI("csrrsi", 0x00006073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,Z"),
    /** {@code csrrci rd,csr,uimm} */
    CSRRCI("csrrci", 0x00007073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,Z"),
    /** {@code addiw rd,rs1,imm} */
    ADDIW("addiw", 0x0000001b, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code slliw rd,rs1,shamt} */
    SLLIW("slliw", 0x0000101b, 0xfe00707f, Format.I, Kind.ALU, Extension.I, "d,s,<"),
    /** {@code srliw rd,rs1,shamt} */
    SRLIW("srliw", 0x0000501b, 0xfe00707f, Format.I, Kind.ALU, Extension.I, "d,s,<"),
    /** {@code sraiw rd,rs1,shamt} */
    SRAIW("sraiw", 0x4000501b, 0xfe00707f, Format.I, Kind.ALU, Extension.I, "d,s,<"),
    /** {@code addw rd,rs1,rs2} */
    ADDW("addw", 0x0000003b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code subw rd,rs1,rs2} */
    SUBW("subw", 0x4000003b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sllw rd,rs1,rs2} */
    SLLW("sllw", 0x0000103b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code srlw rd,rs1,rs2} */
    SRLW("srlw", 0x0000503b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sraw rd,rs1,rs2} */
    SRAW("sraw", 0x4000503b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code mul rd,rs1,rs2} */
    MUL("mul", 0x02000033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code mulh rd,rs1,rs2} */
    MULH("mulh", 0x02001033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code mulhsu rd,rs1,rs2} */
    MULHSU("mulhsu", 0x02002033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code mulhu rd,rs1,rs2} */
    MULHU("mulhu", 0x02003033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code div rd,rs1,rs2} */
    DIV("div", 0x02004033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code divu rd,rs1,rs2} */
    DIVU("divu", 0x02005033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code rem rd,rs1,rs2} */
    REM("rem", 0x02006033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code remu rd,rs1,rs2} */
    REMU("remu", 0x02007033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code mulw rd,rs1,rs2} */
    MULW("mulw", 0x0200003b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code divw rd,rs1,rs2} */
    DIVW("divw", 0x0200403b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code divuw rd,rs1,rs2} */
    DIVUW("divuw", 0x0200503b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code remw rd,rs1,rs2} */
    REMW("remw", 0x0200603b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code remuw rd,rs1,rs2} */
    REMUW("remuw", 0x0200703b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code lr.w[.aq][.rl] rd,(rs1)} */
    LR_W("lr.w", 0x1000202f, 0xf9f0707f, Format.R, Kind.AMO, Extension.A, "d,(s)"),
    /** {@code sc.w[.aq][.rl] rd,rs2,(rs1)} */
    SC_W("sc.w", 0x1800202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoswap.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOSWAP_W("amoswap.w", 0x0800202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoadd.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOADD_W("amoadd.w", 0x0000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoxor.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOXOR_W("amoxor.w", 0x2000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoand.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOAND_W("amoand.w", 0x6000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoor.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOOR_W("amoor.w", 0x4000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomin.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOMIN_W("amomin.w", 0x8000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomax.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOMAX_W("amomax.w", 0xa000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amominu.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOMINU_W("amominu.w", 0xc000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomaxu.w[.aq][.rl] rd,rs2,(rs1)} */
    AMOMAXU_W("amomaxu.w", 0xe000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code lr.d[.aq][.rl] rd,(rs1)} */
    LR_D("lr.d", 0x1000302f, 0xf9f0707f, Format.R, Kind.AMO, Extension.A, "d,(s)"),
    /** {@code sc.d[.aq][.rl] rd,rs2,(rs1)} */
    SC_D("sc.d", 0x1800302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoswap.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOSWAP_D("amoswap.d", 0x0800302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoadd.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOADD_D("amoadd.d", 0x0000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoxor.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOXOR_D("amoxor.d", 0x2000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoand.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOAND_D("amoand.d", 0x6000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoor.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOOR_D("amoor.d", 0x4000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomin.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOMIN_D("amomin.d", 0x8000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomax.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOMAX_D("amomax.d", 0xa000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amominu.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOMINU_D("amominu.d", 0xc000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomaxu.d[.aq][.rl] rd,rs2,(rs1)} */
    AMOMAXU_D("amomaxu.d", 0xe000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code flw rd,imm(rs1)} */
    FLW("flw", 0x00002007, 0x0000707f, Format.I, Kind.FP_LOAD, Extension.F, "D,j(s)"),
    /** {@code fsw rs2,imm(rs1)} */
    FSW("fsw", 0x00002027, 0x0000707f, Format.S, Kind.FP_STORE, Extension.F, "T,q(s)"),
    /** {@code fmadd.s rd,rs1,rs2,rs3[,rm]} */
    FMADD_S("fmadd.s", 0x00000043, 0x0600007f, Format.R4, Kind.FP, Extension.F, "D,S,T,Rm"),
    /** {@code fmsub.s rd,rs1,rs2,rs3[,rm]} */
    FMSUB_S("fmsub.s", 0x00000047, 0x0600007f, Format.R4, Kind.FP, Extension.F, "D,S,T,Rm"),
    /** {@code fnmsub.s rd,rs1,rs2,rs3[,rm]} */
    FNMSUB_S("fnmsub.s", 0x0000004b, 0x0600007f, Format.R4, Kind.FP, Extension.F, "D,S,T,Rm"),
    /** {@code fnmadd.s rd,rs1,rs2,rs3[,rm]} */
    FNMADD_S("fnmadd.s", 0x0000004f, 0x0600007f, Format.R4, Kind.FP, Extension.F, "D,S,T,Rm"),
    /** {@code fadd.s rd,rs1,rs2[,rm]} */
    FADD_S("fadd.s", 0x00000053, 0xfe00007f, Format.R, Kind.FP, Extension.F, "D,S,Tm"),
    /** {@code fsub.s rd,rs1,rs2[,rm]} */
    FSUB_S("fsub.s", 0x08000053, 0xfe00007f, Format.R, Kind.FP, Extension.F, "D,S,Tm"),
    /** {@code fmul.s rd,rs1,rs2[,rm]} */
    FMUL_S("fmul.s", 0x10000053, 0xfe00007f, Format.R, Kind.FP, Extension.F, "D,S,Tm"),
    /** {@code fdiv.s rd,rs1,rs2[,rm]} */
    FDIV_S("fdiv.s", 0x18000053, 0xfe00007f, Format.R, Kind.FP, Extension.F, "D,S,Tm"),
    /** {@code fsqrt.s rd,rs1[,rm]} */
    FSQRT_S("fsqrt.s", 0x58000053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,Sm"),
    /** {@code fsgnj.s rd,rs1,rs2} */
    FSGNJ_S("fsgnj.s", 0x20000053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code fsgnjn.s rd,rs1,rs2} */
    FSGNJN_S("fsgnjn.s", 0x20001053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code fsgnjx.s rd,rs1,rs2} */
    FSGNJX_S("fsgnjx.s", 0x20002053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code fmin.s rd,rs1,rs2} */
    FMIN_S("fmin.s", 0x28000053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code fmax.s rd,rs1,rs2} */
    FMAX_S("fmax.s", 0x28001053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code feq.s rd,rs1,rs2} */
    FEQ_S("feq.s", 0xa0002053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "d,S,T"),
    /** {@code flt.s rd,rs1,rs2} */
    FLT_S("flt.s", 0xa0001053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "d,S,T"),
    /** {@code fle.s rd,rs1,rs2} */
    FLE_S("fle.s", 0xa0000053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "d,S,T"),
    /** {@code fclass.s rd,rs1} */
    FCLASS_S("fclass.s", 0xe0001053, 0xfff0707f, Format.R, Kind.FP, Extension.F, "d,S"),
    /** {@code fcvt.w.s rd,rs1[,rm]} */
    FCVT_W_S("fcvt.w.s", 0xc0000053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "d,Sm"),
    /** {@code fcvt.s.w rd,rs1[,rm]} */
    FCVT_S_W("fcvt.s.w", 0xd0000053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,sm"),
    /** {@code fcvt.wu.s rd,rs1[,rm]} */
    FCVT_WU_S("fcvt.wu.s", 0xc0100053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "d,Sm"),
    /** {@code fcvt.s.wu rd,rs1[,rm]} */
    FCVT_S_WU("fcvt.s.wu", 0xd0100053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,sm"),
    /** {@code fcvt.l.s rd,rs1[,rm]} */
    FCVT_L_S("fcvt.l.s", 0xc0200053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "d,Sm"),
    /** {@code fcvt.s.l rd,rs1[,rm]} */
    FCVT_S_L("fcvt.s.l", 0xd0200053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,sm"),
    /** {@code fcvt.lu.s rd,rs1[,rm]} */
    FCVT_LU_S("fcvt.lu.s", 0xc0300053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "d,Sm"),
    /** {@code fcvt.s.lu rd,rs1[,rm]} */
    FCVT_S_LU("fcvt.s.lu", 0xd0300053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,sm"),
    /** {@code fmv.x.w rd,rs1} */
    FMV_X_W("fmv.x.w", 0xe0000053, 0xfff0707f, Format.R, Kind.FP, Extension.F, "d,S"),
    /** {@code fmv.w.x rd,rs1} */
    FMV_W_X("fmv.w.x", 0xf0000053, 0xfff0707f, Format.R, Kind.FP, Extension.F, "D,s"),
    /** {@code fld rd,imm(rs1)} */
    FLD("fld", 0x00003007, 0x0000707f, Format.I, Kind.FP_LOAD, Extension.D, "D,j(s)"),
    /** {@code fsd rs2,imm(rs1)} */
    FSD("fsd", 0x00003027, 0x0000707f, Format.S, Kind.FP_STORE, Extension.D, "T,q(s)"),
    /** {@code fmadd.d rd,rs1,rs2,rs3[,rm]} */
    FMADD_D("fmadd.d", 0x02000043, 0x0600007f, Format.R4, Kind.FP, Extension.D, "D,S,T,Rm"),
    /** {@code fmsub.d rd,rs1,rs2,rs3[,rm]} */
    FMSUB_D("fmsub.d", 0x02000047, 0x0600007f, Format.R4, Kind.FP, Extension.D, "D,S,T,Rm"),
    /** {@code fnmsub.d rd,rs1,rs2,rs3[,rm]} */
    FNMSUB_D("fnmsub.d", 0x0200004b, 0x0600007f, Format.R4, Kind.FP, Extension.D, "D,S,T,Rm"),
    /** {@code fnmadd.d rd,rs1,rs2,rs3[,rm]} */
    FNMADD_D("fnmadd.d", 0x0200004f, 0x0600007f, Format.R4, Kind.FP, Extension.D, "D,S,T,Rm"),
    /** {@code fadd.d rd,rs1,rs2[,rm]} */
    FADD_D("fadd.d", 0x02000053, 0xfe00007f, Format.R, Kind.FP, Extension.D, "D,S,Tm"),
    /** {@code fsub.d rd,rs1,rs2[,rm]} */
    FSUB_D("fsub.d", 0x0a000053, 0xfe00007f, Format.R, Kind.FP, Extension.D, "D,S,Tm"),
    /** {@code fmul.d rd,rs1,rs2[,rm]} */
    FMUL_D("fmul.d", 0x12000053, 0xfe00007f, Format.R, Kind.FP, Extension.D, "D,S,Tm"),
    /** {@code fdiv.d rd,rs1,rs2[,rm]} */
    FDIV_D("fdiv.d", 0x1a000053, 0xfe00007f, Format.R, Kind.FP, Extension.D, "D,S,Tm"),
    /** {@code fsqrt.d rd,rs1[,rm]} */
    FSQRT_D("fsqrt.d", 0x5a000053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "D,Sm"),
    /** {@code fsgnj.d rd,rs1,rs2} */
    FSGNJ_D("fsgnj.d", 0x22000053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code fsgnjn.d rd,rs1,rs2} */
    FSGNJN_D("fsgnjn.d", 0x22001053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code fsgnjx.d rd,rs1,rs2} */
    FSGNJX_D("fsgnjx.d", 0x22002053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code fmin.d rd,rs1,rs2} */
    FMIN_D("fmin.d", 0x2a000053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code fmax.d rd,rs1,rs2} */
    FMAX_D("fmax.d", 0x2a001053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code feq.d rd,rs1,rs2} */
    FEQ_D("feq.d", 0xa2002053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "d,S,T"),
    /** {@code flt.d rd,rs1,rs2} */
    FLT_D("flt.d", 0xa2001053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "d,S,T"),
    /** {@code fle.d rd,rs1,rs2} */
    FLE_D("fle.d", 0xa2000053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "d,S,T"),
    /** {@code fclass.d rd,rs1} */
    FCLASS_D("fclass.d", 0xe2001053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "d,S"),
    /** {@code fcvt.w.d rd,rs1[,rm]} */
    FCVT_W_D("fcvt.w.d", 0xc2000053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "d,Sm"),
    /** {@code fcvt.d.w rd,rs1} */
    FCVT_D_W("fcvt.d.w", 0xd2000053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "D,s"),
    /** {@code fcvt.wu.d rd,rs1[,rm]} */
    FCVT_WU_D("fcvt.wu.d", 0xc2100053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "d,Sm"),
    /** {@code fcvt.d.wu rd,rs1} */
    FCVT_D_WU("fcvt.d.wu", 0xd2100053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "D,s"),
    /** {@code fcvt.l.d rd,rs1[,rm]} */
    FCVT_L_D("fcvt.l.d", 0xc2200053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "d,Sm"),
    /** {@code fcvt.d.l rd,rs1[,rm]} */
    FCVT_D_L("fcvt.d.l", 0xd2200053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "D,sm"),
    /** {@code fcvt.lu.d rd,rs1[,rm]} */
    FCVT_LU_D("fcvt.lu.d", 0xc2300053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "d,Sm"),
    /** {@code fcvt.d.lu rd,rs1[,rm]} */
    FCVT_D_LU("fcvt.d.lu", 0xd2300053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "D,sm"),
    /** {@code fmv.x.d rd,rs1} */
    FMV_X_D("fmv.x.d", 0xe2000053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "d,S"),
    /** {@code fmv.d.x rd,rs1} */
    FMV_D_X("fmv.d.x", 0xf2000053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "D,s"),
    /** {@code fcvt.s.d rd,rs1[,rm]} */
    FCVT_S_D("fcvt.s.d", 0x40100053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "D,Sm"),
    /** {@code fcvt.d.s rd,rs1} */
    FCVT_D_S("fcvt.d.s", 0x42000053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "D,S"),
    /** {@code sh1add rd,rs1,rs2} */
    SH1ADD("sh1add", 0x20002033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh2add rd,rs1,rs2} */
    SH2ADD("sh2add", 0x20004033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh3add rd,rs1,rs2} */
    SH3ADD("sh3add", 0x20006033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code add.uw rd,rs1,rs2} */
    ADD_UW("add.uw", 0x0800003b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh1add.uw rd,rs1,rs2} */
    SH1ADD_UW("sh1add.uw", 0x2000203b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh2add.uw rd,rs1,rs2} */
    SH2ADD_UW("sh2add.uw", 0x2000403b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh3add.uw rd,rs1,rs2} */
    SH3ADD_UW("sh3add.uw", 0x2000603b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code slli.uw rd,rs1,shamt} */
    SLLI_UW("slli.uw", 0x0800101b, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBA, "d,s,>"),
    /** {@code andn rd,rs1,rs2} */
    ANDN("andn", 0x40007033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code orn rd,rs1,rs2} */
    ORN("orn", 0x40006033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code xnor rd,rs1,rs2} */
    XNOR("xnor", 0x40004033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code max rd,rs1,rs2} */
    MAX("max", 0x0a006033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code maxu rd,rs1,rs2} */
    MAXU("maxu", 0x0a007033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code min rd,rs1,rs2} */
    MIN("min", 0x0a004033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code minu rd,rs1,rs2} */
    MINU("minu", 0x0a005033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code rol rd,rs1,rs2} */
    ROL("rol", 0x60001033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code ror rd,rs1,rs2} */
    ROR("ror", 0x60005033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code rolw rd,rs1,rs2} */
    ROLW("rolw", 0x6000103b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code rorw rd,rs1,rs2} */
    RORW("rorw", 0x6000503b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code clz rd,rs1} */
    CLZ("clz", 0x60001013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code ctz rd,rs1} */
    CTZ("ctz", 0x60101013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code cpop rd,rs1} */
    CPOP("cpop", 0x60201013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code clzw rd,rs1} */
    CLZW("clzw", 0x6000101b, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code ctzw rd,rs1} */
    CTZW("ctzw", 0x6010101b, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code cpopw rd,rs1} */
    CPOPW("cpopw", 0x6020101b, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code sext.b rd,rs1} */
    SEXT_B("sext.b", 0x60401013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code sext.h rd,rs1} */
    SEXT_H("sext.h", 0x60501013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code zext.h rd,rs1} */
    ZEXT_H("zext.h", 0x0800403b, 0xfff0707f, Format.R, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code orc.b rd,rs1} */
    ORC_B("orc.b", 0x28705013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code rev8 rd,rs1} */
    REV8("rev8", 0x6b805013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code rori rd,rs1,shamt} */
    RORI("rori", 0x60005013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBB, "d,s,>"),
    /** {@code roriw rd,rs1,shamt} */
    RORIW("roriw", 0x6000501b, 0xfe00707f, Format.I, Kind.ALU, Extension.ZBB, "d,s,<"),
    /** {@code bclr rd,rs1,rs2} */
    BCLR("bclr", 0x48001033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBS, "d,s,t"),
    /** {@code bclri rd,rs1,shamt} */
    BCLRI("bclri", 0x48001013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBS, "d,s,>"),
    /** {@code bext rd,rs1,rs2} */
    BEXT("bext", 0x48005033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBS, "d,s,t"),
    /** {@code bexti rd,rs1,shamt} */
    BEXTI("bexti", 0x48005013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBS, "d,s,>"),
    /** {@code binv rd,rs1,rs2} */
    BINV("binv", 0x68001033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBS, "d,s,t"),
    /** {@code binvi rd,rs1,shamt} */
    BINVI("binvi", 0x68001013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBS, "d,s,>"),
    /** {@code bset rd,rs1,rs2} */
    BSET("bset", 0x28001033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBS, "d,s,t"),
    /** {@code bseti rd,rs1,shamt} */
    BSETI("bseti", 0x28001013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBS, "d,s,>"),
    /** {@code cbo.inval (rs1)} */
    CBO_INVAL("cbo.inval", 0x0000200f, 0xfff07fff, Format.I, Kind.CACHE, Extension.ZICBOM, "(s)"),
    /** {@code cbo.clean (rs1)} */
    CBO_CLEAN("cbo.clean", 0x0010200f, 0xfff07fff, Format.I, Kind.CACHE, Extension.ZICBOM, "(s)"),
    /** {@code cbo.flush (rs1)} */
    CBO_FLUSH("cbo.flush", 0x0020200f, 0xfff07fff, Format.I, Kind.CACHE, Extension.ZICBOM, "(s)"),
    /** {@code cbo.zero (rs1)} */
    CBO_ZERO("cbo.zero", 0x0040200f, 0xfff07fff, Format.I, Kind.CACHE, Extension.ZICBOZ, "(s)"),
    /** {@code prefetch.i offset(rs1)} */
    PREFETCH_I("prefetch.i", 0x00006013, 0x01f07fff, Format.I, Kind.CACHE, Extension.ZICBOP, "f(s)"),
    /** {@code prefetch.r offset(rs1)} */
    PREFETCH_R("prefetch.r", 0x00106013, 0x01f07fff, Format.I, Kind.CACHE, Extension.ZICBOP, "f(s)"),
    /** {@code prefetch.w offset(rs1)} */
    PREFETCH_W("prefetch.w", 0x00306013, 0x01f07fff, Format.I, Kind.CACHE, Extension.ZICBOP, "f(s)"),
    /** {@code c.unimp} */
    C_UNIMP("c.unimp", 0x00000000, 0x0000ffff, Format.CIW, Kind.SYSTEM, Extension.C, ""),
    /** {@code c.addi4spn rd',sp,uimm} */
    C_ADDI4SPN("c.addi4spn", 0x00000000, 0x0000e003, Format.CIW, Kind.ALU, Extension.C, "y,@,K", 0x00001fe0, 0x00000000),
    /** {@code c.fld rd',uimm(rs1')} */
    C_FLD("c.fld", 0x00002000, 0x0000e003, Format.CL, Kind.FP_LOAD, Extension.D, "Y,l(x)"),
    /** {@code c.lw rd',uimm(rs1')} */
    C_LW("c.lw", 0x00004000, 0x0000e003, Format.CL, Kind.LOAD, Extension.C, "y,k(x)"),
    /** {@code c.ld rd',uimm(rs1')} */
    C_LD("c.ld", 0x00006000, 0x0000e003, Format.CL, Kind.LOAD, Extension.C, "y,l(x)"),
    /** {@code c.fsd rs2',uimm(rs1')} */
    C_FSD("c.fsd", 0x0000a000, 0x0000e003, Format.CS, Kind.FP_STORE, Extension.D, "Y,l(x)"),
    /** {@code c.sw rs2',uimm(rs1')} */
    C_SW("c.sw", 0x0000c000, 0x0000e003, Format.CS, Kind.STORE, Extension.C, "y,k(x)"),
    /** {@code c.sd rs2',uimm(rs1')} */
    C_SD("c.sd", 0x0000e000, 0x0000e003, Format.CS, Kind.STORE, Extension.C, "y,l(x)"),
    /** {@code c.addi rd,imm} */
    C_ADDI("c.addi", 0x00000001, 0x0000e003, Format.CI, Kind.ALU, Extension.C, "d,i"),
    /** {@code c.addiw rd,imm} */
    C_ADDIW("c.addiw", 0x00002001, 0x0000e003, Format.CI, Kind.ALU, Extension.C, "d,i", 0x00000f80, 0x00000000),
    /** {@code c.li rd,imm} */
    C_LI("c.li", 0x00004001, 0x0000e003, Format.CI, Kind.ALU, Extension.C, "d,i"),
    /** {@code c.addi16sp sp,imm} */
    C_ADDI16SP("c.addi16sp", 0x00006101, 0x0000ef83, Format.CI, Kind.ALU, Extension.C, "@,L"),
    /** {@code c.lui rd,imm} */
    C_LUI("c.lui", 0x00006001, 0x0000e003, Format.CI, Kind.UPPER_IMMEDIATE, Extension.C, "d,U", 0x00000f80, 0x00000100, 0x0000107c, 0x00000000),
    /** {@code c.srli rd',shamt} */
    C_SRLI("c.srli", 0x00008001, 0x0000ec03, Format.CB, Kind.ALU, Extension.C, "x,h", 0x0000107c, 0x00000000),
    /** {@code c.srli64 rd'} */
    C_SRLI64("c.srli64", 0x00008001, 0x0000fc7f, Format.CB, Kind.ALU, Extension.C, "x"),
    /** {@code c.srai rd',shamt} */
    C_SRAI("c.srai", 0x00008401, 0x0000ec03, Format.CB, Kind.ALU, Extension.C, "x,h", 0x0000107c, 0x00000000),
    /** {@code c.srai64 rd'} */
    C_SRAI64("c.srai64", 0x00008401, 0x0000fc7f, Format.CB, Kind.ALU, Extension.C, "x"),
    /** {@code c.andi rd',imm} */
    C_ANDI("c.andi", 0x00008801, 0x0000ec03, Format.CB, Kind.ALU, Extension.C, "x,i"),
    /** {@code c.sub rd',rs2'} */
    C_SUB("c.sub", 0x00008c01, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.xor rd',rs2'} */
    C_XOR("c.xor", 0x00008c21, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.or rd',rs2'} */
    C_OR("c.or", 0x00008c41, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.and rd',rs2'} */
    C_AND("c.and", 0x00008c61, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.subw rd',rs2'} */
    C_SUBW("c.subw", 0x00009c01, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.addw rd',rs2'} */
    C_ADDW("c.addw", 0x00009c21, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.j offset} */
    C_J("c.j", 0x0000a001, 0x0000e003, Format.CJ, Kind.JUMP, Extension.C, "J"),
    /** {@code c.beqz rs1',offset} */
    C_BEQZ("c.beqz", 0x0000c001, 0x0000e003, Format.CB, Kind.BRANCH, Extension.C, "x,b"),
    /** {@code c.bnez rs1',offset} */
    C_BNEZ("c.bnez", 0x0000e001, 0x0000e003, Format.CB, Kind.BRANCH, Extension.C, "x,b"),
    /** {@code c.slli rd,shamt} */
    C_SLLI("c.slli", 0x00000002, 0x0000e003, Format.CI, Kind.ALU, Extension.C, "d,h", 0x0000107c, 0x00000000),
    /** {@code c.slli64 rd} */
    C_SLLI64("c.slli64", 0x00000002, 0x0000f07f, Format.CI, Kind.ALU, Extension.C, "d"),
    /** {@code c.fldsp rd,uimm(sp)} */
    C_FLDSP("c.fldsp", 0x00002002, 0x0000e003, Format.CI, Kind.FP_LOAD, Extension.D, "D,n(@)"),
    /** {@code c.lwsp rd,uimm(sp)} */
    C_LWSP("c.lwsp", 0x00004002, 0x0000e003, Format.CI, Kind.LOAD, Extension.C, "d,w(@)", 0x00000f80, 0x00000000),
    /** {@code c.ldsp rd,uimm(sp)} */
    C_LDSP("c.ldsp", 0x00006002, 0x0000e003, Format.CI, Kind.LOAD, Extension.C, "d,n(@)", 0x00000f80, 0x00000000),
    /** {@code c.jr rs1} */
    C_JR("c.jr", 0x00008002, 0x0000f07f, Format.CR, Kind.JUMP, Extension.C, "d", 0x00000f80, 0x00000000),
    /** {@code c.mv rd,rs2} */
    C_MV("c.mv", 0x00008002, 0x0000f003, Format.CR, Kind.ALU, Extension.C, "d,V", 0x0000007c, 0x00000000),
    /** {@code c.ebreak} */
    C_EBREAK("c.ebreak", 0x00009002, 0x0000ffff, Format.CR, Kind.SYSTEM, Extension.C, ""),
    /** {@code c.jalr rs1} */
    C_JALR("c.jalr", 0x00009002, 0x0000f07f, Format.CR, Kind.JUMP, Extension.C, "d", 0x00000f80, 0x00000000),
    /** {@code c.add rd,rs2} */
    C_ADD("c.add", 0x00009002, 0x0000f003, Format.CR, Kind.ALU, Extension.C, "d,V", 0x0000007c, 0x00000000),
    /** {@code c.fsdsp rs2,uimm(sp)} */
    C_FSDSP("c.fsdsp", 0x0000a002, 0x0000e003, Format.CSS, Kind.FP_STORE, Extension.D, "F,N(@)"),
    /** {@code c.swsp rs2,uimm(sp)} */
    C_SWSP("c.swsp", 0x0000c002, 0x0000e003, Format.CSS, Kind.STORE, Extension.C, "V,W(@)"),
    /** {@code c.sdsp rs2,uimm(sp)} */
    C_SDSP("c.sdsp", 0x0000e002, 0x0000e003, Format.CSS, Kind.STORE, Extension.C, "V,N(@)"),

    /** Any word no other entry accepts; its single field is the raw word. */
    UNKNOWN("", 0, 0, Format.RAW, Kind.UNKNOWN, Extension.I, "");

    private final String mnemonic;
    private final int match;
    private final int mask;
    private final Format format;
    private final Kind kind;
    private final Extension extension;
    private final int requiredExtensions;
    private final String syntax;
    private final int[] exclusions;
    private final Field[] fields;

    Opcode(String mnemonic, int match, int mask, Format format, Kind kind, Extension extension, String syntax,
            int... exclusions) {
        this.mnemonic = mnemonic;
        this.match = match;
        this.mask = mask;
        this.format = format;
        this.kind = kind;
        this.extension = extension;
        boolean compressed = (match & 3) != 3 && mask != 0;
        this.requiredExtensions = extension.bit() | (compressed ? Extension.C.bit() : 0);
        this.syntax = syntax;
        this.exclusions = exclusions;
        this.fields = fieldsOf(syntax, kind == Kind.AMO, mask == 0);
    }

    /** The distinct fields the template reads, in order; atomics add their ordering bits. */
    private static Field[] fieldsOf(String syntax, boolean atomic, boolean raw) {
        if (raw) {
            return new Field[] {Field.RAW};
        }
        Set<Field> fields = new LinkedHashSet<>();
        for (char token : syntax.toCharArray()) {
            if (Syntax.readsField(token)) {
                fields.add(Syntax.field(token));
            }
        }
        if (atomic) {
            fields.add(Field.AQRL);
        }
        return fields.toArray(Field[]::new);
    }

    /** The canonical mnemonic, as objdump prints it with {@code -M no-aliases} (without {@code .aq/.rl}). */
    public String mnemonic() {
        return mnemonic;
    }

    /** The bits {@link #mask()} selects must equal these. */
    public int match() {
        return match;
    }

    /** The bits fixed by this opcode; all others belong to {@link #fields()}. */
    public int mask() {
        return mask;
    }

    /** The instruction format. */
    public Format format() {
        return format;
    }

    /** What the instruction does, coarsely. */
    public Kind kind() {
        return kind;
    }

    /** The extension that defines this instruction ({@code c.fld} and friends also need {@link Extension#C}). */
    public Extension extension() {
        return extension;
    }

    /** The operand fields, in the order {@link #encode(int...)} takes them and {@link #operands(int)} gives them. */
    public Field[] fields() {
        return fields.clone();
    }

    /** 2 for compressed instructions, 4 otherwise (for {@link #UNKNOWN}: see {@link Instruction#length()}). */
    public int length() {
        return (match & 3) == 3 || this == UNKNOWN ? 4 : 2;
    }

    /** Whether this entry accepts {@code word}: the mask matches and no exclusion does. */
    public boolean accepts(int word) {
        if ((word & mask) != match || this == UNKNOWN) {
            return false;
        }
        int[] ex = exclusions;
        for (int i = 0; i < ex.length; i += 2) {
            if ((word & ex[i]) == ex[i + 1]) {
                return false;
            }
        }
        return true;
    }

    /** The exclusions as (mask, match) pairs: encodings inside {@link #match()}/{@link #mask()} this entry rejects. */
    int[] exclusions() {
        return exclusions;
    }

    /** The operand template; see {@link Syntax}. */
    String syntax() {
        return syntax;
    }

    /** Whether every extension this entry needs is in {@code enabled}. */
    boolean enabledIn(Extensions enabled) {
        return enabled.hasAll(requiredExtensions);
    }

    /**
     * The entry that decodes this entry's words when this entry's extension is disabled: a hint
     * encoded as an ordinary instruction ({@code prefetch.r} is an {@code ori}, {@code pause} a
     * {@code fence}); {@link #UNKNOWN} for all other entries.
     */
    public Opcode fallback() {
        return switch (this) {
            case PREFETCH_I, PREFETCH_R, PREFETCH_W -> ORI;
            case PAUSE -> FENCE;
            default -> UNKNOWN;
        };
    }

    /** Whether the entry that accepts {@code word} decodes to this one when its extension is disabled. */
    private boolean fallsBackHere(int word) {
        for (Opcode op : values()) {
            if (op.accepts(word)) {
                for (Opcode f = op.fallback(); f != UNKNOWN; f = f.fallback()) {
                    if (f == this) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The base instruction this one expands to: for a compressed instruction the 32-bit instruction
     * the ISA manual defines it as ({@code c.addi4spn} → {@link #ADDI}, {@code c.j} → {@link #JAL},
     * {@code c.mv} → {@link #ADD}); itself for every other entry.
     */
    public Opcode base() {
        return Expansion.base(this);
    }

    /**
     * The 32-bit encoding of the base instruction {@code word} expands to ({@code c.li a0,5} →
     * {@code addi a0,zero,5}); {@code word} itself for a 32-bit instruction. {@link #base()} decodes
     * the result. Allocates nothing.
     *
     * @param word an instruction this entry {@link #accepts(int) accepts}
     */
    public int expand(int word) {
        return Expansion.expand(this, word);
    }

    /**
     * The register file of the register the {@link #base()} instruction writes ({@link Field#RD} of
     * {@link #expand(int)}), or {@link RegisterFile#NONE} if it writes none (stores, branches,
     * fences…). An integer destination may be {@code x0}, which discards the value.
     */
    public RegisterFile destination() {
        return RegisterOperands.destination(this);
    }

    /**
     * The register file {@code field} ({@link Field#RS1}, {@link Field#RS2} or {@link Field#RS3}) of
     * the {@link #base()} instruction's encoding names, or {@link RegisterFile#NONE} if it reads no
     * register there.
     */
    public RegisterFile source(Field field) {
        return RegisterOperands.source(this, field);
    }

    /** The values of {@link #fields()} in {@code word}. */
    public int[] operands(int word) {
        int[] values = new int[fields.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields[i].get(word);
        }
        return values;
    }

    /**
     * Encodes this instruction.
     *
     * @param operands one value per {@link #fields()} entry, in that order: register numbers and
     *                 immediate values (branch and jump offsets relative to the instruction)
     * @return the instruction word (compressed instructions in the low 16 bits)
     * @throws IllegalArgumentException if the count is wrong, a value does not fit its field, or the
     *                                  result is an encoding this entry excludes
     */
    public int encode(int... operands) {
        if (operands.length != fields.length) {
            throw new IllegalArgumentException(name() + " takes " + fields.length + " operands, got " + operands.length);
        }
        int word = match;
        for (int i = 0; i < operands.length; i++) {
            Field field = fields[i];
            if (!field.fits(operands[i])) {
                throw new IllegalArgumentException(name() + ": " + operands[i] + " does not fit " + field);
            }
            word |= field.put(operands[i]);
        }
        if (this != UNKNOWN && !accepts(word) && !fallsBackHere(word)) {
            throw new IllegalArgumentException(name() + ": operands " + Arrays.toString(operands)
                    + " give a reserved or differently named encoding 0x" + Integer.toHexString(word));
        }
        return word;
    }
}
