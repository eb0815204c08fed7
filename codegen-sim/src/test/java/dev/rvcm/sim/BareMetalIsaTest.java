package dev.rvcm.sim;

import dev.rvcm.testing.CorpusBuild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.rvcm.relocs.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bare-metal ISA test ({@code corpus/build/isa/*.elf}) in machine mode with HTIF, interpreted and
 * translated: all pass but the deliberately broken one, which reports the test number {@code expect.txt}
 * names, and both engines count the same (instructions, GOT loads, modeled cycles).
 */
class BareMetalIsaTest {

    @TestFactory
    Stream<DynamicTest> everyIsaTestPassesAndTheBrokenOneReportsItsTest() throws IOException {
        Path build = CorpusBuild.build().resolve("isa");
        Map<String, Integer> expect = new HashMap<>();
        for (String line : Files.readAllLines(CorpusBuild.corpus().resolve("src/isa/expect.txt"))) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                String[] f = t.split("\\s+");
                expect.put(f[0], Integer.parseInt(f[1]));
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(build)) {
            for (Path elf : files.filter(p -> p.toString().endsWith(".elf")).sorted().toList()) {
                String name = elf.getFileName().toString().replace(".elf", "");
                tests.add(dynamicTest(name, () -> {
                    RunResult interpreted = run(elf, Engine.interpret());
                    RunResult translated = run(elf, Engines.EAGER);
                    int failed = expect.getOrDefault(name, 0);
                    for (RunResult r : List.of(interpreted, translated)) {
                        assertThat(r.stop()).as(r.stop().describe()).isInstanceOf(RunResult.Stop.Htif.class);
                        assertThat(((RunResult.Stop.Htif) r.stop()).failedTest()).isEqualTo(failed);
                        assertThat(r.exitCode()).isEqualTo(failed == 0 ? 0 : 1);
                    }
                    assertThat(translated.counters()).isEqualTo(interpreted.counters());
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
        return tests.stream();
    }

    private static RunResult run(Path elf, Engine engine) throws IOException {
        return Machine.loadBareMetal(Inputs.open(elf).getFirst().elf(), new Limits(10_000_000, 64L << 20),
                List.copyOf(TimingParameters.PRESETS.values()), engine).run();
    }
}
