package dev.rvcm.analyzer.policy;

import dev.rvcm.analyzer.AccessKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CI gate: named rules over accesses and relocations, in the spirit of the kernel's x86
 * {@code relocs} tool (S_ABS/S_REL symbol tables) and {@code arch/riscv/tools/relocs_check.sh}.
 *
 * @param name the policy's name
 * @param rules its rules, checked in order
 */
public record Policy(String name, List<Rule> rules) {
    /** Matches every section. */
    static final Pattern ANY = Pattern.compile("");
    /** Allows no symbol. */
    static final Pattern NONE = Pattern.compile("(?!)");

    public Policy {
        rules = List.copyOf(rules);
    }

    /** The built-in presets: {@code semi-pic}, {@code relocatable-kernel}, {@code no-absolute-code}. */
    public static Optional<Policy> preset(String name) {
        return Optional.ofNullable(switch (name) {
            case "semi-pic" -> new Policy(name, List.of(
                new Rule.ForbiddenKind(AccessKind.ABSOLUTE, ANY, NONE),
                new Rule.ForbiddenKind(AccessKind.GP_RELATIVE, ANY, NONE)));
            case "relocatable-kernel" -> new Policy(name, List.of(
                new Rule.DynamicRelocations(Set.of("R_RISCV_RELATIVE", "R_RISCV_NONE"), true)));
            case "no-absolute-code" -> new Policy(name, List.of(
                new Rule.ForbiddenRelocation("R_RISCV_HI20", ANY, NONE)));
            default -> null;
        });
    }

    /** The names {@link #preset(String)} knows. */
    public static List<String> presetNames() {
        return List.of("semi-pic", "relocatable-kernel", "no-absolute-code");
    }

    static String scope(Pattern sections, Pattern allowedSymbols) {
        String where = sections.pattern().isEmpty() ? "" : " in sections /" + sections.pattern() + "/";
        String except = allowedSymbols.pattern().equals(NONE.pattern()) ? "" : " except symbols /" + allowedSymbols.pattern() + "/";
        return where + except;
    }
}
