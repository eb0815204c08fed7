package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rvcm run}: output and exit code as under qemu-riscv64, statistics, limits and bad programs. */
class RunCommandTest {

    @Test
    void runsTheFixtureAsQemuDoes(@TempDir Path dir) throws IOException {
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        Path tiny = Corpus.fixture("tiny-medany");
        List<String> qemu = new ArrayList<>();
        Processes.lines(List.of(ReferenceTools.QEMU, tiny.toString()), qemu::add);
        Path stats = dir.resolve("stats.json");
        CliRun run = CliRun.of("run", "--stats-json", stats.toString(), tiny.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).isEqualTo(qemu);
        JsonNode json = new ObjectMapper().readTree(Files.readString(stats));
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("instructions").asLong()).isPositive();
        assertThat(json.get("gotLoads").asLong()).isEqualTo(json.at("/gotLoadsBySymbol/tiny_counter").asLong()).isPositive();
        assertThat(json.at("/syscalls/write").asLong()).isPositive();
    }

    @Test
    void statsOnStderrAsJson() throws IOException {
        CliRun run = CliRun.of("run", "--stats", "json", Corpus.fixture("tiny-medany").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.err()).get("exitCode").asInt()).isZero();
    }

    @Test
    void theInstructionLimitEndsTheRunWith124() {
        CliRun run = CliRun.of("run", "--max-insns", "10", Corpus.fixture("tiny-medany").toString());
        assertThat(run.exitCode()).isEqualTo(124);
        assertThat(run.err()).startsWith("rvcm: ");
    }

    @Test
    void theGuestsStderrGoesToTheCommandLinesStderr() {
        Path csvstats = Corpus.repository().resolve("corpus/build/medany/csvstats/csvstats");
        ReferenceTools.require(csvstats);
        CliRun run = CliRun.of("run", csvstats.toString(), "no-such-file.csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("csvstats: cannot open no-such-file.csv: No such file or directory\n");
    }

    @Test
    void objectsAndBadOptionsExitTwo() {
        CliRun object = CliRun.of("run", Corpus.fixture("reloc-zoo.o").toString());
        assertThat(object.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(object.err().lines().toList()).hasSize(1).first().asString().startsWith("rvcm: ");
        assertThat(CliRun.of("run", "--max-memory", "lots", Corpus.fixture("tiny-medany").toString()).exitCode())
            .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("run", "--mount", "nocolon", Corpus.fixture("tiny-medany").toString()).exitCode())
            .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void statsJsonCountsModeledCyclesOfBothPresetsByDefault() throws IOException {
        CliRun run = CliRun.of("run", "--stats", "json", Corpus.fixture("tiny-medany").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.err());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.fieldNames()).toIterable().containsSubsequence("schemaVersion", "exitCode", "stop", "instructions",
            "loads", "stores", "atomics", "takenBranches", "gotLoads", "gotLoadsBySymbol", "gotLoadsByFunction",
            "instructionsByKind", "cycles", "timing", "syscalls");
        assertThat(json.get("cycles").fieldNames()).toIterable().containsExactly("rocket", "sifive-u74");
        long instructions = json.get("instructions").asLong();
        for (String model : List.of("rocket", "sifive-u74")) {
            JsonNode timing = json.at("/timing/" + model);
            long cycles = json.at("/cycles/" + model).asLong();
            assertThat(json.at("/cycles/" + model).isIntegralNumber()).isTrue();
            assertThat(timing.get("cycles").asLong()).isEqualTo(cycles);
            // Every instruction issues; stalls only add.
            assertThat(cycles).isGreaterThanOrEqualTo(timing.get("issueCycles").asLong());
            assertThat(timing.get("ipc").asDouble()).isCloseTo((double) instructions / cycles, within(0.001));
            assertThat(timing.get("l1dAccesses").asLong()).isEqualTo(json.get("loads").asLong() + json.get("stores").asLong());
        }
        assertThat(json.at("/timing/rocket/parameters/issue-width").asInt()).isEqualTo(1);
        assertThat(json.at("/timing/sifive-u74/parameters/issue-width").asInt()).isEqualTo(2);
        // Rocket issues one instruction a cycle: at least as many issue cycles as instructions.
        assertThat(json.at("/timing/rocket/issueCycles").asLong()).isGreaterThanOrEqualTo(instructions);
    }

    @Test
    void presetChoosesOneModelAndTimingSetsItsParameters(@TempDir Path dir) throws IOException {
        Path stats = dir.resolve("stats.json");
        CliRun run = CliRun.of("run", "--preset", "sifive-u74", "--timing", "branch-mispredict-penalty=0",
            "--timing", "l1i-miss-penalty=0", "--timing", "l1d-miss-penalty=0", "--stats-json", stats.toString(),
            Corpus.fixture("tiny-medany").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(Files.readString(stats));
        assertThat(json.get("cycles").fieldNames()).toIterable().containsExactly("sifive-u74");
        assertThat(json.at("/timing/sifive-u74/cycles").asLong()).isEqualTo(json.at("/timing/sifive-u74/issueCycles").asLong());
        assertThat(json.at("/timing/sifive-u74/parameters/l1d-miss-penalty").asInt()).isZero();
    }

    @Test
    void textStatsShowCyclesAndIpcPerPreset() {
        CliRun run = CliRun.of("run", "--stats", "text", Corpus.fixture("tiny-medany").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().filter(l -> l.startsWith("rvcm: cycles ")).toList()).satisfiesExactly(
            l -> assertThat(l).matches("rvcm: cycles rocket \\d+ \\(IPC \\d\\.\\d\\d\\): issue \\d+, mispredicts \\d+ × 3, "
                + "L1I misses \\d+ × 20, L1D misses \\d+ × 20"),
            l -> assertThat(l).startsWith("rvcm: cycles sifive-u74 "));
    }

    @Test
    void anUnknownPresetOrParameterIsOneLineAndExitTwoBeforeTheRun() {
        CliRun preset = CliRun.of("run", "--preset", "boom", Corpus.fixture("tiny-medany").toString());
        assertThat(preset.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(preset.out()).isEmpty();
        assertThat(preset.err().lines().toList())
            .containsExactly("rvcm: unknown timing preset 'boom' (known: rocket, sifive-u74)");
        CliRun parameter = CliRun.of("run", "--timing", "l1d-size=3000", Corpus.fixture("tiny-medany").toString());
        assertThat(parameter.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(parameter.out()).isEmpty();
        assertThat(parameter.err().lines().toList()).singleElement().asString()
            .startsWith("rvcm: l1d-size must be ways × line × a power of two");
    }

    @Test
    void noTimingCountsTheSameWithoutCycles() throws IOException {
        String tiny = Corpus.fixture("tiny-medany").toString();
        CliRun timed = CliRun.of("run", "--stats", "json", tiny);
        CliRun untimed = CliRun.of("run", "--no-timing", "--stats", "json", tiny);
        assertThat(untimed.exitCode()).isZero();
        assertThat(untimed.out()).isEqualTo(timed.out());
        ObjectNode expected = (ObjectNode) new ObjectMapper().readTree(timed.err());
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(untimed.err());
        assertThat(json.get("cycles").isEmpty()).isTrue();
        assertThat(json.get("timing").isEmpty()).isTrue();
        assertThat(expected.get("cycles").isEmpty()).isFalse();
        expected.remove(List.of("cycles", "timing"));
        json.remove(List.of("cycles", "timing"));
        assertThat(json).isEqualTo(expected);
        CliRun both = CliRun.of("run", "--no-timing", "--preset", "rocket", tiny);
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.out()).isEmpty();
        assertThat(both.err().lines().toList()).singleElement().asString().startsWith("rvcm: --no-timing ");
    }

    @Test
    void bothEnginesPrintTheSameStatistics(@TempDir Path dir) throws IOException {
        List<List<String>> programs = new ArrayList<>(List.of(List.of(Corpus.fixture("tiny-medany").toString())));
        Path crcsort = Corpus.repository().resolve("corpus/build/pic/crcsort/crcsort");
        ReferenceTools.require(crcsort);
        programs.add(List.of(crcsort.toString(), "3000"));
        for (List<String> program : programs) {
            List<JsonNode> stats = new ArrayList<>();
            for (String engine : List.of("interpret", "translate")) {
                Path json = dir.resolve(engine + ".json");
                List<String> args = new ArrayList<>(List.of("run", "--engine", engine, "--stats-json", json.toString()));
                args.addAll(program);
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).as(run.err()).isZero();
                stats.add(new ObjectMapper().readTree(Files.readString(json)));
            }
            assertThat(stats.get(1)).as(program.getFirst()).isEqualTo(stats.get(0));
        }
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        CliRun run = CliRun.of("run", "--engine", "jit", Corpus.fixture("tiny-medany").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
    }
}
