package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Opcode;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the isa opcode table has an executor: compressed entries through the base instruction
 * they expand to, computational ones through a semantics method of exactly the name and type the table
 * implies (so the interpreter's calls and the translator's {@code invokestatic}s reach the same code).
 */
class ExecutorTableTest {

    @Test
    void everyOpcodeHasAnExecutorWithItsSemanticsMethod() throws ReflectiveOperationException {
        int methods = 0;
        for (Opcode o : Opcode.values()) {
            Executor e = Executor.of(o);
            assertThat(e).as(o.toString()).isNotNull();
            assertThat(e.base()).isEqualTo(o.base());
            switch (e.form()) {
                case NOP, HART -> assertThat(e.owner()).as(o.toString()).isNull();
                default -> {
                    assertThat(MethodHandles.lookup().findStatic(e.owner(), e.method(), e.type())).as(o.toString()).isNotNull();
                    methods++;
                }
            }
        }
        assertThat(methods).as("semantics methods").isGreaterThan(150);
        assertThat(Executor.of(Opcode.C_ADDI4SPN).method()).isEqualTo("addi");
        assertThat(Executor.of(Opcode.FCVT_S_WU).type().parameterCount()).as("fpu, x[rs1], rm").isEqualTo(3);
        assertThat(Executor.of(Opcode.LR_W).form()).isEqualTo(Executor.Form.HART);
        assertThat(Executor.of(Opcode.FENCE).form()).isEqualTo(Executor.Form.NOP);
    }
}
