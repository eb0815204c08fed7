package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.sim.Counters;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every GOT load {@code rvcm compare} reports is attributed to a {@code .got} entry, checked against GNU
 * binutils' view of the same program: the entries hold the symbol's address ({@code readelf -x .got},
 * {@code nm}), and the loads a call executes are the GOT-load sites {@code objdump -d} shows in the
 * called function — so running it 2000 more times adds 2000 loads per site.
 */
class CompareGotAttributionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOT = """
            #include <stdio.h>
            #include <stdlib.h>
            long counter;
            int table[64];
            __attribute__((noinline)) void bump(long i) { counter += table[i & 63]; table[i & 63] = (int) i; }
            int main(int argc, char **argv) {
                long n = argc > 1 ? atol(argv[1]) : 1000;
                for (long i = 0; i < n; i++) bump(i);
                printf("%ld\\n", counter);
                return 0;
            }
            """;
    private static final Pattern GOT_DUMP = Pattern.compile("^\\s*0x([0-9a-f]+) ((?:[0-9a-f]{8} ?){1,4})");
    private static final Pattern LOAD = Pattern.compile("\\tld\\t.*# ([0-9a-f]+) <");

    @Test
    void gotLoadsGoToTheEntriesBinutilsShowAndScaleWithTheCallsOfEachSite(@TempDir Path dir) throws IOException {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
        Path hot = CrossPrograms.program(dir, "hot", CrossPrograms.object(dir, "hot", HOT, "-fPIC"));
        Map<Long, Long> got = gotWords(hot);
        Map<String, Long> symbols = new HashMap<>();
        Processes.lines(List.of("riscv64-linux-gnu-nm", hot.toString()), line -> {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3) {
                symbols.putIfAbsent(f[2], Long.parseUnsignedLong(f[0], 16));
            }
        });
        Map<Long, Integer> sitesInBump = gotLoadSites(hot, got, "bump");

        JsonNode few = report(hot, 1000);
        JsonNode more = report(hot, 3000);
        for (String symbol : List.of("counter", "table")) {
            long entry = entryHolding(got, symbols.get(symbol));
            JsonNode loaded = loaded(more, symbol);
            assertThat(loaded.get("entries")).as(symbol).hasSize(1);
            assertThat(loaded.at("/entries/0").asLong()).as(symbol).isEqualTo(entry);
            int sites = sitesInBump.getOrDefault(entry, 0);
            assertThat(sites).as("objdump: GOT loads of %s in bump", symbol).isPositive();
            assertThat(loaded.get("sites").asLong()).as(symbol).isGreaterThanOrEqualTo(sites);
            assertThat(loaded.get("loads").asLong() - loaded(few, symbol).get("loads").asLong()).as(symbol)
                .isEqualTo(2000L * sites);
        }
        // Every symbol with GOT loads names entries, and each of them holds that symbol's address; a TLS
        // initial-exec slot holds a thread-pointer offset, not an address, and is not looked up by value.
        for (JsonNode loaded : more.at("/variants/0/gotEntriesLoaded")) {
            String symbol = loaded.get("symbol").asText();
            if (symbol.endsWith(" (TLS)") || symbol.startsWith("TLS offset ")) {
                continue;
            }
            assertThat(loaded.get("entries")).as(symbol).isNotEmpty();
            long address = symbol.endsWith(Counters.UNDEFINED_WEAK) ? 0
                : symbol.startsWith("0x") ? Long.parseUnsignedLong(symbol.substring(2), 16) : symbols.get(symbol);
            for (JsonNode entry : loaded.get("entries")) {
                assertThat(got.get(entry.asLong())).as("%s: .got entry 0x%x", symbol, entry.asLong()).isEqualTo(address);
            }
        }
        long total = 0;
        for (JsonNode loaded : more.at("/variants/0/gotEntriesLoaded")) {
            total += loaded.get("loads").asLong();
        }
        assertThat(total).isEqualTo(more.at("/variants/0/gotLoads").asLong());
    }

    private static JsonNode report(Path program, int calls) throws IOException {
        CliRun run = CliRun.of("compare", "--format", "json", "--variant", "pic=" + program, "--", Integer.toString(calls));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static JsonNode loaded(JsonNode report, String symbol) {
        for (JsonNode loaded : report.at("/variants/0/gotEntriesLoaded")) {
            if (loaded.get("symbol").asText().equals(symbol)) {
                return loaded;
            }
        }
        throw new AssertionError("no GOT loads of " + symbol + " in " + report);
    }

    /** {@code readelf -x .got}: entry address to the 64-bit word it holds. */
    private static Map<Long, Long> gotWords(Path program) {
        Map<Long, Long> words = new HashMap<>();
        List<Long> halves = new ArrayList<>();
        long[] start = {-1};
        Processes.lines(List.of(ReferenceTools.READELF, "-x", ".got", program.toString()), line -> {
            Matcher m = GOT_DUMP.matcher(line);
            if (m.find()) {
                if (start[0] < 0) {
                    start[0] = Long.parseUnsignedLong(m.group(1), 16);
                }
                for (String word : m.group(2).trim().split(" ")) {
                    halves.add(Long.parseUnsignedLong(Long.toHexString(Long.reverseBytes(Long.parseUnsignedLong(word, 16)) >>> 32), 16));
                }
            }
        });
        for (int i = 0; i + 1 < halves.size(); i += 2) {
            words.put(start[0] + 4L * i, halves.get(i) | halves.get(i + 1) << 32);
        }
        return words;
    }

    /** {@code objdump -d}: the GOT entries the {@code ld}s of {@code function} read, and how many read each. */
    private static Map<Long, Integer> gotLoadSites(Path program, Map<Long, Long> got, String function) {
        Map<Long, Integer> sites = new HashMap<>();
        boolean[] inside = {false};
        Processes.lines(List.of(ReferenceTools.OBJDUMP, "-d", program.toString()), line -> {
            if (line.endsWith(">:")) {
                inside[0] = line.endsWith("<" + function + ">:");
            } else if (inside[0]) {
                Matcher m = LOAD.matcher(line);
                if (m.find()) {
                    long target = Long.parseUnsignedLong(m.group(1), 16);
                    if (got.containsKey(target)) {
                        sites.merge(target, 1, Integer::sum);
                    }
                }
            }
        });
        return sites;
    }

    private static long entryHolding(Map<Long, Long> got, long address) {
        List<Long> entries = got.entrySet().stream().filter(e -> e.getValue() == address).map(Map.Entry::getKey).toList();
        assertThat(entries).as(".got entries holding 0x%x", address).hasSize(1);
        return entries.getFirst();
    }
}
