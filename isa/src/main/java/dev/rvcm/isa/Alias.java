package dev.rvcm.isa;

/**
 * A pseudo-instruction objdump prints instead of {@link #base()} when the word also matches
 * {@link #match()} under {@link #mask()} (and, if {@link #rs1EqualsRs2()}, {@code rs1 == rs2}), and
 * {@link #requires()} is enabled. An alias whose {@link #mnemonic()} is empty keeps the canonical form:
 * it stops the search so a later, broader alias does not apply ({@code c.li zero,1} stays as is).
 *
 * @param base          the opcode the alias renames
 * @param mask          bits the alias constrains, beyond the opcode's own
 * @param match         their required values
 * @param rs1EqualsRs2  whether the alias also needs {@code rs1 == rs2}
 * @param requires      the extension the alias belongs to
 * @param mnemonic      the printed mnemonic, or empty to keep the canonical form
 * @param syntax        the operand template; see {@link Syntax}
 */
record Alias(Opcode base, int mask, int match, boolean rs1EqualsRs2, Extension requires, String mnemonic,
             String syntax) {

    boolean applies(int word, Extensions enabled) {
        return (word & mask) == match
                && (!rs1EqualsRs2 || Field.RS1.get(word) == Field.RS2.get(word))
                && enabled.has(requires);
    }

    boolean keepsCanonical() {
        return mnemonic.isEmpty();
    }
}
