package dev.rvcm.cli.compare;

import dev.rvcm.sim.Machine;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The progress line on a terminal's stderr, redrawn four times a second in place: each variant's step,
 * the instructions a running one has retired so far, and how many are done.
 */
public final class TerminalProgress implements Progress {
    private static final int WIDTH = 160;

    private final PrintWriter err;
    private final List<String> variants;
    private final Map<String, String> steps = new ConcurrentHashMap<>();
    private final Map<String, Machine> machines = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;

    private TerminalProgress(PrintWriter err, List<String> variants) {
        this.err = err;
        this.variants = List.copyOf(variants);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rvcm-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** A progress line on {@code err} when {@code stderr} is the process's standard error and that is a terminal; else silence. */
    public static Progress on(OutputStream stderr, PrintWriter err, List<String> variants) {
        return isTerminal(stderr) ? new TerminalProgress(err, variants) : Progress.SILENT;
    }

    static boolean isTerminal(OutputStream stderr) {
        try {
            if (!(stderr instanceof FileOutputStream f) || f.getFD() != FileDescriptor.err || "dumb".equals(System.getenv("TERM"))) {
                return false;
            }
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void step(String variant, String step) {
        steps.put(variant, step);
    }

    @Override
    public void running(String variant, Machine machine) {
        machines.put(variant, machine);
        steps.put(variant, "run");
    }

    @Override
    public void done(String variant) {
        machines.remove(variant);
        steps.put(variant, "done");
    }

    private synchronized void draw() {
        StringBuilder line = new StringBuilder("rvcm:");
        int done = 0;
        for (String v : variants) {
            String step = steps.getOrDefault(v, "waiting");
            if (step.equals("done")) {
                done++;
                continue;
            }
            line.append(' ').append(v).append(' ').append(step);
            Machine m = machines.get(v);
            if (m != null) {
                line.append(String.format(Locale.ROOT, " %.1fM", m.instructionsSoFar() / 1e6));
            }
            line.append(',');
        }
        line.append(' ').append(done).append('/').append(variants.size()).append(" done");
        String text = line.length() > WIDTH ? line.substring(0, WIDTH - 1) + "…" : line.toString();
        err.print("\r" + text + "\033[K");
        err.flush();
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        err.print("\r\033[K");
        err.flush();
    }
}
