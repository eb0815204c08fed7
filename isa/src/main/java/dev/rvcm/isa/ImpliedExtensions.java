package dev.rvcm.isa;

import java.util.ArrayList;
import java.util.List;

/**
 * The extensions an ISA string implies without naming them, by the rules of binutils 2.40 (which
 * objdump applies to {@code Tag_RISCV_arch} and mapping symbols): one pass over a table in which
 * every rule comes before the rules for what it implies, so that chains ({@code q} → {@code d} →
 * {@code f} → {@code zicsr}) resolve in that pass. Only the rules that lead to an extension this
 * package decodes are kept. {@code i} before version 2.1 (what GNU as 2.40 writes for
 * {@code -march=rv64gc} under its default ISA spec 2.2: {@code rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0})
 * still holds {@code zicsr} and {@code zifencei}, which the 20191213 specification split off.
 */
final class ImpliedExtensions {

    /** One rule: {@code subset} implies {@code implied}, for {@code i} only before version 2.1. */
    private record Rule(String subset, String implied) {
        boolean applies(IsaString.Subset s) {
            if (!s.name().equals("i")) {
                return true;
            }
            int[] version = s.version();
            return version[0] < 2 || version[0] == 2 && version[1] < 1;
        }
    }

    private static final List<Rule> RULES = List.of(
        new Rule("e", "i"),
        new Rule("i", "zicsr"),
        new Rule("i", "zifencei"),
        new Rule("g", "i"),
        new Rule("g", "m"),
        new Rule("g", "a"),
        new Rule("g", "f"),
        new Rule("g", "d"),
        new Rule("g", "zicsr"),
        new Rule("g", "zifencei"),
        new Rule("h", "zicsr"),
        new Rule("q", "d"),
        new Rule("v", "d"),
        new Rule("v", "zve64d"),
        new Rule("zve64d", "d"),
        new Rule("zve64d", "zve64f"),
        new Rule("zve64f", "zve32f"),
        new Rule("zve32f", "f"),
        new Rule("d", "f"),
        new Rule("zfh", "zfhmin"),
        new Rule("zfhmin", "f"),
        new Rule("f", "zicsr"),
        new Rule("zqinx", "zdinx"),
        new Rule("zdinx", "zfinx"),
        new Rule("zhinx", "zhinxmin"),
        new Rule("zhinxmin", "zfinx"),
        new Rule("zfinx", "zicsr"),
        new Rule("smaia", "ssaia"),
        new Rule("smstateen", "ssstateen"),
        new Rule("smepmp", "zicsr"),
        new Rule("ssaia", "zicsr"),
        new Rule("sscofpmf", "zicsr"),
        new Rule("ssstateen", "zicsr"),
        new Rule("sstc", "zicsr"));

    private ImpliedExtensions() {
    }

    /** The string with every subset its subsets imply added (unversioned), in one pass over the rules. */
    static IsaString apply(IsaString isa) {
        List<IsaString.Subset> subsets = new ArrayList<>(isa.subsets());
        for (Rule rule : RULES) {
            IsaString.Subset s = find(subsets, rule.subset());
            if (s != null && rule.applies(s) && find(subsets, rule.implied()) == null) {
                subsets.add(new IsaString.Subset(rule.implied(), IsaString.UNKNOWN_VERSION, IsaString.UNKNOWN_VERSION));
            }
        }
        return new IsaString(subsets);
    }

    private static IsaString.Subset find(List<IsaString.Subset> subsets, String name) {
        for (IsaString.Subset s : subsets) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
