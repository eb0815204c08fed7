package dev.rvcm.isa;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.elf.Section;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Which extensions objdump enables at each address of a file or archive member: the production
 * {@link IsaRegions} of each member ({@code $x<isa>} mapping symbols, else {@code Tag_RISCV_arch},
 * else RV64GC), looked up by the member and section names objdump prints.
 */
final class MappingSymbols implements Differential.ExtensionsAt {

    private record Member(IsaRegions regions, Map<String, Integer> sections) {
    }

    private final Map<String, Member> members = new HashMap<>();

    private MappingSymbols() {
    }

    static MappingSymbols of(Path file) {
        MappingSymbols result = new MappingSymbols();
        for (ElfUnit unit : Inputs.open(file)) {
            Map<String, Integer> sections = new HashMap<>();
            for (Section s : unit.elf().sections()) {
                sections.putIfAbsent(s.name(), s.index());
            }
            result.members.put(unit.member().orElse(""), new Member(IsaRegions.of(unit.elf()), sections));
        }
        return result;
    }

    @Override
    public Extensions at(String member, String section, long address) {
        Member m = members.get(member);
        if (m == null) {
            return Extensions.RV64GC;
        }
        Integer index = m.sections().get(section);
        return index == null ? m.regions().fileDefault() : m.regions().at(index, address);
    }
}
