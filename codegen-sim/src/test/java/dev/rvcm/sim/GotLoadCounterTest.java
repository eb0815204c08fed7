package dev.rvcm.sim;

import dev.rvcm.testing.CorpusBuild;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.ReferenceTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GOT loads are counted by symbol and function: the {@code -fPIC} build of {@code linkage} reaches its
 * own globals through the GOT, the {@code medany} build does not (glibc's own GOT loads are in both).
 */
class GotLoadCounterTest {

    private static Counters run(String variant) throws Exception {
        Path exe = CorpusBuild.build().resolve(variant).resolve("linkage/linkage");
        ReferenceTools.require(exe);
        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        RunResult r = Machine.load(Inputs.open(exe).getFirst().elf(), List.of("linkage"), List.of(), Limits.DEFAULT, o).run();
        assertThat(r.exitCode()).isZero();
        return r.counters();
    }

    @Test
    void picReachesProgramGlobalsThroughTheGotAndMedanyDoesNot() throws Exception {
        Counters pic = run("pic");
        Counters medany = run("medany");
        assertThat(pic.gotLoadsBySymbol()).containsKey("lk_counter");
        assertThat(pic.gotLoadsByFunction().keySet()).anyMatch(f -> f.startsWith("lk_"));
        assertThat(medany.gotLoadsBySymbol().keySet()).noneMatch(s -> s.startsWith("lk_"));
        assertThat(pic.gotLoads()).isGreaterThan(medany.gotLoads());
        assertThat(pic.gotLoads()).isEqualTo(pic.gotLoadsBySymbol().values().stream().mapToLong(Long::longValue).sum());
        assertThat(pic.gotLoads()).isLessThanOrEqualTo(pic.loads());
    }
}
