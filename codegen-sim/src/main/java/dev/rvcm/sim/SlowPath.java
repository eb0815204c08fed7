package dev.rvcm.sim;

import dev.rvcm.isa.Opcode;

/**
 * The instructions the interpreter's hot loop leaves to a call, executed by their opcode: most of F
 * and D, Zba/Zbb/Zbs (through the same {@link FloatOps} and {@link BitOps} methods translated code
 * calls), and the {@link Executor.Form#HART} instructions only the hart can execute: atomics and the
 * {@code lr}/{@code sc} reservation, CSRs, {@code ecall}/{@code ebreak} and the other system
 * instructions (through the {@link Environment}), {@code fence.i}, {@code cbo.zero}, illegal words.
 */
final class SlowPath {

    private static final Opcode[] OPCODES = Opcode.values();

    private final Hart h;
    /** Reservation of LR/SC, or -1. */
    private long reservation = -1;

    SlowPath(Hart h) {
        this.h = h;
    }

    /** Executes slot {@code s} of {@code page} at {@code pc}; returns the next pc ({@code npc} unless it jumps). */
    long execute(DecodedPage page, int s, long pc, long npc) {
        if (page.op[s] == Op.ILLEGAL) {
            throw h.illegal(page.word[s]);
        }
        Opcode opc = OPCODES[page.opcode[s]];
        Opcode base = opc.base();
        int w = opc.expand(page.word[s]);
        int r = page.regs[s];
        int rd = r & 31;
        int rs1 = (r >>> 8) & 31;
        int rs2 = (r >>> 16) & 31;
        int rs3 = (r >>> 24) & 31;
        long[] x = h.x;
        switch (base.kind()) {
            case FP -> fp(base, w, rd, rs1, rs2, rs3);
            case AMO -> amo(base, rd, rs1, rs2);
            case CSR -> x[rd] = csr(w, x[rs1]);
            case SYSTEM -> {
                switch (base) {
                    case ECALL -> h.env.ecall(h);
                    case EBREAK -> h.env.breakpoint(h, pc);
                    default -> npc = h.env.system(h, base, pc, npc);
                }
            }
            case FENCE -> {
                if (base == Opcode.FENCE_I) {
                    h.pages.flush();
                }
            }
            case CACHE -> {
                if (base == Opcode.CBO_ZERO) {
                    long block = x[rs1] & ~63L;
                    for (int i = 0; i < 64; i += 8) {
                        h.mem.store64(block + i, 0);
                    }
                }
            }
            case ALU -> x[rd] = bitManip(base, x[rs1], x[rs2], page.imm[s]);
            default -> throw h.illegal(page.word[s]);
        }
        x[0] = 0;
        return npc;
    }

    /** Zba, Zbb, Zbs. */
    private long bitManip(Opcode base, long a, long b, long shamt) {
        return switch (base) {
            case SH1ADD -> BitOps.sh1add(a, b);
            case SH2ADD -> BitOps.sh2add(a, b);
            case SH3ADD -> BitOps.sh3add(a, b);
            case ADD_UW -> BitOps.addUw(a, b);
            case SH1ADD_UW -> BitOps.sh1addUw(a, b);
            case SH2ADD_UW -> BitOps.sh2addUw(a, b);
            case SH3ADD_UW -> BitOps.sh3addUw(a, b);
            case SLLI_UW -> BitOps.slliUw(a, shamt);
            case ANDN -> BitOps.andn(a, b);
            case ORN -> BitOps.orn(a, b);
            case XNOR -> BitOps.xnor(a, b);
            case MAX -> BitOps.max(a, b);
            case MAXU -> BitOps.maxu(a, b);
            case MIN -> BitOps.min(a, b);
            case MINU -> BitOps.minu(a, b);
            case ROL -> BitOps.rol(a, b);
            case ROR -> BitOps.ror(a, b);
            case ROLW -> BitOps.rolw(a, b);
            case RORW -> BitOps.rorw(a, b);
            case CLZ -> BitOps.clz(a);
            case CTZ -> BitOps.ctz(a);
            case CPOP -> BitOps.cpop(a);
            case CLZW -> BitOps.clzw(a);
            case CTZW -> BitOps.ctzw(a);
            case CPOPW -> BitOps.cpopw(a);
            case SEXT_B -> BitOps.sextB(a);
            case SEXT_H -> BitOps.sextH(a);
            case ZEXT_H -> BitOps.zextH(a);
            case ORC_B -> BitOps.orcB(a);
            case REV8 -> BitOps.rev8(a);
            case RORI -> BitOps.rori(a, shamt);
            case RORIW -> BitOps.roriw(a, shamt);
            case BCLR -> BitOps.bclr(a, b);
            case BCLRI -> BitOps.bclri(a, shamt);
            case BEXT -> BitOps.bext(a, b);
            case BEXTI -> BitOps.bexti(a, shamt);
            case BINV -> BitOps.binv(a, b);
            case BINVI -> BitOps.binvi(a, shamt);
            case BSET -> BitOps.bset(a, b);
            case BSETI -> BitOps.bseti(a, shamt);
            default -> throw h.illegal(base.match());
        };
    }

