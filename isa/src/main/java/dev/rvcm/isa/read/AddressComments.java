package dev.rvcm.isa.read;

import dev.rvcm.isa.Immediates;
import dev.rvcm.isa.Kind;
import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.UpperValues;

/**
 * The address objdump 2.40 appends to an instruction as {@code # 12058 <symbol>}: its RISC-V
 * disassembler remembers, per register, the value an {@code auipc}, {@code lui} or {@code c.lui} put
 * there, and when a load, store, {@code addi}/{@code addiw}/{@code c.addi}/{@code c.addiw} or
 * {@code jalr} then uses that register as a base it shows base + offset and forgets the value; a
 * {@code gp} base without one uses {@code __global_pointer$}, a {@code tp} or {@code zero} base the
 * offset alone. The memory ({@link UpperValues}, recorded only) lasts for the whole file (binutils
 * 2.40 does not forget a value when another instruction overwrites the register). Which instructions look depends on the printed form:
 * {@code mv}, {@code li}, {@code sext.w} and {@code ret} do not.
 */
final class AddressComments {
    private static final int ZERO = 0;
    private static final int RA = 1;
    private static final int GP = 3;
    private static final int TP = 4;

    private final UpperValues uppers = new UpperValues();
    private final boolean aliases;
    private final boolean hasGp;
    private final long gp;
    private long address;
    private boolean pending;

    AddressComments(boolean aliases, boolean hasGp, long gp) {
        this.aliases = aliases;
        this.hasGp = hasGp;
        this.gp = gp;
    }

    /**
     * Follows one instruction.
     *
     * @return whether objdump prints an address after it; then {@link #address()} is that address
     */
    boolean follow(Opcode op, int word, long pc) {
        pending = false;
        if (uppers.record(op, word, pc)) {
            return false;
        }
        int rd = (word >>> 7) & 31;
        int rs1 = (word >>> 15) & 31;
        switch (op) {
            case ADDI -> {
                int imm = Immediates.iImm(word);
                if (rs1 != ZERO && !(aliases && imm == 0)) {
                    use(rs1, imm, false);
                }
            }
            case ADDIW -> {
                int imm = Immediates.iImm(word);
                if (rs1 != ZERO && !(aliases && imm == 0)) {
                    use(rs1, imm, true);
                }
            }
            case JALR -> {
                int imm = Immediates.iImm(word);
                if (!(aliases && rd == ZERO && rs1 == RA && imm == 0)) {
                    use(rs1, imm, false);
                }
            }
            case C_ADDI -> {
                if (rd != ZERO) {
                    use(rd, Immediates.ciImm(word), false);
                }
            }
            case C_ADDIW -> {
                int imm = Immediates.ciImm(word);
                if (rd != ZERO && !(aliases && imm == 0)) {
                    use(rd, imm, true);
                }
            }
            default -> {
                if ((word & 3) == 3) {
                    Kind kind = op.kind();
                    if (kind == Kind.LOAD || kind == Kind.FP_LOAD) {
                        use(rs1, Immediates.iImm(word), false);
                    } else if (kind == Kind.STORE || kind == Kind.FP_STORE) {
                        use(rs1, Immediates.sImm(word), false);
                    }
                }
            }
        }
        return pending;
    }

    /** The address to print after the instruction just followed. */
    long address() {
        return address;
    }

    /** binutils' maybe_print_address. */
    private void use(int base, int offset, boolean wide) {
        if (uppers.has(base)) {
            address = (base != ZERO ? uppers.value(base) : 0) + offset;
            uppers.forget(base);
        } else if (base == GP && hasGp) {
            address = gp + offset;
        } else if (base == TP || base == ZERO) {
            address = offset;
        } else {
            return;
        }
        pending = true;
        if (wide) {
            address = (int) address;
        }
    }
}
