package dev.rvcm.relocs.write;

/**
 * A section of an object being written. Index-valued fields ({@code link}, {@code info} for
 * SHF_INFO_LINK, group members) hold section indices of the same object.
 *
 * @param name the section name
 * @param type sh_type
 * @param flags sh_flags
 * @param address sh_addr (0 in relocatable objects)
 * @param alignment sh_addralign
 * @param entrySize sh_entsize
 * @param link sh_link
 * @param info sh_info
 * @param contents the bytes (ignored for SHT_NOBITS)
 * @param size sh_size; for SHT_NOBITS the only size there is
 */
public record OutSection(String name, int type, long flags, long address, long alignment, long entrySize, int link,
                         int info, byte[] contents, long size) {
}
