package dev.rvcm.isa;

import static dev.rvcm.isa.Opcode.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The pseudo-instructions GNU objdump 2.40 prints by default (without {@code -M no-aliases}), in the
 * order it tries them; the first that applies wins.
 */
final class Aliases {

    private static final int RD = 0x00000f80;
    private static final int RS1 = 0x000f8000;
    private static final int RS2 = 0x01f00000;
    private static final int IMM = 0xfff00000;
    private static final int CSR = 0xfff00000;
    private static final int C_RD = 0x00000f80;
    private static final int C_IMM = 0x0000107c;

    private static final Alias[][] BY_OPCODE = table();

    private Aliases() {
    }

    /** The alias objdump prints for {@code word} decoded as {@code op}, or {@code null} for the canonical form. */
    static Alias find(Opcode op, int word, Extensions enabled) {
        for (Alias alias : BY_OPCODE[op.ordinal()]) {
            if (alias.applies(word, enabled)) {
                return alias.keepsCanonical() ? null : alias;
            }
        }
        return null;
    }

    private static Alias[][] table() {
        List<Alias> all = new ArrayList<>();
        Builder b = new Builder(all);
        b.on(ADDI).when(RD | RS1 | IMM, 0).to("nop", "")
                .when(RS1, 0).to("li", "d,j")
                .when(IMM, 0).to("mv", "d,s")
                .always("add", "d,s,j");
        b.on(ANDI).when(IMM, 0x0ff00000).to("zext.b", "d,s").always("and", "d,s,j");
        b.on(ORI).always("or", "d,s,j");
        b.on(XORI).when(IMM, 0xfff00000).to("not", "d,s").always("xor", "d,s,j");
        b.on(SLTIU).when(IMM, 0x00100000).to("seqz", "d,s");
        b.on(SLLI).always("sll", "d,s,>");
        b.on(SRLI).always("srl", "d,s,>");
        b.on(SRAI).always("sra", "d,s,>");
        b.on(ADDIW).when(IMM, 0).to("sext.w", "d,s").always("addw", "d,s,j");
        b.on(SLLIW).always("sllw", "d,s,<");
        b.on(SRLIW).always("srlw", "d,s,<");
        b.on(SRAIW).always("sraw", "d,s,<");
        b.on(SUB).when(RS1, 0).to("neg", "d,t");
        b.on(SUBW).when(RS1, 0).to("negw", "d,t");
        b.on(SLTU).when(RS1, 0).to("snez", "d,t");
        b.on(SLT).when(RS2, 0).to("sltz", "d,s").when(RS1, 0).to("sgtz", "d,t");
        b.on(BEQ).when(RS2, 0).to("beqz", "s,p");
        b.on(BNE).when(RS2, 0).to("bnez", "s,p");
        b.on(BGE).when(RS1, 0).to("blez", "t,p").when(RS2, 0).to("bgez", "s,p");
        b.on(BLT).when(RS2, 0).to("bltz", "s,p").when(RS1, 0).to("bgtz", "t,p");
        b.on(JAL).when(RD, 0).to("j", "a").when(RD, 1 << 7).to("jal", "a");
        b.on(JALR).when(RD | RS1 | IMM, 1 << 15).to("ret", "")
                .when(RD | IMM, 0).to("jr", "s")
                .when(RD, 0).to("jr", "j(s)")
                .when(RD | IMM, 1 << 7).to("jalr", "s")
                .when(RD, 1 << 7).to("jalr", "j(s)")
                .when(IMM, 0).to("jalr", "d,s");
        b.on(CSRRS).when(CSR | RS1, 0xc0000000).to("rdcycle", "d")
                .when(CSR | RS1, 0xc0100000).to("rdtime", "d")
                .when(CSR | RS1, 0xc0200000).to("rdinstret", "d")
                .requires(Extension.F).when(CSR | RS1, 0x00300000).to("frcsr", "d")
                .requires(Extension.F).when(CSR | RS1, 0x00200000).to("frrm", "d")
                .requires(Extension.F).when(CSR | RS1, 0x00100000).to("frflags", "d")
                .when(RS1, 0).to("csrr", "d,E")
                .when(RD, 0).to("csrs", "E,s");
        for (int csr = 3; csr >= 1; csr--) {
            String name = csr == 3 ? "fscsr" : csr == 2 ? "fsrm" : "fsflags";
            b.on(CSRRW).requires(Extension.F).when(CSR | RD, csr << 20).to(name, "s")
                    .requires(Extension.F).when(CSR, csr << 20).to(name, "d,s");
        }
        b.on(CSRRW).when(RD, 0).to("csrw", "E,s");
        b.on(CSRRC).when(RD, 0).to("csrc", "E,s");
        b.on(CSRRWI).requires(Extension.F).when(CSR, 2 << 20).to("fsrmi", "d,Z")
                .requires(Extension.F).when(CSR, 1 << 20).to("fsflagsi", "d,Z")
                .when(RD, 0).to("csrw", "E,Z")
                .always("csrrw", "d,E,Z");
        b.on(CSRRSI).when(RD, 0).to("csrs", "E,Z").always("csrrs", "d,E,Z");
        b.on(CSRRCI).when(RD, 0).to("csrc", "E,Z").always("csrrc", "d,E,Z");
        b.on(FSGNJ_S).sameRs1Rs2().to("fmv.s", "D,S");
        b.on(FSGNJN_S).sameRs1Rs2().to("fneg.s", "D,S");
        b.on(FSGNJX_S).sameRs1Rs2().to("fabs.s", "D,S");
        b.on(FSGNJ_D).sameRs1Rs2().to("fmv.d", "D,S");
        b.on(FSGNJN_D).sameRs1Rs2().to("fneg.d", "D,S");
        b.on(FSGNJX_D).sameRs1Rs2().to("fabs.d", "D,S");
        b.on(ADD_UW).when(RS2, 0).to("zext.w", "d,s");
        b.on(RORI).always("ror", "d,s,>");
        b.on(RORIW).always("rorw", "d,s,<");
        b.on(BCLRI).always("bclr", "d,s,>");
        b.on(BEXTI).always("bext", "d,s,>");
        b.on(BINVI).always("binv", "d,s,>");
        b.on(BSETI).always("bset", "d,s,>");
        b.on(FENCE).when(0x0ff00000, 0x0ff00000).to("fence", "");
        b.on(SFENCE_VMA).when(RS1 | RS2, 0).to("sfence.vma", "").when(RS2, 0).to("sfence.vma", "s");

        b.on(C_UNIMP).always("unimp", "");
        b.on(C_ADDI4SPN).always("add", "y,@,K");
        b.on(C_FLD).always("fld", "Y,l(x)");
        b.on(C_LW).always("lw", "y,k(x)");
        b.on(C_LD).always("ld", "y,l(x)");
        b.on(C_FSD).always("fsd", "Y,l(x)");
        b.on(C_SW).always("sw", "y,k(x)");
        b.on(C_SD).always("sd", "y,l(x)");
        b.on(C_ADDI).when(0xffff, 0x0001).to("nop", "").when(C_RD, 0).to("c.nop", "i").always("add", "d,d,i");
        b.on(C_ADDIW).when(C_IMM, 0).to("sext.w", "d,d").always("addw", "d,d,i");
        b.on(C_LI).when(C_RD, 0).keep().always("li", "d,i");
        b.on(C_ADDI16SP).always("add", "@,@,L");
        b.on(C_LUI).when(C_RD, 0).keep().always("lui", "d,U");
        b.on(C_SRLI).always("srl", "x,x,h");
        b.on(C_SRAI).always("sra", "x,x,h");
        b.on(C_ANDI).always("and", "x,x,i");
        b.on(C_SUB).always("sub", "x,x,y");
        b.on(C_XOR).always("xor", "x,x,y");
        b.on(C_OR).always("or", "x,x,y");
        b.on(C_AND).always("and", "x,x,y");
        b.on(C_SUBW).always("subw", "x,x,y");
        b.on(C_ADDW).always("addw", "x,x,y");
        b.on(C_J).always("j", "J");
        b.on(C_BEQZ).always("beqz", "x,b");
        b.on(C_BNEZ).always("bnez", "x,b");
        b.on(C_SLLI).when(C_RD, 0).keep().always("sll", "d,d,h");
        b.on(C_FLDSP).always("fld", "D,n(@)");
        b.on(C_LWSP).always("lw", "d,w(@)");
        b.on(C_LDSP).always("ld", "d,n(@)");
        b.on(C_JR).when(C_RD, 1 << 7).to("ret", "").always("jr", "d");
        b.on(C_MV).when(C_RD, 0).keep().always("mv", "d,V");
        b.on(C_EBREAK).always("ebreak", "");
        b.on(C_JALR).always("jalr", "d");
        b.on(C_ADD).when(C_RD, 0).keep().always("add", "d,d,V");
        b.on(C_FSDSP).always("fsd", "F,N(@)");
        b.on(C_SWSP).always("sw", "V,W(@)");
        b.on(C_SDSP).always("sd", "V,N(@)");

        Alias[][] byOpcode = new Alias[Opcode.values().length][0];
        for (Opcode op : Opcode.values()) {
            byOpcode[op.ordinal()] = all.stream().filter(a -> a.base() == op).toArray(Alias[]::new);
        }
        return byOpcode;
    }

    /** Fluent construction of the alias list, so each line of {@link #table()} reads like objdump's rule. */
    private static final class Builder {
        private final List<Alias> out;
        private Opcode base;
        private int mask;
        private int match;
        private boolean sameRs1Rs2;
        private Extension requires = Extension.I;

        Builder(List<Alias> out) {
            this.out = out;
        }

        Builder on(Opcode op) {
            base = op;
            return this;
        }

        Builder requires(Extension extension) {
            requires = extension;
            return this;
        }

        Builder when(int conditionMask, int conditionMatch) {
            mask = conditionMask;
            match = conditionMatch;
            return this;
        }

        Builder sameRs1Rs2() {
            sameRs1Rs2 = true;
            return this;
        }

        Builder to(String mnemonic, String syntax) {
            out.add(new Alias(base, mask, match, sameRs1Rs2, requires, mnemonic, syntax));
            mask = 0;
            match = 0;
            sameRs1Rs2 = false;
            requires = Extension.I;
            return this;
        }

        Builder keep() {
            return to("", "");
        }

        Builder always(String mnemonic, String syntax) {
            mask = 0;
            match = 0;
            return to(mnemonic, syntax);
        }
    }
}
