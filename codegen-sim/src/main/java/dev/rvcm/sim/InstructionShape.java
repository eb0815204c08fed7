package dev.rvcm.sim;

import dev.rvcm.isa.Field;
import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.RegisterFile;

/**
 * What the timing model needs to know about an instruction: which registers it reads and writes (the
 * decoded slot's {@code regs}, with compressed instructions already expanded), how long its result
 * takes, where it issues, and whether it ends a straight-line run. One shape per isa {@link Opcode},
 * built once from the opcode table: a compressed instruction has the shape of its {@link Opcode#base()},
 * register reads and files come from {@link Opcode#source} and {@link Opcode#destination()}.
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

    private static InstructionShape shape(Opcode compressed) {
        Opcode o = compressed.base();
        int reads = 0;
        int fpReads = 0;
        Field[] sources = {Field.RS1, Field.RS2, Field.RS3};
        for (int k = 0; k < 3; k++) {
            RegisterFile file = o.source(sources[k]);
            reads |= file != RegisterFile.NONE ? 1 << k : 0;
            fpReads |= file == RegisterFile.F ? 1 << k : 0;
        }
        boolean rdFp = o.destination() == RegisterFile.F;
        return switch (o.kind()) {
            case ALU -> new InstructionShape(Latency.ALU, false, reads, 0, true, true, bitManipPipe(o), Unit.NONE, 0, false);
            case UPPER_IMMEDIATE -> new InstructionShape(Latency.ALU, false, 0, 0, true, true, Pipe.ANY, Unit.NONE, 0, false);
            case MUL_DIV -> {
                Latency l = switch (o) {
                    case DIV, DIVU, REM, REMU -> Latency.DIV;
                    case DIVW, DIVUW, REMW, REMUW -> Latency.DIVW;
                    default -> Latency.MUL;
                };
                yield new InstructionShape(l, false, reads, 0, false, true, Pipe.B, l == Latency.MUL ? Unit.NONE : Unit.DIVIDER,
                        0, false);
            }
            case LOAD -> new InstructionShape(o == Opcode.LB || o == Opcode.LBU || o == Opcode.LH || o == Opcode.LHU
                    ? Latency.LOAD_SUBWORD : Latency.LOAD, false, reads, 0, false, true, Pipe.A, Unit.NONE, 0, false);
            case STORE -> new InstructionShape(Latency.NONE, false, reads, 0, false, false, Pipe.A, Unit.NONE, 0, false);
            case FP_LOAD -> new InstructionShape(Latency.FP_LOAD, true, reads, 0, false, false, Pipe.A, Unit.NONE, 0, false);
            case FP_STORE -> new InstructionShape(Latency.NONE, false, reads, fpReads, false, false, Pipe.A, Unit.NONE, 0, false);
            case AMO -> new InstructionShape(Latency.ATOMIC, false, reads, 0, false, false, Pipe.A, Unit.NONE, 0, false);
            case BRANCH -> new InstructionShape(Latency.NONE, false, reads, 0, true, false, Pipe.B, Unit.NONE, BRANCH, false);
            case JUMP -> new InstructionShape(Latency.ALU, false, reads, 0, true, false, Pipe.B, Unit.NONE,
                    o == Opcode.JAL ? JAL : JALR, true);
            case CSR -> new InstructionShape(Latency.ONE, false, reads, 0, false, false, Pipe.B, Unit.NONE, 0, false);
            case FP -> {
                Latency l = fpLatency(o);
                Unit unit = l == Latency.FP_DIV_S || l == Latency.FP_DIV_D || l == Latency.FP_SQRT_S || l == Latency.FP_SQRT_D
                        ? Unit.FP_DIVIDER : Unit.NONE;
                yield new InstructionShape(l, rdFp, reads, fpReads, false, false, Pipe.B, unit, 0, false);
            }
            case SYSTEM -> new InstructionShape(Latency.NONE, false, 0, 0, false, false, Pipe.B, Unit.NONE, 0, true);
            case FENCE -> new InstructionShape(Latency.NONE, false, 0, 0, false, false, Pipe.ANY, Unit.NONE, 0,
                    o == Opcode.FENCE_I);
            case CACHE -> new InstructionShape(Latency.NONE, false, reads, 0, false, false, Pipe.A, Unit.NONE, 0, false);
            case UNKNOWN -> new InstructionShape(Latency.NONE, false, 0, 0, false, false, Pipe.ANY, Unit.NONE, 0, true);
        };
    }

    /** The SiFive 7 runs shNadd, rotates, clz/ctz/cpop, orc.b and single-bit ops but bext in pipe B only. */
    private static Pipe bitManipPipe(Opcode o) {
        return switch (o) {
            case SH1ADD, SH2ADD, SH3ADD, SH1ADD_UW, SH2ADD_UW, SH3ADD_UW, ROL, ROR, ROLW, RORW, RORI, RORIW, CLZ, CLZW,
                 CTZ, CTZW, CPOP, CPOPW, ORC_B, BCLR, BCLRI, BINV, BINVI, BSET, BSETI -> Pipe.B;
            default -> Pipe.ANY;
        };
    }

    private static Latency fpLatency(Opcode o) {
        return switch (o) {
            case FADD_S, FSUB_S -> Latency.FP_ADD_S;
            case FADD_D, FSUB_D -> Latency.FP_ADD_D;
            case FMUL_S, FMADD_S, FMSUB_S, FNMADD_S, FNMSUB_S -> Latency.FP_MUL_S;
            case FMUL_D, FMADD_D, FMSUB_D, FNMADD_D, FNMSUB_D -> Latency.FP_MUL_D;
            case FDIV_S -> Latency.FP_DIV_S;
            case FDIV_D -> Latency.FP_DIV_D;
            case FSQRT_S -> Latency.FP_SQRT_S;
            case FSQRT_D -> Latency.FP_SQRT_D;
            case FSGNJ_S, FSGNJN_S, FSGNJX_S, FMIN_S, FMAX_S -> Latency.FP_SIGN_S;
            case FSGNJ_D, FSGNJN_D, FSGNJX_D, FMIN_D, FMAX_D -> Latency.FP_SIGN_D;
            default -> Latency.FP_CONVERT;
        };
    }
}
