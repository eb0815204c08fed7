package dev.rvcm.analyzer.policy;

import dev.rvcm.analyzer.Accesses;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.FunctionIndex;
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
            if (a.kind(i) != rule.kind() || (a.flags(i) & Accesses.ABSOLUTE_SYMBOL) != 0) {
                continue;
            }
            String section = audit.sectionOf(i);
            String symbol = a.table(i).symbolName(a.entry(i));
            if (rule.sections().matcher(section).find() && !rule.allowedSymbols().matcher(symbol).find()) {
                into.add(finding(audit.unit(), functions, a.table(i), section, a.place(i), rule.kind().name(), symbol, rule));
            }
        }
    }

    private void forbiddenRelocation(Audit audit, FunctionIndex functions, Rule.ForbiddenRelocation rule, List<Finding> into) {
        ElfFile elf = audit.unit().elf();
        for (RelocationTable table : elf.relocationTables()) {
            String section = table.targetSectionIndex() == 0 ? table.section().name() : elf.section(table.targetSectionIndex()).name();
            if (!rule.sections().matcher(section).find()) {
                continue;
            }
            for (int i = 0, n = table.count(); i < n; i++) {
                if (RelocationCatalogue.name(table.typeNumber(i)).equals(rule.relocation())
                    && !rule.allowedSymbols().matcher(table.symbolName(i)).find()) {
                    into.add(finding(audit.unit(), functions, table, section, table.offset(i), rule.relocation(),
                        table.symbolName(i), rule));
                }
            }
        }
    }

    private void dynamicRelocations(Audit audit, FunctionIndex functions, Rule.DynamicRelocations rule, List<Finding> into) {
        for (RelocationTable table : audit.unit().elf().relocationTables()) {
            if (!table.section().allocated()) {
                continue;
            }
            for (int i = 0, n = table.count(); i < n; i++) {
                String type = RelocationCatalogue.name(table.typeNumber(i));
                if (!rule.allowed().contains(type)) {
                    into.add(finding(audit.unit(), functions, table, table.section().name(), table.offset(i), type,
                        table.symbolName(i), rule));
                }
            }
        }
    }

    private void limit(Audit audit, Rule.Limit rule, List<Finding> into) {
        long count = audit.totals()[rule.kind().ordinal()];
        if (count > rule.max()) {
            ElfUnit unit = audit.unit();
            into.add(new Finding(unit.path(), unit.member(), "", 0, OptionalLong.empty(), 0,
                rule.kind().name() + " x" + count, "", Optional.empty(), rule));
        }
    }

    private static Finding finding(ElfUnit unit, FunctionIndex functions, RelocationTable table, String section,
                                   long place, String kind, String symbol, Rule rule) {
        ElfFile elf = unit.elf();
        boolean linked = elf.header().type() != ObjectFileType.REL;
        Section holder = holder(elf, table, place, linked);
        long offset = holder == null ? place : linked ? place - holder.address() : place;
        long fileOffset = holder == null ? 0 : holder.offset() + offset;
        return new Finding(unit.path(), unit.member(), section, offset, linked ? OptionalLong.of(place) : OptionalLong.empty(),
            fileOffset, kind, symbol, functions.enclosing(table.targetSectionIndex(), place), rule);
    }

    /** The section the place lies in: the one the table patches, or for dynamic relocations the one holding the address. */
    private static Section holder(ElfFile elf, RelocationTable table, long place, boolean linked) {
        if (table.targetSectionIndex() != 0) {
            return elf.section(table.targetSectionIndex());
        }
        for (Section s : elf.sections()) {
            if (linked && s.allocated() && !s.noBits() && Long.compareUnsigned(place - s.address(), s.size()) < 0) {
                return s;
            }
        }
        return null;
    }
}
