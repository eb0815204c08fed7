package dev.rvcm.sim;

/**
 * The clock system calls: {@code clock_gettime} ({@code CLOCK_REALTIME} from the guest's wall clock,
 * every other clock monotonic), {@code gettimeofday}, and {@code sysinfo} (uptime since the guest
 * started; RAM is the guest memory limit, free RAM what is not mapped yet, one process, no swap, no load).
 * The time comes from the guest's clock ({@link GuestTime}: the host's, or a deterministic one).
 */
final class TimeCalls {

    private final Memory mem;
    private final GuestTime time;

    TimeCalls(Memory mem, GuestTime time) {
        this.mem = mem;
        this.time = time;
    }

    void register(SyscallTable t) {
        t.on(113, "clock_gettime", this::clockGettime);
        t.on(169, "gettimeofday", this::gettimeofday);
        t.on(179, "sysinfo", this::sysinfo);
    }

    private long clockGettime(long clock, long ts, long c, long d, long e, long f) {
        long nanos = clock == 0 ? time.realtimeNanos() : time.monotonicNanos();
        mem.store64(ts, nanos / 1_000_000_000L);
        mem.store64(ts + 8, nanos % 1_000_000_000L);
        return 0;
    }

    private long gettimeofday(long tv, long tz, long c, long d, long e, long f) {
        long micros = time.realtimeNanos() / 1000;
        if (tv != 0) {
            mem.store64(tv, micros / 1_000_000);
            mem.store64(tv + 8, micros % 1_000_000);
        }
        return 0;
    }

    private long sysinfo(long buf, long b, long c, long d, long e, long f) {
        byte[] zero = new byte[112];
        mem.write(buf, zero, 0, 112);
        mem.store64(buf, time.monotonicNanos() / 1_000_000_000L); // uptime
        mem.store64(buf + 32, mem.maxBytes()); // totalram
        mem.store64(buf + 40, Math.max(0, mem.maxBytes() - mem.mappedBytes())); // freeram
        mem.store16(buf + 80, (short) 1); // procs
        mem.store32(buf + 104, 1); // mem_unit
        return 0;
    }
}
