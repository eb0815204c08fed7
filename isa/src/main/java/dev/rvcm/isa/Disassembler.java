package dev.rvcm.isa;

/**
 * Prints instructions exactly as GNU objdump 2.40 does ({@code riscv64-linux-gnu-objdump -d}, or with
 * {@code -M no-aliases}): mnemonic, a tab, then the operands; ABI register names; decimal immediates
 * except {@code lui/auipc} and shift amounts (hex); branch and jump targets as absolute hex addresses
 * without {@code 0x} (objdump then appends {@code <symbol>}, which is not this class's business).
 * Words no opcode accepts print as {@code .2byte 0x…} or {@code .4byte 0x…}.
 *
 * <p>{@link #append} allocates nothing; instances are immutable and thread-safe.
 */
public final class Disassembler {

    private static final String[] ROUNDING_MODES = {"rne", "rtz", "rdn", "rup", "rmm", "unknown", "unknown", "dyn"};
    private static final int DYNAMIC_ROUNDING = 7;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Decoder decoder;
    private final boolean aliases;
    private final PrivilegedSpec privilegedSpec;

    /**
     * A disassembler that names CSRs as the latest privileged specification does.
     *
     * @param extensions the extensions enabled in the code (words of other extensions print as unknown)
     * @param aliases    {@code true} for objdump's default output with pseudo-instructions,
     *                   {@code false} for {@code -M no-aliases}
     */
    public Disassembler(Extensions extensions, boolean aliases) {
        this(extensions, aliases, PrivilegedSpec.LATEST);
    }

    /**
     * @param privilegedSpec the privileged specification whose CSR names to print (a file's, see {@link PrivilegedSpec#of})
     */
    public Disassembler(Extensions extensions, boolean aliases, PrivilegedSpec privilegedSpec) {
        this.decoder = new Decoder(extensions);
        this.aliases = aliases;
        this.privilegedSpec = privilegedSpec;
    }

    /** The decoder this disassembler uses. */
    public Decoder decoder() {
        return decoder;
    }

    /**
     * Appends the text of the instruction {@code word} found at address {@code pc}.
     *
     * @param word the instruction; for a compressed one only the low 16 bits are read
     * @return the instruction's length in bytes, 2 or 4
     */
    public int append(StringBuilder out, int word, long pc) {
        int w = (word & 3) == 3 ? word : word & 0xffff;
        append(out, decoder.opcode(w), w, pc);
        return Decoder.length(w);
    }

    /**
     * Whether the text of {@code word} ends with a branch or jump target address (the operand objdump
     * follows with {@code <symbol>}); then {@link #target} gives it.
     */
    public boolean hasTarget(int word) {
        return targetToken(word) != 0;
    }

    /** The branch or jump target of {@code word} at {@code pc}, when {@link #hasTarget} says it has one. */
    public long target(int word, long pc) {
        int w = (word & 3) == 3 ? word : word & 0xffff;
        return pc + Syntax.field(targetToken(w)).get(w);
    }

    private char targetToken(int word) {
        int w = (word & 3) == 3 ? word : word & 0xffff;
        Opcode op = decoder.opcode(w);
        if (op == Opcode.UNKNOWN) {
            return 0;
        }
        Alias alias = aliases ? Aliases.find(op, w, decoder.extensions()) : null;
        String syntax = alias == null ? op.syntax() : alias.syntax();
        if (syntax.isEmpty()) {
            return 0;
        }
        char last = syntax.charAt(syntax.length() - 1);
        return last == 'p' || last == 'a' || last == 'b' || last == 'J' ? last : 0;
    }

    /** Appends the text of {@code instruction} found at address {@code pc}. */
    public void append(StringBuilder out, Instruction instruction, long pc) {
        append(out, instruction.opcode(), instruction.word(), pc);
    }

    /** The text of the instruction {@code word} found at address {@code pc}. */
    public String disassemble(int word, long pc) {
        StringBuilder out = new StringBuilder(32);
        append(out, word, pc);
        return out.toString();
    }

    private void append(StringBuilder out, Opcode op, int word, long pc) {
        if (op == Opcode.UNKNOWN) {
            int length = Decoder.length(word);
            out.append('.').append(length).append("byte\t0x");
            appendHex(out, Integer.toUnsignedLong(length == 2 ? word & 0xffff : word));
            return;
        }
        Alias alias = aliases ? Aliases.find(op, word, decoder.extensions()) : null;
        String syntax;
        if (alias == null) {
            out.append(op.mnemonic());
            if (op.kind() == Kind.AMO) {
                appendOrdering(out, Field.AQRL.get(word));
            }
            syntax = op.syntax();
        } else {
            out.append(alias.mnemonic());
            syntax = alias.syntax();
        }
        if (!syntax.isEmpty()) {
            out.append('\t');
            appendOperands(out, syntax, word, pc);
        }
    }

    private static void appendOrdering(StringBuilder out, int aqrl) {
        switch (aqrl) {
            case 1 -> out.append(".rl");
            case 2 -> out.append(".aq");
            case 3 -> out.append(".aqrl");
            default -> { }
        }
    }

    private void appendOperands(StringBuilder out, String syntax, int word, long pc) {
        for (int i = 0; i < syntax.length(); i++) {
            char token = syntax.charAt(i);
            switch (token) {
                case ',', '(', ')' -> out.append(token);
                case '@' -> out.append("sp");
                case 'd', 's', 't', 'V', 'x', 'y' -> out.append(Registers.gpr(Syntax.field(token).get(word)));
                case 'D', 'S', 'T', 'R', 'F', 'Y' -> out.append(Registers.fpr(Syntax.field(token).get(word)));
                case 'p', 'a', 'b', 'J' -> appendHex(out, pc + Syntax.field(token).get(word));
                case 'u', 'U' -> {
                    out.append("0x");
                    appendHex(out, (Syntax.field(token).get(word) >>> 12) & 0xfffff);
                }
                case '>', '<', 'h' -> {
                    out.append("0x");
                    appendHex(out, Syntax.field(token).get(word));
                }
                case 'E' -> appendCsr(out, Field.CSR.get(word));
                case 'm' -> {
                    int rm = Field.RM.get(word);
                    if (rm != DYNAMIC_ROUNDING) {
                        out.append(',').append(ROUNDING_MODES[rm]);
                    }
                }
                case 'P', 'Q' -> appendFenceSet(out, Syntax.field(token).get(word));
                default -> out.append(Syntax.field(token).get(word));
            }
        }
    }

    private void appendCsr(StringBuilder out, int csr) {
        if (CsrNames.isNamed(privilegedSpec, csr)) {
            out.append(CsrNames.name(privilegedSpec, csr));
        } else {
            out.append("0x");
            appendHex(out, csr);
        }
    }

    private static void appendFenceSet(StringBuilder out, int set) {
        if (set == 0) {
            out.append("unknown");
            return;
        }
        if ((set & 8) != 0) {
            out.append('i');
        }
        if ((set & 4) != 0) {
            out.append('o');
        }
        if ((set & 2) != 0) {
            out.append('r');
        }
        if ((set & 1) != 0) {
            out.append('w');
        }
    }

    /** Appends {@code value} as unsigned lower-case hex without leading zeros. */
    private static void appendHex(StringBuilder out, long value) {
        int shift = 60;
        while (shift > 0 && (value >>> shift) == 0) {
            shift -= 4;
        }
        for (; shift >= 0; shift -= 4) {
            out.append(HEX[(int) (value >>> shift) & 15]);
        }
    }
}
