package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Corpus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's command headings ({@code ### `rvcm run [OPTIONS] PROG [ARGS...]`}) say what the
 * command line takes: every option they name exists, and for a command whose arguments after the
 * first positional one belong to someone else (rvcm run's guest), no option is shown after it.
 */
class ReadmeSynopsisTest {
    private static final Pattern HEADING = Pattern.compile("^### `rvcm (\\S+)(.*)`$", Pattern.MULTILINE);
    private static final Pattern POSITIONAL = Pattern.compile("[A-Z][A-Z_]*(\\.\\.\\.)?");

    @Test
    void headingsMatchTheCommandLine() throws IOException {
        String readme = Files.readString(Corpus.repository().resolve("README.md"));
        CommandLine rvcm = Rvcm.commandLine(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        Matcher heading = HEADING.matcher(readme);
        List<String> commands = new ArrayList<>();
        while (heading.find()) {
            String name = heading.group(1);
            String synopsis = heading.group(2);
            CommandLine command = rvcm.getSubcommands().get(name);
            assertThat(command).as("README heading names command '%s'", name).isNotNull();
            commands.add(name);
            String firstPositional = null;
            boolean optionAfterPositional = false;
            String[] words = synopsis.strip().split(" +");
            for (int i = 0; i < words.length; i++) {
                String word = words[i].replaceAll("^\\[+|]+$", "");
                if (word.startsWith("-")) {
                    String optionName = word.split("=")[0];
                    CommandLine.Model.OptionSpec option = command.getCommandSpec().findOption(optionName);
                    assertThat(option).as("rvcm %s has the option %s its README heading names", name, optionName).isNotNull();
                    optionAfterPositional |= firstPositional != null;
                    if (option.arity().max() > 0 && !word.contains("=") && i + 1 < words.length) {
                        i++; // the option's value
                    }
                } else if (firstPositional == null && POSITIONAL.matcher(word).matches()) {
                    firstPositional = word;
                }
            }
            if (command.isStopAtPositional()) {
                assertThat(optionAfterPositional)
                    .as("rvcm %s passes everything after %s on, so its heading must show no option after it: %s",
                        name, firstPositional, synopsis).isFalse();
            }
        }
        assertThat(commands).as("the README's command headings").contains("relocs", "disasm", "audit", "check", "run");
    }
}
