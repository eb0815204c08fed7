package dev.rvcm.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects, while a guest runs, the paths its file calls did not find because no mount covers them
 * although the host has the file (see {@link HiddenPath}): what {@code rvcm run} tells the user
 * after the run, with the {@code --mount} that would help. The sandbox itself does not change.
 */
final class HiddenPaths {
    private static final int KEPT = 10;

    private final Path hostCwd;
    private final List<HiddenPath> found = new ArrayList<>();

    /** @param hostCwd the host directory relative paths are read against, as qemu-user would */
    HiddenPaths(Path hostCwd) {
        this.hostCwd = hostCwd;
    }

    /** A call did not find {@code typed} ({@code guest} once absolute) because no mount covers it. */
    void note(String typed, String guest, boolean writing) {
        if (found.size() >= KEPT || typed.isEmpty() || found.stream().anyMatch(h -> h.guest().equals(guest))) {
            return;
        }
        Path host = typed.startsWith("/") ? Path.of(typed) : hostCwd.resolve(typed);
        if (Files.exists(host)) {
            found.add(new HiddenPath(typed, guest, host.normalize(), writing));
        }
    }

    /** The hidden paths noted so far, first ten in order. */
    List<HiddenPath> found() {
        return List.copyOf(found);
    }
}
