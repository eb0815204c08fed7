package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A usage mistake costs one line on stderr — the mistake, the closest valid command or option, where
 * the help is — and exit code 2; never picocli's whole usage text.
 */
class UsageErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        frobnicate x.o           => rvcm: unknown command 'frobnicate' (did you mean rewrite?); see 'rvcm --help'
        audti x.o                => rvcm: unknown command 'audti' (did you mean audit?); see 'rvcm --help'
        ''                       => rvcm: a command is required (commands: relocs, disasm, audit, check, rewrite, run, compare, demo, help); see 'rvcm --help'
        --frobnicate             => rvcm: unknown option '--frobnicate'; see 'rvcm --help'
        relocs --formt json x.o  => rvcm: unknown option '--formt' (did you mean --format?); see 'rvcm relocs --help'
        relocs --format yaml x.o => rvcm: invalid value for option '--format': expected one of [text, json] (case-sensitive) but was 'yaml'; see 'rvcm relocs --help'
        relocs                   => rvcm: missing required parameter: 'FILE'; see 'rvcm relocs --help'
        check x.o                => rvcm: missing required option: '--policy=NAME|FILE'; see 'rvcm check --help'
        run                      => rvcm: missing required parameter: 'PROG'; see 'rvcm run --help'
        run --max-memory lots p  => rvcm: --max-memory takes a size such as 512M, got 'lots'; see 'rvcm run --help'
        """)
    void oneLineAndExitCode2(String args, String expected) {
        CliRun run = CliRun.of(args.isBlank() ? new String[0] : args.strip().split(" +"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(expected + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        --stats text         | --stats
        --preset=rocket      | --preset
        """)
    void runSaysWhereItsOptionsWentWhenTheyFollowTheProgram(String after, String option) {
        String tiny = Corpus.fixture("tiny-medany").toString();
        String[] guestArgs = after.split(" ");
        String[] args = new String[2 + guestArgs.length];
        args[0] = "run";
        args[1] = tiny;
        System.arraycopy(guestArgs, 0, args, 2, guestArgs.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("rvcm: note: " + option + " comes after " + tiny
            + " and goes to the program; rvcm's options go before it: rvcm run [OPTIONS] PROG [ARGS...]\n");
    }
}