    private static boolean word(Opcode amo) {
        return switch (amo) {
            case LR_W, SC_W, AMOSWAP_W, AMOADD_W, AMOXOR_W, AMOAND_W, AMOOR_W, AMOMIN_W, AMOMAX_W, AMOMINU_W,
                 AMOMAXU_W -> true;
            default -> false;
        };
    }

    private void amo(Opcode base, int rd, int rs1, int rs2) {
        long[] x = h.x;
        Memory mem = h.mem;
        long addr = x[rs1];
        h.timing.dcaches.access(addr);
        boolean word = word(base);
        if ((addr & (word ? 3 : 7)) != 0) {
            throw new GuestFault(base == Opcode.LR_W || base == Opcode.LR_D ? GuestFault.Cause.LOAD_ACCESS
                    : GuestFault.Cause.STORE_ACCESS, addr, "misaligned atomic access");
        }
        long v = x[rs2];
        switch (base) {
            case LR_W, LR_D -> {
                x[rd] = word ? mem.load32(addr) : mem.load64(addr);
                reservation = addr;
                return;
            }
            case SC_W, SC_D -> {
                if (reservation == addr) {
                    if (word) {
                        mem.store32(addr, (int) v);
                    } else {
                        mem.store64(addr, v);
                    }
                    x[rd] = 0;
                } else {
                    x[rd] = 1;
                }
                reservation = -1;
                return;
            }
            default -> {
            }
        }
        long old = word ? mem.load32(addr) : mem.load64(addr);
        long nv = switch (base) {
            case AMOSWAP_W, AMOSWAP_D -> v;
            case AMOADD_W, AMOADD_D -> old + v;
            case AMOXOR_W, AMOXOR_D -> old ^ v;
            case AMOAND_W, AMOAND_D -> old & v;
            case AMOOR_W, AMOOR_D -> old | v;
            case AMOMIN_W -> Math.min((int) old, (int) v);
            case AMOMAX_W -> Math.max((int) old, (int) v);
            case AMOMINU_W -> Integer.compareUnsigned((int) old, (int) v) <= 0 ? old : v;
            case AMOMAXU_W -> Integer.compareUnsigned((int) old, (int) v) >= 0 ? old : v;
            case AMOMIN_D -> Math.min(old, v);
            case AMOMAX_D -> Math.max(old, v);
            case AMOMINU_D -> Long.compareUnsigned(old, v) <= 0 ? old : v;
            case AMOMAXU_D -> Long.compareUnsigned(old, v) >= 0 ? old : v;
            default -> throw h.illegal(base.match());
        };
        if (word) {
            mem.store32(addr, (int) nv);
        } else {
            mem.store64(addr, nv);
        }
        x[rd] = old;
    }

    /**
     * The semantics of {@code csrrw}, {@code csrrs}, {@code csrrc} and their immediate forms, shared by
     * both engines: the instruction {@code w}, given the value of {@code x[rs1]} (ignored by the
     * immediate forms, whose rs1 field is the value), reads and writes the CSR through the environment
     * and returns the old value for rd. Throws an illegal-instruction fault for a CSR the mode lacks.
     */
    long csr(int w, long rs1Value) {
        int csr = w >>> 20;
        int funct3 = (w >>> 12) & 7;
        int rs1 = (w >>> 15) & 31;
        int rd = (w >>> 7) & 31;
        long src = funct3 >= 5 ? rs1 : rs1Value;
        boolean swap = (funct3 & 3) == 1;
        boolean write = swap || rs1 != 0;
        boolean read = !swap || rd != 0;
        long old = read ? h.env.readCsr(h, csr, w) : 0;
        if (write) {
            long nv = switch (funct3 & 3) {
                case 1 -> src;
                case 2 -> old | src;
                default -> old & ~src;
            };
            if (!read) {
                nv = src;
            }
            h.env.writeCsr(h, csr, nv, w);
        }
        return old;
    }

