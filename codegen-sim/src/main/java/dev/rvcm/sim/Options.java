package dev.rvcm.sim;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * How a guest process is connected to the host.
 *
 * @param mounts host paths the guest may see; none by default
 * @param cwd    the guest's working directory
 * @param stdin  the guest's standard input
 * @param stdout the guest's standard output
 * @param stderr the guest's standard error
 * @param seed   seed of {@code getrandom} and {@code AT_RANDOM}, so that runs are reproducible
 */
public record Options(List<Mount> mounts, String cwd, InputStream stdin, OutputStream stdout, OutputStream stderr,
                      long seed) {

    public Options {
        mounts = List.copyOf(mounts);
    }

    /** No mounts, cwd {@code /}, the JVM's stdio, seed 0. */
    public static Options defaults() {
        return new Options(List.of(), "/", System.in, System.out, System.err, 0);
    }

    public Options withMounts(List<Mount> m) {
        return new Options(m, cwd, stdin, stdout, stderr, seed);
    }

    public Options withCwd(String dir) {
        return new Options(mounts, dir, stdin, stdout, stderr, seed);
    }

    public Options withStdio(InputStream in, OutputStream out, OutputStream err) {
        return new Options(mounts, cwd, in, out, err, seed);
    }
}
