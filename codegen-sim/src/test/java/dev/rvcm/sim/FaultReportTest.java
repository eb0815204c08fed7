package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest fault reads as a debugger shows it: the function holding the pc with the offset in it (as
 * readelf's symbols place it), the faulting instruction as objdump -d lists it (a compressed one as
 * its 16 bits), and the registers by ABI name.
 */
class FaultReportTest {
    private static final String PROGRAM = """
        #include <stdio.h>
        struct node { int value; struct node *next; };
        int sum(struct node *n) { int s = 0; while (n) { s += n->value; n = n->next; } return s; }
        int main(int argc, char **argv) {
            struct node b = {2, (struct node *) 8};
            struct node a = {1, &b};
            printf("%d\\n", sum(&a));
            return 0;
        }
        """;

    @TempDir
    Path dir;

    @Test
    void faultNamesFunctionInstructionAndRegisters() throws Exception {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        Path c = new CrossBuild(dir).write("crash.c", PROGRAM);
        Path exe = dir.resolve("crash");
        Process gcc = new ProcessBuilder(ReferenceTools.GCC, "-O1", "-static", "-o", exe.toString(), c.toString())
            .redirectErrorStream(true).start();
        assertThat(gcc.waitFor()).as(new String(gcc.getInputStream().readAllBytes())).isZero();

        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
            new ByteArrayOutputStream());
        RunResult r = Machine.load(Inputs.open(exe).getFirst().elf(), List.of("crash"), List.of(), Limits.DEFAULT, o).run();
        assertThat(r.exitCode()).isEqualTo(RunResult.EXIT_SEGV);
        RunResult.Stop.Fault fault = (RunResult.Stop.Fault) r.stop();
        List<String> lines = fault.describe().lines().toList();

        long sum = -1;
        for (String line : Processes.output(List.of(ReferenceTools.READELF, "-sW", exe.toString())).lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 8 && f[3].equals("FUNC") && f[7].equals("sum")) {
                sum = Long.parseUnsignedLong(f[1], 16);
            }
        }
        assertThat(fault.location()).isEqualTo("sum+0x" + Long.toHexString(fault.pc() - sum));
        assertThat(lines.getFirst()).isEqualTo("guest fault (load-access): load from unmapped address at pc 0x"
            + Long.toHexString(fault.pc()) + " <" + fault.location() + ">, address 0x8");

        String objdump = null;
        Pattern line = Pattern.compile("^\\s*" + Long.toHexString(fault.pc()) + ":\\t(\\S+)\\s+\\t(.*)$");
        for (String l : Processes.output(List.of(ReferenceTools.OBJDUMP, "-d", exe.toString())).lines().toList()) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                objdump = m.group(1) + " " + m.group(2).replaceAll("\\s+#.*|\\s+<.*", "").replace('\t', ' ');
            }
        }
        assertThat(objdump).isNotNull();
        assertThat(lines.get(1).strip().replaceFirst("^[0-9a-f]+:\\t", "").replace('\t', ' ')).isEqualTo(objdump);

        List<String> names = new ArrayList<>();
        for (String registerLine : lines.subList(2, lines.size())) {
            Matcher m = Pattern.compile("(\\S+)\\s+([0-9a-f]{16})").matcher(registerLine);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).hasSize(32).startsWith("zero", "ra", "sp", "gp", "tp", "t0").endsWith("t6");
        long[] x = fault.registers();
        assertThat(fault.describe()).contains(String.format("a5   %016x", x[15]));
    }
}
