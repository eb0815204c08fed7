package dev.rvcm.sim;

import java.nio.file.Path;

/**
 * A host directory or file made visible to the guest ({@code --mount HOST:GUEST[:ro]}). Without
 * mounts the guest sees no host file at all.
 *
 * @param host     the host path
 * @param guest    the absolute guest path it appears at
 * @param readOnly whether the guest may only read it
 */
public record Mount(Path host, String guest, boolean readOnly) {

    public Mount {
        if (!guest.startsWith("/")) {
            throw new IllegalArgumentException("guest mount point must be absolute: " + guest);
        }
        host = host.toAbsolutePath().normalize();
        guest = Sandbox.normalize(guest);
    }

    /** Parses {@code HOST:GUEST[:ro]}. */
    public static Mount parse(String spec) {
        String[] parts = spec.split(":");
        if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !parts[2].equals("ro")) {
            throw new IllegalArgumentException("mount must be HOST:GUEST[:ro], got " + spec);
        }
        return new Mount(Path.of(parts[0]), parts[1], parts.length == 3);
    }
}
