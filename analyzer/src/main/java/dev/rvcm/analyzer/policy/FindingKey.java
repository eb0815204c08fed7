package dev.rvcm.analyzer.policy;

/**
 * What identifies a finding across rebuilds: the archive member, section, enclosing function, kind
 * and symbol. Offsets, addresses and the file's path change with every build and are left out.
 *
 * @param member the archive member ("" for a plain file)
 * @param section the section ("" for a finding about the whole file)
 * @param function the enclosing function ("" when unknown)
 * @param kind the access kind or relocation type
 * @param symbol the symbol reached ("" for none)
 */
public record FindingKey(String member, String section, String function, String kind, String symbol) {
    /** The key of a finding. */
    public static FindingKey of(Finding f) {
        return new FindingKey(f.member().orElse(""), f.section(), f.functionName().orElse(""), f.kind(), f.symbol());
    }
}
