package dev.rvcm.reports.compare;

/**
 * The pointer words in an image's data that need a RELATIVE fixup when it moves (boot-time relocation).
 * Only relocations show them: an image audited from its instructions has none to report.
 *
 * @param words how many
 * @param relaBytes their size as Elf64_Rela entries
 * @param relrBytes their size packed as SHT_RELR
 */
public record DataFixups(long words, long relaBytes, long relrBytes) {
}