    private void fp(Opcode base, int w, int rd, int rs1, int rs2, int rs3) {
        long[] x = h.x;
        long[] f = h.f;
        long a = f[rs1];
        long b = f[rs2];
        long c = f[rs3];
        long i = x[rs1];
        Fpu u = h.fpu;
        int field = (w >>> 12) & 7;
        switch (base) {
            case FADD_S -> f[rd] = FloatOps.faddS(u, a, b, h.rm(field));
            case FSUB_S -> f[rd] = FloatOps.fsubS(u, a, b, h.rm(field));
            case FMUL_S -> f[rd] = FloatOps.fmulS(u, a, b, h.rm(field));
            case FDIV_S -> f[rd] = FloatOps.fdivS(u, a, b, h.rm(field));
            case FSQRT_S -> f[rd] = FloatOps.fsqrtS(u, a, h.rm(field));
            case FMADD_S -> f[rd] = FloatOps.fmaddS(u, a, b, c, h.rm(field));
            case FMSUB_S -> f[rd] = FloatOps.fmsubS(u, a, b, c, h.rm(field));
            case FNMSUB_S -> f[rd] = FloatOps.fnmsubS(u, a, b, c, h.rm(field));
            case FNMADD_S -> f[rd] = FloatOps.fnmaddS(u, a, b, c, h.rm(field));
            case FSGNJ_S -> f[rd] = FloatOps.fsgnjS(u, a, b);
            case FSGNJN_S -> f[rd] = FloatOps.fsgnjnS(u, a, b);
            case FSGNJX_S -> f[rd] = FloatOps.fsgnjxS(u, a, b);
            case FMIN_S -> f[rd] = FloatOps.fminS(u, a, b);
            case FMAX_S -> f[rd] = FloatOps.fmaxS(u, a, b);
            case FEQ_S -> x[rd] = FloatOps.feqS(u, a, b);
            case FLT_S -> x[rd] = FloatOps.fltS(u, a, b);
            case FLE_S -> x[rd] = FloatOps.fleS(u, a, b);
            case FCLASS_S -> x[rd] = FloatOps.fclassS(u, a);
            case FCVT_W_S -> x[rd] = FloatOps.fcvtWS(u, a, h.rm(field));
            case FCVT_WU_S -> x[rd] = FloatOps.fcvtWuS(u, a, h.rm(field));
            case FCVT_L_S -> x[rd] = FloatOps.fcvtLS(u, a, h.rm(field));
            case FCVT_LU_S -> x[rd] = FloatOps.fcvtLuS(u, a, h.rm(field));
            case FCVT_S_W -> f[rd] = FloatOps.fcvtSW(u, i, h.rm(field));
            case FCVT_S_WU -> f[rd] = FloatOps.fcvtSWu(u, i, h.rm(field));
            case FCVT_S_L -> f[rd] = FloatOps.fcvtSL(u, i, h.rm(field));
            case FCVT_S_LU -> f[rd] = FloatOps.fcvtSLu(u, i, h.rm(field));
            case FMV_X_W -> x[rd] = FloatOps.fmvXW(u, a);
            case FMV_W_X -> f[rd] = FloatOps.fmvWX(u, i);
            case FADD_D -> f[rd] = FloatOps.faddD(u, a, b, h.rm(field));
            case FSUB_D -> f[rd] = FloatOps.fsubD(u, a, b, h.rm(field));
            case FMUL_D -> f[rd] = FloatOps.fmulD(u, a, b, h.rm(field));
            case FDIV_D -> f[rd] = FloatOps.fdivD(u, a, b, h.rm(field));
            case FSQRT_D -> f[rd] = FloatOps.fsqrtD(u, a, h.rm(field));
            case FMADD_D -> f[rd] = FloatOps.fmaddD(u, a, b, c, h.rm(field));
            case FMSUB_D -> f[rd] = FloatOps.fmsubD(u, a, b, c, h.rm(field));
            case FNMSUB_D -> f[rd] = FloatOps.fnmsubD(u, a, b, c, h.rm(field));
            case FNMADD_D -> f[rd] = FloatOps.fnmaddD(u, a, b, c, h.rm(field));
            case FSGNJ_D -> f[rd] = FloatOps.fsgnjD(u, a, b);
            case FSGNJN_D -> f[rd] = FloatOps.fsgnjnD(u, a, b);
            case FSGNJX_D -> f[rd] = FloatOps.fsgnjxD(u, a, b);
            case FMIN_D -> f[rd] = FloatOps.fminD(u, a, b);
            case FMAX_D -> f[rd] = FloatOps.fmaxD(u, a, b);
            case FEQ_D -> x[rd] = FloatOps.feqD(u, a, b);
            case FLT_D -> x[rd] = FloatOps.fltD(u, a, b);
            case FLE_D -> x[rd] = FloatOps.fleD(u, a, b);
            case FCLASS_D -> x[rd] = FloatOps.fclassD(u, a);
            case FCVT_W_D -> x[rd] = FloatOps.fcvtWD(u, a, h.rm(field));
            case FCVT_WU_D -> x[rd] = FloatOps.fcvtWuD(u, a, h.rm(field));
            case FCVT_L_D -> x[rd] = FloatOps.fcvtLD(u, a, h.rm(field));
            case FCVT_LU_D -> x[rd] = FloatOps.fcvtLuD(u, a, h.rm(field));
            case FCVT_D_W -> f[rd] = FloatOps.fcvtDW(u, i);
            case FCVT_D_WU -> f[rd] = FloatOps.fcvtDWu(u, i);
            case FCVT_D_L -> f[rd] = FloatOps.fcvtDL(u, i, h.rm(field));
            case FCVT_D_LU -> f[rd] = FloatOps.fcvtDLu(u, i, h.rm(field));
            case FMV_X_D -> x[rd] = FloatOps.fmvXD(u, a);
            case FMV_D_X -> f[rd] = FloatOps.fmvDX(u, i);
            case FCVT_S_D -> f[rd] = FloatOps.fcvtSD(u, a, h.rm(field));
            case FCVT_D_S -> f[rd] = FloatOps.fcvtDS(u, a);
            default -> throw h.illegal(w);
        }
    }
}
