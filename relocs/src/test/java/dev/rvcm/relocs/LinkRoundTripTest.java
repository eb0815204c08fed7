package dev.rvcm.relocs;

import dev.rvcm.relocs.write.ElfWriter;
import dev.rvcm.relocs.write.RelocatableObject;
import dev.rvcm.testing.RewriteLinkCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GNU ld accepts what {@link ElfWriter} writes, and the programs it links run alike under qemu. */
class LinkRoundTripTest {
    @TempDir
    Path dir;

    private RewriteLinkCheck check() {
        return new RewriteLinkCheck(dir, elf -> ElfWriter.write(RelocatableObject.of(elf)));
    }

    @Test
    void corpusProgramFromRewrittenObjectsRunsAlike() {
        check().corpusProgramsRunAlike();
    }

    @Test
    void programAgainstRewrittenLibcRunsAlike() {
        check().programAgainstRewrittenLibcRunsAlike();
    }
}
