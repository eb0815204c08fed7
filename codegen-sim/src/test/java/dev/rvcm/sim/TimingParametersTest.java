package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rvcm.isa.Opcode;
import org.junit.jupiter.api.Test;

/** The presets carry LLVM's figures; parameters are set by name and checked. */
class TimingParametersTest {

    @Test
    void presetsAreLlvmsSchedulingModels() {
        TimingParameters rocket = TimingParameters.preset("rocket");
        TimingParameters u74 = TimingParameters.preset("sifive-u74");
        assertThat(TimingParameters.PRESETS.keySet()).containsExactly("rocket", "sifive-u74");
        // RocketModel: IssueWidth 1, LoadLatency 3 (WriteLDB/LDH; WriteLDW/LDD 2), MispredictPenalty 3, IMul 4.
        assertThat(rocket.issueWidth()).isEqualTo(1);
        assertThat(rocket.subwordLoadUseLatency()).isEqualTo(3);
        assertThat(rocket.loadUseLatency()).isEqualTo(2);
        assertThat(rocket.branchMispredictPenalty()).isEqualTo(3);
        assertThat(rocket.mulLatency()).isEqualTo(4);
        assertThat(rocket.l1dSize()).isEqualTo(16 << 10);
        assertThat(rocket.l1dSets()).isEqualTo(64);
        // SiFive7Model: IssueWidth 2, LoadLatency 3, MispredictPenalty 3, IDiv 66.
        assertThat(u74.issueWidth()).isEqualTo(2);
        assertThat(u74.loadUseLatency()).isEqualTo(3);
        assertThat(u74.branchMispredictPenalty()).isEqualTo(3);
        assertThat(u74.divLatency()).isEqualTo(66);
        assertThat(u74.l1iSets()).isEqualTo(128);
        assertThat(u74.l1dSets()).isEqualTo(64);
    }

    @Test
    void parametersHaveKebabCaseNamesAndAreSetByName() {
        assertThat(TimingParameters.parameterNames()).startsWith("issue-width", "alu-latency", "late-alu-bypass",
                "load-use-latency").contains("branch-mispredict-penalty", "bht-entries", "fp-add-latency-d",
                "l1i-size", "l1d-ways", "l1d-line", "l1d-miss-penalty").hasSize(32);
        TimingParameters p = TimingParameters.ROCKET.with("l1d-size", 8192).with("branch-mispredict-penalty=5");
        assertThat(p.l1dSize()).isEqualTo(8192);
        assertThat(p.branchMispredictPenalty()).isEqualTo(5);
        assertThat(p.name()).isEqualTo("rocket");
        assertThat(p.values()).containsEntry("l1d-size", 8192).containsEntry("issue-width", 1);
    }

    @Test
    void badNamesAndValuesAreRefusedWithOneClearMessage() {
        assertThatThrownBy(() -> TimingParameters.preset("boom"))
                .hasMessage("unknown timing preset 'boom' (known: rocket, sifive-u74)");
        assertThatThrownBy(() -> TimingParameters.ROCKET.with("l1-size", 1))
                .hasMessageStartingWith("unknown timing parameter 'l1-size' (known: issue-width, ");
        assertThatThrownBy(() -> TimingParameters.ROCKET.with("l1d-size", 3000))
                .hasMessageStartingWith("l1d-size must be ways × line × a power of two");
        assertThatThrownBy(() -> TimingParameters.ROCKET.with("bht-entries=100"))
                .hasMessage("bht-entries must be a power of two from 1 to 16777216, got 100");
        assertThatThrownBy(() -> TimingParameters.ROCKET.with("issue-width=two"))
                .hasMessage("timing parameter issue-width takes a whole number, got 'two'");
        assertThatThrownBy(() -> TimingParameters.ROCKET.with("issue-width"))
                .hasMessage("a timing parameter is set as NAME=VALUE, got 'issue-width'");
    }

    @Test
    void everyOpcodeHasAShape() {
        for (Opcode o : Opcode.values()) {
            InstructionShape s = InstructionShape.of(o);
            assertThat(s).as(o.name()).isNotNull();
        }
        assertThat(InstructionShape.of(Opcode.C_LD)).isEqualTo(InstructionShape.of(Opcode.LD));
        assertThat(InstructionShape.of(Opcode.FCVT_L_D).rdFp()).isFalse();
        assertThat(InstructionShape.of(Opcode.FCVT_D_L).fpReads()).isZero();
        assertThat(InstructionShape.of(Opcode.FMADD_D).fpReads()).isEqualTo(7);
        assertThat(InstructionShape.of(Opcode.FSD).fpReads()).isEqualTo(2);
        assertThat(InstructionShape.of(Opcode.C_JR).endsRun()).isTrue();
        assertThat(InstructionShape.of(Opcode.BEQ).endsRun()).isFalse();
        assertThat(InstructionShape.of(Opcode.SH2ADD).pipe()).isEqualTo(InstructionShape.Pipe.B);
        assertThat(InstructionShape.of(Opcode.ANDN).pipe()).isEqualTo(InstructionShape.Pipe.ANY);
    }
}
