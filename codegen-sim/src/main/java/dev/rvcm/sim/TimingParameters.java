package dev.rvcm.sim;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The named parameters of rvcm's timing model of an in-order RV64 core; see {@link TimingModel} for how
 * they turn a run into modeled cycles. Every component but {@link #name()} is a named parameter: its
 * name on the command line ({@code --timing NAME=VALUE}) and in JSON is the component's name in
 * kebab case ({@code loadUseLatency} → {@code load-use-latency}); {@link #with(String, long)} sets one.
 * Latencies are in cycles from the issue of the producer to the earliest issue of a consumer.
 *
 * <p>The presets {@link #ROCKET} and {@link #SIFIVE_U74} take their pipeline figures from LLVM's
 * scheduling models ({@code llvm/lib/Target/RISCV/RISCVSchedRocket.td}, {@code RocketModel};
 * {@code RISCVSchedSiFive7.td}, {@code SiFive7Model}, which {@code -mcpu=sifive-u74} uses), and their
 * predictor and cache figures from the cores' documentation, as each constant says.
 *
 * @param name                  the preset's name, the key of {@code "cycles"} in the statistics
 * @param issueWidth            instructions issued per cycle, in order (LLVM {@code IssueWidth}); with 2
 *                              or more, at most one memory operation (pipe A) and one control-flow,
 *                              multiply/divide, FP, CSR or late-ALU bit-manipulation operation (pipe B)
 *                              issue per cycle, as on the SiFive 7 series
 * @param aluLatency            integer ALU, shift, {@code lui}/{@code auipc}, link register of jumps
 * @param lateAluBypass         cycles a result of an ALU, multiply/divide or integer load reaches an ALU,
 *                              branch or {@code jalr} operand earlier than its latency (the SiFive 7 late
 *                              ALU: LLVM's {@code SiFive7AnyToGPRBypass}, 2); 0 for none
 * @param loadUseLatency        {@code lw}, {@code lwu}, {@code ld}, and atomics (LLVM {@code WriteLDW}/{@code WriteLDD})
 * @param subwordLoadUseLatency {@code lb}, {@code lbu}, {@code lh}, {@code lhu} (LLVM {@code WriteLDB}/{@code WriteLDH})
 * @param fpLoadUseLatency      {@code flw}, {@code fld}
 * @param mulLatency            {@code mul*}
 * @param divLatency            64-bit {@code div}, {@code divu}, {@code rem}, {@code remu}; the divider is
 *                              not pipelined and stays busy as long
 * @param divwLatency           32-bit {@code divw}, {@code divuw}, {@code remw}, {@code remuw}; the same divider
 * @param fpAddLatencyS         {@code fadd.s}, {@code fsub.s}
 * @param fpAddLatencyD         {@code fadd.d}, {@code fsub.d}
 * @param fpMulLatencyS         {@code fmul.s} and the fused multiply-adds {@code f[n]m{add,sub}.s}
 * @param fpMulLatencyD         {@code fmul.d} and {@code f[n]m{add,sub}.d}
 * @param fpDivLatencyS         {@code fdiv.s}; the FP divider is not pipelined
 * @param fpDivLatencyD         {@code fdiv.d}
 * @param fpSqrtLatencyS        {@code fsqrt.s}; on the FP divider
 * @param fpSqrtLatencyD        {@code fsqrt.d}
 * @param fpSignLatencyS        {@code fsgnj*.s} (so {@code fmv.s}, {@code fneg.s}), {@code fmin.s}, {@code fmax.s}
 * @param fpSignLatencyD        the same for {@code .d}
 * @param fpConvertLatency      {@code fcvt.*}, {@code fmv.x.*}/{@code fmv.*.x}, {@code fclass.*}, {@code feq/flt/fle.*}
 * @param branchMispredictPenalty cycles lost per mispredicted branch or jump (LLVM {@code MispredictPenalty})
 * @param bhtEntries            2-bit saturating counters of the branch history table, indexed by
 *                              {@code pc >> 1} (a bimodal predictor; a power of two)
 * @param rasEntries            return-address stack entries (calls push, returns pop, per the link-register
 *                              hints of the ISA manual's {@code jalr} table)
 * @param indirectTargetEntries last-target table for other {@code jalr}s, indexed by {@code pc >> 1} (a power of two)
 * @param l1iSize               L1 instruction cache bytes
 * @param l1iWays               its associativity (LRU)
 * @param l1iLine               its line bytes
 * @param l1iMissPenalty        cycles per L1I miss (the next level always hits)
 * @param l1dSize               L1 data cache bytes (write-allocate: loads, stores and atomics look up alike)
 * @param l1dWays               its associativity (LRU)
 * @param l1dLine               its line bytes
 * @param l1dMissPenalty        cycles per L1D miss, the core stalling meanwhile (a blocking cache)
 */
public record TimingParameters(
        String name,
        int issueWidth,
        int aluLatency,
        int lateAluBypass,
        int loadUseLatency,
        int subwordLoadUseLatency,
        int fpLoadUseLatency,
        int mulLatency,
        int divLatency,
        int divwLatency,
        int fpAddLatencyS,
        int fpAddLatencyD,
        int fpMulLatencyS,
        int fpMulLatencyD,
        int fpDivLatencyS,
        int fpDivLatencyD,
        int fpSqrtLatencyS,
        int fpSqrtLatencyD,
        int fpSignLatencyS,
        int fpSignLatencyD,
        int fpConvertLatency,
        int branchMispredictPenalty,
        int bhtEntries,
        int rasEntries,
        int indirectTargetEntries,
        int l1iSize,
        int l1iWays,
        int l1iLine,
        int l1iMissPenalty,
        int l1dSize,
        int l1dWays,
        int l1dLine,
        int l1dMissPenalty) {

    /**
     * Rocket, the Berkeley/Chips Alliance in-order single-issue core. Pipeline: LLVM
     * {@code RISCVSchedRocket.td} — {@code IssueWidth = 1}, {@code LoadLatency = 3},
     * {@code MispredictPenalty = 3}; {@code WriteIALU} 1, {@code WriteLDW}/{@code WriteLDD}/{@code WriteFLD*} 2,
     * {@code WriteLDB}/{@code WriteLDH} 3, {@code WriteIMul} 4, {@code WriteIDiv} 33, {@code WriteIDiv32} 34,
     * {@code WriteFAdd32}/{@code WriteFSGNJ32} 4, {@code WriteFAdd64}/{@code WriteFSGNJ64} 6,
     * {@code WriteFMul32}/{@code WriteFMA32} 5, {@code WriteFMul64}/{@code WriteFMA64} 7, {@code WriteFDiv*} 20,
     * {@code WriteFSqrt32} 20, {@code WriteFSqrt64} 25, conversions, compares and moves 2. Predictor: rocket-chip's
     * defaults ({@code BHTParams(nEntries = 512)}, {@code BTBParams(nEntries = 28, nRAS = 6)}; SiFive's E31
     * manual, a Rocket core, gives the same 512-entry BHT, 6-entry RAS and a three-cycle mispredict penalty);
     * the 28-entry BTB's jump targets are modeled as a 32-entry last-target table. Caches: rocket-chip's
     * {@code ICacheParams}/{@code DCacheParams} defaults, 64 sets × 4 ways × 64 B = 16 KiB each. Miss penalty
     * 20 cycles: an assumption (an L2 hit; no published figure).
     */
    public static final TimingParameters ROCKET = new TimingParameters("rocket",
            1, 1, 0, 2, 3, 2, 4, 33, 34,
            4, 6, 5, 7, 20, 20, 20, 25, 4, 6, 2,
            3, 512, 6, 32,
            16 << 10, 4, 64, 20,
            16 << 10, 4, 64, 20);

    /**
     * SiFive U74, the dual-issue in-order core of the FU740 (HiFive Unmatched) and JH7110. Pipeline: LLVM
     * {@code RISCVSchedSiFive7.td} — {@code IssueWidth = 2}, {@code LoadLatency = 3},
     * {@code MispredictPenalty = 3}; pipe A for memory, pipe B for control flow, multiply/divide and FP, ALU
     * ops on either; {@code WriteIALU} 3 with a 2-cycle bypass into ALU and branch operands
     * ({@code SiFive7AnyToGPRBypass}), loads 3, {@code WriteFLD*} 2, {@code WriteIMul} 3, {@code WriteIDiv} 66,
     * {@code WriteIDiv32} 34, {@code WriteFAdd}/{@code WriteFMul}/{@code WriteFMA} 5 (single) and 7 (double),
     * {@code WriteFDiv}/{@code WriteFSqrt} 27 and 56, {@code WriteFSGNJ}/{@code WriteFMinMax} 3, conversions,
     * compares and moves 3. Predictor and caches: the HiFive Unmatched figures gem5 models
     * ({@code src/python/gem5/prebuilt/hifiveunmatched/README.md} and {@code riscvmatched_cache.py}: 16-entry
     * BTB, 3.6 KiB BHT, 8-entry indirect-jump target predictor, 6-entry RAS; L1I 32 KiB 4-way, L1D 32 KiB
     * 8-way, 64 B lines). The BHT is modeled as 16384 2-bit counters (4 KiB, the power of two nearest 3.6 KiB).
     * Miss penalty 20 cycles: gem5's calibrated L2 data latency for that board.
     */
    public static final TimingParameters SIFIVE_U74 = new TimingParameters("sifive-u74",
            2, 3, 2, 3, 3, 2, 3, 66, 34,
            5, 7, 5, 7, 27, 56, 27, 56, 3, 3, 3,
            3, 16384, 6, 8,
            32 << 10, 4, 64, 20,
            32 << 10, 8, 64, 20);

    /** The presets by name, in the order statistics list them. */
    public static final SequencedMap<String, TimingParameters> PRESETS = presets();

    private static final RecordComponent[] COMPONENTS = TimingParameters.class.getRecordComponents();

    public TimingParameters {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a timing model needs a name");
        }
        atLeast("issue-width", issueWidth, 1);
        if (issueWidth > 16) {
            throw new IllegalArgumentException("issue-width must be at most 16, got " + issueWidth);
        }
        for (var latency : new int[] {aluLatency, loadUseLatency, subwordLoadUseLatency, fpLoadUseLatency,
            mulLatency, divLatency, divwLatency, fpAddLatencyS, fpAddLatencyD, fpMulLatencyS, fpMulLatencyD,
            fpDivLatencyS, fpDivLatencyD, fpSqrtLatencyS, fpSqrtLatencyD, fpSignLatencyS, fpSignLatencyD,
            fpConvertLatency}) {
            if (latency < 1 || latency > 1000) {
                throw new IllegalArgumentException("latencies must be 1 to 1000 cycles, got " + latency);
            }
        }
        atLeast("late-alu-bypass", lateAluBypass, 0);
        atLeast("branch-mispredict-penalty", branchMispredictPenalty, 0);
        powerOfTwo("bht-entries", bhtEntries, 1 << 24);
        atLeast("ras-entries", rasEntries, 1);
        if (rasEntries > 1024) {
            throw new IllegalArgumentException("ras-entries must be at most 1024, got " + rasEntries);
        }
        powerOfTwo("indirect-target-entries", indirectTargetEntries, 1 << 20);
        cache("l1i", l1iSize, l1iWays, l1iLine, l1iMissPenalty);
        cache("l1d", l1dSize, l1dWays, l1dLine, l1dMissPenalty);
    }

    private static void atLeast(String what, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
        }
    }

    private static void powerOfTwo(String what, int value, int max) {
        if (value < 1 || value > max || Integer.bitCount(value) != 1) {
            throw new IllegalArgumentException(what + " must be a power of two from 1 to " + max + ", got " + value);
        }
    }

    private static void cache(String which, int size, int ways, int line, int missPenalty) {
        powerOfTwo(which + "-line", line, Memory.PAGE_SIZE);
        if (line < 4) {
            throw new IllegalArgumentException(which + "-line must be at least 4 bytes, got " + line);
        }
        if (ways < 1 || ways > 64) {
            throw new IllegalArgumentException(which + "-ways must be 1 to 64, got " + ways);
        }
        long setBytes = (long) ways * line;
        if (size < setBytes || size % setBytes != 0 || Long.bitCount(size / setBytes) != 1 || size > (1 << 30)) {
            throw new IllegalArgumentException(which + "-size must be ways × line × a power of two (at most 1 GiB), got "
                    + size + " for " + ways + " ways of " + line + " bytes");
        }
        atLeast(which + "-miss-penalty", missPenalty, 0);
    }

    /** Sets in the L1 instruction cache. */
    public int l1iSets() {
        return l1iSize / (l1iWays * l1iLine);
    }

    /** Sets in the L1 data cache. */
    public int l1dSets() {
        return l1dSize / (l1dWays * l1dLine);
    }

    /** The preset called {@code name}, or an exception naming the known ones. */
    public static TimingParameters preset(String name) {
        TimingParameters p = PRESETS.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown timing preset '" + name + "' (known: "
                    + String.join(", ", PRESETS.keySet()) + ")");
        }
        return p;
    }

    /** The names of the parameters, in declaration order: {@code issue-width}, {@code alu-latency}, … */
    public static List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < COMPONENTS.length; i++) {
            names.add(kebab(COMPONENTS[i].getName()));
        }
        return names;
    }

    /** The parameters by name, in declaration order (without {@link #name()}). */
    public SequencedMap<String, Integer> values() {
        SequencedMap<String, Integer> values = new LinkedHashMap<>();
        Object[] all = components();
        for (int i = 1; i < COMPONENTS.length; i++) {
            values.put(kebab(COMPONENTS[i].getName()), (Integer) all[i]);
        }
        return values;
    }

    /**
     * These parameters with one changed.
     *
     * @param parameter a name of {@link #parameterNames()}
     * @throws IllegalArgumentException for an unknown name or a value the model cannot use
     */
    public TimingParameters with(String parameter, long value) {
        Object[] all = components();
        for (int i = 1; i < COMPONENTS.length; i++) {
            if (kebab(COMPONENTS[i].getName()).equals(parameter)) {
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(parameter + " = " + value + " is out of range");
                }
                all[i] = (int) value;
                return of(all);
            }
        }
        throw new IllegalArgumentException("unknown timing parameter '" + parameter + "' (known: "
                + String.join(", ", parameterNames()) + ")");
    }

    /** These parameters with {@code NAME=VALUE} applied; see {@link #with(String, long)}. */
    public TimingParameters with(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("a timing parameter is set as NAME=VALUE, got '" + assignment + "'");
        }
        String value = assignment.substring(eq + 1).strip();
        try {
            return with(assignment.substring(0, eq).strip(), Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("timing parameter " + assignment.substring(0, eq).strip()
                    + " takes a whole number, got '" + value + "'");
        }
    }

    private Object[] components() {
        Object[] all = new Object[COMPONENTS.length];
        try {
            for (int i = 0; i < COMPONENTS.length; i++) {
                all[i] = COMPONENTS[i].getAccessor().invoke(this);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static TimingParameters of(Object[] all) {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return TimingParameters.class.getDeclaredConstructor(types).newInstance(all);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kebab(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('-');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static SequencedMap<String, TimingParameters> presets() {
        SequencedMap<String, TimingParameters> m = new LinkedHashMap<>();
        m.put(ROCKET.name(), ROCKET);
        m.put(SIFIVE_U74.name(), SIFIVE_U74);
        return java.util.Collections.unmodifiableSequencedMap(m);
    }
}
