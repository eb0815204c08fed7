package dev.rvcm.isa;

import dev.rvcm.testing.Corpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decode and disassembly throughput and allocation over the medany kernel's {@code .text}, swept
 * linearly. Not a test: run it by hand after {@code mvn -pl isa test-compile}:
 *
 * <pre>
 * java -cp isa/target/classes:isa/target/test-classes dev.rvcm.isa.DisassemblerBench [vmlinux]
 * </pre>
 */
public final class DisassemblerBench {

    private DisassemblerBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path vmlinux = args.length > 0 ? Path.of(args[0]) : Corpus.kernel("medany", "vmlinux");
        Path text = Files.createTempFile("rvcm-text", ".bin");
        Process objcopy = new ProcessBuilder("riscv64-linux-gnu-objcopy", "-O", "binary", "--only-section=.text",
                vmlinux.toString(), text.toString()).inheritIO().start();
        if (objcopy.waitFor() != 0) {
            throw new IllegalStateException("objcopy failed");
        }
        ByteBuffer code = ByteBuffer.wrap(Files.readAllBytes(text)).order(ByteOrder.LITTLE_ENDIAN);
        Files.delete(text);
        Disassembler disassembler = new Disassembler(Extensions.ALL, true);
        Decoder decoder = disassembler.decoder();
        StringBuilder out = new StringBuilder(64);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            long count = 0;
            long checksum = 0;
            for (int pc = 0; pc + 4 <= code.limit(); ) {
                int word = code.getInt(pc);
                checksum += decoder.opcode(word).ordinal();
                pc += Decoder.length(word);
                count++;
            }
            long decodeNanos = System.nanoTime() - start;
            long decodeBytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;

            bytesBefore = threads.getCurrentThreadAllocatedBytes();
            start = System.nanoTime();
            for (int pc = 0; pc + 4 <= code.limit(); ) {
                out.setLength(0);
                pc += disassembler.append(out, code.getInt(pc), 0xffffffff80002000L + pc);
                checksum += out.length();
            }
            long printNanos = System.nanoTime() - start;
            long printBytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            System.out.printf("round %d: %,d instructions; decode %.1f ns/insn, %d bytes allocated;"
                            + " disassemble %.1f ns/insn, %d bytes allocated (checksum %d)%n",
                    round, count, (double) decodeNanos / count, decodeBytes, (double) printNanos / count,
                    printBytes, checksum);
        }
    }
}
