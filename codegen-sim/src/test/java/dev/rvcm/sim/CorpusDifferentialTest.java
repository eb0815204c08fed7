package dev.rvcm.sim;

import dev.rvcm.testing.CorpusBuild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.ReferenceTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every quick run of {@code corpus/src/c/runs.txt}, in every variant, in rvcm's engine, interpreted and
 * translated: stdout must be byte-identical to {@code corpus/expected/<id>.out} and to
 * {@code qemu-riscv64}'s, the exit code must be the expected one and qemu's, glibc must not have met a
 * system call the engine does not know, and both engines must count the same — every counter, GOT
 * loads by symbol and function, and the modeled cycles of both timing presets (what {@code rvcm run
 * --stats json} prints), with translation early enough that the translated run did translate. Among them {@code csvstats}, the program of issue 5's acceptance linked against Debian's
 * {@code libc.a}: it reads a file, sorts with {@code qsort}, formats floats and recovers with
 * {@code setjmp}/{@code longjmp}. Also the user-mode ISA tests against {@code expect.txt}, with both engines.
 */
class CorpusDifferentialTest {

    /** Translation early enough that even the quick runs execute most of their loops translated. */
    static final Engine TRANSLATE = new Engine.Translate(20);

    /** What a run printed and returned, and its counters (engine runs only). */
    record Outcome(byte[] stdout, int exitCode, String stop, Counters counters, EngineStatistics engine) {
    }

    static Outcome runEngine(Path exe, List<String> args, Path cwd, Engine engine) throws IOException {
        var elf = Inputs.open(exe).getFirst().elf();
        List<String> argv = new ArrayList<>();
        argv.add(exe.getFileName().toString());
        argv.addAll(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Options options = Options.defaults()
                .withMounts(List.of(new Mount(cwd, "/corpus", true)))
                .withCwd("/corpus")
                .withStdio(new ByteArrayInputStream(new byte[0]), out, err)
                .withEngine(engine);
        Machine m = Machine.load(elf, argv, List.of("LANG=C"), new Limits(20_000_000_000L, 1L << 30), options);
        RunResult r = m.run();
        return new Outcome(out.toByteArray(), r.exitCode(), r.stop().describe() + "\n" + err.toString(StandardCharsets.UTF_8),
                r.counters(), m.engineStatistics());
    }

    static Outcome runQemu(Path exe, List<String> args, Path cwd) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ReferenceTools.QEMU, exe.toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("qemu timed out on " + exe);
        }
        return new Outcome(out, p.exitValue(), "qemu", null, null);
    }

    @TestFactory
    Stream<DynamicTest> quickRunsInEveryVariantMatchExpectedAndQemu() {
        Path build = CorpusBuild.build();
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        Path src = CorpusBuild.corpus().resolve("src/c");
        Path expected = CorpusBuild.corpus().resolve("expected");
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusBuild.RunSpec run : CorpusBuild.runs("quick")) {
            for (String variant : CorpusBuild.VARIANTS) {
                tests.add(dynamicTest(run.id() + " " + variant, () -> {
                    Path exe = build.resolve(variant).resolve(run.program()).resolve(run.program());
                    ReferenceTools.require(exe);
                    Outcome qemu = runQemu(exe, run.args(), src);
                    byte[] want = Files.readAllBytes(expected.resolve(run.id() + ".out"));
                    Outcome interpreted = runEngine(exe, run.args(), src, Engine.interpret());
                    Outcome translated = runEngine(exe, run.args(), src, TRANSLATE);
                    for (Outcome engine : List.of(interpreted, translated)) {
                        assertThat(new String(engine.stdout(), StandardCharsets.UTF_8)).as(engine.stop())
                                .isEqualTo(new String(want, StandardCharsets.UTF_8));
                        assertThat(engine.stdout()).isEqualTo(qemu.stdout());
                        assertThat(engine.exitCode()).as(engine.stop()).isEqualTo(run.exitCode()).isEqualTo(qemu.exitCode());
                        assertThat(engine.counters().syscalls().keySet()).as("system calls the engine answered -ENOSYS")
                                .noneMatch(name -> name.startsWith("unknown-"));
                    }
                    assertThat(translated.counters()).as("counters and modeled cycles of both engines")
                            .isEqualTo(interpreted.counters());
                    assertThat(translated.engine().translations()).as("translations made").isPositive();
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> userModeIsaTestsPassExceptTheBrokenOne() throws IOException {
        Path build = CorpusBuild.build();
        Path isa = CorpusBuild.corpus().resolve("src/isa");
        java.util.Map<String, Integer> expect = new java.util.HashMap<>();
        for (String line : Files.readAllLines(isa.resolve("expect.txt"))) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                String[] f = t.split("\\s+");
                expect.put(f[0], Integer.parseInt(f[1]));
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(build.resolve("isa-user"))) {
            for (Path exe : files.sorted().toList()) {
                String name = exe.getFileName().toString();
                tests.add(dynamicTest(name, () -> {
                    Outcome interpreted = runEngine(exe, List.of(), isa, Engine.interpret());
                    Outcome translated = runEngine(exe, List.of(), isa, Engines.EAGER);
                    assertThat(interpreted.exitCode()).as(interpreted.stop()).isEqualTo(expect.getOrDefault(name, 0));
                    assertThat(translated.exitCode()).as(translated.stop()).isEqualTo(expect.getOrDefault(name, 0));
                    assertThat(translated.counters()).isEqualTo(interpreted.counters());
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }
}
