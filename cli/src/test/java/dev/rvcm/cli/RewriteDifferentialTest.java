package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.CorpusBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rvcm rewrite} against GNU ld, qemu-riscv64 and rvcm's engine: every corpus program built
 * {@code -O2 -fno-pie} as medany and as medlow, its objects rewritten to semi-pic and to pic, linked
 * with {@code gcc -static -Wl,--emit-relocs}, runs every quick run of {@code runs.txt} under qemu and
 * in the engine with the expected output and exit code. The semi-PIC objects pass
 * {@code check --policy semi-pic}, and in the linked program the functions that came from them have
 * no ABSOLUTE and no GP_RELATIVE access — which the original medany link does have. The PIC objects
 * reach through the GOT exactly the symbols that the same sources compiled {@code -fPIC} by gcc do.
 */
class RewriteDifferentialTest {
    private static final List<String> INPUTS = List.of("medlow", "medany");
    private static final List<String> MODELS = List.of("semi-pic", "pic");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> rewrittenProgramsRunAsBuilt() {
        Path build = CorpusBuild.build();
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<String>> program : CorpusBuild.programs().entrySet()) {
            for (String input : INPUTS) {
                for (String model : MODELS) {
                    tests.add(dynamicTest(program.getKey() + " " + input + " → " + model,
                        () -> rewriteLinkAndRun(build, program.getKey(), program.getValue(), input, model)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(40);
        return tests.stream();
    }

    /**
     * Medany objects rewritten to pic reach the same symbols through the GOT as gcc -fPIC's objects,
     * by readelf. (Medlow objects reach a global inside a section anchor by adding to the anchor's
     * address, which no relocation shows; such an object keeps reaching it PC-relatively.)
     */
    @TestFactory
    Stream<DynamicTest> picReachesTheSymbolsGccFpicReachesThroughTheGot() {
        Path build = CorpusBuild.build();
        ReferenceTools.requireReadelf();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<String>> program : CorpusBuild.programs().entrySet()) {
            for (String source : program.getValue()) {
                String object = source.replace(".c", ".o");
                tests.add(dynamicTest(object, () -> {
                    Path medany = build.resolve("medany").resolve(program.getKey()).resolve(object);
                    Path rewritten = Files.createDirectories(dir.resolve("pic-vs-gcc")).resolve(object);
                    CliRun rewrite = CliRun.of("rewrite", medany.toString(), "-o", rewritten.toString(), "--model", "pic");
                    assertThat(rewrite.exitCode()).as(rewrite.err()).isZero();
                    Path fpic = build.resolve("pic").resolve(program.getKey()).resolve(object);
                    assertThat(gotSymbols(rewritten)).isEqualTo(gotSymbols(fpic));
                }));
            }
        }
        return tests.stream();
    }

    /** The check can fail: GNU ld relaxes the original medany objects' pairs into gp-relative ones. */
    @Test
    void theOriginalMedanyLinkHasGpRelativeAccesses() throws Exception {
        Path build = CorpusBuild.build();
        Path objects = build.resolve("medany/linkage");
        List<Path> originals = List.of(objects.resolve("linkage_main.o"), objects.resolve("linkage_lib.o"));
        Path exe = link(originals, dir.resolve("original-medany-linkage"));
        assertThat(accessKinds(exe, functions(originals))).contains("GP_RELATIVE");
    }

    private static void rewriteLinkAndRun(Path build, String program, List<String> sources, String input, String model)
        throws Exception {
        Path out = Files.createDirectories(dir.resolve(input + "-" + model + "-" + program));
        List<Path> rewritten = new ArrayList<>();
        for (String source : sources) {
            Path object = build.resolve(input).resolve(program).resolve(source.replace(".c", ".o"));
            Path result = out.resolve(object.getFileName());
            CliRun rewrite = CliRun.of("rewrite", object.toString(), "-o", result.toString(), "--model", model);
            assertThat(rewrite.exitCode()).as(rewrite.err()).isZero();
            rewritten.add(result);
        }
        Path exe = link(rewritten, out.resolve(program));
        Path src = CorpusBuild.corpus().resolve("src/c");
        for (CorpusBuild.RunSpec run : CorpusBuild.runs("quick")) {
            if (!run.program().equals(program)) {
                continue;
            }
            String expected = Files.readString(CorpusBuild.corpus().resolve("expected").resolve(run.id() + ".out"));
            Outcome qemu = qemu(exe, run.args(), src);
            assertThat(qemu.stdout()).as("%s under qemu", run.id()).isEqualTo(expected);
            assertThat(qemu.exitCode()).as("%s under qemu", run.id()).isEqualTo(run.exitCode());
            List<String> engineArgs = new ArrayList<>(List.of("run", "--mount", src + ":/:ro", exe.toString()));
            engineArgs.addAll(run.args());
            CliRun engine = CliRun.of(engineArgs.toArray(String[]::new));
            assertThat(engine.out()).as("%s in the engine", run.id()).isEqualTo(expected);
            assertThat(engine.exitCode()).as("%s in the engine: %s", run.id(), engine.err()).isEqualTo(run.exitCode());
        }
        if (model.equals("semi-pic")) {
            List<String> check = new ArrayList<>(List.of("check", "--policy", "semi-pic"));
            rewritten.forEach(p -> check.add(p.toString()));
            CliRun gate = CliRun.of(check.toArray(String[]::new));
            assertThat(gate.exitCode()).as(gate.out() + gate.err()).isZero();
            assertThat(accessKinds(exe, functions(rewritten))).doesNotContain("ABSOLUTE", "GP_RELATIVE");
        }
    }

    private static Path link(List<Path> objects, Path exe) {
        List<String> command = new ArrayList<>(List.of(ReferenceTools.GCC, "-static", "-Wl,--emit-relocs", "-o", exe.toString()));
        objects.forEach(o -> command.add(o.toString()));
        command.add("-lm");
        Processes.output(command);
        return exe;
    }

    /** The symbols an object's R_RISCV_GOT_HI20 relocations name, by readelf. */
    private static Set<String> gotSymbols(Path object) {
        Set<String> symbols = new HashSet<>();
        for (String line : Processes.output(List.of(ReferenceTools.READELF, "-rW", object.toString())).split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 5 && f[2].equals("R_RISCV_GOT_HI20")) {
                symbols.add(f[4]);
            }
        }
        return symbols;
    }

    /** The functions (STT_FUNC symbols) the objects define. */
    private static Set<String> functions(List<Path> objects) {
        Set<String> functions = new HashSet<>();
        for (Path object : objects) {
            for (String line : Processes.output(List.of(ReferenceTools.READELF, "-sW", object.toString())).split("\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 8 && f[3].equals("FUNC") && !f[6].equals("UND")) {
                    functions.add(f[7]);
                }
            }
        }
        assertThat(functions).isNotEmpty();
        return functions;
    }

    /** The kinds of the accesses rvcm audit finds in {@code functions} of a linked program. */
    private static Set<String> accessKinds(Path exe, Set<String> functions) throws IOException {
        CliRun audit = CliRun.of("audit", "--format", "json", exe.toString());
        Set<String> kinds = new HashSet<>();
        for (JsonNode access : JSON.readTree(audit.out()).at("/files/0/accesses")) {
            if (functions.contains(access.path("function").asText())) {
                kinds.add(access.path("kind").asText());
            }
        }
        assertThat(kinds).as("accesses in %s", functions).isNotEmpty();
        return kinds;
    }

    private record Outcome(String stdout, int exitCode) {
    }

    private static Outcome qemu(Path exe, List<String> args, Path cwd) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ReferenceTools.QEMU, exe.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("qemu finished %s", exe).isTrue();
        return new Outcome(out, p.exitValue());
    }
}
