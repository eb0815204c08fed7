/**
 * The RV64 engine: runs static Linux RV64 executables and bare-metal HTIF programs and counts what
 * they do.
 *
 * <p>Entry points: {@link dev.rvcm.sim.Machine#load} (Linux user mode) or
 * {@link dev.rvcm.sim.Machine#loadBareMetal} (machine mode, HTIF {@code tohost}), then
 * {@link dev.rvcm.sim.Machine#run()} → {@link dev.rvcm.sim.RunResult}: a {@link dev.rvcm.sim.RunResult.Stop}
 * (exited, killed by a signal, HTIF pass/fail, limit reached, guest fault with pc, instruction and
 * registers) and {@link dev.rvcm.sim.Counters}. Exit codes: the guest's own; 128+signal for a signal;
 * 139 memory fault, 132 illegal instruction, 133 breakpoint, 137 memory limit, 124 instruction limit;
 * bare metal 0 pass, 1 failure. Guest faults never throw; only an unloadable file throws
 * {@link dev.rvcm.sim.LoadException}.
 *
 * <p>Inside: {@code Memory} (sparse 4 KiB pages, permissions, TLBs, store watch), {@code Loader}
 * (segments, Linux initial stack), {@code Hart} (decode-once run loop, slow path), {@code Op} and
 * {@code DecodedPage} (pre-decode), {@code Fpu} (IEEE F/D with all rounding modes and flags),
 * {@code LinuxSyscalls} (the syscall handler table), {@code Sandbox}/{@code Mount} (host files the
 * guest may see), {@code BareMetal} (M-mode CSRs, traps, HTIF), {@code Symbols} (counter attribution).
 *
 * <p>May use {@code dev.rvcm.relocs} and {@code dev.rvcm.isa}; never analyzer, reports or cli.
 */
package dev.rvcm.sim;
