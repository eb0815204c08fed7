package dev.rvcm.isa;

import java.util.Arrays;

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
    /** {@code lui d,u} */
    LUI("lui", 0x00000037, 0x0000007f, Format.U, Kind.UPPER_IMMEDIATE, Extension.I, "d,u"),
    /** {@code auipc d,u} */
    AUIPC("auipc", 0x00000017, 0x0000007f, Format.U, Kind.UPPER_IMMEDIATE, Extension.I, "d,u"),
    /** {@code jal d,a} */
    JAL("jal", 0x0000006f, 0x0000007f, Format.J, Kind.JUMP, Extension.I, "d,a"),
    /** {@code jalr d,j(s)} */
    JALR("jalr", 0x00000067, 0x0000707f, Format.I, Kind.JUMP, Extension.I, "d,j(s)"),
    /** {@code beq s,t,p} */
    BEQ("beq", 0x00000063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code bne s,t,p} */
    BNE("bne", 0x00001063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code blt s,t,p} */
    BLT("blt", 0x00004063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code bge s,t,p} */
    BGE("bge", 0x00005063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code bltu s,t,p} */
    BLTU("bltu", 0x00006063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code bgeu s,t,p} */
    BGEU("bgeu", 0x00007063, 0x0000707f, Format.B, Kind.BRANCH, Extension.I, "s,t,p"),
    /** {@code lb d,j(s)} */
    LB("lb", 0x00000003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lh d,j(s)} */
    LH("lh", 0x00001003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lw d,j(s)} */
    LW("lw", 0x00002003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code ld d,j(s)} */
    LD("ld", 0x00003003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lbu d,j(s)} */
    LBU("lbu", 0x00004003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lhu d,j(s)} */
    LHU("lhu", 0x00005003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code lwu d,j(s)} */
    LWU("lwu", 0x00006003, 0x0000707f, Format.I, Kind.LOAD, Extension.I, "d,j(s)"),
    /** {@code sb t,q(s)} */
    SB("sb", 0x00000023, 0x0000707f, Format.S, Kind.STORE, Extension.I, "t,q(s)"),
    /** {@code sh t,q(s)} */
    SH("sh", 0x00001023, 0x0000707f, Format.S, Kind.STORE, Extension.I, "t,q(s)"),
    /** {@code sw t,q(s)} */
    SW("sw", 0x00002023, 0x0000707f, Format.S, Kind.STORE, Extension.I, "t,q(s)"),
    /** {@code sd t,q(s)} */
    SD("sd", 0x00003023, 0x0000707f, Format.S, Kind.STORE, Extension.I, "t,q(s)"),
    /** {@code addi d,s,j} */
    ADDI("addi", 0x00000013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code slti d,s,j} */
    SLTI("slti", 0x00002013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code sltiu d,s,j} */
    SLTIU("sltiu", 0x00003013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code xori d,s,j} */
    XORI("xori", 0x00004013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code ori d,s,j} */
    ORI("ori", 0x00006013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j", 0x01f07fff, 0x00006013, 0x01f07fff, 0x00106013, 0x01f07fff, 0x00306013),
    /** {@code andi d,s,j} */
    ANDI("andi", 0x00007013, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code slli d,s,>} */
    SLLI("slli", 0x00001013, 0xfc00707f, Format.I, Kind.ALU, Extension.I, "d,s,>"),
    /** {@code srli d,s,>} */
    SRLI("srli", 0x00005013, 0xfc00707f, Format.I, Kind.ALU, Extension.I, "d,s,>"),
    /** {@code srai d,s,>} */
    SRAI("srai", 0x40005013, 0xfc00707f, Format.I, Kind.ALU, Extension.I, "d,s,>"),
    /** {@code add d,s,t} */
    ADD("add", 0x00000033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sub d,s,t} */
    SUB("sub", 0x40000033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sll d,s,t} */
    SLL("sll", 0x00001033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code slt d,s,t} */
    SLT("slt", 0x00002033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sltu d,s,t} */
    SLTU("sltu", 0x00003033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code xor d,s,t} */
    XOR("xor", 0x00004033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code srl d,s,t} */
    SRL("srl", 0x00005033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sra d,s,t} */
    SRA("sra", 0x40005033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code or d,s,t} */
    OR("or", 0x00006033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code and d,s,t} */
    AND("and", 0x00007033, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code fence P,Q} */
    FENCE("fence", 0x0000000f, 0xf00fffff, Format.I, Kind.FENCE, Extension.I, "P,Q", 0xffffffff, 0x0100000f),
    /** {@code fence.tso } */
    FENCE_TSO("fence.tso", 0x8330000f, 0xffffffff, Format.I, Kind.FENCE, Extension.I, ""),
    /** {@code pause } */
    PAUSE("pause", 0x0100000f, 0xffffffff, Format.I, Kind.FENCE, Extension.ZIHINTPAUSE, ""),
    /** {@code fence.i } */
    FENCE_I("fence.i", 0x0000100f, 0xffffffff, Format.I, Kind.FENCE, Extension.ZIFENCEI, ""),
    /** {@code ecall } */
    ECALL("ecall", 0x00000073, 0xffffffff, Format.I, Kind.SYSTEM, Extension.I, ""),
    /** {@code ebreak } */
    EBREAK("ebreak", 0x00100073, 0xffffffff, Format.I, Kind.SYSTEM, Extension.I, ""),
    /** {@code unimp } */
    UNIMP("unimp", 0xc0001073, 0xffffffff, Format.I, Kind.SYSTEM, Extension.I, ""),
    /** {@code uret } */
    URET("uret", 0x00200073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code sret } */
    SRET("sret", 0x10200073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code mret } */
    MRET("mret", 0x30200073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code dret } */
    DRET("dret", 0x7b200073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code wfi } */
    WFI("wfi", 0x10500073, 0xffffffff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, ""),
    /** {@code sfence.vma s,t} */
    SFENCE_VMA("sfence.vma", 0x12000073, 0xfe007fff, Format.R, Kind.SYSTEM, Extension.PRIVILEGED, "s,t"),
    /** {@code csrrw d,E,s} */
    CSRRW("csrrw", 0x00001073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,s", 0xffffffff, 0xc0001073),
    /** {@code csrrs d,E,s} */
    CSRRS("csrrs", 0x00002073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,s"),
    /** {@code csrrc d,E,s} */
    CSRRC("csrrc", 0x00003073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,s"),
    /** {@code csrrwi d,E,Z} */
    CSRRWI("csrrwi", 0x00005073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,Z"),
    /** {@code csrrsi d,E,Z} */
    CSRRSI("csrrsi", 0x00006073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,Z"),
    /** {@code csrrci d,E,Z} */
    CSRRCI("csrrci", 0x00007073, 0x0000707f, Format.I, Kind.CSR, Extension.ZICSR, "d,E,Z"),
    /** {@code addiw d,s,j} */
    ADDIW("addiw", 0x0000001b, 0x0000707f, Format.I, Kind.ALU, Extension.I, "d,s,j"),
    /** {@code slliw d,s,<} */
    SLLIW("slliw", 0x0000101b, 0xfe00707f, Format.I, Kind.ALU, Extension.I, "d,s,<"),
    /** {@code srliw d,s,<} */
    SRLIW("srliw", 0x0000501b, 0xfe00707f, Format.I, Kind.ALU, Extension.I, "d,s,<"),
    /** {@code sraiw d,s,<} */
    SRAIW("sraiw", 0x4000501b, 0xfe00707f, Format.I, Kind.ALU, Extension.I, "d,s,<"),
    /** {@code addw d,s,t} */
    ADDW("addw", 0x0000003b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code subw d,s,t} */
    SUBW("subw", 0x4000003b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sllw d,s,t} */
    SLLW("sllw", 0x0000103b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code srlw d,s,t} */
    SRLW("srlw", 0x0000503b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code sraw d,s,t} */
    SRAW("sraw", 0x4000503b, 0xfe00707f, Format.R, Kind.ALU, Extension.I, "d,s,t"),
    /** {@code mul d,s,t} */
    MUL("mul", 0x02000033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code mulh d,s,t} */
    MULH("mulh", 0x02001033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code mulhsu d,s,t} */
    MULHSU("mulhsu", 0x02002033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code mulhu d,s,t} */
    MULHU("mulhu", 0x02003033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code div d,s,t} */
    DIV("div", 0x02004033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code divu d,s,t} */
    DIVU("divu", 0x02005033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code rem d,s,t} */
    REM("rem", 0x02006033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code remu d,s,t} */
    REMU("remu", 0x02007033, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code mulw d,s,t} */
    MULW("mulw", 0x0200003b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code divw d,s,t} */
    DIVW("divw", 0x0200403b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code divuw d,s,t} */
    DIVUW("divuw", 0x0200503b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code remw d,s,t} */
    REMW("remw", 0x0200603b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code remuw d,s,t} */
    REMUW("remuw", 0x0200703b, 0xfe00707f, Format.R, Kind.MUL_DIV, Extension.M, "d,s,t"),
    /** {@code lr.w d,(s)} */
    LR_W("lr.w", 0x1000202f, 0xf9f0707f, Format.R, Kind.AMO, Extension.A, "d,(s)"),
    /** {@code sc.w d,t,(s)} */
    SC_W("sc.w", 0x1800202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoswap.w d,t,(s)} */
    AMOSWAP_W("amoswap.w", 0x0800202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoadd.w d,t,(s)} */
    AMOADD_W("amoadd.w", 0x0000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoxor.w d,t,(s)} */
    AMOXOR_W("amoxor.w", 0x2000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoand.w d,t,(s)} */
    AMOAND_W("amoand.w", 0x6000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoor.w d,t,(s)} */
    AMOOR_W("amoor.w", 0x4000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomin.w d,t,(s)} */
    AMOMIN_W("amomin.w", 0x8000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomax.w d,t,(s)} */
    AMOMAX_W("amomax.w", 0xa000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amominu.w d,t,(s)} */
    AMOMINU_W("amominu.w", 0xc000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomaxu.w d,t,(s)} */
    AMOMAXU_W("amomaxu.w", 0xe000202f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code lr.d d,(s)} */
    LR_D("lr.d", 0x1000302f, 0xf9f0707f, Format.R, Kind.AMO, Extension.A, "d,(s)"),
    /** {@code sc.d d,t,(s)} */
    SC_D("sc.d", 0x1800302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoswap.d d,t,(s)} */
    AMOSWAP_D("amoswap.d", 0x0800302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoadd.d d,t,(s)} */
    AMOADD_D("amoadd.d", 0x0000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoxor.d d,t,(s)} */
    AMOXOR_D("amoxor.d", 0x2000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoand.d d,t,(s)} */
    AMOAND_D("amoand.d", 0x6000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amoor.d d,t,(s)} */
    AMOOR_D("amoor.d", 0x4000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomin.d d,t,(s)} */
    AMOMIN_D("amomin.d", 0x8000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomax.d d,t,(s)} */
    AMOMAX_D("amomax.d", 0xa000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amominu.d d,t,(s)} */
    AMOMINU_D("amominu.d", 0xc000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code amomaxu.d d,t,(s)} */
    AMOMAXU_D("amomaxu.d", 0xe000302f, 0xf800707f, Format.R, Kind.AMO, Extension.A, "d,t,(s)"),
    /** {@code flw D,j(s)} */
    FLW("flw", 0x00002007, 0x0000707f, Format.I, Kind.FP_LOAD, Extension.F, "D,j(s)"),
    /** {@code fsw T,q(s)} */
    FSW("fsw", 0x00002027, 0x0000707f, Format.S, Kind.FP_STORE, Extension.F, "T,q(s)"),
    /** {@code fmadd.s D,S,T,Rm} */
    FMADD_S("fmadd.s", 0x00000043, 0x0600007f, Format.R4, Kind.FP, Extension.F, "D,S,T,Rm"),
    /** {@code fmsub.s D,S,T,Rm} */
    FMSUB_S("fmsub.s", 0x00000047, 0x0600007f, Format.R4, Kind.FP, Extension.F, "D,S,T,Rm"),
    /** {@code fnmsub.s D,S,T,Rm} */
    FNMSUB_S("fnmsub.s", 0x0000004b, 0x0600007f, Format.R4, Kind.FP, Extension.F, "D,S,T,Rm"),
    /** {@code fnmadd.s D,S,T,Rm} */
    FNMADD_S("fnmadd.s", 0x0000004f, 0x0600007f, Format.R4, Kind.FP, Extension.F, "D,S,T,Rm"),
    /** {@code fadd.s D,S,Tm} */
    FADD_S("fadd.s", 0x00000053, 0xfe00007f, Format.R, Kind.FP, Extension.F, "D,S,Tm"),
    /** {@code fsub.s D,S,Tm} */
    FSUB_S("fsub.s", 0x08000053, 0xfe00007f, Format.R, Kind.FP, Extension.F, "D,S,Tm"),
    /** {@code fmul.s D,S,Tm} */
    FMUL_S("fmul.s", 0x10000053, 0xfe00007f, Format.R, Kind.FP, Extension.F, "D,S,Tm"),
    /** {@code fdiv.s D,S,Tm} */
    FDIV_S("fdiv.s", 0x18000053, 0xfe00007f, Format.R, Kind.FP, Extension.F, "D,S,Tm"),
    /** {@code fsqrt.s D,Sm} */
    FSQRT_S("fsqrt.s", 0x58000053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,Sm"),
    /** {@code fsgnj.s D,S,T} */
    FSGNJ_S("fsgnj.s", 0x20000053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code fsgnjn.s D,S,T} */
    FSGNJN_S("fsgnjn.s", 0x20001053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code fsgnjx.s D,S,T} */
    FSGNJX_S("fsgnjx.s", 0x20002053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code fmin.s D,S,T} */
    FMIN_S("fmin.s", 0x28000053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code fmax.s D,S,T} */
    FMAX_S("fmax.s", 0x28001053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "D,S,T"),
    /** {@code feq.s d,S,T} */
    FEQ_S("feq.s", 0xa0002053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "d,S,T"),
    /** {@code flt.s d,S,T} */
    FLT_S("flt.s", 0xa0001053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "d,S,T"),
    /** {@code fle.s d,S,T} */
    FLE_S("fle.s", 0xa0000053, 0xfe00707f, Format.R, Kind.FP, Extension.F, "d,S,T"),
    /** {@code fclass.s d,S} */
    FCLASS_S("fclass.s", 0xe0001053, 0xfff0707f, Format.R, Kind.FP, Extension.F, "d,S"),
    /** {@code fcvt.w.s d,Sm} */
    FCVT_W_S("fcvt.w.s", 0xc0000053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "d,Sm"),
    /** {@code fcvt.s.w D,sm} */
    FCVT_S_W("fcvt.s.w", 0xd0000053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,sm"),
    /** {@code fcvt.wu.s d,Sm} */
    FCVT_WU_S("fcvt.wu.s", 0xc0100053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "d,Sm"),
    /** {@code fcvt.s.wu D,sm} */
    FCVT_S_WU("fcvt.s.wu", 0xd0100053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,sm"),
    /** {@code fcvt.l.s d,Sm} */
    FCVT_L_S("fcvt.l.s", 0xc0200053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "d,Sm"),
    /** {@code fcvt.s.l D,sm} */
    FCVT_S_L("fcvt.s.l", 0xd0200053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,sm"),
    /** {@code fcvt.lu.s d,Sm} */
    FCVT_LU_S("fcvt.lu.s", 0xc0300053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "d,Sm"),
    /** {@code fcvt.s.lu D,sm} */
    FCVT_S_LU("fcvt.s.lu", 0xd0300053, 0xfff0007f, Format.R, Kind.FP, Extension.F, "D,sm"),
    /** {@code fmv.x.w d,S} */
    FMV_X_W("fmv.x.w", 0xe0000053, 0xfff0707f, Format.R, Kind.FP, Extension.F, "d,S"),
    /** {@code fmv.w.x D,s} */
    FMV_W_X("fmv.w.x", 0xf0000053, 0xfff0707f, Format.R, Kind.FP, Extension.F, "D,s"),
    /** {@code fld D,j(s)} */
    FLD("fld", 0x00003007, 0x0000707f, Format.I, Kind.FP_LOAD, Extension.D, "D,j(s)"),
    /** {@code fsd T,q(s)} */
    FSD("fsd", 0x00003027, 0x0000707f, Format.S, Kind.FP_STORE, Extension.D, "T,q(s)"),
    /** {@code fmadd.d D,S,T,Rm} */
    FMADD_D("fmadd.d", 0x02000043, 0x0600007f, Format.R4, Kind.FP, Extension.D, "D,S,T,Rm"),
    /** {@code fmsub.d D,S,T,Rm} */
    FMSUB_D("fmsub.d", 0x02000047, 0x0600007f, Format.R4, Kind.FP, Extension.D, "D,S,T,Rm"),
    /** {@code fnmsub.d D,S,T,Rm} */
    FNMSUB_D("fnmsub.d", 0x0200004b, 0x0600007f, Format.R4, Kind.FP, Extension.D, "D,S,T,Rm"),
    /** {@code fnmadd.d D,S,T,Rm} */
    FNMADD_D("fnmadd.d", 0x0200004f, 0x0600007f, Format.R4, Kind.FP, Extension.D, "D,S,T,Rm"),
    /** {@code fadd.d D,S,Tm} */
    FADD_D("fadd.d", 0x02000053, 0xfe00007f, Format.R, Kind.FP, Extension.D, "D,S,Tm"),
    /** {@code fsub.d D,S,Tm} */
    FSUB_D("fsub.d", 0x0a000053, 0xfe00007f, Format.R, Kind.FP, Extension.D, "D,S,Tm"),
    /** {@code fmul.d D,S,Tm} */
    FMUL_D("fmul.d", 0x12000053, 0xfe00007f, Format.R, Kind.FP, Extension.D, "D,S,Tm"),
    /** {@code fdiv.d D,S,Tm} */
    FDIV_D("fdiv.d", 0x1a000053, 0xfe00007f, Format.R, Kind.FP, Extension.D, "D,S,Tm"),
    /** {@code fsqrt.d D,Sm} */
    FSQRT_D("fsqrt.d", 0x5a000053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "D,Sm"),
    /** {@code fsgnj.d D,S,T} */
    FSGNJ_D("fsgnj.d", 0x22000053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code fsgnjn.d D,S,T} */
    FSGNJN_D("fsgnjn.d", 0x22001053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code fsgnjx.d D,S,T} */
    FSGNJX_D("fsgnjx.d", 0x22002053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code fmin.d D,S,T} */
    FMIN_D("fmin.d", 0x2a000053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code fmax.d D,S,T} */
    FMAX_D("fmax.d", 0x2a001053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "D,S,T"),
    /** {@code feq.d d,S,T} */
    FEQ_D("feq.d", 0xa2002053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "d,S,T"),
    /** {@code flt.d d,S,T} */
    FLT_D("flt.d", 0xa2001053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "d,S,T"),
    /** {@code fle.d d,S,T} */
    FLE_D("fle.d", 0xa2000053, 0xfe00707f, Format.R, Kind.FP, Extension.D, "d,S,T"),
    /** {@code fclass.d d,S} */
    FCLASS_D("fclass.d", 0xe2001053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "d,S"),
    /** {@code fcvt.w.d d,Sm} */
    FCVT_W_D("fcvt.w.d", 0xc2000053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "d,Sm"),
    /** {@code fcvt.d.w D,s} */
    FCVT_D_W("fcvt.d.w", 0xd2000053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "D,s"),
    /** {@code fcvt.wu.d d,Sm} */
    FCVT_WU_D("fcvt.wu.d", 0xc2100053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "d,Sm"),
    /** {@code fcvt.d.wu D,s} */
    FCVT_D_WU("fcvt.d.wu", 0xd2100053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "D,s"),
    /** {@code fcvt.l.d d,Sm} */
    FCVT_L_D("fcvt.l.d", 0xc2200053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "d,Sm"),
    /** {@code fcvt.d.l D,sm} */
    FCVT_D_L("fcvt.d.l", 0xd2200053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "D,sm"),
    /** {@code fcvt.lu.d d,Sm} */
    FCVT_LU_D("fcvt.lu.d", 0xc2300053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "d,Sm"),
    /** {@code fcvt.d.lu D,sm} */
    FCVT_D_LU("fcvt.d.lu", 0xd2300053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "D,sm"),
    /** {@code fmv.x.d d,S} */
    FMV_X_D("fmv.x.d", 0xe2000053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "d,S"),
    /** {@code fmv.d.x D,s} */
    FMV_D_X("fmv.d.x", 0xf2000053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "D,s"),
    /** {@code fcvt.s.d D,Sm} */
    FCVT_S_D("fcvt.s.d", 0x40100053, 0xfff0007f, Format.R, Kind.FP, Extension.D, "D,Sm"),
    /** {@code fcvt.d.s D,S} */
    FCVT_D_S("fcvt.d.s", 0x42000053, 0xfff0707f, Format.R, Kind.FP, Extension.D, "D,S"),
    /** {@code sh1add d,s,t} */
    SH1ADD("sh1add", 0x20002033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh2add d,s,t} */
    SH2ADD("sh2add", 0x20004033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh3add d,s,t} */
    SH3ADD("sh3add", 0x20006033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code add.uw d,s,t} */
    ADD_UW("add.uw", 0x0800003b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh1add.uw d,s,t} */
    SH1ADD_UW("sh1add.uw", 0x2000203b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh2add.uw d,s,t} */
    SH2ADD_UW("sh2add.uw", 0x2000403b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code sh3add.uw d,s,t} */
    SH3ADD_UW("sh3add.uw", 0x2000603b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBA, "d,s,t"),
    /** {@code slli.uw d,s,>} */
    SLLI_UW("slli.uw", 0x0800101b, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBA, "d,s,>"),
    /** {@code andn d,s,t} */
    ANDN("andn", 0x40007033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code orn d,s,t} */
    ORN("orn", 0x40006033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code xnor d,s,t} */
    XNOR("xnor", 0x40004033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code max d,s,t} */
    MAX("max", 0x0a006033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code maxu d,s,t} */
    MAXU("maxu", 0x0a007033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code min d,s,t} */
    MIN("min", 0x0a004033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code minu d,s,t} */
    MINU("minu", 0x0a005033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code rol d,s,t} */
    ROL("rol", 0x60001033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code ror d,s,t} */
    ROR("ror", 0x60005033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code rolw d,s,t} */
    ROLW("rolw", 0x6000103b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code rorw d,s,t} */
    RORW("rorw", 0x6000503b, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBB, "d,s,t"),
    /** {@code clz d,s} */
    CLZ("clz", 0x60001013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code ctz d,s} */
    CTZ("ctz", 0x60101013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code cpop d,s} */
    CPOP("cpop", 0x60201013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code clzw d,s} */
    CLZW("clzw", 0x6000101b, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code ctzw d,s} */
    CTZW("ctzw", 0x6010101b, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code cpopw d,s} */
    CPOPW("cpopw", 0x6020101b, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code sext.b d,s} */
    SEXT_B("sext.b", 0x60401013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code sext.h d,s} */
    SEXT_H("sext.h", 0x60501013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code zext.h d,s} */
    ZEXT_H("zext.h", 0x0800403b, 0xfff0707f, Format.R, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code orc.b d,s} */
    ORC_B("orc.b", 0x28705013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code rev8 d,s} */
    REV8("rev8", 0x6b805013, 0xfff0707f, Format.I, Kind.ALU, Extension.ZBB, "d,s"),
    /** {@code rori d,s,>} */
    RORI("rori", 0x60005013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBB, "d,s,>"),
    /** {@code roriw d,s,<} */
    RORIW("roriw", 0x6000501b, 0xfe00707f, Format.I, Kind.ALU, Extension.ZBB, "d,s,<"),
    /** {@code bclr d,s,t} */
    BCLR("bclr", 0x48001033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBS, "d,s,t"),
    /** {@code bclri d,s,>} */
    BCLRI("bclri", 0x48001013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBS, "d,s,>"),
    /** {@code bext d,s,t} */
    BEXT("bext", 0x48005033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBS, "d,s,t"),
    /** {@code bexti d,s,>} */
    BEXTI("bexti", 0x48005013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBS, "d,s,>"),
    /** {@code binv d,s,t} */
    BINV("binv", 0x68001033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBS, "d,s,t"),
    /** {@code binvi d,s,>} */
    BINVI("binvi", 0x68001013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBS, "d,s,>"),
    /** {@code bset d,s,t} */
    BSET("bset", 0x28001033, 0xfe00707f, Format.R, Kind.ALU, Extension.ZBS, "d,s,t"),
    /** {@code bseti d,s,>} */
    BSETI("bseti", 0x28001013, 0xfc00707f, Format.I, Kind.ALU, Extension.ZBS, "d,s,>"),
    /** {@code cbo.inval (s)} */
    CBO_INVAL("cbo.inval", 0x0000200f, 0xfff07fff, Format.I, Kind.CACHE, Extension.ZICBOM, "(s)"),
    /** {@code cbo.clean (s)} */
    CBO_CLEAN("cbo.clean", 0x0010200f, 0xfff07fff, Format.I, Kind.CACHE, Extension.ZICBOM, "(s)"),
    /** {@code cbo.flush (s)} */
    CBO_FLUSH("cbo.flush", 0x0020200f, 0xfff07fff, Format.I, Kind.CACHE, Extension.ZICBOM, "(s)"),
    /** {@code cbo.zero (s)} */
    CBO_ZERO("cbo.zero", 0x0040200f, 0xfff07fff, Format.I, Kind.CACHE, Extension.ZICBOZ, "(s)"),
    /** {@code prefetch.i f(s)} */
    PREFETCH_I("prefetch.i", 0x00006013, 0x01f07fff, Format.I, Kind.CACHE, Extension.ZICBOP, "f(s)"),
    /** {@code prefetch.r f(s)} */
    PREFETCH_R("prefetch.r", 0x00106013, 0x01f07fff, Format.I, Kind.CACHE, Extension.ZICBOP, "f(s)"),
    /** {@code prefetch.w f(s)} */
    PREFETCH_W("prefetch.w", 0x00306013, 0x01f07fff, Format.I, Kind.CACHE, Extension.ZICBOP, "f(s)"),
    /** {@code c.unimp } */
    C_UNIMP("c.unimp", 0x00000000, 0x0000ffff, Format.CIW, Kind.SYSTEM, Extension.C, ""),
    /** {@code c.addi4spn y,sp,K} */
    C_ADDI4SPN("c.addi4spn", 0x00000000, 0x0000e003, Format.CIW, Kind.ALU, Extension.C, "y,@,K", 0x00001fe0, 0x00000000),
    /** {@code c.fld Y,l(x)} */
    C_FLD("c.fld", 0x00002000, 0x0000e003, Format.CL, Kind.FP_LOAD, Extension.D, "Y,l(x)"),
    /** {@code c.lw y,k(x)} */
    C_LW("c.lw", 0x00004000, 0x0000e003, Format.CL, Kind.LOAD, Extension.C, "y,k(x)"),
    /** {@code c.ld y,l(x)} */
    C_LD("c.ld", 0x00006000, 0x0000e003, Format.CL, Kind.LOAD, Extension.C, "y,l(x)"),
    /** {@code c.fsd Y,l(x)} */
    C_FSD("c.fsd", 0x0000a000, 0x0000e003, Format.CS, Kind.FP_STORE, Extension.D, "Y,l(x)"),
    /** {@code c.sw y,k(x)} */
    C_SW("c.sw", 0x0000c000, 0x0000e003, Format.CS, Kind.STORE, Extension.C, "y,k(x)"),
    /** {@code c.sd y,l(x)} */
    C_SD("c.sd", 0x0000e000, 0x0000e003, Format.CS, Kind.STORE, Extension.C, "y,l(x)"),
    /** {@code c.addi d,i} */
    C_ADDI("c.addi", 0x00000001, 0x0000e003, Format.CI, Kind.ALU, Extension.C, "d,i"),
    /** {@code c.addiw d,i} */
    C_ADDIW("c.addiw", 0x00002001, 0x0000e003, Format.CI, Kind.ALU, Extension.C, "d,i", 0x00000f80, 0x00000000),
    /** {@code c.li d,i} */
    C_LI("c.li", 0x00004001, 0x0000e003, Format.CI, Kind.ALU, Extension.C, "d,i"),
    /** {@code c.addi16sp sp,L} */
    C_ADDI16SP("c.addi16sp", 0x00006101, 0x0000ef83, Format.CI, Kind.ALU, Extension.C, "@,L"),
    /** {@code c.lui d,U} */
    C_LUI("c.lui", 0x00006001, 0x0000e003, Format.CI, Kind.UPPER_IMMEDIATE, Extension.C, "d,U", 0x00000f80, 0x00000100, 0x0000107c, 0x00000000),
    /** {@code c.srli x,h} */
    C_SRLI("c.srli", 0x00008001, 0x0000ec03, Format.CB, Kind.ALU, Extension.C, "x,h", 0x0000107c, 0x00000000),
    /** {@code c.srli64 x} */
    C_SRLI64("c.srli64", 0x00008001, 0x0000fc7f, Format.CB, Kind.ALU, Extension.C, "x"),
    /** {@code c.srai x,h} */
    C_SRAI("c.srai", 0x00008401, 0x0000ec03, Format.CB, Kind.ALU, Extension.C, "x,h", 0x0000107c, 0x00000000),
    /** {@code c.srai64 x} */
    C_SRAI64("c.srai64", 0x00008401, 0x0000fc7f, Format.CB, Kind.ALU, Extension.C, "x"),
    /** {@code c.andi x,i} */
    C_ANDI("c.andi", 0x00008801, 0x0000ec03, Format.CB, Kind.ALU, Extension.C, "x,i"),
    /** {@code c.sub x,y} */
    C_SUB("c.sub", 0x00008c01, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.xor x,y} */
    C_XOR("c.xor", 0x00008c21, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.or x,y} */
    C_OR("c.or", 0x00008c41, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.and x,y} */
    C_AND("c.and", 0x00008c61, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.subw x,y} */
    C_SUBW("c.subw", 0x00009c01, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.addw x,y} */
    C_ADDW("c.addw", 0x00009c21, 0x0000fc63, Format.CA, Kind.ALU, Extension.C, "x,y"),
    /** {@code c.j J} */
    C_J("c.j", 0x0000a001, 0x0000e003, Format.CJ, Kind.JUMP, Extension.C, "J"),
    /** {@code c.beqz x,b} */
    C_BEQZ("c.beqz", 0x0000c001, 0x0000e003, Format.CB, Kind.BRANCH, Extension.C, "x,b"),
    /** {@code c.bnez x,b} */
    C_BNEZ("c.bnez", 0x0000e001, 0x0000e003, Format.CB, Kind.BRANCH, Extension.C, "x,b"),
    /** {@code c.slli d,h} */
    C_SLLI("c.slli", 0x00000002, 0x0000e003, Format.CI, Kind.ALU, Extension.C, "d,h", 0x0000107c, 0x00000000),
    /** {@code c.slli64 d} */
    C_SLLI64("c.slli64", 0x00000002, 0x0000f07f, Format.CI, Kind.ALU, Extension.C, "d"),
    /** {@code c.fldsp D,n(sp)} */
    C_FLDSP("c.fldsp", 0x00002002, 0x0000e003, Format.CI, Kind.FP_LOAD, Extension.D, "D,n(@)"),
    /** {@code c.lwsp d,w(sp)} */
    C_LWSP("c.lwsp", 0x00004002, 0x0000e003, Format.CI, Kind.LOAD, Extension.C, "d,w(@)", 0x00000f80, 0x00000000),
    /** {@code c.ldsp d,n(sp)} */
    C_LDSP("c.ldsp", 0x00006002, 0x0000e003, Format.CI, Kind.LOAD, Extension.C, "d,n(@)", 0x00000f80, 0x00000000),
    /** {@code c.jr d} */
    C_JR("c.jr", 0x00008002, 0x0000f07f, Format.CR, Kind.JUMP, Extension.C, "d", 0x00000f80, 0x00000000),
    /** {@code c.mv d,V} */
    C_MV("c.mv", 0x00008002, 0x0000f003, Format.CR, Kind.ALU, Extension.C, "d,V", 0x0000007c, 0x00000000),
    /** {@code c.ebreak } */
    C_EBREAK("c.ebreak", 0x00009002, 0x0000ffff, Format.CR, Kind.SYSTEM, Extension.C, ""),
    /** {@code c.jalr d} */
    C_JALR("c.jalr", 0x00009002, 0x0000f07f, Format.CR, Kind.JUMP, Extension.C, "d", 0x00000f80, 0x00000000),
    /** {@code c.add d,V} */
    C_ADD("c.add", 0x00009002, 0x0000f003, Format.CR, Kind.ALU, Extension.C, "d,V", 0x0000007c, 0x00000000),
    /** {@code c.fsdsp F,N(sp)} */
    C_FSDSP("c.fsdsp", 0x0000a002, 0x0000e003, Format.CSS, Kind.FP_STORE, Extension.D, "F,N(@)"),
    /** {@code c.swsp V,W(sp)} */
    C_SWSP("c.swsp", 0x0000c002, 0x0000e003, Format.CSS, Kind.STORE, Extension.C, "V,W(@)"),
    /** {@code c.sdsp V,N(sp)} */
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

    private static Field[] fieldsOf(String syntax, boolean ordered, boolean raw) {
        if (raw) {
            return new Field[] {Field.RAW};
        }
        Field[] result = new Field[0];
        for (int i = 0; i < syntax.length(); i++) {
            char token = syntax.charAt(i);
            if (Syntax.readsField(token)) {
                Field field = Syntax.field(token);
                if (!Arrays.asList(result).contains(field)) {
                    result = Arrays.copyOf(result, result.length + 1);
                    result[result.length - 1] = field;
                }
            }
        }
        if (ordered) {
            result = Arrays.copyOf(result, result.length + 1);
            result[result.length - 1] = Field.AQRL;
        }
        return result;
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
