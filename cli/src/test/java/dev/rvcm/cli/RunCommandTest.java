package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
