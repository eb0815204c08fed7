package dev.rvcm.isa;

/**
 * Which registers an instruction reads and writes, and where control goes after it, from the opcode
 * table ({@link Opcode#base()}, {@link Opcode#destination()}, {@link Opcode#source(Field)}): the facts
 * a data-flow analysis of code needs. Registers are bits of a {@code long}: bit {@code n} is
 * {@code xn}, bit {@code 32 + n} is {@code fn}; {@code x0} is never read or written.
 *
 * <p>A call ({@code jal}/{@code jalr} that links) reads the argument registers ({@code a0–a7},
 * {@code fa0–fa7}) and writes every caller-saved register, as the psABI's calling convention says;
 * {@code ecall} reads {@code a0–a7} and writes {@code a0}, {@code a1}.
 */
public final class RegisterAccess {
    /** {@code ra}. */
    public static final int RA = 1;
    /** {@code sp}, {@code gp}, {@code tp}: never scratch. */
    public static final long RESERVED = bits(2, 3, 4);
    /** {@code a0–a7}. */
    public static final long ARGUMENTS = range(10, 17);
    /** {@code fa0–fa7}. */
    public static final long FP_ARGUMENTS = range(10, 17) << 32;
    /** {@code a0}, {@code a1}, {@code fa0}, {@code fa1}: what a function returns in. */
    public static final long RETURN_VALUES = bits(10, 11) | bits(10, 11) << 32;
    /** {@code s0–s11} and {@code fs0–fs11}: what a function must give back as it found it. */
    public static final long CALLEE_SAVED = bits(8, 9) | range(18, 27) | (bits(8, 9) | range(18, 27)) << 32;
    /** {@code ra}, {@code t0–t6}, {@code a0–a7} and their floating-point peers: what a call may change. */
    public static final long CALLER_SAVED = bits(RA) | range(5, 7) | range(28, 31) | ARGUMENTS
        | (range(0, 7) | range(28, 31) | range(10, 17)) << 32;

    private RegisterAccess() {
    }

    /** Where control goes after an instruction. */
    public enum Flow {
        /** To the next instruction. */
        NEXT,
        /** To a target or the next instruction (conditional branches). */
        BRANCH,
        /** To a target only ({@code j}, {@code jal x0}). */
        JUMP,
        /** Into a function that returns to the next instruction ({@code jal}/{@code jalr} with a link register). */
        CALL,
        /** Back to the caller ({@code ret}: {@code jalr x0, 0(ra)}; {@code mret}, {@code sret}). */
        RETURN,
        /** To an address computed at run time ({@code jr}, {@code jalr x0, imm(rs1)}): a switch or a tail call. */
        INDIRECT
    }

    /**
     * The registers {@code instruction} reads: its register operands, and what the calling
     * convention says a call or {@code ecall} reads.
     */
    public static long reads(Instruction instruction) {
        long operands = operandReads(instruction);
        if (instruction.opcode().base() == Opcode.ECALL) {
            return operands | ARGUMENTS;
        }
        return flow(instruction) == Flow.CALL ? operands | ARGUMENTS | FP_ARGUMENTS : operands;
    }

    /** The registers {@code instruction} names as sources in its encoding (rs1, rs2, rs3). */
    public static long operandReads(Instruction instruction) {
        Opcode base = instruction.opcode().base();
        int word = instruction.opcode().expand(instruction.word());
        return register(base.source(Field.RS1), Field.RS1.get(word)) | register(base.source(Field.RS2), Field.RS2.get(word))
            | register(base.source(Field.RS3), Field.RS3.get(word));
    }

    /** The registers {@code instruction} writes (for a call: every caller-saved register). */
    public static long writes(Instruction instruction) {
        Opcode base = instruction.opcode().base();
        if (base == Opcode.ECALL) {
            return bits(10, 11);
        }
        if (flow(instruction) == Flow.CALL) {
            return CALLER_SAVED;
        }
        return register(base.destination(), Field.RD.get(instruction.opcode().expand(instruction.word())));
    }

    /** Where control goes after {@code instruction}. */
    public static Flow flow(Instruction instruction) {
        Opcode base = instruction.opcode().base();
        int word = instruction.opcode().expand(instruction.word());
        return switch (base) {
            case BEQ, BNE, BLT, BGE, BLTU, BGEU -> Flow.BRANCH;
            case JAL -> Field.RD.get(word) == 0 ? Flow.JUMP : Flow.CALL;
            case JALR -> Field.RD.get(word) != 0 ? Flow.CALL
                : Field.RS1.get(word) == RA && Immediates.iImm(word) == 0 ? Flow.RETURN : Flow.INDIRECT;
            case MRET, SRET -> Flow.RETURN;
            default -> Flow.NEXT;
        };
    }

    /** The bit of integer register {@code n}. */
    public static long x(int n) {
        return n == 0 ? 0 : 1L << n;
    }

    private static long register(RegisterFile file, int n) {
        return switch (file) {
            case X -> x(n);
            case F -> 1L << (32 + n);
            case NONE -> 0;
        };
    }

    private static long bits(int... registers) {
        long bits = 0;
        for (int r : registers) {
            bits |= 1L << r;
        }
        return bits;
    }

    private static long range(int from, int to) {
        long bits = 0;
        for (int r = from; r <= to; r++) {
            bits |= 1L << r;
        }
        return bits;
    }
}
