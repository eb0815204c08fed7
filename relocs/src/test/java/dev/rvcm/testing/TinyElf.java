package dev.rvcm.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a minimal RISC-V ELF64 relocatable object for tests: sections {@code .text},
 * {@code .symtab}, {@code .strtab}, {@code .rela.text}, {@code .shstrtab}, one global symbol
 * {@code sym}, and the relocations added. The layout is fixed so tests can corrupt a known field.
 */
public final class TinyElf {
    /** Section indices. */
    public static final int TEXT = 1;
    public static final int SYMTAB = 2;
    public static final int STRTAB = 3;
    public static final int RELA_TEXT = 4;
    public static final int SHSTRTAB = 5;
    private static final int SECTIONS = 6;

    private final List<long[]> relocations = new ArrayList<>();

    /** Adds a relocation (symbol 1 is {@code sym}, 0 none). */
    public TinyElf relocation(long offset, int type, int symbol, long addend) {
        relocations.add(new long[] {offset, type, symbol, addend});
        return this;
    }

    /** The file image. Section headers start at {@link #sectionHeaderOffset(byte[])}. */
    public byte[] build() {
        byte[] text = new byte[16];
        byte[] strtab = "\0sym\0".getBytes(StandardCharsets.US_ASCII);
        byte[] shstrtab = "\0.text\0.symtab\0.strtab\0.rela.text\0.shstrtab\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer symtab = le(48);
        symtab.position(24).putInt(1).put((byte) 0x10).put((byte) 0).putShort((short) TEXT).putLong(4).putLong(0);
        ByteBuffer rela = le(24 * relocations.size());
        for (long[] r : relocations) {
            rela.putLong(r[0]).putLong((r[2] << 32) | (r[1] & 0xffffffffL)).putLong(r[3]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[64]);
        long[] offsets = new long[SECTIONS];
        byte[][] bodies = {null, text, symtab.array(), strtab, rela.array(), shstrtab};
        for (int i = 1; i < SECTIONS; i++) {
            while (out.size() % 8 != 0) {
                out.write(0);
            }
            offsets[i] = out.size();
            out.writeBytes(bodies[i]);
        }
        while (out.size() % 8 != 0) {
            out.write(0);
        }
        long shoff = out.size();
        ByteBuffer headers = le(64 * SECTIONS);
        int[] names = {0, 1, 7, 15, 23, 34};
        int[] types = {0, 1, 2, 3, 4, 3};
        long[] flags = {0, 6, 0, 0, 0x40, 0};
        int[] links = {0, 0, STRTAB, 0, SYMTAB, 0};
        int[] infos = {0, 0, 1, 0, TEXT, 0};
        long[] entsizes = {0, 0, 24, 0, 24, 0};
        for (int i = 0; i < SECTIONS; i++) {
            headers.position(64 * i).putInt(names[i]).putInt(types[i]).putLong(flags[i]).putLong(0).putLong(offsets[i])
                .putLong(i == 0 ? 0 : bodies[i].length).putInt(links[i]).putInt(infos[i]).putLong(i == 0 ? 0 : 1)
                .putLong(entsizes[i]);
        }
        out.writeBytes(headers.array());
        byte[] image = out.toByteArray();
        ByteBuffer h = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        h.position(16);
        h.putShort((short) 1).putShort((short) 243).putInt(1).putLong(0).putLong(0).putLong(shoff).putInt(0x5)
            .putShort((short) 64).putShort((short) 0).putShort((short) 0).putShort((short) 64)
            .putShort((short) SECTIONS).putShort((short) SHSTRTAB);
        return image;
    }

    /** e_shoff of an image. */
    public static int sectionHeaderOffset(byte[] image) {
        return (int) ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).getLong(0x28);
    }

    /** The file offset of field {@code fieldOffset} in section header {@code section}. */
    public static int sectionHeaderField(byte[] image, int section, int fieldOffset) {
        return sectionHeaderOffset(image) + 64 * section + fieldOffset;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
