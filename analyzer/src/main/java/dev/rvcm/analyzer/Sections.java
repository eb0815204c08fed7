package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.Section;

/** Finds sections by address. */
public final class Sections {
    private Sections() {
    }

    /** The index of the loaded section holding {@code address}, 0 when none does. */
    public static int holding(ElfFile elf, long address) {
        for (Section s : elf.sections()) {
            if (s.allocated() && s.size() > 0 && Long.compareUnsigned(address - s.address(), s.size()) < 0) {
                return s.index();
            }
        }
        return 0;
    }
}
