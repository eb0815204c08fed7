package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code auipc}, {@code lui} and {@code c.lui} leave in a register, and when it is forgotten. */
class UpperValuesTest {
    private static final Decoder DECODER = new Decoder(Extensions.ALL);
    private static final int A0 = 10;
    private static final int A5 = 15;
    private static final int S1 = 9;

    private final UpperValues uppers = new UpperValues();

    @Test
    void auipcIsPcRelativeLuiAndCLuiAreNot() {
        uppers.follow(Opcode.AUIPC, Opcode.AUIPC.encode(A5, 0x12 << 12), 0x1000);
        uppers.follow(Opcode.LUI, Opcode.LUI.encode(A0, 0x7ffff << 12), 0x1004);
        uppers.follow(Opcode.C_LUI, Opcode.C_LUI.encode(S1, -(1 << 12)), 0x1008);

        assertThat(uppers.has(A5)).isTrue();
        assertThat(uppers.pcRelative(A5)).isTrue();
        assertThat(uppers.value(A5)).isEqualTo(0x13000);
        assertThat(uppers.place(A5)).isEqualTo(0x1000);
        assertThat(uppers.pcRelative(A0)).isFalse();
        assertThat(uppers.value(A0)).isEqualTo(0x7ffff000L);
        assertThat(uppers.value(S1)).isEqualTo(-4096);
        assertThat(uppers.place(S1)).isEqualTo(0x1008);
    }

    @Test
    void followForgetsWhatAnotherInstructionOverwritesRecordDoesNot() {
        int luiA5 = Opcode.LUI.encode(A5, 0x10 << 12);
        int liA5 = Opcode.C_LI.encode(A5, 1); // c.li a5,1 expands to addi a5,zero,1

        uppers.follow(Opcode.LUI, luiA5, 0);
        uppers.follow(DECODER.opcode(liA5), liA5, 4);
        assertThat(uppers.has(A5)).isFalse();

        uppers.follow(Opcode.LUI, luiA5, 0);
        assertThat(uppers.record(DECODER.opcode(liA5), liA5, 4)).isFalse();
        assertThat(uppers.has(A5)).as("objdump keeps it").isTrue();
    }

    @Test
    void storesAndBranchesWriteNoRegister() {
        int lui = Opcode.LUI.encode(A5, 0x10 << 12);
        int sd = Opcode.SD.encode(A0, A5, 8);
        int beq = Opcode.BEQ.encode(A5, A0, 16);
        uppers.follow(Opcode.LUI, lui, 0);
        uppers.follow(Opcode.SD, sd, 4);
        uppers.follow(Opcode.BEQ, beq, 8);
        assertThat(uppers.has(A5)).isTrue();
    }

    @Test
    void forgettingCallerSavedKeepsSavedRegisters() {
        uppers.follow(Opcode.AUIPC, Opcode.AUIPC.encode(A0, 0), 0);
        uppers.follow(Opcode.AUIPC, Opcode.AUIPC.encode(S1, 0), 4);
        uppers.forget(RegisterAccess.CALLER_SAVED);
        assertThat(uppers.has(A0)).isFalse();
        assertThat(uppers.has(S1)).isTrue();
        uppers.forgetAll();
        assertThat(uppers.has(S1)).isFalse();
    }

    @Test
    void zeroIsTrackedAsObjdumpDoes() {
        uppers.record(Opcode.LUI, Opcode.LUI.encode(0, 1 << 12), 0);
        assertThat(uppers.has(0)).isTrue();
    }
}
