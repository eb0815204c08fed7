package dev.rvcm.sim;

/**
 * The semantics of RV64I and M: one static method per base instruction, named after it, that both the
 * interpreter and translated code call (after JIT inlining they are the same machine code either way).
 * Register-register and register-immediate instructions take their operand values ({@code x0} reads
 * 0) and return the value for {@code rd}; branches return whether they are taken; {@code jal} and
 * {@code jalr} return their target. Shifts use the low 6 (5 for {@code *w}) bits of the amount, as
 * Java's shift operators do; {@code *w} results are sign-extended from 32 bits; unsigned comparisons
 * compare {@code x + Long.MIN_VALUE} (what {@code Long.compareUnsigned} does, without a call).
 */
final class IntegerOps {

    private IntegerOps() {
    }

    static long lui(long imm) {
        return imm;
    }

    static long auipc(long pc, long imm) {
        return pc + imm;
    }

    static long jal(long pc, long offset) {
        return pc + offset;
    }

    static long jalr(long base, long offset) {
        return (base + offset) & ~1L;
    }

    static boolean beq(long a, long b) {
        return a == b;
    }

    static boolean bne(long a, long b) {
        return a != b;
    }

    static boolean blt(long a, long b) {
        return a < b;
    }

    static boolean bge(long a, long b) {
        return a >= b;
    }

    static boolean bltu(long a, long b) {
        return a + Long.MIN_VALUE < b + Long.MIN_VALUE;
    }

    static boolean bgeu(long a, long b) {
        return a + Long.MIN_VALUE >= b + Long.MIN_VALUE;
    }

    static long addi(long a, long imm) {
        return a + imm;
    }

    static long slti(long a, long imm) {
        return a < imm ? 1 : 0;
    }

    static long sltiu(long a, long imm) {
        return a + Long.MIN_VALUE < imm + Long.MIN_VALUE ? 1 : 0;
    }

    static long xori(long a, long imm) {
        return a ^ imm;
    }

    static long ori(long a, long imm) {
        return a | imm;
    }

    static long andi(long a, long imm) {
        return a & imm;
    }

    static long slli(long a, long shamt) {
        return a << shamt;
    }

    static long srli(long a, long shamt) {
        return a >>> shamt;
    }

    static long srai(long a, long shamt) {
        return a >> shamt;
    }

    static long add(long a, long b) {
        return a + b;
    }

    static long sub(long a, long b) {
        return a - b;
    }

    static long sll(long a, long b) {
        return a << b;
    }

    static long slt(long a, long b) {
        return a < b ? 1 : 0;
    }

    static long sltu(long a, long b) {
        return a + Long.MIN_VALUE < b + Long.MIN_VALUE ? 1 : 0;
    }

    static long xor(long a, long b) {
        return a ^ b;
    }

    static long srl(long a, long b) {
        return a >>> b;
    }

    static long sra(long a, long b) {
        return a >> b;
    }

    static long or(long a, long b) {
        return a | b;
    }

    static long and(long a, long b) {
        return a & b;
    }

    static long addiw(long a, long imm) {
        return (int) (a + imm);
    }

    static long slliw(long a, long shamt) {
        return (int) a << shamt;
    }

    static long srliw(long a, long shamt) {
        return (int) a >>> shamt;
    }

    static long sraiw(long a, long shamt) {
        return (int) a >> shamt;
    }

    static long addw(long a, long b) {
        return (int) (a + b);
    }

    static long subw(long a, long b) {
        return (int) (a - b);
    }

    static long sllw(long a, long b) {
        return (int) a << b;
    }

    static long srlw(long a, long b) {
        return (int) a >>> b;
    }

    static long sraw(long a, long b) {
        return (int) a >> b;
    }

    static long mul(long a, long b) {
        return a * b;
    }

    static long mulh(long a, long b) {
        return Math.multiplyHigh(a, b);
    }

    static long mulhsu(long a, long b) {
        long hi = Math.unsignedMultiplyHigh(a, b);
        return a < 0 ? hi - b : hi;
    }

    static long mulhu(long a, long b) {
        return Math.unsignedMultiplyHigh(a, b);
    }

    static long div(long a, long b) {
        if (b == 0) {
            return -1;
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return a;
        }
        return a / b;
    }

    static long divu(long a, long b) {
        return b == 0 ? -1 : Long.divideUnsigned(a, b);
    }

    static long rem(long a, long b) {
        if (b == 0) {
            return a;
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return 0;
        }
        return a % b;
    }

    static long remu(long a, long b) {
        return b == 0 ? a : Long.remainderUnsigned(a, b);
    }

    static long mulw(long a, long b) {
        return (int) a * (int) b;
    }

    static long divw(long a, long b) {
        int x = (int) a;
        int y = (int) b;
        if (y == 0) {
            return -1;
        }
        if (x == Integer.MIN_VALUE && y == -1) {
            return x;
        }
        return x / y;
    }

    static long divuw(long a, long b) {
        return (int) b == 0 ? -1 : Integer.divideUnsigned((int) a, (int) b);
    }

    static long remw(long a, long b) {
        int x = (int) a;
        int y = (int) b;
        if (y == 0) {
            return x;
        }
        if (x == Integer.MIN_VALUE && y == -1) {
            return 0;
        }
        return x % y;
    }

    static long remuw(long a, long b) {
        return (int) b == 0 ? (int) a : Integer.remainderUnsigned((int) a, (int) b);
    }
}
