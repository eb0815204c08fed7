package dev.rvcm.sim;

import dev.rvcm.isa.Extensions;
import dev.rvcm.isa.Kind;
import dev.rvcm.relocs.elf.ElfFile;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A guest process: a static Linux RV64 executable loaded into a fresh address space, ready to
 * {@link #run()}.
 *
 * <pre>{@code
 * ElfFile elf = Inputs.open(path).getFirst().elf();
 * RunResult r = Machine.load(elf, List.of("prog", "arg"), List.of("LANG=C"), Limits.DEFAULT).run();
 * System.exit(r.exitCode());
 * }</pre>
 *
 * <p>A machine runs once. Guest faults and limits end the run with a {@link RunResult.Stop}; they never
 * throw. Only an executable that cannot be loaded throws, {@link LoadException}.
 */
public final class Machine {

    /** RAM given to a bare-metal guest beyond its segments. */
    public static final long BARE_METAL_RAM = 16L << 20;

    private final Hart hart;
    private final LinuxSyscalls linux;
    private final Limits limits;
    private final ElfFile elf;
    private final long bias;
    private boolean ran;

    private Machine(Hart hart, LinuxSyscalls linux, Limits limits, ElfFile elf, long bias) {
        this.hart = hart;
        this.linux = linux;
        this.limits = limits;
        this.elf = elf;
        this.bias = bias;
    }

    /** Loads {@code elf} with the default {@link Options} (JVM stdio, no mounts). */
    public static Machine load(ElfFile elf, List<String> args, List<String> env, Limits limits) {
        return load(elf, args, env, limits, Options.defaults());
    }

    /**
     * Loads a static executable (ET_EXEC, or ET_DYN static-PIE) and builds its initial stack.
     *
     * @param args argv, {@code args[0]} being the program name
     * @param env  envp entries, {@code NAME=value}
     * @throws LoadException if the executable cannot be run
     */
    public static Machine load(ElfFile elf, List<String> args, List<String> env, Limits limits, Options options) {
        Memory mem = new Memory(limits.maxMemoryBytes());
        String name = args.isEmpty() ? "a.out" : args.getFirst();
        String exe = name.startsWith("/") ? Sandbox.normalize(name) : Sandbox.normalize(options.cwd() + "/" + name);
        GuestTime time = new GuestTime(options.clock(), options.timing());
        HiddenPaths hidden = new HiddenPaths(Path.of("").toAbsolutePath());
        LinuxSyscalls linux = new LinuxSyscalls(mem, new Sandbox(options.mounts(), options.cwd()), hidden, options.stdin(),
                options.stdout(), options.stderr(), exe, options.seed(), time);
        Loader.Image img;
        long sp;
        try {
            img = Loader.map(elf, mem);
            byte[] random = new byte[16];
            linux.random().nextBytes(random);
            sp = Loader.stack(mem, img, args, env, random);
        } catch (GuestFault f) {
            throw new LoadException(elf.source(), -1, "does not fit the memory limit: " + f.getMessage());
        }
        linux.setBrk(img.brkStart());
        Hart hart = new Hart(mem, Extensions.ALL, new TimingModel(options.timing()), got(elf, img.bias()));
        hart.env = linux;
        hart.use(options.engine());
        time.attach(hart);
        hart.pc = img.entry();
        hart.x[2] = sp;
        return new Machine(hart, linux, limits, elf, img.bias());
    }

    /**
     * Loads a bare-metal HTIF program (e.g. an ISA test linked at {@code 0x80000000}): machine mode,
     * {@link #BARE_METAL_RAM} of RAM from its lowest segment, and the run ends when it stores a nonzero
     * value to the symbol {@code tohost} ({@link RunResult.Stop.Htif}: 1 is pass, {@code (n << 1) | 1}
     * failure of test n).
     *
     * @throws LoadException if the file has no {@code tohost} symbol or cannot be loaded
     */
    public static Machine loadBareMetal(ElfFile elf, Limits limits) {
        return loadBareMetal(elf, limits, List.copyOf(TimingParameters.PRESETS.values()));
    }

    /**
     * {@link #loadBareMetal(ElfFile, Limits)} with the timing models whose cycles the run reports.
     *
     * @throws LoadException if the file has no {@code tohost} symbol or cannot be loaded
     */
    public static Machine loadBareMetal(ElfFile elf, Limits limits, List<TimingParameters> timing) {
        return loadBareMetal(elf, limits, timing, Engine.translate());
    }

    /**
     * {@link #loadBareMetal(ElfFile, Limits, List)} run by {@code engine}.
     *
     * @throws LoadException if the file has no {@code tohost} symbol or cannot be loaded
     */
    public static Machine loadBareMetal(ElfFile elf, Limits limits, List<TimingParameters> timing, Engine engine) {
        long tohost = -1;
        if (elf.symbolTable().isPresent()) {
            var symtab = elf.symbolTable().get();
            for (int i = 1; i < symtab.count(); i++) {
                if (symtab.name(i).equals("tohost") && !symtab.undefined(i)) {
                    tohost = symtab.value(i);
                }
            }
        }
        if (tohost < 0) {
            throw new LoadException(elf.source(), -1, "no 'tohost' symbol: not an HTIF bare-metal program");
        }
        Memory mem = new Memory(limits.maxMemoryBytes());
        Loader.Image img;
        try {
            img = Loader.mapBareMetal(elf, mem, BARE_METAL_RAM);
        } catch (GuestFault f) {
            throw new LoadException(elf.source(), -1, "does not fit the memory limit: " + f.getMessage());
        }
        if (!mem.isMapped(tohost & ~Memory.PAGE_MASK, Memory.PAGE_SIZE)) {
            throw new LoadException(elf.source(), -1, "'tohost' lies outside the loaded image");
        }
        mem.watchedPage = tohost >>> Memory.PAGE_BITS;
        Hart hart = new Hart(mem, Extensions.ALL, new TimingModel(timing), got(elf, 0));
        hart.env = new BareMetal(tohost);
        hart.use(engine);
        hart.fpEnabled = false;
        hart.pc = img.entry();
        return new Machine(hart, null, limits, elf, 0);
    }

    /**
     * Instructions retired so far. Another thread may read it while the guest runs (a progress display);
     * it then lags the run by up to a few million instructions.
     */
    public long instructionsSoFar() {
        return hart.instret;
    }

    /** The image's GOT as loaded at {@code bias}. */
    private static GotLoads got(ElfFile elf, long bias) {
        return elf.section(".got").map(g -> new GotLoads(g.address() + bias, g.address() + g.size() + bias))
                .orElseGet(GotLoads::none);
    }

    /**
     * The files the guest looked for and did not find because no mount shows them, although the
     * host has them where qemu-user would have looked (none for bare-metal programs).
     */
    public List<HiddenPath> hiddenPaths() {
        return linux == null ? List.of() : linux.hiddenPaths();
    }

    /** Runs the guest to its end. */
    public RunResult run() {
        if (ran) {
            throw new IllegalStateException("a machine runs once");
        }
        ran = true;
        RunResult.Stop stop = hart.run(limits.maxInstructions());
        if (stop instanceof RunResult.Stop.Fault fault) {
            stop = FaultLocation.of(fault, new Symbols(elf, bias));
        }
        if (linux != null) {
            linux.flush();
        }
        return new RunResult(stop, counters());
    }

    /** What the engine did (translations made and alive, time to the first); complete after {@link #run()}. */
    public EngineStatistics engineStatistics() {
        return hart.engineStatistics();
    }

    private Counters counters() {
        hart.foldTranslations();
        var opcodes = dev.rvcm.isa.Opcode.values();
        long[] byOpcode = hart.pages.executionsByOpcode();
        Map<Kind, Long> byKind = new EnumMap<>(Kind.class);
        long total = 0;
        long loads = 0;
        long stores = 0;
        long atomics = 0;
        for (int i = 0; i < byOpcode.length; i++) {
            long n = byOpcode[i];
            if (n == 0) {
                continue;
            }
            Kind k = opcodes[i].kind();
            byKind.merge(k, n, Long::sum);
            total += n;
            switch (k) {
                case LOAD, FP_LOAD -> loads += n;
                case STORE, FP_STORE -> stores += n;
                case AMO -> atomics += n;
                default -> {
                }
            }
        }
        GotLoads.Counts got = hart.got.count(hart.pages.live(), () -> new Symbols(elf, bias),
            symbols -> new GotEntryNames(elf, bias, hart.mem, symbols));
        return new Counters(total, byKind, loads, stores, atomics, hart.takenBranches,
                linux == null ? Map.of() : linux.counters(), got.total(), got.bySymbol(), got.byFunction(),
                hart.timing.cycles(hart.pages.live(), loads + stores + atomics));
    }
}
