package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.CorpusBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's riscv64 {@code libc.a}, every member rewritten to semi-pic and archived again with a symbol
 * index GNU ld uses: the corpus programs, their medany objects rewritten too, linked statically against
 * it, run under qemu-riscv64 as the originals do, and no function that came from the rewritten archive
 * or objects has a gp-relative or absolute access in the linked program.
 */
class RewriteLibraryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void programsLinkedAgainstTheRewrittenLibcRunAlike(@TempDir Path dir) throws Exception {
        Path libc = Corpus.glibc(Corpus.LIBC_A);
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        Path build = CorpusBuild.build();
        Path lib = Files.createDirectories(dir.resolve("lib"));
        CliRun rewrite = CliRun.of("rewrite", libc.toString(), "-o", lib.resolve("libc.a").toString(), "--model", "semi-pic");
        assertThat(rewrite.exitCode()).as(rewrite.err()).isZero();
        Set<String> rewrittenFunctions = functions(lib.resolve("libc.a"));
        assertThat(rewrittenFunctions).hasSizeGreaterThan(2000);
        Path src = CorpusBuild.corpus().resolve("src/c");
        int runs = 0;
        for (Map.Entry<String, List<String>> program : CorpusBuild.programs().entrySet()) {
            List<String> link = new ArrayList<>(List.of(ReferenceTools.GCC, "-static", "-Wl,--emit-relocs", "-L" + lib));
            Set<String> functions = new HashSet<>(rewrittenFunctions);
            for (String source : program.getValue()) {
                Path object = dir.resolve(program.getKey() + "-" + source.replace(".c", ".o"));
                CliRun own = CliRun.of("rewrite", build.resolve("medany").resolve(program.getKey()).resolve(source.replace(".c", ".o"))
                    .toString(), "-o", object.toString(), "--model", "semi-pic");
                assertThat(own.exitCode()).as(own.err()).isZero();
                link.add(object.toString());
                functions.addAll(functions(object));
            }
            Path exe = dir.resolve(program.getKey());
            link.addAll(List.of("-o", exe.toString(), "-lm"));
            Processes.output(link);
            for (CorpusBuild.RunSpec run : CorpusBuild.runs("quick")) {
                if (run.program().equals(program.getKey())) {
                    List<String> qemu = new ArrayList<>(List.of(ReferenceTools.QEMU, exe.toString()));
                    qemu.addAll(run.args());
                    Process p = new ProcessBuilder(qemu).directory(src.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                    assertThat(out).as(run.id()).isEqualTo(Files.readString(CorpusBuild.corpus().resolve("expected/" + run.id() + ".out")));
                    assertThat(p.exitValue()).as(run.id()).isEqualTo(run.exitCode());
                    runs++;
                }
            }
            CliRun audit = CliRun.of("audit", "--format", "json", exe.toString());
            long inRewritten = 0;
            for (JsonNode access : JSON.readTree(audit.out()).at("/files/0/accesses")) {
                String function = access.path("function").asText();
                if (functions.contains(function)) {
                    inRewritten++;
                    assertThat(access.path("kind").asText()).as("%s: %s in %s", program.getKey(), access, function)
                        .isNotIn("GP_RELATIVE", "ABSOLUTE");
                }
            }
            assertThat(inRewritten).as("accesses in rewritten functions of %s", program.getKey()).isGreaterThan(1000);
        }
        assertThat(runs).isGreaterThanOrEqualTo(20);
    }

    /** The functions an object or archive defines, by readelf. */
    private static Set<String> functions(Path file) {
        Set<String> functions = new HashSet<>();
        for (String line : Processes.output(List.of(ReferenceTools.READELF, "-sW", file.toString())).split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 8 && f[3].equals("FUNC") && !f[6].equals("UND")) {
                functions.add(f[7]);
            }
        }
        return functions;
    }
}
