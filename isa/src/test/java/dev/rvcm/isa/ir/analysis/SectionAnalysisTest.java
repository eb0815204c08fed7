package dev.rvcm.isa.ir.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.RegisterAccess;
import dev.rvcm.isa.ir.Fixup;
import dev.rvcm.isa.ir.Label;
import dev.rvcm.isa.ir.Node;
import dev.rvcm.isa.ir.Target;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The data-flow analyses on hand-made code: which %lo users each %hi reaches across blocks, copies and
 * spills, which uses are numbers, and which registers are free.
 */
class SectionAnalysisTest {
    private static final int A0 = 10;
    private static final int A1 = 11;
    private static final int A2 = 12;
    private static final int A5 = 15;
    private static final int S0 = 8;
    private static final int SP = 2;
    private static final int T0 = 5;
    private static final Target X = new Target.SymbolTarget(1);

    private final List<Node> nodes = new ArrayList<>();

    private int add(int word, Fixup... fixups) {
        nodes.add(new Node.InstructionNode(word, fixups));
        return nodes.size() - 1;
    }

    private void label(Label label) {
        nodes.add(new Node.LabelNode(label));
    }

    private static Fixup hi(long addend) {
        return new Fixup(RiscvRelocation.R_RISCV_HI20.number(), X, addend, 0);
    }

    private static Fixup lo(long addend) {
        return new Fixup(RiscvRelocation.R_RISCV_LO12_I.number(), X, addend, 0);
    }

    private static Fixup branchTo(Label label) {
        return new Fixup(RiscvRelocation.R_RISCV_BRANCH.number(), new Target.LabelTarget(label), 0, 0);
    }

    private SectionAnalysis analysis() {
        return new SectionAnalysis(nodes, Set.of(), Set.of(), Set.of());
    }

    @Test
    void aHiReachesItsUsersInBothBranchesAndThroughACopyAndASpill() {
        Label other = new Label(".L1");
        int lui = add(Opcode.LUI.encode(A5, 0), hi(0));
        add(Opcode.BEQ.encode(A0, 0, 0), branchTo(other));
        int first = add(Opcode.LD.encode(A1, 0, A5), lo(0));
        add(Opcode.ADDI.encode(A2, A5, 0));
        int copied = add(Opcode.LD.encode(A1, 8, A2), lo(8));
        label(other);
        add(Opcode.SD.encode(A5, 16, SP));
        add(Opcode.JAL.encode(1, 0));
        add(Opcode.LD.encode(T0, 16, SP));
        int reloaded = add(Opcode.SW.encode(A0, 0, T0), new Fixup(RiscvRelocation.R_RISCV_LO12_S.number(), X, 4, 0));
        add(Opcode.JALR.encode(0, 0, 1));

        HiLoPairing pairing = analysis().region(lui).pairing();
        for (int user : List.of(first, copied, reloaded)) {
            assertThat(pairing.user(user).his()).as("node %d", user).containsExactly(lui);
            assertThat(pairing.user(user).elsewhere()).as("node %d", user).isFalse();
        }
        assertThat(pairing.foreignUses(lui)).isEmpty();
    }

    @Test
    void aHiUsedAsANumberOnEveryPathIsAForeignUse() {
        int lui = add(Opcode.LUI.encode(A5, 0), hi(0));
        int shift = add(Opcode.SRLI.encode(A0, A5, 12));
        add(Opcode.JALR.encode(0, 0, 1));
        assertThat(analysis().region(lui).pairing().foreignUses(lui)).containsExactly(shift);
    }

    @Test
    void aUserAnotherValueMayReachSaysSoAndAWriteToTheFramePointerForgetsItsSlots() {
        Label join = new Label(".L2");
        int lui = add(Opcode.LUI.encode(A5, 0), hi(0));
        add(Opcode.SD.encode(A5, -24, S0));
        add(Opcode.BEQ.encode(A0, 0, 0), branchTo(join));
        add(Opcode.ADDI.encode(A5, 0, 7));
        label(join);
        int user = add(Opcode.LD.encode(A1, 0, A5), lo(0));
        add(Opcode.ADDI.encode(S0, SP, 32));
        int reloaded = add(Opcode.LD.encode(A2, -24, S0));
        int second = add(Opcode.LD.encode(A1, 0, A2), lo(0));
        add(Opcode.JALR.encode(0, 0, 1));

        HiLoPairing pairing = analysis().region(lui).pairing();
        assertThat(pairing.user(user).his()).containsExactly(lui);
        assertThat(pairing.user(user).elsewhere()).isTrue();
        assertThat(pairing.user(second).his()).as("reloaded at %d after s0 changed", reloaded).isEmpty();
        assertThat(pairing.user(second).elsewhere()).isTrue();
    }

    @Test
    void liveRegistersAreWhatLaterInstructionsReadBeforeWriting() {
        int first = add(Opcode.ADDI.encode(T0, 0, 1));
        int use = add(Opcode.ADD.encode(A0, A0, T0));
        add(Opcode.JALR.encode(0, 0, 1));
        SectionAnalysis analysis = analysis();
        assertThat(analysis.liveBefore(use) & RegisterAccess.x(T0)).isNotZero();
        assertThat(analysis.liveBefore(first) & RegisterAccess.x(T0)).as("written before it is read").isZero();
        assertThat(analysis.liveBefore(first) & RegisterAccess.x(A0)).as("the return value's input").isNotZero();
        assertThat(analysis.liveBefore(first) & RegisterAccess.x(A5)).as("read by nobody").isZero();
        assertThat(analysis.liveBefore(first) & RegisterAccess.x(S0)).as("callee-saved: live at return").isNotZero();
    }
}
