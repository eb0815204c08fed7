package dev.rvcm.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the fields worth mutating lie in an ELF64 little-endian file or an {@code ar} archive of
 * them, by category: the ELF header ({@code e_shoff}, {@code e_phoff}, counts…), section headers
 * ({@code sh_offset}, {@code sh_size}, {@code sh_link}…), program headers ({@code p_filesz}…),
 * symbols ({@code st_shndx}, {@code st_value}…), relocations ({@code r_info}, {@code r_offset}…),
 * instruction words of code sections, bytes of attribute and string sections, archive member sizes.
 * Found once per seed with plain reads (no rvcm code), so mutations hit the structure on purpose
 * rather than by chance.
 */
final class FuzzTargets {

    /** How a field is written: a little-endian number, ASCII decimal digits, or an ar member name. */
    enum Encoding { BINARY, DECIMAL, AR_NAME }

    /** A field: {@code width} bytes at {@code offset}. */
    record Field(int offset, int width, Encoding encoding, String name) {
    }

    private static final int MAX_PER_TABLE = 512;

    private final Map<String, List<Field>> byCategory = new LinkedHashMap<>();
    private final boolean headersOnly;

    private FuzzTargets(boolean headersOnly) {
        this.headersOnly = headersOnly;
    }

    /** The fields of {@code image}, an ELF file or an archive. */
    static FuzzTargets of(byte[] image) {
        FuzzTargets t = new FuzzTargets(false);
        if (image.length >= 8 && new String(image, 0, 8, StandardCharsets.ISO_8859_1).equals("!<arch>\n")) {
            t.archive(image);
        } else {
            t.elf(image, 0, image.length);
        }
        return t;
    }

    /**
     * Only the ELF, section and program headers of a large ELF file (a kernel): {@code image} holds
     * the file's first bytes and the section header table at {@code e_shoff}, in place.
     */
    static FuzzTargets headersOf(byte[] image) {
        FuzzTargets t = new FuzzTargets(true);
        t.elf(image, 0, image.length);
        return t;
    }

    /** The categories present, in a fixed order. */
    List<String> categories() {
        return List.copyOf(byCategory.keySet());
    }

    List<Field> fields(String category) {
        return byCategory.get(category);
    }

    private void add(String category, int offset, int width, String name) {
        byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(new Field(offset, width, Encoding.BINARY, name));
    }

    private void archive(byte[] image) {
        int at = 8;
        while (at + 60 <= image.length) {
            List<Field> ar = byCategory.computeIfAbsent("ar", k -> new ArrayList<>());
            ar.add(new Field(at + 48, 10, Encoding.DECIMAL, "ar_size"));
            ar.add(new Field(at, 16, Encoding.AR_NAME, "ar_name"));
            String sizeText = new String(image, at + 48, 10, StandardCharsets.ISO_8859_1).strip();
            long size;
            try {
                size = Long.parseLong(sizeText);
            } catch (NumberFormatException e) {
                return;
            }
            int body = at + 60;
            if (size < 0 || body + size > image.length) {
                return;
            }
            elf(image, body, (int) size);
            at = (int) (body + size + (size & 1));
        }
    }

