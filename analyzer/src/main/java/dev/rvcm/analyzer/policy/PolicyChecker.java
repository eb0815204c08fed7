package dev.rvcm.analyzer.policy;

import dev.rvcm.analyzer.Accesses;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.FunctionIndex;
import dev.rvcm.analyzer.Sections;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.riscv.RelocationCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Checks one audited file against a {@link Policy}, giving its findings in rule order. */
public final class PolicyChecker {
    private final Policy policy;

    public PolicyChecker(Policy policy) {
        this.policy = policy;
    }

    public List<Finding> check(Audit audit) {
        List<Finding> findings = new ArrayList<>();
        FunctionIndex functions = FunctionIndex.of(audit.unit().elf());
        for (Rule rule : policy.rules()) {
            switch (rule) {
                case Rule.ForbiddenKind r -> forbiddenKind(audit, functions, r, findings);
                case Rule.ForbiddenRelocation r -> forbiddenRelocation(audit, functions, r, findings);
                case Rule.DynamicRelocations r -> dynamicRelocations(audit, functions, r, findings);
                case Rule.Limit r -> limit(audit, r, findings);
            }
        }
        return findings;
    }

    private void forbiddenKind(Audit audit, FunctionIndex functions, Rule.ForbiddenKind rule, List<Finding> into) {
        Accesses a = audit.accesses();
        for (int i = 0, n = a.count(); i < n; i++) {
            if (a.kind(i) != rule.kind() || (a.flags(i) & Accesses.ABSOLUTE_SYMBOL) != 0 || a.absoluteToFixedAddress(i)) {
                continue;
            }
            String section = audit.sectionOf(i);
            String symbol = a.symbolName(i);
            if (rule.sections().matcher(section).find() && !rule.allowedSymbols().matcher(symbol).find()) {
                into.add(finding(audit.unit(), functions, a.section(i), section, a.place(i), rule.kind().name(), symbol, rule));
            }
        }
    }

    private void forbiddenRelocation(Audit audit, FunctionIndex functions, Rule.ForbiddenRelocation rule, List<Finding> into) {
        ElfFile elf = audit.unit().elf();
        for (RelocationTable table : elf.relocationTables()) {
            for (int i = 0, n = table.count(); i < n; i++) {
                if (!RelocationCatalogue.name(table.typeNumber(i)).equals(rule.relocation())) {
                    continue;
                }
                String section = sectionName(elf, table, i);
                if (rule.sections().matcher(section).find() && !rule.allowedSymbols().matcher(table.symbolName(i)).find()) {
                    into.add(finding(audit.unit(), functions, sectionIndex(elf, table, i), section, table.offset(i),
                        rule.relocation(), table.symbolName(i), rule));
                }
            }
        }
    }

    private void dynamicRelocations(Audit audit, FunctionIndex functions, Rule.DynamicRelocations rule, List<Finding> into) {
        ElfFile elf = audit.unit().elf();
        long dynamic = 0;
        for (RelocationTable table : elf.relocationTables()) {
            if (!table.section().allocated()) {
                continue;
            }
            dynamic += table.count();
            for (int i = 0, n = table.count(); i < n; i++) {
                String type = RelocationCatalogue.name(table.typeNumber(i));
                if (!rule.allowed().contains(type)) {
                    into.add(finding(audit.unit(), functions, sectionIndex(elf, table, i), sectionName(elf, table, i),
                        table.offset(i), type, table.symbolName(i), rule));
                }
            }
        }
        ObjectFileType type = elf.header().type();
        if (rule.requireRelocatable() && type != ObjectFileType.DYN) {
            String detail = switch (type) {
                case EXEC -> "ET_EXEC: linked at a fixed address, "
                    + (dynamic == 0 ? "no dynamic relocations to check" : dynamic + " dynamic relocations applied at that address");
                case REL -> "ET_REL: a relocatable object, whose dynamic relocations only the final link makes; nothing to check";
                default -> "e_type " + type + ": not a loadable image; nothing to check";
            };
            ElfUnit unit = audit.unit();
            into.add(new Finding(unit.path(), unit.member(), "", 0, OptionalLong.empty(), 0, "NOT_RELOCATABLE", "",
                Optional.empty(), detail, rule));
        }
    }

    private void limit(Audit audit, Rule.Limit rule, List<Finding> into) {
        long count = audit.totals()[rule.kind().ordinal()];
        if (count > rule.max()) {
            ElfUnit unit = audit.unit();
            into.add(new Finding(unit.path(), unit.member(), "", 0, OptionalLong.empty(), 0,
                rule.kind().name() + " x" + count, "", Optional.empty(), "", rule));
        }
    }

    private static int sectionIndex(ElfFile elf, RelocationTable table, int entry) {
        return table.targetSectionIndex() != 0 ? table.targetSectionIndex() : Sections.holding(elf, table.offset(entry));
    }

    private static String sectionName(ElfFile elf, RelocationTable table, int entry) {
        int index = sectionIndex(elf, table, entry);
        return index == 0 ? table.section().name() : elf.section(index).name();
    }

    private static Finding finding(ElfUnit unit, FunctionIndex functions, int sectionIndex, String section,
                                   long place, String kind, String symbol, Rule rule) {
        ElfFile elf = unit.elf();
        boolean linked = elf.header().type() != ObjectFileType.REL;
        Section holder = sectionIndex == 0 ? null : elf.section(sectionIndex);
        long offset = holder != null && linked ? place - holder.address() : place;
        long fileOffset = holder == null || holder.noBits() ? 0 : holder.offset() + offset;
        return new Finding(unit.path(), unit.member(), section, offset, linked ? OptionalLong.of(place) : OptionalLong.empty(),
            fileOffset, kind, symbol, functions.at(sectionIndex, place), "", rule);
    }
}
