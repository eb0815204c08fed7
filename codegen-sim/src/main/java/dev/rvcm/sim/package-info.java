/**
 * The RV64 engine: runs static Linux RV64 executables (and, later, bare-metal HTIF tests) and counts
 * what they do.
 *
 * <p>Entry point: {@link dev.rvcm.sim.Machine#load} → {@link dev.rvcm.sim.Machine#run()} →
 * {@link dev.rvcm.sim.RunResult} (a {@link dev.rvcm.sim.RunResult.Stop} and {@link dev.rvcm.sim.Counters}).
 * Inside: {@code Memory} (sparse pages, permissions, TLBs), {@code Loader} (segments, initial stack),
 * {@code Hart} (decode-once run loop), {@code Op} (pre-decode), {@code Fpu} (IEEE F/D with all rounding
 * modes and flags), {@code LinuxSyscalls} (the syscall handler table) and {@code Sandbox} (mounts).
 *
 * <p>May use {@code dev.rvcm.relocs} and {@code dev.rvcm.isa}; never analyzer, reports or cli.
 */
package dev.rvcm.sim;
