package dev.rvcm.sim;

import java.nio.file.Path;

/**
 * A file the guest looked for and did not find because the sandbox hides it: no mount covers the
 * guest path, yet the host has a file where qemu-user would have looked (the path itself, a
 * relative one against the host's working directory).
 *
 * @param typed   the path as the guest named it
 * @param guest   the absolute guest path it stands for
 * @param host    the host file that exists there
 * @param writing whether the guest wanted to write it
 */
public record HiddenPath(String typed, String guest, Path host, boolean writing) {

    /** The {@code --mount} that shows the file's directory where the guest looked for it. */
    public String mount() {
        Path hostDirectory = host.getParent() == null ? host : host.getParent();
        int slash = guest.lastIndexOf('/');
        String guestDirectory = slash <= 0 ? "/" : guest.substring(0, slash);
        return "--mount " + hostDirectory + ":" + guestDirectory + (writing ? "" : ":ro");
    }
}
