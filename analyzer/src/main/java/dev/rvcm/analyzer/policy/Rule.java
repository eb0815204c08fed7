package dev.rvcm.analyzer.policy;

import dev.rvcm.analyzer.AccessKind;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule of a {@link Policy}. Section and symbol patterns are regular expressions matched with
 * {@code find()}; an empty allow-list pattern allows nothing.
 */
public sealed interface Rule {
    /** A stable id for findings and SARIF, e.g. {@code forbid-kind-ABSOLUTE}. */
    String id();

    /** What the rule says, for findings. */
    String description();

    /**
     * No access of {@code kind} in sections matching {@code sections}, unless its symbol matches
     * {@code allowedSymbols}. lui-absolute accesses to addresses that do not move (SHN_ABS constants,
     * undefined weak symbols at 0) are never findings.
     */
    record ForbiddenKind(AccessKind kind, Pattern sections, Pattern allowedSymbols) implements Rule {
        @Override
        public String id() {
            return "forbid-kind-" + kind.name();
        }

        @Override
        public String description() {
            return "no " + kind.name() + " access" + Policy.scope(sections, allowedSymbols);
        }
    }

    /** No relocation of this type in sections matching {@code sections}, unless its symbol is allowed. */
    record ForbiddenRelocation(String relocation, Pattern sections, Pattern allowedSymbols) implements Rule {
        @Override
        public String id() {
            return "forbid-relocation-" + relocation;
        }

        @Override
        public String description() {
            return "no " + relocation + Policy.scope(sections, allowedSymbols);
        }
    }

    /**
     * Dynamic relocation sections (loaded, applied by the loader) may hold only these types. With
     * {@code requireRelocatable} (the default), a file that is no relocatable image (ET_EXEC, linked
     * at a fixed address; ET_REL, not linked yet) is a finding of its own: it has nothing to check,
     * and the gate must not pass it as if it were clean.
     */
    record DynamicRelocations(Set<String> allowed, boolean requireRelocatable) implements Rule {
        public DynamicRelocations {
            allowed = Set.copyOf(allowed);
        }

        @Override
        public String id() {
            return "dynamic-relocations";
        }

        @Override
        public String description() {
            return "dynamic relocations only of type " + String.join(", ", allowed.stream().sorted().toList())
                + (requireRelocatable ? " in a relocatable (ET_DYN) image" : "");
        }
    }

    /** At most {@code max} accesses of {@code kind} in the whole file. */
    record Limit(AccessKind kind, long max) implements Rule {
        @Override
        public String id() {
            return "limit-" + kind.name();
        }

        @Override
        public String description() {
            return "at most " + max + " " + kind.name() + " accesses";
        }
    }
}
