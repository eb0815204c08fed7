package dev.rvcm.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's manual page in troff {@code man} macros, written from the picocli model that also
 * parses the command line, so that the page cannot drift from the options: NAME, SYNOPSIS,
 * DESCRIPTION, OPTIONS, COMMANDS (for {@code rvcm} itself), EXIT STATUS and SEE ALSO.
 */
final class ManPage {
    private ManPage() {
    }

    /** The page's file name, e.g. {@code rvcm-relocs.1}. */
    static String fileName(CommandSpec command) {
        return pageName(command) + ".1";
    }

    static String render(CommandSpec command, CommandSpec root, String version) {
        StringBuilder page = new StringBuilder();
        String name = pageName(command);
        page.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"rvcm ").append(escape(version))
            .append("\" \"rvcm manual\"\n");
        page.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(summary(command))).append('\n');
        page.append(".SH SYNOPSIS\n").append(synopsis(command)).append('\n');
        page.append(".SH DESCRIPTION\n");
        for (String paragraph : command.usageMessage().description()) {
            page.append(".PP\n").append(escape(paragraph)).append('\n');
        }
        List<ArgSpec> arguments = new ArrayList<>();
        arguments.addAll(command.positionalParameters());
        arguments.addAll(command.options());
        if (!arguments.isEmpty()) {
            page.append(".SH OPTIONS\n");
            for (ArgSpec arg : arguments) {
                if (!arg.hidden()) {
                    page.append(".TP\n").append(term(arg)).append('\n')
                        .append(escape(String.join(" ", arg.renderedDescription()))).append('\n');
                }
            }
        }
        if (!command.subcommands().isEmpty()) {
            page.append(".SH COMMANDS\n");
            command.subcommands().forEach((sub, line) -> page.append(".TP\n\\fB").append(escape(sub)).append("\\fR\n")
                .append(escape(summary(line.getCommandSpec()))).append(" See \\fB")
                .append(escape(pageName(line.getCommandSpec()))).append("\\fR(1).\n"));
        }
        page.append(".SH EXIT STATUS\n");
        root.usageMessage().exitCodeList().forEach((code, meaning) -> page.append(".TP\n\\fB").append(escape(code.strip()))
            .append("\\fR\n").append(escape(meaning)).append('\n'));
        page.append(".SH SEE ALSO\n").append(command == root ? "The README of the distribution."
            : "\\fBrvcm\\fR(1)").append('\n');
        return page.toString();
    }

    private static String pageName(CommandSpec command) {
        return command.qualifiedName("-");
    }

    private static String summary(CommandSpec command) {
        String[] description = command.usageMessage().description();
        return description.length == 0 ? "" : description[0];
    }

    /** Options first, then the positional parameters, as every command takes them. */
    private static String synopsis(CommandSpec command) {
        StringBuilder line = new StringBuilder(".B ").append(escape(command.qualifiedName())).append('\n');
        for (OptionSpec option : command.options()) {
            if (!option.hidden()) {
                line.append('[').append(synopsisTerm(option)).append("]\n");
            }
        }
        if (!command.subcommands().isEmpty()) {
            line.append("\\fICOMMAND\\fR [\\fIARGS\\fR...]\n");
        }
        for (PositionalParamSpec param : command.positionalParameters()) {
            boolean optional = param.arity().min() == 0;
            line.append(optional ? "[" : "").append(term(param)).append(param.isMultiValue() ? "..." : "")
                .append(optional ? "]" : "").append('\n');
        }
        return line.toString().stripTrailing();
    }

    /** An option by its longest name, as a synopsis shows it. */
    private static String synopsisTerm(OptionSpec option) {
        return "\\fB" + escape(option.longestName()) + "\\fR" + (option.arity().max() == 0 ? "" : "=\\fI" + escape(label(option)) + "\\fR");
    }

    private static String term(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            String names = String.join(", ", Arrays.stream(option.names()).map(n -> "\\fB" + escape(n) + "\\fR").toList());
            return option.arity().max() == 0 ? names : names + "=\\fI" + escape(label(option)) + "\\fR";
        }
        return "\\fI" + escape(label(arg)) + "\\fR";
    }

    /** The parameter's label; picocli's default {@code <field>} becomes {@code FIELD}. */
    private static String label(ArgSpec arg) {
        String label = arg.paramLabel();
        return label.startsWith("<") && label.endsWith(">") ? label.substring(1, label.length() - 1).toUpperCase(Locale.ROOT) : label;
    }

    /**
     * Text as troff wants it: picocli's {@code %n} as a line break and {@code %%} as {@code %},
     * backslashes and hyphens escaped, no line starting with a control character.
     */
    static String escape(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("%n", "\n").replace("%%", "%").split("\n", -1)) {
            String e = line.replace("\\", "\\e").replace("-", "\\-");
            lines.add(e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e);
        }
        return String.join("\n", lines);
    }
}
