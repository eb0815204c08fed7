package dev.rvcm.isa;

/**
 * What an {@code auipc}, {@code lui} or {@code c.lui} put in each integer register: the upper half of
 * an address that a later {@code addi}, load, store or {@code jalr} completes (psABI
 * {@code %pcrel_hi}/{@code %hi}). Per register it keeps whether the value is pc-relative
 * ({@code auipc}), the place of the upper instruction and the value it computed.
 *
 * <p>Reading the code in address order, a user hands every instruction to {@link #record} or
 * {@link #follow} and decides itself when a value stops counting: at its first use, when control
 * leaves through a call or a jump ({@link #forget(long)} with {@link RegisterAccess#CALLER_SAVED}), at a
 * region of data ({@link #forgetAll()}). objdump's {@code # address} comments keep a value until it is
 * used, even across an instruction that overwrites the register, so they {@link #record} only; the
 * instruction scanner also forgets a register another instruction writes ({@link #follow}).
 *
 * <p>{@code x0} is tracked like any register, as objdump does ({@code lui zero, …} then
 * {@code addi a0, zero, …} prints an address); users that never take {@code x0} as a base ignore it.
 * Allocates nothing after construction.
 */
public final class UpperValues {
    private final long[] place = new long[32];
    private final long[] value = new long[32];
    /** Bit {@code n}: {@code xn} holds an upper value. */
    private long held;
    /** Bit {@code n}: {@code xn}'s value came from an {@code auipc}. */
    private long pcRelative;

    /**
     * Records the value an {@code auipc}, {@code lui} or {@code c.lui} at {@code pc} puts in its
     * destination register.
     *
     * @return whether {@code op} is one of them
     */
    public boolean record(Opcode op, int word, long pc) {
        int rd = (word >>> 7) & 31;
        switch (op) {
            case AUIPC -> set(rd, true, pc, pc + Immediates.uImm(word));
            case LUI -> set(rd, false, pc, Immediates.uImm(word));
            case C_LUI -> set(rd, false, pc, Immediates.ciLuiImm(word));
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #record Records} an upper instruction; any other instruction makes the integer register
     * it writes (the opcode table's destination of the base instruction it expands to) forget its value.
     */
    public void follow(Opcode op, int word, long pc) {
        if (!record(op, word, pc) && op.destination() == RegisterFile.X) {
            forget(Field.RD.get(op.expand(word)));
        }
    }

    /** Whether {@code register} holds an upper value. */
    public boolean has(int register) {
        return (held >>> register & 1) != 0;
    }

    /** Whether {@code register}'s value came from an {@code auipc} (else a {@code lui} or {@code c.lui}). */
    public boolean pcRelative(int register) {
        return (pcRelative >>> register & 1) != 0;
    }

    /** Where the upper instruction that set {@code register} is. */
    public long place(int register) {
        return place[register];
    }

    /** The value: {@code pc + imm} for {@code auipc}, {@code imm} for {@code lui} and {@code c.lui}. */
    public long value(int register) {
        return value[register];
    }

    /** {@code register} no longer holds an upper value. */
    public void forget(int register) {
        held &= ~(1L << register);
    }

    /**
     * The integer registers among {@code registers} (bit {@code n} is {@code xn}, as in
     * {@link RegisterAccess}; floating-point bits are ignored) no longer hold upper values.
     */
    public void forget(long registers) {
        held &= ~(registers & 0xffff_ffffL);
    }

    /** No register holds an upper value. */
    public void forgetAll() {
        held = 0;
    }

    private void set(int rd, boolean auipc, long at, long v) {
        held |= 1L << rd;
        pcRelative = auipc ? pcRelative | 1L << rd : pcRelative & ~(1L << rd);
        place[rd] = at;
        value[rd] = v;
    }
}
