package dev.rvcm.analyzer.policy;

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
 * @param function the enclosing function, if known
 * @param rule the rule broken
 */
public record Finding(String path, Optional<String> member, String section, long offset, OptionalLong address,
                      long fileOffset, String kind,
                      String symbol, Optional<String> function, Rule rule) {

    /** {@code file(member):section+0xoff: KIND symbol — rule}, as the text format prints it. */
    public String line() {
        String where = path + member.map(m -> "(" + m + ")").orElse("") + ":" + section + "+0x" + Long.toHexString(offset);
        return where + ": " + kind + (symbol.isEmpty() ? "" : " " + symbol) + " — " + rule.description();
    }
}
