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
 * (segments, Linux initial stack), {@code Hart} (registers, counters, the run), {@code Interpreter}
 * (the decode-once loop) and {@code SlowPath} (what the loop leaves to a call), {@code CodePages},
 * {@code Op} and {@code DecodedPage} (pre-decode from the isa opcode table, compressed instructions as
 * the base instruction they expand to), {@code Executor} (each instruction's one semantics:
 * {@code IntegerOps}, {@code BitOps}, {@code MemoryOps}, {@code FloatOps}), {@code Fpu} (IEEE F/D
 * with all rounding modes and flags), {@code GotLoads} (GOT loads recognized at decode, attributed after the run),
 * {@code LinuxSyscalls} (Linux user mode: the {@code SyscallTable} filled by {@code ProcessCalls},
 * {@code TimeCalls}, {@code MemoryCalls}, {@code FileCalls} and {@code PathCalls} with
 * {@code StatLayouts}, over a {@code FileTable}), {@code Sandbox}/{@code Mount} (host files the guest
 * may see), {@code BareMetal} (M-mode CSRs, traps, HTIF), {@code Symbols} (names for counter attribution).
 *
 * <p>Two engines ({@link dev.rvcm.sim.Engine}, chosen in {@link dev.rvcm.sim.Options}): the interpreter alone,
 * or tiered translation (the default): {@code Translations} runs {@code Translation}s — {@code Region}s
 * of hot decoded code (blocks found by following branches inside a page) compiled by
 * {@code TranslationCompiler} with {@code java.lang.classfile} to hidden classes, registers in JVM
 * locals, calling the same {@code Executor} semantics, counting block executions, driving the timing
 * model in the same order — chained exit to exit, and the interpreter takes over wherever there is no
 * translation. Both engines give the same counters and modeled cycles ({@link dev.rvcm.sim.Machine#engineStatistics()}
 * tells what translation did).
 *
 * <p>Timing: {@link dev.rvcm.sim.TimingParameters} (named parameters, presets {@code rocket} and
 * {@code sifive-u74} from LLVM's scheduling models) → {@code TimingModel} → one
 * {@link dev.rvcm.sim.ModeledCycles} per model in {@link dev.rvcm.sim.Counters#cycles()}. The static
 * part, in-order issue with latencies and issue width ({@code IssueSchedule}, {@code InstructionShape}),
 * is computed per decoded instruction after the run and multiplied by its execution count; the
 * dynamic part, branch prediction ({@code BranchPredictor}) and L1 caches ({@code CacheStacks}, LRU by
 * stack distance), is simulated from what the run loop hands over: a filter read per load, store and
 * new fetch line, an append to a queue per branch and jump and per filter miss
 * ({@code BranchPredictors}, {@code Caches}), all models of a run at once.
 *
 * <p>Speed (README, "Speed"; {@code codegen-sim/bench/engine-vs-qemu.sh}): translation is 3.5–6× the
 * interpreter with the timing model off, 2–3.5× with both presets; past the warm-up it runs matmul
 * faster than qemu-riscv64 and nbody about as fast. At the corpus's default sizes what remains is the JVM's
 * start (about 0.3 s), HotSpot compiling the translated methods (C1, on-stack replacement, C2: in a
 * 2.5 s crcsort run C2 compiles for 1.4–2.1 s, which is why translated classes carry no stack maps
 * and a translated method has one loop header), calls and returns going
 * back to the dispatch loop (regions end at their page), the software TLB per memory access (pages
 * are 64-bit words: an aligned access is one array element and a shift) and the timing model's
 * per-event work, which both engines share.
 *
 * <p>May use {@code dev.rvcm.relocs} and {@code dev.rvcm.isa}; never analyzer, reports or cli.
 */
package dev.rvcm.sim;
