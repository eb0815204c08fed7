package dev.rvcm.relocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ElfReader;
import dev.rvcm.testing.TinyElf;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of malformed input gives one {@link ElfFormatException} that says what is wrong. */
class BadInputTest {
    private static final int SH_OFFSET = 0x18;
    private static final int SH_SIZE = 0x20;
    private static final int SH_LINK = 0x28;

    private static byte[] tiny() {
        return new TinyElf().relocation(0, 23, 1, 0).relocation(4, 24, 1, 0).build();
    }

    private static void assertRefused(byte[] image, String... words) {
        assertThatThrownBy(() -> ElfReader.read("bad.o", ByteBuffer.wrap(image)))
            .isInstanceOf(ElfFormatException.class)
            .hasMessageStartingWith("bad.o: ")
            .hasMessageContainingAll(words);
    }

    private static byte[] patched(Consumer<ByteBuffer> patch) {
        byte[] image = tiny();
        patch.accept(ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN));
        return image;
    }

    @Test
    void theUnpatchedObjectReads() {
        assertThat(ElfReader.read("ok.o", ByteBuffer.wrap(tiny())).relocationCount()).isEqualTo(2);
    }

    @Test
    void everyTruncationIsRefusedCleanly() {
        byte[] image = tiny();
        for (int length = 0; length < image.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(image, length);
            assertThatThrownBy(() -> ElfReader.read("cut.o", ByteBuffer.wrap(cut)))
                .as("truncated to %d bytes", length).isInstanceOf(ElfFormatException.class);
        }
    }

    @Test
    void garbageIsNotElf() {
        assertRefused("hello, world\n".repeat(10).getBytes(StandardCharsets.US_ASCII), "not an ELF file");
        assertRefused(new byte[0], "not an ELF file");
    }

    @Test
    void wrongClassEndiannessAndMachineAreNamed() {
        assertRefused(patched(b -> b.put(4, (byte) 1)), "ELF32");
        assertRefused(patched(b -> b.put(5, (byte) 2)), "big-endian");
        assertRefused(patched(b -> b.putShort(18, (short) 62)), "machine 62 (x86-64), not RISC-V");
        assertRefused(patched(b -> b.putShort(18, (short) 183)), "AArch64");
    }

    @Test
    void offsetsAndSizesPastTheEnd() {
        byte[] image = tiny();
        int rela = TinyElf.sectionHeaderField(image, TinyElf.RELA_TEXT, SH_OFFSET);
        assertRefused(patched(b -> b.putLong(rela, 1L << 40)), "section 4 (.rela.text)", "runs past the end");
        int size = TinyElf.sectionHeaderField(image, TinyElf.RELA_TEXT, SH_SIZE);
        assertRefused(patched(b -> b.putLong(size, Long.MAX_VALUE)), "runs past the end");
        assertRefused(patched(b -> b.putLong(0x28, -8L)), "section header", "runs past the end");
    }

    @Test
    void aNullSectionsOffsetAndSizeAreIgnored() {
        byte[] image = tiny();
        int type = TinyElf.sectionHeaderField(image, TinyElf.TEXT, 4);
        int offset = TinyElf.sectionHeaderField(image, TinyElf.TEXT, SH_OFFSET);
        ElfFile elf = ElfReader.read("null.o", ByteBuffer.wrap(patched(b -> b.putInt(type, 0).putLong(offset, 65535))));
        assertThat(elf.contents(elf.section(TinyElf.TEXT)).remaining()).isZero();
    }

    @Test
    void absurdCounts() {
        assertRefused(patched(b -> b.putShort(0x3c, (short) 0xfff0)), "section header table of 65520 entries");
        assertRefused(patched(b -> b.putShort(0x38, (short) 0x7fff).putShort(0x36, (short) 56).putLong(0x20, 64)), "program header table of 32767 entries");
        assertRefused(patched(b -> b.putShort(0x3e, (short) 40)), "section name table index 40");
    }

    @Test
    void stringAndSymbolIndicesOutOfRange() {
        byte[] image = tiny();
        int symtab = (int) ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN)
            .getLong(TinyElf.sectionHeaderField(image, TinyElf.SYMTAB, SH_OFFSET));
        assertRefused(patched(b -> b.putInt(symtab + 24, 9999)), "symbol 1 of .symtab has name offset 9999");
        assertRefused(patched(b -> b.putInt(TinyElf.sectionHeaderOffset(image) + 64 * TinyElf.TEXT, 5000)),
            "section 1 has name offset 5000");
        int rela = (int) ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN)
            .getLong(TinyElf.sectionHeaderField(image, TinyElf.RELA_TEXT, SH_OFFSET));
        assertRefused(patched(b -> b.putInt(rela + 12, 99)), "relocation 0 of .rela.text refers to symbol 99");
        assertRefused(patched(b -> b.putShort(symtab + 24 + 6, (short) 77)), "refers to section 77");
    }

    @Test
    void linksThatGoNowhere() {
        byte[] image = tiny();
        int link = TinyElf.sectionHeaderField(image, TinyElf.RELA_TEXT, SH_LINK);
        assertRefused(patched(b -> b.putInt(link, TinyElf.RELA_TEXT)), "section 4 (.rela.text) links to itself");
        assertRefused(patched(b -> b.putInt(link, 1000)), "links to 1000");
        assertRefused(patched(b -> b.putInt(link, TinyElf.TEXT)), "is linked as a symbol table");
        int symtabLink = TinyElf.sectionHeaderField(image, TinyElf.SYMTAB, SH_LINK);
        assertRefused(patched(b -> b.putInt(symtabLink, TinyElf.SYMTAB)), "section 2 (.symtab) links to itself");
        assertRefused(patched(b -> b.putInt(symtabLink, TinyElf.TEXT)), "used as a string table");
        // Found by the command fuzz test: sh_info 0xffffffff read as -1 slipped past the range check,
        // and rvcm relocs failed with ArrayIndexOutOfBoundsException (exit 70).
        int info = TinyElf.sectionHeaderField(image, TinyElf.RELA_TEXT, SH_LINK + 4);
        assertRefused(patched(b -> b.putInt(info, -1)), "relocation section .rela.text applies to section 4294967295 of 6");
        assertRefused(patched(b -> b.putInt(info, 6)), "applies to section 6 of 6");
    }

    @Test
    void unterminatedStringTable() {
        byte[] image = tiny();
        int strtab = (int) ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN)
            .getLong(TinyElf.sectionHeaderField(image, TinyElf.STRTAB, SH_OFFSET));
        assertRefused(patched(b -> b.put(strtab + 4, (byte) 'x')), "does not end with a NUL byte");
    }

    @Test
    void archivesThatLie(@TempDir Path dir) throws IOException {
        Path thin = dir.resolve("thin.a");
        Files.writeString(thin, "!<thin>\n");
        assertThatThrownBy(() -> Inputs.open(thin)).isInstanceOf(ElfFormatException.class).hasMessageContaining("thin archive");
        Path badSize = dir.resolve("bad.a");
        Files.writeString(badSize, "!<arch>\n" + "a.o/            0           0     0     644     12x       `\n");
        assertThatThrownBy(() -> Inputs.open(badSize)).hasMessageContaining("is not a decimal number");
        Path longSize = dir.resolve("long.a");
        Files.writeString(longSize, "!<arch>\n" + "a.o/            0           0     0     644     9999999999`\n");
        assertThatThrownBy(() -> Inputs.open(longSize)).hasMessageContaining("runs past the end of the archive");
        Path badMember = dir.resolve("member.a");
        Files.writeString(badMember, "!<arch>\n" + "a.o/            0           0     0     644     4         `\nJUNK");
        assertThatThrownBy(() -> Inputs.open(badMember)).hasMessage(badMember + "(a.o): not an ELF file (no \\x7fELF magic) (at offset 0x0)");
        Path noName = dir.resolve("longname.a");
        Files.writeString(noName, "!<arch>\n" + "/42             0           0     0     644     0         `\n");
        assertThatThrownBy(() -> Inputs.open(noName)).hasMessageContaining("has no long-name table entry");
    }

    @Test
    void bsdMemberNamesWithABadLength(@TempDir Path dir) throws IOException {
        for (String name : java.util.List.of("#1/x", "#1/-5", "#1/", "#1/99999999999")) {
            Path bsd = dir.resolve("bsd.a");
            Files.writeString(bsd, "!<arch>\n" + String.format("%-16s%-12s%-6s%-6s%-8s%-10d`\nJUNK", name, "0", "0", "0", "644", 4));
            assertThatThrownBy(() -> Inputs.open(bsd)).as(name).isInstanceOf(ElfFormatException.class)
                .hasMessageContaining("BSD member name length");
        }
    }

    @Test
    void controlCharactersFromTheInputStayOnOneLine(@TempDir Path dir) throws IOException {
        // Found by the command fuzz test: a member name holding a newline split rvcm's one-line error in two.
        Path newline = dir.resolve("newline.a");
        Files.writeString(newline, "!<arch>\n" + String.format("%-16s%-12s%-6s%-6s%-8s%-10d`\n", "/\n\u007f", "0", "0", "0", "644", 0));
        assertThatThrownBy(() -> Inputs.open(newline)).isInstanceOf(ElfFormatException.class)
            .hasMessage(newline + ": member name /^J^? has no long-name table entry (at offset 0x8)");
        Path member = dir.resolve("member.a");
        Files.writeString(member, "!<arch>\n" + String.format("%-16s%-12s%-6s%-6s%-8s%-10d`\nJUNK", "a\tb.o/", "0", "0", "0", "644", 4));
        assertThatThrownBy(() -> Inputs.open(member)).hasMessageStartingWith(member + "(a^Ib.o): not an ELF file");
    }

    @Test
    void filesThatAreNotThere(@TempDir Path dir) {
        assertThatThrownBy(() -> Inputs.open(dir.resolve("missing.o"))).isInstanceOf(ElfFormatException.class)
            .hasMessageEndingWith("missing.o: no such file");
        assertThatThrownBy(() -> Inputs.open(dir)).isInstanceOf(ElfFormatException.class).hasMessageEndingWith("is a directory");
    }
}
