package dev.rvcm.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The reference tools rvcm's tests compare against (Debian's riscv64 binutils, gcc, qemu). A test
 * that needs a missing tool or input fails loudly under {@code CI=true} and is skipped with a loud
 * message elsewhere.
 */
public final class ReferenceTools {
    public static final String READELF = "riscv64-linux-gnu-readelf";
    public static final String OBJDUMP = "riscv64-linux-gnu-objdump";
    public static final String AS = "riscv64-linux-gnu-as";
    public static final String LD = "riscv64-linux-gnu-ld";
    public static final String GCC = "riscv64-linux-gnu-gcc";
    public static final String QEMU = "qemu-riscv64";
    public static final String AR = "riscv64-linux-gnu-ar";

    private ReferenceTools() {
    }

    /** Requires {@code tool} on the PATH; {@code debianPackage} tells how to install it. */
    public static void require(String tool, String debianPackage) {
        requireThat(runs(tool), tool + " is not on the PATH (apt-get install " + debianPackage + ")");
    }

    /** Requires binutils' readelf. */
    public static void requireReadelf() {
        require(READELF, "binutils-riscv64-linux-gnu");
    }

    /** Requires a test input file. */
    public static void require(Path file) {
        requireThat(Files.isRegularFile(file), "test input " + file + " is missing");
    }

    /** Fails under CI=true, otherwise skips the test, with a loud message either way. */
    public static void requireThat(boolean condition, String message) {
        if (condition) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("*** FAILING (CI=true): " + message + " ***");
        }
        String loud = "*** SKIPPING: " + message + " ***";
        System.err.println(loud);
        assumeTrue(false, loud);
    }

    private static boolean runs(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
