package dev.rvcm.isa.ir;

import dev.rvcm.testing.RewriteLinkCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects whose code went through the IR (reader, tree, checking visitor, writer) link with GNU ld
 * into programs that run under qemu exactly as the originals: the corpus program in every code
 * model, and a program against a libc.a whose every member went through the IR.
 */
class IrLinkRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void corpusProgramThroughTheIrRunsAlike() {
        new RewriteLinkCheck(dir, elf -> IrRoundTrip.throughIr(elf, new long[1])).corpusProgramsRunAlike();
    }

    @Test
    void programAgainstLibcThroughTheIrRunsAlike() {
        new RewriteLinkCheck(dir, elf -> IrRoundTrip.throughIr(elf, new long[1])).programAgainstRewrittenLibcRunsAlike();
    }
}
