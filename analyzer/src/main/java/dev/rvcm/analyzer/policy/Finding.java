package dev.rvcm.analyzer.policy;

import dev.rvcm.analyzer.FunctionPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One place that breaks a rule.
 *
 * @param path the file as given
 * @param member the archive member, if any
 * @param section the section holding the place ("" when the rule is about the whole file)
 * @param offset the place's offset in that section
 * @param address the place's address in a linked file, empty in an object
 * @param fileOffset the place's offset in the file, for tools that point into it
 * @param kind the access kind or relocation type found
 * @param symbol the symbol reached ("" for none)
 * @param function the enclosing function and the place's offset in it, if known
 * @param detail what is wrong, for findings about the whole file ("" otherwise)
 * @param rule the rule broken
 */
public record Finding(String path, Optional<String> member, String section, long offset, OptionalLong address,
                      long fileOffset, String kind, String symbol, Optional<FunctionPlace> function, String detail, Rule rule) {

    /** The enclosing function's name, if known. */
    public Optional<String> functionName() {
        return function.map(FunctionPlace::function);
    }

    /**
     * {@code file(member):section+0xoff (function+0xoff, 0xaddress): KIND symbol — rule}, as the text
     * format prints it: the function and (in linked files) the address when known; a finding about
     * the whole file is {@code file(member): KIND (detail) — rule}.
     */
    public String line() {
        StringBuilder line = new StringBuilder(path).append(member.map(m -> "(" + m + ")").orElse("")).append(':');
        if (!section.isEmpty()) {
            line.append(section).append("+0x").append(Long.toHexString(offset));
            List<String> place = new ArrayList<>(2);
            function.ifPresent(f -> place.add(f.toString()));
            address.ifPresent(a -> place.add("0x" + Long.toHexString(a)));
            if (!place.isEmpty()) {
                line.append(" (").append(String.join(", ", place)).append(')');
            }
            line.append(':');
        }
        line.append(' ').append(kind);
        if (!symbol.isEmpty()) {
            line.append(' ').append(symbol);
        }
        if (!detail.isEmpty()) {
            line.append(" (").append(detail).append(')');
        }
        return line.append(" — ").append(rule.description()).toString();
    }
}
