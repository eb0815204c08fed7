package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GOT loads of a static glibc program are named after what the entries hold: the TLS initial-exec
 * slots (errno, glibc's malloc arena…) after their TLS symbol, never after the bare offset they hold
 * ({@code 0x20}, {@code 0x28}), with or without the relocations kept; entries of undefined weak
 * symbols as such. The reference is binutils: objdump's GOT loads followed by an add with tp,
 * the entries' contents in the file, readelf's STT_TLS symbols.
 */
class TlsGotNamesTest {
    private static final String PROGRAM = """
        #include <errno.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>
        __thread int counter = 5;
        int main(int argc, char **argv) {
            for (int i = 0; i < 100; i++) { counter += i; errno = i; }
            char *p = malloc(100);
            strcpy(p, "hi");
            printf("%s %d %d\\n", p, counter, errno);
            return 0;
        }
        """;
    private static final Pattern GOT_LOAD = Pattern.compile(
        "^\\s*([0-9a-f]+):\\s+\\S+\\s+ld\\s+(\\w+),-?\\d+\\(\\w+\\) # ([0-9a-f]+) <_GLOBAL_OFFSET_TABLE_");

    @TempDir
    Path dir;

    @Test
    void tlsSlotsAreNamedAfterTheirTlsSymbol() throws Exception {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
        ReferenceTools.requireReadelf();
        CrossBuild build = new CrossBuild(dir);
        Path c = build.write("tls.c", PROGRAM);
        Path plain = gcc(c, "tls");
        Path withRelocations = gcc(c, "tls-relocs", "-Wl,--emit-relocs");

        Set<String> expected = expectedTlsNames(plain);
        assertThat(expected).contains("errno (TLS)");

        for (Path exe : List.of(plain, withRelocations)) {
            Counters counters = run(exe);
            Set<String> names = counters.gotLoadsBySymbol().keySet();
            assertThat(names).as(exe.toString()).noneMatch(n -> n.matches("0x[0-9a-f]+"));
            Set<String> tls = new HashSet<>();
            names.stream().filter(n -> n.endsWith(" (TLS)") || n.startsWith("TLS offset")).forEach(tls::add);
            assertThat(tls).as(exe.toString()).contains("errno (TLS)").isSubsetOf(expected);
            assertThat(names).as(exe.toString()).contains("stdout", "environ");
        }
    }

    /** The names binutils gives: for every GOT load objdump shows followed by add …,tp, the TLS symbol at the entry's offset. */
    private static Set<String> expectedTlsNames(Path exe) throws Exception {
        Map<Long, String> tlsSymbols = new HashMap<>();
        for (boolean local : new boolean[] {false, true}) {
            Processes.lines(List.of(ReferenceTools.READELF, "-sW", exe.toString()), line -> {
                String[] f = line.trim().split("\\s+");
                if (f.length == 8 && f[3].equals("TLS") && !f[6].equals("UND") && f[4].equals("LOCAL") == local) {
                    tlsSymbols.putIfAbsent(Long.parseUnsignedLong(f[1], 16), f[7]);
                }
            });
        }
        long gotAddress = -1;
        long gotOffset = -1;
        for (String line : Processes.output(List.of(ReferenceTools.READELF, "-SW", exe.toString())).lines().toList()) {
            Matcher m = Pattern.compile("\\] \\.got\\s+PROGBITS\\s+([0-9a-f]+) ([0-9a-f]+) ").matcher(line);
            if (m.find()) {
                gotAddress = Long.parseUnsignedLong(m.group(1), 16);
                gotOffset = Long.parseUnsignedLong(m.group(2), 16);
            }
        }
        assertThat(gotAddress).isPositive();
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(exe)).order(ByteOrder.LITTLE_ENDIAN);
        List<String> listing = Processes.output(List.of(ReferenceTools.OBJDUMP, "-d", exe.toString())).lines().toList();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < listing.size(); i++) {
            Matcher load = GOT_LOAD.matcher(listing.get(i));
            if (!load.find()) {
                continue;
            }
            String rd = load.group(2);
            for (int k = i + 1; k < Math.min(listing.size(), i + 7); k++) {
                if (listing.get(k).matches(".*\\tadd\\t" + rd + "," + rd + ",tp$")) {
                    long entry = Long.parseUnsignedLong(load.group(3), 16);
                    long offset = file.getLong((int) (gotOffset + entry - gotAddress));
                    String symbol = tlsSymbols.get(offset);
                    names.add(symbol != null ? symbol + " (TLS)" : "TLS offset 0x" + Long.toHexString(offset));
                    break;
                }
            }
        }
        return names;
    }

    private Path gcc(Path source, String name, String... flags) throws Exception {
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        Path exe = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(ReferenceTools.GCC, "-O2", "-static", "-o", exe.toString()));
        command.addAll(List.of(flags));
        command.add(source.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        return exe;
    }

    private static Counters run(Path exe) {
        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
            new ByteArrayOutputStream());
        RunResult r = Machine.load(Inputs.open(exe).getFirst().elf(), List.of("tls"), List.of(), Limits.DEFAULT, o).run();
        assertThat(r.exitCode()).isZero();
        return r.counters();
    }
}
