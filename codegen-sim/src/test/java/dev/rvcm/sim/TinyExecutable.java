package dev.rvcm.sim;

import dev.rvcm.isa.Opcode;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.elf.ElfFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a minimal static RV64 ET_EXEC from instruction words, for guests written in a few lines:
 * one read+execute PT_LOAD at {@link #BASE} holding the headers and the code; entry at the code.
 */
final class TinyExecutable {

    static final long BASE = 0x10000;
    static final int CODE_OFFSET = 64 + 56;

    private final List<Integer> words = new ArrayList<>();
    private int flags = 5;
    private long tohost = -1;
    private long entry = BASE + CODE_OFFSET;
    private long memorySize = -1;

    /** Sets the segment's {@code p_memsz} (by default its file size). */
    TinyExecutable memorySize(long bytes) {
        memorySize = bytes;
        return this;
    }

    /** Sets {@code e_entry} (by default the first instruction). */
    TinyExecutable entry(long address) {
        entry = address;
        return this;
    }

    /**
     * Gives the file a symbol table with {@code tohost} (absolute, at {@code address}), so that
     * {@link Machine#loadBareMetal} takes it as an HTIF program.
     */
    TinyExecutable tohost(long address) {
        tohost = address;
        return this;
    }

    /** Makes the segment writable too (PF_R | PF_W | PF_X), for self-modifying code. */
    TinyExecutable writable() {
        flags = 7;
        return this;
    }

    TinyExecutable emit(Opcode op, int... operands) {
        words.add(op.encode(operands));
        return this;
    }

    TinyExecutable raw(int word) {
        words.add(word);
        return this;
    }

    /** {@code li rd, value} for a value that fits 32 bits signed (lui + addiw). */
    TinyExecutable li(int rd, long value) {
        long lo = (value << 52) >> 52;
        long hi = value - lo;
        if (hi != 0) {
            emit(Opcode.LUI, rd, (int) hi);
            emit(Opcode.ADDIW, rd, rd, (int) lo);
        } else {
            emit(Opcode.ADDI, rd, 0, (int) lo);
        }
        return this;
    }

    TinyExecutable syscall(int number) {
        li(17, number);
        return emit(Opcode.ECALL);
    }

    ElfFile build(Path dir) throws IOException {
        int size = CODE_OFFSET + 4 * words.size();
        // With tohost: .strtab, .symtab, .shstrtab and four section headers after the loaded bytes.
        byte[] strtab = "\0tohost\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] shstrtab = "\0.symtab\0.strtab\0.shstrtab\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int strtabAt = (size + 7) & ~7;
        int symtabAt = (strtabAt + strtab.length + 7) & ~7;
        int shstrtabAt = symtabAt + 48;
        int shoff = (shstrtabAt + shstrtab.length + 7) & ~7;
        boolean symbols = tohost >= 0;
        ByteBuffer b = ByteBuffer.allocate(symbols ? shoff + 4 * 64 : size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        b.position(16);
        b.putShort((short) 2).putShort((short) 243).putInt(1);
        b.putLong(entry).putLong(64).putLong(symbols ? shoff : 0);
        b.putInt(0).putShort((short) 64).putShort((short) 56).putShort((short) 1);
        b.putShort((short) 64).putShort((short) (symbols ? 4 : 0)).putShort((short) (symbols ? 3 : 0));
        b.putInt(1).putInt(flags).putLong(0).putLong(BASE).putLong(BASE).putLong(size)
                .putLong(memorySize < 0 ? size : memorySize).putLong(0x1000);
        for (int w : words) {
            b.putInt(w);
        }
        if (symbols) {
            b.put(strtabAt, strtab).put(shstrtabAt, shstrtab);
            b.position(symtabAt + 24); // entry 0 is the null symbol
            b.putInt(1).put((byte) 0x11).put((byte) 0).putShort((short) 0xfff1).putLong(tohost).putLong(8); // GLOBAL OBJECT ABS
            b.position(shoff + 64);
            b.putInt(1).putInt(2).putLong(0).putLong(0).putLong(symtabAt).putLong(48).putInt(2).putInt(1).putLong(8).putLong(24);
            b.putInt(9).putInt(3).putLong(0).putLong(0).putLong(strtabAt).putLong(strtab.length).putInt(0).putInt(0).putLong(1).putLong(0);
            b.putInt(17).putInt(3).putLong(0).putLong(0).putLong(shstrtabAt).putLong(shstrtab.length).putInt(0).putInt(0).putLong(1).putLong(0);
        }
        Path file = Files.createTempFile(dir, "tiny", ".elf");
        Files.write(file, b.array());
        return Inputs.open(file).getFirst().elf();
    }
}
