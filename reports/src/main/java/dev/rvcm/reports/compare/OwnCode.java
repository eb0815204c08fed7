package dev.rvcm.reports.compare;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.SymbolTable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The program's own code: the functions its input objects define, as opposed to the C library and the
 * rest of the link. Names are compared without the suffixes GCC gives the clones it makes
 * ({@code advance.constprop.0}, {@code put.isra.0}, {@code main.cold}), so that the same source compiled
 * another way (gcc {@code -fPIC}) is still recognised.
 *
 * @param functions the base names of the functions defined in the input objects; empty when unknown
 */
public record OwnCode(Set<String> functions) {
    private static final Pattern CLONE_SUFFIX = Pattern.compile("\\.(constprop|isra|part|cold|lto_priv|localalias)(\\.\\d+)?.*$");

    /** Nothing is known about which functions are the program's own (only prelinked variants). */
    public static final OwnCode UNKNOWN = new OwnCode(Set.of());

    public OwnCode {
        functions = Set.copyOf(new TreeSet<>(functions));
    }

    /** The functions the objects define (STT_FUNC, any binding). */
    public static OwnCode of(List<ElfUnit> objects) {
        Set<String> names = new TreeSet<>();
        for (ElfUnit unit : objects) {
            unit.elf().symbolTable().ifPresent(symbols -> {
                for (int i = 1; i < symbols.count(); i++) {
                    if (symbols.type(i) == SymbolTable.STT_FUNC && !symbols.undefined(i) && !symbols.unnamed(i)) {
                        names.add(baseName(symbols.name(i)));
                    }
                }
            });
        }
        return new OwnCode(names);
    }

    /** True when the objects were known (the counts of own code mean something). */
    public boolean known() {
        return !functions.isEmpty();
    }

    /** True when {@code function} (as a linked image names it) is one of the program's own. */
    public boolean contains(String function) {
        return functions.contains(baseName(function));
    }

    static String baseName(String function) {
        return CLONE_SUFFIX.matcher(function).replaceFirst("");
    }
}
