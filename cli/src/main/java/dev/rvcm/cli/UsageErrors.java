package dev.rvcm.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors as one line on stderr and exit code 2: the mistake, the closest valid command or
 * option when there is one, and where the help is ({@code rvcm: unknown option '--formt' (did you
 * mean --format?); see 'rvcm relocs --help'}) — instead of picocli's default of the message
 * followed by the whole usage text.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        where.getErr().println("rvcm: " + mistake(e) + "; see '" + where.getCommandSpec().qualifiedName() + " --help'");
        return ExitCodes.BAD_INPUT;
    }

    private static String mistake(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return lowerFirst(e.getMessage());
        }
        String first = unmatched.getUnmatched().getFirst();
        CommandLine where = e.getCommandLine();
        boolean expectsCommand = !where.getSubcommands().isEmpty() && where.getParseResult().subcommand() == null;
        String what = unmatched.isUnknownOption() ? "unknown option '" + first + "'"
            : expectsCommand ? "unknown command '" + first + "'"
            : "unexpected argument '" + first + "'";
        List<String> suggestions = unmatched.getSuggestions();
        if (!suggestions.isEmpty()) {
            return what + " (did you mean " + String.join(" or ", suggestions) + "?)";
        }
        if (expectsCommand && !unmatched.isUnknownOption()) {
            return what + " (commands: " + String.join(", ", where.getSubcommands().keySet()) + ")";
        }
        return what;
    }

    /** picocli's sentences ("Missing required parameter…") as the rest of rvcm's lines: lower case. */
    private static String lowerFirst(String message) {
        return message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))
            ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }
}
