package dev.rvcm.cli;

import dev.rvcm.relocs.ElfFormatException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rvcm} command: subcommands for each job. Data goes to standard output, diagnostics to
 * standard error, one line each; exit codes are those of {@link ExitCodes}.
 */
@Command(name = "rvcm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Code-model analysis for RISC-V (RV64) ELF files.",
    subcommands = {RelocsCommand.class, DisasmCommand.class, AuditCommand.class, CheckCommand.class, RewriteCommand.class,
        RunCommand.class, CompareCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success, no findings", "1:findings (a gate failed)", "2:usage error or unreadable input",
        "70:internal error", "141:standard output was closed early (e.g. piped into head)"})
public final class Rvcm implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The byte streams under the command line, for {@code rvcm run}'s guest: its stdin and stderr. */
    InputStream stdin = InputStream.nullInputStream();
    OutputStream stderr = OutputStream.nullOutputStream();

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "a command is required (commands: " + String.join(", ", spec.subcommands().keySet()) + ")");
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getErr().println("rvcm: out of memory (raise it with JAVA_TOOL_OPTIONS=-Xmx…): " + e.getMessage());
            code = ExitCodes.INTERNAL;
        } catch (Error e) {
            cli.getErr().println("rvcm: internal error: " + e);
            code = ExitCodes.INTERNAL;
        }
        cli.getOut().flush();
        System.exit(cli.getOut().checkError() && code == ExitCodes.OK ? ExitCodes.PIPE_CLOSED : code);
    }

    /** The configured command line writing to these streams, with an empty standard input; tests pass their own. */
    public static CommandLine commandLine(OutputStream out, OutputStream err) {
        return commandLine(InputStream.nullInputStream(), out, err);
    }

    /** The configured command line on these streams ({@code in} is only read by {@code rvcm run}'s guest). */
    public static CommandLine commandLine(InputStream in, OutputStream out, OutputStream err) {
        Rvcm rvcm = new Rvcm();
        rvcm.stdin = in;
        rvcm.stderr = err;
        CommandLine cli = new CommandLine(rvcm);
        cli.setOut(new StandardOutput(out));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(Rvcm::handleFailure);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.getSubcommands().get("run").setStopAtPositional(true);
        return cli;
    }

    private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
        if (io != null) {
            if (String.valueOf(io.getMessage()).contains("Broken pipe")) {
                return ExitCodes.PIPE_CLOSED;
            }
            err.println("rvcm: cannot write output: " + io.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        cli.getOut().flush();
        switch (e) {
            case ElfFormatException bad -> {
                err.println("rvcm: " + bad.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            default -> {
                err.println("rvcm: internal error: " + e);
                if (System.getenv("RVCM_DEBUG") != null) {
                    e.printStackTrace(err);
                }
                return ExitCodes.INTERNAL;
            }
        }
    }
}
