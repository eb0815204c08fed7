package dev.rvcm.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** An open file description of the guest: a host stream (stdio) or a sandboxed host file. */
sealed interface GuestFile {

    /** Reads up to {@code len} bytes; -1 maps to 0 (end of file). */
    int read(byte[] buf, int off, int len) throws IOException;

    int write(byte[] buf, int off, int len) throws IOException;

    /** {@code S_IFCHR}, {@code S_IFREG}… mode bits for {@code fstat}. */
    int mode();

    long size() throws IOException;

    /** The guest's stdin. */
    record Input(InputStream in) implements GuestFile {
        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            return Math.max(n, 0);
        }

        @Override
        public int write(byte[] buf, int off, int len) {
            return -LinuxSyscalls.EBADF;
        }

        @Override
        public int mode() {
            return 0010600;
        }

        @Override
        public long size() {
            return 0;
        }
    }

    /** The guest's stdout or stderr. */
    record Output(OutputStream out) implements GuestFile {
        @Override
        public int read(byte[] buf, int off, int len) {
            return -LinuxSyscalls.EBADF;
        }

        @Override
        public int write(byte[] buf, int off, int len) throws IOException {
            out.write(buf, off, len);
            return len;
        }

        @Override
        public int mode() {
            return 0010600;
        }

        @Override
        public long size() {
            return 0;
        }
    }

    /** A host file inside a mount. */
    final class Host implements GuestFile {
        final FileChannel channel;
        final boolean readable;
        final boolean writable;
        final boolean append;
        long position;

        Host(FileChannel channel, boolean readable, boolean writable, boolean append) {
            this.channel = channel;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (!readable) {
                return -LinuxSyscalls.EBADF;
            }
            int n = channel.read(ByteBuffer.wrap(buf, off, len), position);
            if (n <= 0) {
                return 0;
            }
            position += n;
            return n;
        }

        int pread(byte[] buf, int off, int len, long at) throws IOException {
            int n = channel.read(ByteBuffer.wrap(buf, off, len), at);
            return Math.max(n, 0);
        }

        @Override
        public int write(byte[] buf, int off, int len) throws IOException {
            if (!writable) {
                return -LinuxSyscalls.EBADF;
            }
            if (append) {
                position = channel.size();
            }
            int n = channel.write(ByteBuffer.wrap(buf, off, len), position);
            position += n;
            return n;
        }

        @Override
        public int mode() {
            return 0100644;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }
    }

    /**
     * A host directory inside a mount: {@code fstat}, {@code getdents64}, {@code lseek} back to a
     * position, a base for the {@code *at} calls, {@code close}.
     */
    final class Directory implements GuestFile {
        /** One entry as {@code getdents64} gives it: the name and {@code d_type}. */
        record Entry(String name, int type) {
        }

        final java.nio.file.Path host;
        /** The absolute, normalized guest path it was opened as. */
        final String guest;
        /** Index of the next entry {@code getdents64} returns (the {@code d_off} cookies are indices). */
        long position;
        /** The entries, read on the first {@code getdents64} (and again after a rewind to 0). */
        java.util.List<Entry> entries;

        Directory(java.nio.file.Path host, String guest) {
            this.host = host;
            this.guest = guest;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            return -LinuxSyscalls.EISDIR;
        }

        @Override
        public int write(byte[] buf, int off, int len) {
            return -LinuxSyscalls.EBADF;
        }

        @Override
        public int mode() {
            return 0040755;
        }

        @Override
        public long size() {
            return 4096;
        }
    }
}
