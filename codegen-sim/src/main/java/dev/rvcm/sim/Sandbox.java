package dev.rvcm.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Resolves guest paths to host paths through the {@link Mount}s; nothing else is visible. */
final class Sandbox {

    /** A resolved guest path. */
    record Resolved(Path host, boolean readOnly) {
    }

    private final List<Mount> mounts;
    String cwd;

    Sandbox(List<Mount> mounts, String cwd) {
        this.mounts = List.copyOf(mounts);
        this.cwd = normalize(cwd);
    }

    /** {@code path} made absolute against the cwd, with {@code .} and {@code ..} removed. */
    String absolute(String path) {
        return normalize(path.startsWith("/") ? path : cwd + "/" + path);
    }

    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** The host file for a guest path, or null if no mount covers it. */
    Resolved resolve(String guestPath) {
        String abs = absolute(guestPath);
        Mount best = null;
        for (Mount m : mounts) {
            String g = m.guest();
            boolean covers = abs.equals(g) || g.equals("/") || abs.startsWith(g + "/");
            if (covers && (best == null || g.length() > best.guest().length())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        String rest = abs.equals(best.guest()) ? "" : abs.substring(best.guest().equals("/") ? 1 : best.guest().length() + 1);
        Path host = rest.isEmpty() ? best.host() : best.host().resolve(rest).normalize();
        if (!host.startsWith(best.host())) {
            return null;
        }
        return new Resolved(host, best.readOnly());
    }

    /** Whether a real (symlink-free) host path lies inside some mount. */
    boolean containsReal(Path real) {
        for (Mount m : mounts) {
            try {
                if (real.startsWith(m.host().toRealPath())) {
                    return true;
                }
            } catch (IOException e) {
                // a mount whose host path vanished covers nothing
            }
        }
        return false;
    }

    /**
     * Whether {@code host} (or, if it does not exist yet, its nearest existing parent) really lies
     * inside a mount: symbolic links may not lead out of the sandbox.
     */
    boolean inside(Path host) throws IOException {
        Path p = host;
        while (p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            p = p.getParent();
        }
        if (p == null) {
            return false;
        }
        return containsReal(p.toRealPath());
    }

    /** The host file an existing guest path names inside the sandbox, or null. */
    Path existing(String guest) throws IOException {
        Resolved r = resolve(guest);
        return r != null && Files.exists(r.host()) && inside(r.host()) ? r.host() : null;
    }
}
