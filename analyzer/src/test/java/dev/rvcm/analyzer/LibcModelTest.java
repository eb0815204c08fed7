package dev.rvcm.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The code model of every libc.a member is read off its code, never off {@code .eh_frame}: a member
 * gets a model exactly when readelf shows an addressing relocation (HI20, PCREL_HI20, GOT_HI20) in a
 * relocation section for an executable section; every other member is UNDETERMINED, with the reason.
 */
class LibcModelTest {
    private static final Pattern FILE = Pattern.compile("^File: .*\\((.*)\\)$");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*\\d+\\]\\s+(\\S+)\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+(\\S*)");
    private static final Pattern RELA = Pattern.compile("^Relocation section '\\.rela(\\S+)'");
    private static final Set<String> ADDRESSING = Set.of("R_RISCV_HI20", "R_RISCV_PCREL_HI20", "R_RISCV_GOT_HI20");

    @Test
    void membersWithoutAddressingInCodeAreUndetermined() {
        ReferenceTools.requireReadelf();
        Path libc = Corpus.glibc(Corpus.LIBC_A);
        Map<String, Set<String>> code = new HashMap<>();
        Set<String> withEvidence = new HashSet<>();
        String[] member = {""};
        String[] relocated = {""};
        Processes.lines(List.of(ReferenceTools.READELF, "-SW", "-rW", libc.toString()), line -> {
            Matcher m;
            if ((m = FILE.matcher(line)).matches()) {
                member[0] = m.group(1);
                relocated[0] = "";
            } else if ((m = SECTION.matcher(line)).find()) {
                if (m.group(2).contains("X")) {
                    code.computeIfAbsent(member[0], k -> new HashSet<>()).add(m.group(1));
                }
            } else if ((m = RELA.matcher(line)).find()) {
                relocated[0] = m.group(1);
            } else {
                String[] f = line.trim().split("\\s+");
                if (f.length > 2 && ADDRESSING.contains(f[2]) && code.getOrDefault(member[0], Set.of()).contains(relocated[0])) {
                    withEvidence.add(member[0]);
                }
            }
        });
        assertThat(withEvidence).hasSizeGreaterThan(100);

        int undetermined = 0;
        int fromEhFrameAlone = 0;
        for (ElfUnit unit : Inputs.open(libc)) {
            ModelInference model = Audit.of(unit).model();
            String name = unit.member().orElseThrow();
            if (withEvidence.contains(name)) {
                assertThat(model.model()).as(name).isNotEqualTo(CodeModel.UNDETERMINED);
            } else {
                assertThat(model.model()).as(name + ": " + model.evidence()).isEqualTo(CodeModel.UNDETERMINED);
                assertThat(model.evidence()).as(name).startsWith("no code access says which model");
                undetermined++;
                fromEhFrameAlone += model.evidence().contains(" in .eh_frame") ? 1 : 0;
            }
        }
        System.out.printf("libc.a: %d members with addressing in code, %d undetermined (%d with PC-relative words in .eh_frame only)%n",
            withEvidence.size(), undetermined, fromEhFrameAlone);
        assertThat(fromEhFrameAlone).isPositive();
    }
}
