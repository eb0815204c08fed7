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
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        b.position(16);
        b.putShort((short) 2).putShort((short) 243).putInt(1);
        b.putLong(BASE + CODE_OFFSET).putLong(64).putLong(0);
        b.putInt(0).putShort((short) 64).putShort((short) 56).putShort((short) 1);
        b.putShort((short) 64).putShort((short) 0).putShort((short) 0);
        b.putInt(1).putInt(flags).putLong(0).putLong(BASE).putLong(BASE).putLong(size).putLong(size).putLong(0x1000);
        for (int w : words) {
            b.putInt(w);
        }
        Path file = Files.createTempFile(dir, "tiny", ".elf");
        Files.write(file, b.array());
        return Inputs.open(file).getFirst().elf();
    }
}
