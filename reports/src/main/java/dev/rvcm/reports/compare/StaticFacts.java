package dev.rvcm.reports.compare;

import java.util.List;
import java.util.Optional;

/**
 * What one linked variant is, read from its image without running it.
 *
 * @param codeModel the code model the analyzer infers for the whole image (the C library included)
 * @param accessesFrom where the accesses were found: {@code RELOCATIONS} (linked with {@code --emit-relocs}) or
 *                     {@code INSTRUCTIONS}
 * @param codeSize bytes of executable sections
 * @param gotEntries 8-byte entries of {@code .got} (the C library's included)
 * @param whole accesses in the whole image
 * @param ownCode accesses in the program's own functions, when {@link OwnCode} is known
 * @param dataFixups the boot-time fixups of data, when the accesses come from relocations
 * @param semiPicReady true when nothing but data fixups stands between the image and running anywhere
 * @param got every entry of {@code .got}
 */
public record StaticFacts(String codeModel, String accessesFrom, long codeSize, long gotEntries, AccessCounts whole, Optional<AccessCounts> ownCode,
                          Optional<DataFixups> dataFixups, boolean semiPicReady, List<GotEntry> got) {

    public StaticFacts {
        got = List.copyOf(got);
    }
}
