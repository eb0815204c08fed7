package dev.rvcm.sim;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The system-call handler table of Linux user mode, indexed by asm-generic syscall number: each
 * handler with its name and how often the guest called it. A number without a handler is counted by
 * number; {@link LinuxSyscalls} answers it {@code -ENOSYS}.
 */
final class SyscallTable {

    /** One system call: arguments a0–a5, returns the value for a0 (negative errno on failure). */
    @FunctionalInterface
    interface Handler {
        long call(long a0, long a1, long a2, long a3, long a4, long a5) throws IOException;
    }

    private static final int SIZE = 512;

    private final Handler[] handlers = new Handler[SIZE];
    private final String[] names = new String[SIZE];
    private final long[] counts = new long[SIZE];
    private final Map<Long, Long> unknown = new TreeMap<>();

    /** Registers the handler of syscall {@code number}. */
    void on(int number, String name, Handler h) {
        if (handlers[number] != null) {
            throw new IllegalStateException("two handlers for syscall " + number);
        }
        handlers[number] = h;
        names[number] = name;
    }

    /** The handler of {@code number}, counted as called; null (and counted as unknown) if there is none. */
    Handler called(long number) {
        Handler h = number >= 0 && number < SIZE ? handlers[(int) number] : null;
        if (h == null) {
            unknown.merge(number, 1L, Long::sum);
        } else {
            counts[(int) number]++;
        }
        return h;
    }

    /** Calls made, by name, and unknown numbers as {@code "unknown-N"}. */
    Map<String, Long> counters() {
        Map<String, Long> m = new TreeMap<>();
        for (int i = 0; i < SIZE; i++) {
            if (counts[i] != 0) {
                m.put(names[i], counts[i]);
            }
        }
        unknown.forEach((n, c) -> m.put("unknown-" + n, c));
        return m;
    }
}
