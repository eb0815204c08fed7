package dev.rvcm.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Runs a reference tool and streams its standard output line by line. */
public final class Processes {
    private Processes() {
    }

    /** Runs {@code command} and returns its stdout, lines ending in {@code \n}; fails on a non-zero exit. */
    public static String output(List<String> command) {
        StringBuilder out = new StringBuilder();
        lines(command, line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** Runs {@code command}, handing each stdout line to {@code lines}; fails on a non-zero exit. */
    public static void lines(List<String> command, Consumer<String> lines) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.accept(line);
                }
            }
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
