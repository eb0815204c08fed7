package dev.rvcm.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.analyzer.rewrite.CodeModelRewrite;
import dev.rvcm.analyzer.rewrite.RewriteOptions;
import dev.rvcm.analyzer.rewrite.TargetModel;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.write.ElfWriter;
import dev.rvcm.relocs.write.RelocatableObject;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.CrossBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An object's semi-PIC verdict counts the pairs GNU ld may still relax to gp-relative: on the
 * kernels, every function of the linked vmlinux with a gp-relative access has such pairs in
 * vmlinux.o; on small programs, ld 2.40 relaxes them when the link defines __global_pointer$ and
 * leaves them alone with the remedies the verdict names (--no-relax, -mno-relax, rvcm rewrite).
 */
class LinkRelaxationTest {
    /** Two small-data variables and a .data array that ends where .sdata begins: all within 2 KiB of gp. */
    private static final String SMALL_DATA = """
        long pad[64] = {1};
        int counter = 1;
        static short level = 3;
        int bump(void) { level++; return ++counter + level + pad[3]; }
        """;
    private static final String START = """
        .globl _start
        _start:
            call bump
            li a7, 93
            ecall
        """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"medany", "medlow"})
    void everyGpRelativeFunctionOfTheLinkedKernelHasRelaxablePairsInTheObject(String model) {
        Audit object = Audit.of(Inputs.open(Corpus.kernel(model, "vmlinux.o")).getFirst());
        Audit linked = Audit.of(Inputs.open(Corpus.kernel(model, "vmlinux")).getFirst());
        SemiPicVerdict verdict = object.verdict();
        LinkRelaxation risk = verdict.linkRelaxation();
        System.out.printf("%s vmlinux.o: %d auipc + %d lui relaxable pairs (%d to small data); vmlinux: %d gp-relative%n",
            model, risk.auipcPairs(), risk.luiPairs(), risk.toSmallData(), linked.verdict().gpRelative());

        assertThat(verdict.gpRelative()).isZero();
        assertThat(linked.verdict().gpRelative()).isPositive();
        assertThat(risk.pairs()).isGreaterThanOrEqualTo(linked.verdict().gpRelative());
        assertThat(risk.toSmallData()).isPositive().isLessThanOrEqualTo(risk.pairs());
        assertThat(verdict.status()).isEqualTo(model.equals("medany") ? SemiPicStatus.AT_RISK : SemiPicStatus.BLOCKED);
        assertThat(verdict.ready()).isFalse();

        Set<String> relaxableFunctions = functions(object, AccessKind.PC_RELATIVE, true);
        relaxableFunctions.addAll(functions(object, AccessKind.ABSOLUTE, true));
        Set<String> gpFunctions = functions(linked, AccessKind.GP_RELATIVE, false);
        assertThat(gpFunctions).isNotEmpty();
        assertThat(relaxableFunctions).containsAll(gpFunctions);
        if (model.equals("medany")) {
            assertThat(risk.top().getFirst().symbol()).isEqualTo(linked.verdict().topBlockers().getFirst().symbol());
        }
    }

    @Test
    void ldRelaxesThePairsUnlessTheRemedyIsApplied() {
        CrossBuild build = new CrossBuild(dir);
        Path start = build.assemble("start", START);
        Path object = build.compile("small", SMALL_DATA, "-mcmodel=medany", "-fno-pie");
        Audit audit = Audit.of(Inputs.open(object).getFirst());
        assertThat(audit.verdict().status()).isEqualTo(SemiPicStatus.AT_RISK);
        assertThat(audit.verdict().linkRelaxation().auipcPairs()).isPositive();
        assertThat(audit.verdict().linkRelaxation().toSmallData()).as("counter, level; not pad")
            .isPositive().isLessThan(audit.verdict().linkRelaxation().pairs());

        long relaxed = gpRelative(build.link("relaxed", List.of("-static"), start, object));
        assertThat(relaxed).as("ld 2.40 with its default script (which defines __global_pointer$)").isPositive()
            .isLessThanOrEqualTo(audit.verdict().linkRelaxation().pairs());
        assertThat(gpRelative(build.link("no-relax", List.of("-static", "--no-relax"), start, object))).isZero();

        Path noRelax = build.compile("small-norelax", SMALL_DATA, "-mcmodel=medany", "-fno-pie", "-mno-relax");
        Audit clean = Audit.of(Inputs.open(noRelax).getFirst());
        assertThat(clean.verdict().status()).isEqualTo(SemiPicStatus.READY);
        assertThat(gpRelative(build.link("mno-relax", List.of("-static"), start, noRelax))).isZero();

        RelocatableObject rewritten = RelocatableObject.of(Inputs.open(object).getFirst().elf());
        CodeModelRewrite.rewrite(rewritten, RewriteOptions.of(TargetModel.SEMI_PIC));
        Path semiPic = build.write("small-semi-pic.o", "");
        try {
            Files.write(semiPic, ElfWriter.write(rewritten));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(Audit.of(Inputs.open(semiPic).getFirst()).verdict().status()).as("rvcm rewrite --model semi-pic")
            .isEqualTo(SemiPicStatus.READY);
        assertThat(gpRelative(build.link("semi-pic", List.of("-static"), start, semiPic))).isZero();

        Path medlow = build.compile("small-medlow", SMALL_DATA, "-mcmodel=medlow", "-fno-pie");
        Audit lui = Audit.of(Inputs.open(medlow).getFirst());
        assertThat(lui.verdict().linkRelaxation().luiPairs()).isPositive();
        assertThat(gpRelative(build.link("medlow", List.of("-static"), start, medlow))).isPositive();
    }

    private static long gpRelative(Path linked) {
        return Audit.of(Inputs.open(linked).getFirst()).totals()[AccessKind.GP_RELATIVE.ordinal()];
    }

    private static Set<String> functions(Audit audit, AccessKind kind, boolean relaxable) {
        FunctionIndex index = FunctionIndex.of(audit.unit().elf());
        Accesses a = audit.accesses();
        Set<String> functions = new HashSet<>();
        for (int i = 0; i < a.count(); i++) {
            if (a.kind(i) == kind && (!relaxable || (a.flags(i) & Accesses.RELAXABLE) != 0)) {
                functions.add(index.enclosing(a.section(i), a.place(i)).orElse("?" + audit.sectionOf(i)));
            }
        }
        return functions;
    }
}
