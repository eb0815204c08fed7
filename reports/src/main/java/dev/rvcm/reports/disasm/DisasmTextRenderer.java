package dev.rvcm.reports.disasm;

import dev.rvcm.isa.read.DisassemblyReader;
import dev.rvcm.isa.read.DisassemblyVisitor;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.riscv.RelocationCatalogue;
import dev.rvcm.reports.text.TextSink;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * {@code rvcm disasm} as text, laid out as GNU objdump 2.40 {@code -dr} lays it out: a heading per
 * file ({@code In archive …} before an archive's members), {@code Disassembly of section …}, a
 * {@code 0000000000000000 <symbol>:} line per block, then one line per instruction — address
 * (leading zeros dropped in groups of four), the encoding in 16- or 32-bit groups, the text — and
 * the relocations of each instruction on their own lines. Branch and jump targets are followed by
 * {@code <symbol+0x…>}, and instructions completing an {@code auipc}/{@code lui} pair (or using
 * {@code gp}, {@code tp}) by {@code # address <symbol>}, as objdump names them.
 */
public final class DisasmTextRenderer implements DisassemblyVisitor {
    private static final int INSTRUCTION_BYTES_PER_LINE = 8;
    private static final int RAW_BYTES_PER_LINE = 16;

    private final TextSink out;
    private final boolean aliases;
    private final Set<String> sections;
    private String archive;
    private int addressDigits = 16;

    /**
     * @param aliases  objdump's pseudo-instructions ({@code false}: {@code -M no-aliases})
     * @param sections the sections to show, or empty for every code section
     */
    public DisasmTextRenderer(TextSink out, boolean aliases, Set<String> sections) {
        this.out = out;
        this.aliases = aliases;
        this.sections = sections;
    }

    public void render(ElfUnit unit) {
        String name;
        if (unit.member().isPresent()) {
            if (!unit.path().equals(archive)) {
                archive = unit.path();
                out.append("In archive ").append(archive).append(":").newline();
            }
            name = unit.member().get();
        } else {
            archive = null;
            name = unit.path();
        }
        out.newline().append(name).append(":     file format elf64-littleriscv").newline().newline();
        new DisassemblyReader(unit.elf(), aliases).accept(this, sections, true);
    }

    @Override
    public void visitSection(Section section) {
        out.newline().append("Disassembly of section ").append(section.name()).append(":").newline();
        long end = section.address() + section.size();
        int zeros = Long.numberOfLeadingZeros(end) / 4;
        if (zeros == 16 && section.address() != 0) {
            zeros = 0;
        }
        addressDigits = 16 - (zeros != 0 ? (zeros - 1) & ~3 : 0);
    }

    @Override
    public void visitLabel(long address, String name, long offset) {
        out.newline().hex(address, 16).append(" <").append(name);
        if (offset > 0) {
            out.append("+0x").hex(offset);
        } else if (offset < 0) {
            out.append("-0x").hex(-offset);
        }
        out.append(">:").newline();
    }

    @Override
    public void visitInstruction(long address, int length, long encoding, CharSequence text) {
        address(address);
        encoding(length, encoding, length % 4 == 0 ? 4 : 2, INSTRUCTION_BYTES_PER_LINE);
        out.append('\t').append(text).newline();
    }

    @Override
    public void visitData(long address, int length, long value, CharSequence text) {
        address(address);
        encoding(length, value, length, length == 1 ? 6 : INSTRUCTION_BYTES_PER_LINE);
        out.append('\t').append(text).newline();
    }

    @Override
    public void visitBytes(long address, ByteBuffer bytes, int offset, int length, int chunk, int groups) {
        address(address);
        for (int j = 0, group = 0; j < length; j += chunk, group++) {
            if (group < groups) {
                for (int k = chunk - 1; k >= 0; k--) {
                    out.hex(bytes.get(offset + j + k), 2);
                }
            }
            out.append(' ');
        }
        for (int pb = length; pb < RAW_BYTES_PER_LINE; pb += chunk) {
            out.spaces(2 * chunk + 1);
        }
        out.spaces(4);
        for (int j = 0; j < length; j++) {
            int b = bytes.get(offset + j) & 0xff;
            out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        out.newline();
    }

    @Override
    public void visitZeros(long address, long length) {
        out.append("\t...").newline();
    }

    @Override
    public void visitRelocation(long address, int type, String symbol, long addend) {
        out.append("\t\t\t").hex(address).append(": ").append(RelocationCatalogue.name(type)).append('\t').append(symbol);
        if (addend < 0) {
            out.append("-0x").hex(-addend);
        } else if (addend > 0) {
            out.append("+0x").hex(addend);
        }
        out.newline();
    }

    @Override
    public void visitSectionEnd(Section section) {
    }

    /** objdump's address column: leading zeros as blanks, at least one digit, then ":\t". */
    private void address(long address) {
        int significant = Math.max(1, (67 - Long.numberOfLeadingZeros(address)) / 4);
        if (significant >= addressDigits) {
            out.hex(address, addressDigits);
        } else {
            out.spaces(addressDigits - significant).hex(address, significant);
        }
        out.append(":\t");
    }

    /** The bytes in groups of {@code chunk}, each group as one little-endian number, padded to the line. */
    private void encoding(int length, long value, int chunk, int bytesPerLine) {
        int shown = Math.min(length, bytesPerLine);
        for (int i = 0; i < shown; i += chunk) {
            out.hex(value >>> (8 * i), 2 * chunk).append(' ');
        }
        for (int i = shown; i < bytesPerLine; i += chunk) {
            out.spaces(2 * chunk + 1);
        }
    }
}
