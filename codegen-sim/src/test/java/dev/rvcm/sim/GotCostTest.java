package dev.rvcm.sim;

import dev.rvcm.testing.CorpusBuild;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.ReferenceTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the GOT costs in modeled cycles: the {@code -fPIC} build of a program loads the address of each
 * preemptible global from the GOT before using it — one more instruction and a dependent load — so it
 * runs more modeled cycles than its {@code medany} build on both presets.
 */
class GotCostTest {

    private static Counters run(Path exe, String name) throws Exception {
        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        RunResult r = Machine.load(Inputs.open(exe).getFirst().elf(), List.of(name), List.of(), Limits.DEFAULT, o).run();
        assertThat(r.exitCode()).as(r.stop().describe()).isZero();
        return r.counters();
    }

    @Test
    void theCorpusLinkageProgramCostsMoreCyclesAsPic() throws Exception {
        Path build = CorpusBuild.build();
        ReferenceTools.require(build.resolve("pic/linkage/linkage"));
        Counters pic = run(build.resolve("pic/linkage/linkage"), "linkage");
        Counters medany = run(build.resolve("medany/linkage/linkage"), "linkage");
        assertThat(pic.gotLoads()).isGreaterThan(medany.gotLoads());
        for (String model : List.of("rocket", "sifive-u74")) {
            assertThat(pic.cycles(model).orElseThrow().cycles()).as(model)
                    .isGreaterThan(medany.cycles(model).orElseThrow().cycles());
        }
    }

    private static final String HOT_LOOP = """
            int counter;
            int table[64];
            __attribute__((noinline)) void bump(int i) { counter += table[i & 63]; table[i & 63] = i; }
            int main(void) {
                for (int i = 0; i < 200000; i++) bump(i);
                return counter == 0;
            }
            """;

    private static Path compile(Path dir, String variant, List<String> flags) throws Exception {
        Path src = dir.resolve("hot.c");
        Files.writeString(src, HOT_LOOP);
        Path exe = dir.resolve("hot-" + variant);
        List<String> cmd = new ArrayList<>(List.of(ReferenceTools.GCC, "-O2", "-march=rv64gc", "-mabi=lp64d"));
        cmd.addAll(flags);
        cmd.addAll(List.of("-static", "-no-pie", "-o", exe.toString(), src.toString()));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", cmd)).isZero();
        return exe;
    }

    @Test
    void aHotLoopOverGlobalsPaysForEveryGotLoad(@TempDir Path dir) throws Exception {
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        Counters pic = run(compile(dir, "pic", List.of("-fPIC")), "hot");
        Counters medany = run(compile(dir, "medany", List.of("-mcmodel=medany", "-fno-pie")), "hot");
        // Two globals a call, each reached through its GOT entry: at least 400000 more GOT loads.
        assertThat(pic.gotLoadsBySymbol()).containsKeys("counter", "table");
        assertThat(pic.gotLoads() - medany.gotLoads()).isGreaterThanOrEqualTo(400_000);
        for (String model : List.of("rocket", "sifive-u74")) {
            long picCycles = pic.cycles(model).orElseThrow().cycles();
            long medanyCycles = medany.cycles(model).orElseThrow().cycles();
            // At least a cycle per extra GOT load (an extra instruction), more with the load's latency.
            assertThat(picCycles - medanyCycles).as(model).isGreaterThanOrEqualTo(400_000);
        }
    }
}
