package dev.rvcm.sim;

import dev.rvcm.isa.Opcode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.List;
import java.util.Random;

/**
 * Linux user mode: the RISC-V Linux system calls static glibc and musl programs need, through a
 * {@link SyscallTable} indexed by syscall number (asm-generic numbering), filled by one class per
 * concern as libriscv splits its {@code syscalls_*} files: {@link ProcessCalls}, {@link TimeCalls},
 * {@link MemoryCalls}, {@link FileCalls} (open descriptors) and {@link PathCalls} (files by path,
 * {@link StatLayouts}). Numbers without a handler return {@code -ENOSYS} and are counted. Files are
 * sandboxed ({@link Sandbox}): the guest sees its stdio and what is mounted, nothing else. Bad guest
 * pointers give {@code -EFAULT}.
 */
final class LinuxSyscalls implements Environment {

    static final int ENOENT = 2, EIO = 5, EBADF = 9, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14,
            EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOTTY = 25, ESPIPE = 29, EROFS = 30,
            ERANGE = 34, ENOSYS = 38;

    private final SyscallTable table = new SyscallTable();
    private final Random random;
    private final MemoryCalls memoryCalls;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final HiddenPaths hidden;
    private Hart hart;

    LinuxSyscalls(Memory mem, Sandbox sandbox, HiddenPaths hidden, InputStream stdin, OutputStream stdout,
            OutputStream stderr, String exe, long seed, GuestTime time) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.hidden = hidden;
        this.random = new Random(seed);
        FileTable files = new FileTable(stdin, stdout, stderr);
        this.memoryCalls = new MemoryCalls(mem, files);
        new ProcessCalls(mem, files, random, this::stop).register(table);
        new TimeCalls(mem, time).register(table);
        memoryCalls.register(table);
        new FileCalls(mem, files, sandbox).register(table);
        new PathCalls(mem, files, sandbox, hidden, exe).register(table);
    }

    /** The initial program break: the end of the loaded image. */
    void setBrk(long start) {
        memoryCalls.setBrk(start);
    }

    /** The files the guest did not find because the sandbox hides them. */
    List<HiddenPath> hiddenPaths() {
        return hidden.found();
    }

    /** The guest's seeded randomness ({@code AT_RANDOM}, {@code getrandom}). */
    Random random() {
        return random;
    }

    // ---- Environment ------------------------------------------------------------------------------

    @Override
    public void ecall(Hart h) {
        this.hart = h;
        long[] x = h.x;
        SyscallTable.Handler handler = table.called(x[17]);
        long result;
        if (handler == null) {
            result = -ENOSYS;
        } else {
            try {
                result = handler.call(x[10], x[11], x[12], x[13], x[14], x[15]);
            } catch (GuestFault f) {
                if (f.kind() != GuestFault.Cause.LOAD_ACCESS && f.kind() != GuestFault.Cause.STORE_ACCESS) {
                    throw f;
                }
                result = -EFAULT;
            } catch (IOException e) {
                result = -EIO;
            }
        }
        if (h.stop == null) {
            x[10] = result;
        }
    }

    /** Ends the run with {@code s}, the guest's output flushed. */
    private void stop(RunResult.Stop s) {
        flush();
        hart.stop = s;
    }

    @Override
    public void breakpoint(Hart h, long pc) {
        throw new GuestFault(GuestFault.Cause.BREAKPOINT, pc, "ebreak");
    }

    @Override
    public long system(Hart h, Opcode opcode, long pc, long nextPc) {
        throw h.illegal(opcode.match());
    }

    @Override
    public long readCsr(Hart h, int csr, int w) {
        return h.readUserCsr(csr, w);
    }

    @Override
    public void writeCsr(Hart h, int csr, long value, int w) {
        h.writeUserCsr(csr, value, w);
    }

    /** Calls made, by name, and unknown numbers as {@code "unknown-N"}. */
    Map<String, Long> counters() {
        return table.counters();
    }

    void flush() {
        try {
            stdout.flush();
            stderr.flush();
        } catch (IOException e) {
            // the reader went away; nothing to do
        }
    }
}
