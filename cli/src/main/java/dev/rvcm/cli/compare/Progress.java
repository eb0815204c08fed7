package dev.rvcm.cli.compare;

import dev.rvcm.sim.Machine;

/** What the pipeline reports while it works; a terminal shows it, anything else ignores it. */
public interface Progress extends AutoCloseable {
    /** Reports nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void step(String variant, String step) {
        }

        @Override
        public void running(String variant, Machine machine) {
        }

        @Override
        public void done(String variant) {
        }

        @Override
        public void close() {
        }
    };

    /** {@code variant} started {@code step} ({@code rewrite}, {@code link}, {@code audit}). */
    void step(String variant, String step);

    /** {@code variant} runs in {@code machine} (whose instruction count so far may be shown). */
    void running(String variant, Machine machine);

    /** {@code variant} is measured. */
    void done(String variant);

    /** Clears what was shown. */
    @Override
    void close();
}
