package dev.rvcm.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The guest's file descriptors: 256 slots, 0–2 its stdio, each holding an open {@link GuestFile} or null. */
final class FileTable {

    private final GuestFile[] files = new GuestFile[256];

    FileTable(InputStream stdin, OutputStream stdout, OutputStream stderr) {
        files[0] = new GuestFile.Input(stdin);
        files[1] = new GuestFile.Output(stdout);
        files[2] = new GuestFile.Output(stderr);
    }

    /** How many descriptors there can be ({@code RLIMIT_NOFILE}). */
    int capacity() {
        return files.length;
    }

    /** The file open as {@code fd}, or null. */
    GuestFile file(long fd) {
        return fd >= 0 && fd < files.length ? files[(int) fd] : null;
    }

    /** Opens {@code f} as the lowest free descriptor from {@code from} on; {@code -EMFILE} if none. */
    long install(GuestFile f, int from) {
        for (int i = from; i < files.length; i++) {
            if (files[i] == null) {
                files[i] = f;
                return i;
            }
        }
        return -LinuxSyscalls.EMFILE;
    }

    /** Makes {@code fd} (a valid descriptor number) refer to {@code f}. */
    void put(long fd, GuestFile f) {
        files[(int) fd] = f;
    }

    /** Closes {@code fd}; the host file closes with its last descriptor. */
    long close(long fd) {
        GuestFile f = file(fd);
        if (f == null) {
            return -LinuxSyscalls.EBADF;
        }
        files[(int) fd] = null;
        if (f instanceof GuestFile.Host h && !isOpen(h)) {
            try {
                h.channel.close();
            } catch (IOException e) {
                return -LinuxSyscalls.EIO;
            }
        }
        return 0;
    }

    private boolean isOpen(GuestFile f) {
        for (GuestFile g : files) {
            if (g == f) {
                return true;
            }
        }
        return false;
    }
}
