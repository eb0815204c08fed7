package dev.rvcm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes what the distribution carries beside the jar, from the same picocli model that parses the
 * command line: {@code man/man1/rvcm.1} and one page per command ({@code rvcm-relocs.1}, …), and the
 * bash completion script {@code share/bash-completion/completions/rvcm}. Run by the build
 * ({@code dist/pom.xml}): {@code java dev.rvcm.cli.DistributionFiles OUTDIR}.
 */
public final class DistributionFiles {
    private DistributionFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DistributionFiles OUTDIR");
        }
        write(Path.of(args[0]));
    }

    static void write(Path out) throws IOException {
        CommandLine cli = Rvcm.commandLine(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        CommandSpec root = cli.getCommandSpec();
        Path man = Files.createDirectories(out.resolve("man/man1"));
        writeText(man.resolve(ManPage.fileName(root)), ManPage.render(root, root, VersionProvider.version()));
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!spec.usageMessage().hidden() && !spec.name().equals("help")) {
                writeText(man.resolve(ManPage.fileName(spec)), ManPage.render(spec, root, VersionProvider.version()));
            }
        }
        Path completions = Files.createDirectories(out.resolve("share/bash-completion/completions"));
        writeText(completions.resolve("rvcm"), AutoComplete.bash("rvcm", cli));
    }

    private static void writeText(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
