package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import java.nio.ByteBuffer;
import org.eclipse.collections.api.map.primitive.IntObjectMap;
import org.eclipse.collections.api.map.primitive.MutableIntObjectMap;
import org.eclipse.collections.impl.factory.primitive.IntObjectMaps;

/**
 * GNU symbol versioning for a dynamic symbol table: {@code .gnu.version} (one u16 per symbol),
 * with the names from {@code .gnu.version_d} (versions this file defines) and
 * {@code .gnu.version_r} (versions it needs).
 *
 * @see <a href="https://refspecs.linuxfoundation.org/LSB_5.0.0/LSB-Core-generic/LSB-Core-generic/symversion.html">LSB: Symbol Versioning</a>
 */
public final class SymbolVersions {
    /** The versym bit of a hidden (non-default) version. */
    public static final int VERSYM_HIDDEN = 0x8000;
    /** The versym mask of the version index. */
    public static final int VERSYM_VERSION = 0x7fff;

    /** For symbol tables without versions. */
    public static final SymbolVersions NONE = new SymbolVersions(null, 0, 0,
        IntObjectMaps.immutable.empty(), IntObjectMaps.immutable.empty());

    private static final int VERDEF_SIZE = 20;
    private static final int VERNEED_SIZE = 16;
    private static final int AUX_SIZE = 8;
    private static final int VERNAUX_SIZE = 16;

    private final ByteBuffer bytes;
    private final int versymBase;
    private final int versymCount;
    private final IntObjectMap<String> defined;
    private final IntObjectMap<String> needed;

    private SymbolVersions(ByteBuffer bytes, int versymBase, int versymCount,
                           IntObjectMap<String> defined, IntObjectMap<String> needed) {
        this.bytes = bytes;
        this.versymBase = versymBase;
        this.versymCount = versymCount;
        this.defined = defined;
        this.needed = needed;
    }

    static SymbolVersions read(String source, FileImage image, Section versym, Section verdef,
                               StringTable verdefNames, Section verneed, StringTable verneedNames) {
        ByteBuffer table = image.region(versym.offset(), versym.size(), "version table " + versym.name());
        MutableIntObjectMap<String> defined = IntObjectMaps.mutable.empty();
        if (verdef != null) {
            readDefinitions(source, image, verdef, verdefNames, defined);
        }
        MutableIntObjectMap<String> needed = IntObjectMaps.mutable.empty();
        if (verneed != null) {
            readNeeds(image, verneed, verneedNames, needed);
        }
        return new SymbolVersions(table, 0, (int) (versym.size() / 2), defined.toImmutable(), needed.toImmutable());
    }

    private static void readDefinitions(String source, FileImage image, Section verdef, StringTable names,
                                        MutableIntObjectMap<String> into) {
        ByteBuffer bytes = image.region(verdef.offset(), verdef.size(), "version definitions " + verdef.name());
        long at = 0;
        long end = verdef.size();
        for (int n = 0; n < verdef.info() && at + VERDEF_SIZE <= end; n++) {
            int here = (int) at;
            int index = Bytes.u16(bytes, here + 4);
            long aux = at + Bytes.u32(bytes, here + 12);
            if (aux + AUX_SIZE <= end && aux >= at) {
                into.put(index, names.string(Bytes.u32(bytes, (int) aux)));
            } else {
                throw new ElfFormatException(source, verdef.offset() + here, "version definition " + n + " has its name past the section");
            }
            long next = Bytes.u32(bytes, here + 16);
            if (next == 0) {
                break;
            }
            at += next;
        }
    }

    private static void readNeeds(FileImage image, Section verneed, StringTable names, MutableIntObjectMap<String> into) {
        ByteBuffer bytes = image.region(verneed.offset(), verneed.size(), "version needs " + verneed.name());
        long at = 0;
        long end = verneed.size();
        for (int n = 0; n < verneed.info() && at + VERNEED_SIZE <= end; n++) {
            int here = (int) at;
            int auxCount = Bytes.u16(bytes, here + 2);
            long aux = at + Bytes.u32(bytes, here + 8);
            for (int k = 0; k < auxCount && aux >= at && aux + VERNAUX_SIZE <= end; k++) {
                int a = (int) aux;
                into.put(Bytes.u16(bytes, a + 6), names.string(Bytes.u32(bytes, a + 8)));
                long next = Bytes.u32(bytes, a + 12);
                if (next == 0) {
                    break;
                }
                aux += next;
            }
            long next = Bytes.u32(bytes, here + 12);
            if (next == 0) {
                break;
            }
            at += next;
        }
    }

    /** The raw versym word of a symbol, 0 when the table has none. */
    public int versym(int symbolIndex) {
        return symbolIndex < versymCount ? Bytes.u16(bytes, versymBase + 2 * symbolIndex) : 0;
    }

    /**
     * The suffix readelf appends to a symbol name: {@code @@VERSION} for a default version this
     * file defines, {@code @VERSION} for a hidden or needed one, "" for none.
     */
    public String suffix(int symbolIndex, boolean definedHere) {
        int word = versym(symbolIndex);
        int index = word & VERSYM_VERSION;
        if (index < 2) {
            return "";
        }
        if (definedHere) {
            String name = defined.get(index);
            if (name != null) {
                return ((word & VERSYM_HIDDEN) != 0 ? "@" : "@@") + name;
            }
        }
        String name = needed.get(index);
        return name == null ? "" : "@" + name;
    }
}
