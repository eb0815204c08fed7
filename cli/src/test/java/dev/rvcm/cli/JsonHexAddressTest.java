package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.CrossBuild;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON output puts a hex string beside each address and offset, with exactly the number's
 * value, so that tools reading numbers as doubles (jq 1.6, JavaScript) keep kernel addresses: checked
 * on a program that ld links where the kernel is linked, 0xffffffff80000000, above 2^53.
 */
class JsonHexAddressTest {
    private static final Set<String> ADDRESS_FIELDS = Set.of("address", "offset", "target", "firstOffset", "firstPlace", "fileOffset");
    private static final BigInteger DOUBLE_EXACT = BigInteger.ONE.shiftLeft(53);

    @TempDir
    Path dir;

    @Test
    void everyAddressAndOffsetHasItsHexBesideIt() throws IOException {
        CrossBuild build = new CrossBuild(dir);
        Path start = build.assemble("start", """
            .globl _start
            _start:
                lui a0, %hi(counter)
                lw a1, %lo(counter)(a0)
                call bump
                li a7, 93
                ecall
            """);
        Path object = build.compile("bump", "int counter; int bump(void) { return ++counter; }", "-mcmodel=medany", "-fno-pie");
        Path kernelLike = build.link("high", List.of("-static", "--emit-relocs", "-Ttext=0xffffffff80000000"), start, object);

        String file = kernelLike.toString();
        List<List<String>> commands = List.of(
            List.of("relocs", "--format", "json", file),
            List.of("disasm", "--format", "json", file),
            List.of("audit", "--format", "json", file),
            List.of("audit", "--format", "json", object.toString()),
            List.of("check", "--policy", "semi-pic", "--format", "json", file));
        for (List<String> command : commands) {
            CliRun run = CliRun.of(command.toArray(String[]::new));
            assertThat(run.exitCode()).as("%s: %s", command, run.err()).isIn(0, 1);
            int[] checked = {0, 0};
            walk(new ObjectMapper().readTree(run.out()), command, checked);
            assertThat(checked[0]).as("%s: addresses checked", command).isPositive();
            if (!command.contains(object.toString())) {
                assertThat(checked[1]).as("%s: addresses above 2^53", command).isPositive();
            }
        }
    }

    private static void walk(JsonNode node, List<String> command, int[] checked) {
        if (node.isArray()) {
            node.forEach(n -> walk(n, command, checked));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (ADDRESS_FIELDS.contains(field.getKey()) && field.getValue().isNumber()) {
                BigInteger value = field.getValue().bigIntegerValue();
                JsonNode hex = node.get(field.getKey() + "Hex");
                assertThat(hex).as("%s: %s beside %s in %s", command, field.getKey() + "Hex", field.getKey(), node).isNotNull();
                assertThat(hex.asText()).as("%s: %s", command, node).isEqualTo("0x" + value.toString(16));
                checked[0]++;
                checked[1] += value.compareTo(DOUBLE_EXACT) > 0 ? 1 : 0;
            } else {
                walk(field.getValue(), command, checked);
            }
        }
    }
}
