package dev.rvcm.cli.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Links a variant with the compiler driver ({@code --cc}, default {@value #DEFAULT}):
 * {@code CC INPUTS... LINK_ARGS... -o OUT}.
 *
 * @param command the driver and its options, split at blanks
 * @param linkArgs more arguments after the inputs ({@code --link-arg}, e.g. {@code -lm})
 */
public record Linker(List<String> command, List<String> linkArgs) {
    /**
     * The default driver: Debian's riscv64 cross gcc, linking statically and keeping the relocations in the
     * output ({@code --emit-relocs}), so that the variant's audit is exact.
     */
    public static final String DEFAULT = "riscv64-linux-gnu-gcc -static -Wl,--emit-relocs";
    private static final int SHOWN_LINES = 5;

    public Linker {
        command = List.copyOf(command);
        linkArgs = List.copyOf(linkArgs);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("--cc names no command");
        }
    }

    /** A linker from {@code --cc} text. */
    public static Linker of(String cc, List<String> linkArgs) {
        return new Linker(Arrays.stream(cc.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList(), linkArgs);
    }

    /** True when the driver starts and answers {@code --version}. */
    public boolean available() {
        try {
            Process p = new ProcessBuilder(command.getFirst(), "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Links {@code inputs} into {@code output}. */
    public void link(String variant, List<Path> inputs, Path output) throws VariantBuildException {
        List<String> argv = new ArrayList<>(command);
        inputs.forEach(p -> argv.add(p.toString()));
        argv.addAll(linkArgs);
        argv.add("-o");
        argv.add(output.toString());
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new VariantBuildException(variant, "the link did not end in 10 minutes: " + String.join(" ", argv));
            }
            if (p.exitValue() != 0) {
                List<String> lines = log.lines().limit(SHOWN_LINES).toList();
                throw new VariantBuildException(variant, "linking failed (" + command.getFirst() + " exit " + p.exitValue() + "): "
                    + String.join(" / ", lines));
            }
        } catch (IOException e) {
            throw new VariantBuildException(variant, "cannot run " + command.getFirst() + " (" + e.getMessage()
                + "); the default needs Debian's gcc-riscv64-linux-gnu and libc6-dev-riscv64-cross");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VariantBuildException(variant, "interrupted while linking");
        }
    }
}
