package dev.rvcm.sim;

import dev.rvcm.isa.Field;
import dev.rvcm.isa.Kind;
import dev.rvcm.isa.Opcode;
import java.util.List;

/**
 * What the timing model needs to know about an instruction: which registers it reads and writes (the
 * decoded slot's {@code regs}, with compressed instructions already expanded), how long its result
 * takes, where it issues, and whether it ends a straight-line run. One shape per isa {@link Opcode},
 * built once.
 *
 * @param result     the latency class of the result; {@link Latency#NONE} if it writes no register
 * @param rdFp       the result goes to an FP register
 * @param reads      bit 0: reads rs1, bit 1: rs2, bit 2: rs3
 * @param fpReads    the same bits for operands that are FP registers
 * @param lateReads  its integer operands are read by a late-ALU consumer (ALU, branch, {@code jalr}):
 *                   {@link TimingParameters#lateAluBypass()} applies to them
 * @param bypassed   its integer result is forwarded to late-ALU consumers early (ALU, multiply/divide,
 *                   integer loads)
 * @param pipe       where it issues on a multiple-issue core
 * @param unit       the unpipelined unit it occupies, if any
 * @param control    {@link #BRANCH}, {@link #JAL}, {@link #JALR}, or 0
 * @param endsRun    nothing after it in memory runs next in order: jumps, system instructions
 */