    private void elf(byte[] image, int base, int length) {
        if (length < 64 || image[base] != 0x7f || image[base + 1] != 'E' || image[base + 4] != 2 || image[base + 5] != 1) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(image, base, length).slice().order(ByteOrder.LITTLE_ENDIAN);
        String[][] header = {{"4", "1", "EI_CLASS"}, {"5", "1", "EI_DATA"}, {"16", "2", "e_type"}, {"18", "2", "e_machine"},
            {"24", "8", "e_entry"}, {"32", "8", "e_phoff"}, {"40", "8", "e_shoff"}, {"48", "4", "e_flags"},
            {"52", "2", "e_ehsize"}, {"54", "2", "e_phentsize"}, {"56", "2", "e_phnum"}, {"58", "2", "e_shentsize"},
            {"60", "2", "e_shnum"}, {"62", "2", "e_shstrndx"}};
        for (String[] f : header) {
            add("ehdr", base + Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]);
        }
        long phoff = b.getLong(32);
        int phnum = Short.toUnsignedInt(b.getShort(56));
        for (int i = 0; i < Math.min(phnum, MAX_PER_TABLE); i++) {
            long p = phoff + 56L * i;
            if (p < 0 || p + 56 > length) {
                break;
            }
            int at = base + (int) p;
            add("phdr", at, 4, "p_type");
            add("phdr", at + 4, 4, "p_flags");
            add("phdr", at + 8, 8, "p_offset");
            add("phdr", at + 16, 8, "p_vaddr");
            add("phdr", at + 32, 8, "p_filesz");
            add("phdr", at + 40, 8, "p_memsz");
            add("phdr", at + 48, 8, "p_align");
        }
        long shoff = b.getLong(40);
        int shnum = Short.toUnsignedInt(b.getShort(60));
        for (int i = 0; i < Math.min(shnum, MAX_PER_TABLE); i++) {
            long s = shoff + 64L * i;
            if (s < 0 || s + 64 > length) {
                break;
            }
            int at = base + (int) s;
            add("shdr", at, 4, "sh_name");
            add("shdr", at + 4, 4, "sh_type");
            add("shdr", at + 8, 8, "sh_flags");
            add("shdr", at + 16, 8, "sh_addr");
            add("shdr", at + 24, 8, "sh_offset");
            add("shdr", at + 32, 8, "sh_size");
            add("shdr", at + 40, 4, "sh_link");
            add("shdr", at + 44, 4, "sh_info");
            add("shdr", at + 48, 8, "sh_addralign");
            add("shdr", at + 56, 8, "sh_entsize");
            if (!headersOnly) {
                contents(b, base, length, (int) s);
            }
        }
    }

    /** The entries of one section, by its type. */
    private void contents(ByteBuffer b, int base, int length, int header) {
        int type = b.getInt(header + 4);
        long flags = b.getLong(header + 8);
        long offset = b.getLong(header + 24);
        long size = b.getLong(header + 32);
        if (type == 8 || offset < 0 || size <= 0 || offset + size > length) { // SHT_NOBITS or out of the file
            return;
        }
        int at = base + (int) offset;
        int n = (int) size;
        switch (type) {
            case 2, 11 -> { // SHT_SYMTAB, SHT_DYNSYM
                for (int k = 0; k < Math.min(n / 24, MAX_PER_TABLE); k++) {
                    int e = at + 24 * k;
                    add("sym", e, 4, "st_name");
                    add("sym", e + 4, 1, "st_info");
                    add("sym", e + 5, 1, "st_other");
                    add("sym", e + 6, 2, "st_shndx");
                    add("sym", e + 8, 8, "st_value");
                    add("sym", e + 16, 8, "st_size");
                }
            }
            case 4, 9 -> { // SHT_RELA, SHT_REL
                int entry = type == 4 ? 24 : 16;
                for (int k = 0; k < Math.min(n / entry, MAX_PER_TABLE); k++) {
                    int e = at + entry * k;
                    add("rel", e, 8, "r_offset");
                    add("rel", e + 8, 8, "r_info");
                    add("rel", e + 8, 4, "r_info.type");
                    add("rel", e + 12, 4, "r_info.sym");
                    if (type == 4) {
                        add("rel", e + 16, 8, "r_addend");
                    }
                }
            }
            case 17, 18 -> { // SHT_GROUP, SHT_SYMTAB_SHNDX
                for (int k = 0; k < Math.min(n / 4, MAX_PER_TABLE); k++) {
                    add("words", at + 4 * k, 4, type == 17 ? "group" : "shndx");
                }
            }
            case 3 -> { // SHT_STRTAB: the terminator at the end, and a few bytes inside
                add("bytes", at + n - 1, 1, "strtab end");
                for (int k = 0; k < Math.min(n, 64); k += 7) {
                    add("bytes", at + k, 1, "strtab");
                }
            }
            case 0x70000003 -> { // SHT_RISCV_ATTRIBUTES: ULEB128 lengths and tags
                for (int k = 0; k < Math.min(n, MAX_PER_TABLE); k++) {
                    add("bytes", at + k, 1, "attributes");
                }
            }
            default -> {
                if ((flags & 4) != 0) { // SHF_EXECINSTR: instruction parcels
                    for (int k = 0; k + 4 <= n && k < 2 * MAX_PER_TABLE; k += 2) {
                        add("insn", at + k, k % 4 == 0 ? 4 : 2, "insn");
                    }
                }
            }
        }
    }
}
