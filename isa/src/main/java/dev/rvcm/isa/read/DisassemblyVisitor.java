package dev.rvcm.isa.read;

import dev.rvcm.relocs.elf.Section;
import java.nio.ByteBuffer;

/**
 * Receives one file's disassembly from {@link DisassemblyReader}, in the order GNU objdump prints it.
 * The calls come in this order:
 * <pre>
 * ( visitSection ( visitLabel ( (visitInstruction | visitData | visitBytes | visitZeros) visitRelocation* )* )* visitSectionEnd )*
 * </pre>
 * Addresses are unsigned 64-bit. The {@code text} handed over is only valid during the call.
 */
public interface DisassemblyVisitor {

    /** A section starts; it has contents. */
    void visitSection(Section section);

    /**
     * A labelled block starts at {@code address}: objdump's {@code 0000000000000000 <name>:} line.
     *
     * @param name   the symbol objdump shows, or the section's name when the section has no symbol
     * @param offset {@code address} minus the symbol's value (objdump's {@code <name+0x4>}; negative for
     *               {@code <name-0x4>} when the first symbol lies after the section start)
     */
    void visitLabel(long address, String name, long offset);

    /**
     * An instruction.
     *
     * @param length   2, 4, 6 or 8 bytes
     * @param encoding the instruction's bytes as a little-endian number
     * @param text     objdump's text, e.g. {@code auipc\ta5,0x0}, without symbol annotations
     */
    void visitInstruction(long address, int length, long encoding, CharSequence text);

    /**
     * Data in code (a {@code $d} region, or a section that is not code), e.g. {@code .word\t0x00000000}.
     *
     * @param length 1, 2 or 4 bytes
     * @param value  the bytes as a little-endian number
     */
    void visitData(long address, int length, long value, CharSequence text);

    /**
     * Raw bytes of a block labelled by an object symbol, which objdump does not disassemble: one line
     * of at most 16 bytes shown in groups of {@code chunk} bytes, each group as a little-endian number,
     * then the bytes as ASCII.
     *
     * @param bytes  the section's contents; the line is {@code bytes[offset, offset + length)}
     * @param chunk  the group size objdump happens to use (that of the last instruction shown, else 1)
     * @param groups how many groups objdump shows (a group that would run past the block is left out)
     */
    void visitBytes(long address, ByteBuffer bytes, int offset, int length, int chunk, int groups);

    /** A run of {@code length} zero bytes objdump skips, printing {@code ...}. */
    void visitZeros(long address, long length);

    /**
     * A relocation of the section, after the instruction it applies to, like {@code objdump -dr}.
     *
     * @param address the relocation's r_offset
     * @param type    the R_RISCV_* number
     * @param symbol  the symbol as objdump shows it ({@code *ABS*} for none, a section's name for its symbol)
     */
    void visitRelocation(long address, int type, String symbol, long addend);

    /** The section ends. */
    void visitSectionEnd(Section section);
}