record InstructionShape(Latency result, boolean rdFp, int reads, int fpReads, boolean lateReads, boolean bypassed,
                        Pipe pipe, Unit unit, int control, boolean endsRun) {

    static final int BRANCH = 1, JAL = 2, JALR = 3;

    /** Latency classes; {@link IssueSchedule} maps each to a number of cycles of a {@link TimingParameters}. */
    enum Latency {
        NONE, ALU, LOAD, LOAD_SUBWORD, FP_LOAD, ATOMIC, MUL, DIV, DIVW, FP_ADD_S, FP_ADD_D, FP_MUL_S, FP_MUL_D,
        FP_DIV_S, FP_DIV_D, FP_SQRT_S, FP_SQRT_D, FP_SIGN_S, FP_SIGN_D, FP_CONVERT, ONE;

        int cycles(TimingParameters p) {
            return switch (this) {
                case NONE, ONE -> 1;
                case ALU -> p.aluLatency();
                case LOAD, ATOMIC -> p.loadUseLatency();
                case LOAD_SUBWORD -> p.subwordLoadUseLatency();
                case FP_LOAD -> p.fpLoadUseLatency();
                case MUL -> p.mulLatency();
                case DIV -> p.divLatency();
                case DIVW -> p.divwLatency();
                case FP_ADD_S -> p.fpAddLatencyS();
                case FP_ADD_D -> p.fpAddLatencyD();
                case FP_MUL_S -> p.fpMulLatencyS();
                case FP_MUL_D -> p.fpMulLatencyD();
                case FP_DIV_S -> p.fpDivLatencyS();
                case FP_DIV_D -> p.fpDivLatencyD();
                case FP_SQRT_S -> p.fpSqrtLatencyS();
                case FP_SQRT_D -> p.fpSqrtLatencyD();
                case FP_SIGN_S -> p.fpSignLatencyS();
                case FP_SIGN_D -> p.fpSignLatencyD();
                case FP_CONVERT -> p.fpConvertLatency();
            };
        }
    }

    /** Issue pipes of the SiFive 7 series: A takes memory operations, B the rest but plain ALU ops. */
    enum Pipe { ANY, A, B }

    /** Units that stay busy for an operation's whole latency. */
    enum Unit { NONE, DIVIDER, FP_DIVIDER }

    private static final InstructionShape[] SHAPES = build();

    /** The shape of the instruction a slot holding {@code Opcode} ordinal {@code opcode} executes. */
    static InstructionShape of(int opcode) {
        return SHAPES[opcode];
    }

    static InstructionShape of(Opcode opcode) {
        return SHAPES[opcode.ordinal()];
    }

    private static InstructionShape[] build() {
        Opcode[] all = Opcode.values();
        InstructionShape[] shapes = new InstructionShape[all.length];
        for (Opcode o : all) {
            shapes[o.ordinal()] = shape(o);
        }
        return shapes;
    }

    /** The base instruction a compressed one expands to, or itself. */
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

    private static InstructionShape shape(Opcode compressed) {
        Opcode o = base(compressed);
        if (o.length() == 2) {
            throw new IllegalStateException("no base instruction for " + compressed);
        }
        List<Field> fields = List.of(o.fields());
        int reads = (fields.contains(Field.RS1) ? 1 : 0) | (fields.contains(Field.RS2) ? 2 : 0)
                | (fields.contains(Field.RS3) ? 4 : 0);
        boolean writes = fields.contains(Field.RD);
        String m = o.mnemonic();
        Kind k = o.kind();
        return switch (k) {
            case ALU -> new InstructionShape(Latency.ALU, false, reads, 0, true, true, bitManipPipe(o), Unit.NONE, 0, false);
            case UPPER_IMMEDIATE -> new InstructionShape(Latency.ALU, false, 0, 0, true, true, Pipe.ANY, Unit.NONE, 0, false);
            case MUL_DIV -> {
                boolean div = m.startsWith("div") || m.startsWith("rem");
                Latency l = !div ? Latency.MUL : m.endsWith("w") ? Latency.DIVW : Latency.DIV;
                yield new InstructionShape(l, false, reads, 0, false, true, Pipe.B, div ? Unit.DIVIDER : Unit.NONE, 0, false);
            }
            case LOAD -> new InstructionShape(o == Opcode.LB || o == Opcode.LBU || o == Opcode.LH || o == Opcode.LHU
                    ? Latency.LOAD_SUBWORD : Latency.LOAD, false, reads, 0, false, true, Pipe.A, Unit.NONE, 0, false);
            case STORE -> new InstructionShape(Latency.NONE, false, reads, 0, false, false, Pipe.A, Unit.NONE, 0, false);
            case FP_LOAD -> new InstructionShape(Latency.FP_LOAD, true, reads, 0, false, false, Pipe.A, Unit.NONE, 0, false);
            case FP_STORE -> new InstructionShape(Latency.NONE, false, reads, 2, false, false, Pipe.A, Unit.NONE, 0, false);
            case AMO -> new InstructionShape(Latency.ATOMIC, false, reads, 0, false, false, Pipe.A, Unit.NONE, 0, false);
            case BRANCH -> new InstructionShape(Latency.NONE, false, reads, 0, true, false, Pipe.B, Unit.NONE, BRANCH, false);
            case JUMP -> new InstructionShape(Latency.ALU, false, reads, 0, true, false, Pipe.B, Unit.NONE,
                    o == Opcode.JAL ? JAL : JALR, true);
            case CSR -> new InstructionShape(Latency.ONE, false, reads, 0, false, false, Pipe.B, Unit.NONE, 0, false);
            case FP -> fp(m, reads, writes);
            case SYSTEM -> new InstructionShape(Latency.NONE, false, 0, 0, false, false, Pipe.B, Unit.NONE, 0, true);
            case FENCE -> new InstructionShape(Latency.NONE, false, 0, 0, false, false, Pipe.ANY, Unit.NONE, 0,
                    o == Opcode.FENCE_I);
            case CACHE -> new InstructionShape(Latency.NONE, false, reads, 0, false, false, Pipe.A, Unit.NONE, 0, false);
            case UNKNOWN -> new InstructionShape(Latency.NONE, false, 0, 0, false, false, Pipe.ANY, Unit.NONE, 0, true);
        };
    }

    /** The SiFive 7 runs shNadd, rotates, clz/ctz/cpop, orc.b and single-bit ops but bext in pipe B only. */
    private static Pipe bitManipPipe(Opcode o) {
        String m = o.mnemonic();
        boolean bOnly = m.matches("sh[123]add(\\.uw)?|ro[lr]i?w?|clzw?|ctzw?|cpopw?|orc\\.b|b(clr|inv|set)i?");
        return bOnly ? Pipe.B : Pipe.ANY;
    }

    private static InstructionShape fp(String m, int reads, boolean writes) {
        String[] parts = m.split("\\.");
        String op = parts[0];
        boolean single = m.endsWith(".s");
        // Integer destinations: fmv.x.*, fclass, compares, fcvt.{w,wu,l,lu}.*; integer sources: fmv.*.x, fcvt.*.{w,wu,l,lu}.
        boolean intDest = m.startsWith("fmv.x.") || op.equals("fclass") || op.equals("feq") || op.equals("flt")
                || op.equals("fle") || (op.equals("fcvt") && isIntType(parts[1]));
        boolean intSource = (op.equals("fmv") && parts[2].equals("x")) || (op.equals("fcvt") && isIntType(parts[2]));
        int fpReads = intSource ? reads & ~1 : reads;
        Latency l = switch (op) {
            case "fadd", "fsub" -> single ? Latency.FP_ADD_S : Latency.FP_ADD_D;
            case "fmul", "fmadd", "fmsub", "fnmadd", "fnmsub" -> single ? Latency.FP_MUL_S : Latency.FP_MUL_D;
            case "fdiv" -> single ? Latency.FP_DIV_S : Latency.FP_DIV_D;
            case "fsqrt" -> single ? Latency.FP_SQRT_S : Latency.FP_SQRT_D;
            case "fsgnj", "fsgnjn", "fsgnjx", "fmin", "fmax" -> single ? Latency.FP_SIGN_S : Latency.FP_SIGN_D;
            default -> Latency.FP_CONVERT;
        };
        Unit unit = op.equals("fdiv") || op.equals("fsqrt") ? Unit.FP_DIVIDER : Unit.NONE;
        return new InstructionShape(writes ? l : Latency.NONE, !intDest, reads, fpReads, false, false, Pipe.B, unit, 0, false);
    }

    private static boolean isIntType(String t) {
        return t.equals("w") || t.equals("wu") || t.equals("l") || t.equals("lu");
    }
}
