package dev.rvcm.sim;

import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.rvcm.isa.Field;
import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.RegisterFile;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.TypeKind;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Compiles a {@link Region} to JVM bytecode with the JDK's {@code java.lang.classfile} API and loads it
 * as a hidden class extending {@link Translation}. What the code touches — the hart, its memory and
 * register arrays, the FPU, the timing model's predictors, filters and queues, the block counters —
 * comes from the class data, put in static final fields by the class initializer; HotSpot folds them
 * like literals.
 *
 * <p>The class file is version 50 (Java 6) and has no stack maps: the JVM verifies it by type
 * inference, in native code. Computing stack maps (the API's {@code StackMapGenerator}) got hot, and
 * HotSpot's C2 compiler spent 0.3–0.4 s of a few-second run compiling it, ahead of the translations
 * waiting for it (JFR compilation events, crcsort and hashbench). Version 50 has no dynamic
 * constants, hence the static fields.
 *
 * <p>The method {@code run(long limit)}: loads the guest registers the region uses into locals and
 * the counters into locals; then, per block: leave to the interpreter if the block would pass the
 * instruction limit (in runs that have one), add its length to the instruction count and one to its block counter, and (with
 * timing models) count an instruction-cache access wherever the pc enters another line, then execute
 * its instructions through their {@link Executor} semantics methods, as the interpreter does: the same
 * filter reads and queue appends for loads, stores, branches and jumps, in the same order. Blocks jump
 * to their successors in the region (forward directly, back through one switch, the method's only
 * loop header); anything else is an exit to the epilogue, which stores the
 * changed registers, the counters and the next pc. A store that changed code ({@link Memory#codeEpoch})
 * leaves to the interpreter after it. A {@link GuestFault} leaves with the faulting instruction's index
 * (its registers are as before it): the interpreter runs that instruction again and reports or traps
 * exactly as it would have.
 */
final class TranslationCompiler {

    /** Regions whose method would be longer are refused: HotSpot does not compile methods over 8000 bytes. */
    static final int MAX_CODE_BYTES = 7900;

    private static final ClassDesc CD_TRANSLATION = desc(Translation.class);
    private static final ClassDesc CD_TRANSLATED = ClassDesc.of(Translation.class.getPackageName(), "Translated");
    private static final ClassDesc CD_METHOD_HANDLES = desc(MethodHandles.class);
    private static final MethodTypeDesc MTD_LOOKUP = MethodTypeDesc.of(desc(MethodHandles.Lookup.class));
    private static final MethodTypeDesc MTD_CLASS_DATA = MethodTypeDesc.of(ConstantDescs.CD_Object,
            desc(MethodHandles.Lookup.class), ConstantDescs.CD_String, ConstantDescs.CD_Class);
    private static final MethodTypeDesc MTD_GET = MethodTypeDesc.of(ConstantDescs.CD_Object, CD_int);
    private static final ClassDesc CD_HART = desc(Hart.class);
    private static final ClassDesc CD_MEMORY = desc(Memory.class);
    private static final ClassDesc CD_FPU = desc(Fpu.class);
    private static final ClassDesc CD_PREDICTORS = desc(BranchPredictors.class);
    private static final ClassDesc CD_CACHES = desc(Caches.class);
    private static final ClassDesc CD_TIMING = desc(TimingModel.class);
    private static final ClassDesc CD_REGION = desc(Region.class);
    private static final ClassDesc CD_GUEST_FAULT = desc(GuestFault.class);
    private static final ClassDesc CD_LONGS = desc(long[].class);
    private static final ClassDesc CD_INTEGER_OPS = desc(IntegerOps.class);
    private static final ClassDesc CD_SLOW_PATH = desc(SlowPath.class);
    private static final MethodTypeDesc MTD_CSR = MethodTypeDesc.of(CD_long, CD_int, CD_long);
    private static final MethodTypeDesc MTD_INIT = MethodTypeDesc.of(CD_void, CD_REGION, CD_LONGS);
    private static final MethodTypeDesc MTD_RUN = MethodTypeDesc.of(CD_int, CD_long);
    private static final MethodTypeDesc MTD_LONG_VOID = MethodTypeDesc.of(CD_void, CD_long);
    private static final MethodTypeDesc MTD_JALR = MethodTypeDesc.of(CD_void, CD_long, CD_long, CD_int, CD_int, CD_long);
    private static final Opcode[] OPCODES = Opcode.values();

    // The class data: what the code reaches as constants.
    private static final int HART = 0, MEMORY = 1, X = 2, F = 3, FPU = 4, PREDICTORS = 5, ICACHES = 6, IFILTER = 7,
            DCACHES = 8, DFILTER = 9, TIMING = 10, COUNTS = 11;
    private static final ClassDesc[] DATA_TYPES = {CD_HART, CD_MEMORY, CD_LONGS, CD_LONGS, CD_FPU, CD_PREDICTORS, CD_CACHES,
        CD_LONGS, CD_CACHES, CD_LONGS, CD_TIMING, CD_LONGS};

    private final Hart hart;
    private final boolean timed;
    private final int iBits;
    private final int dBits;
    private final ClassFile classFile;
    private final MethodHandles.Lookup lookup = MethodHandles.lookup();

    TranslationCompiler(Hart hart) {
        this.hart = hart;
        this.timed = !hart.timing.models().isEmpty();
        this.iBits = hart.timing.icaches.lineBits;
        this.dBits = hart.timing.dcaches.lineBits;
        this.classFile = ClassFile.of(ClassFile.StackMapsOption.DROP_STACK_MAPS);
    }

    /** The static final field holding class data element {@code index}. */
    private static String dataField(int index) {
        return "data" + index;
    }

    private static ClassDesc desc(Class<?> c) {
        return c.describeConstable().orElseThrow();
    }

    /** The class initializer: {@code dataN = (T) MethodHandles.classData(lookup(), "_", List.class).get(N)}. */
    private static void initializeData(CodeBuilder code) {
        code.invokestatic(CD_METHOD_HANDLES, "lookup", MTD_LOOKUP);
        code.ldc(ConstantDescs.DEFAULT_NAME);
        code.ldc(ConstantDescs.CD_List);
        code.invokestatic(CD_METHOD_HANDLES, "classData", MTD_CLASS_DATA);
        code.checkcast(ConstantDescs.CD_List);
        for (int i = 0; i < DATA_TYPES.length; i++) {
            code.dup();
            code.loadConstant(i);
            code.invokeinterface(ConstantDescs.CD_List, "get", MTD_GET);
            code.checkcast(DATA_TYPES[i]);
            code.putstatic(CD_TRANSLATED, dataField(i), DATA_TYPES[i]);
        }
        code.pop();
        code.return_();
    }

    /**
     * The class file of {@code region}; {@code limited}: the run has an instruction limit, which blocks
     * must check (without one they only count).
     */
    byte[] classBytes(Region region, boolean limited) {
        return classFile.build(CD_TRANSLATED, cb -> {
            cb.withVersion(ClassFile.JAVA_6_VERSION, 0);
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withSuperclass(CD_TRANSLATION);
            for (int i = 0; i < DATA_TYPES.length; i++) {
                cb.withField(dataField(i), DATA_TYPES[i], ClassFile.ACC_STATIC | ClassFile.ACC_FINAL | ClassFile.ACC_PRIVATE);
            }
            cb.withMethodBody(ConstantDescs.CLASS_INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_STATIC,
                    TranslationCompiler::initializeData);
            cb.withMethodBody(ConstantDescs.INIT_NAME, MTD_INIT, ClassFile.ACC_PUBLIC, code -> {
                code.aload(0);
                code.aload(1);
                code.aload(2);
                code.invokespecial(CD_TRANSLATION, ConstantDescs.INIT_NAME, MTD_INIT);
                code.return_();
            });
            cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    code -> new Emitter(code, region, limited).emit());
        });
    }

    /** The length of the bytecode of the {@code run} method in {@code classBytes}. */
    int runLength(byte[] classBytes) {
        for (MethodModel m : classFile.parse(classBytes).methods()) {
            if (m.methodName().equalsString("run")) {
                return m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElseThrow();
            }
        }
        throw new IllegalStateException("no run method");
    }

    /** Loads {@code classBytes} (of {@code region}) as a hidden class and makes its translation. */
    Translation load(Region region, byte[] classBytes) {
        long[] counts = new long[region.blocks().size()];
        TimingModel t = hart.timing;
        List<Object> data = List.of(hart, hart.mem, hart.x, hart.f, hart.fpu, t.predictors, t.icaches, t.icaches.filter,
                t.dcaches, t.dcaches.filter, t, counts);
        try {
            MethodHandles.Lookup hidden = lookup.defineHiddenClassWithClassData(classBytes, data, true);
            return (Translation) hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class, Region.class, long[].class))
                    .invoke(region, counts);
        } catch (Throwable e) {
            throw new IllegalStateException("translated code of " + Long.toHexString(region.pc(0)) + " does not load", e);
        }
    }

    /** Emits {@code run} for one region. */
    private final class Emitter {
        private final CodeBuilder code;
        private final Region region;
        private final boolean limited;
        private final DecodedPage page;
        private final int[] xLocal = new int[32];
        private final int[] fLocal = new int[32];
        private final boolean[] xWritten = new boolean[32];
        private final boolean[] fWritten = new boolean[32];
        private final Label[] blockLabels;
        private final Label epilogue;
        /** Where every jump back goes: a switch to its target, so that the method has one loop header. */
        private final Label funnel;
        /** The block being emitted. */
        private int current;
        /** The block a jump back goes to, for the {@link #funnel}. */
        private int target;
        private int icount;
        private int taken;
        private int fetchLine;
        private int fetches;
        private int next;
        private int address;
        private int at;
        private int exit;
        private int epoch;
        /** The old value of a CSR an instruction reads and writes. */
        private int csrValue;
        /** The dynamic rounding mode ({@code frm}), read once: no translated instruction writes it. */
        private int roundingMode;

        Emitter(CodeBuilder code, Region region, boolean limited) {
            this.code = code;
            this.region = region;
            this.limited = limited;
            this.page = region.page();
            this.blockLabels = new Label[region.blocks().size()];
            for (int b = 0; b < blockLabels.length; b++) {
                blockLabels[b] = code.newLabel();
            }
            this.epilogue = code.newLabel();
            this.funnel = code.newLabel();
            java.util.Arrays.fill(xLocal, -1);
            java.util.Arrays.fill(fLocal, -1);
        }

        private void constant(int index) {
            code.getstatic(CD_TRANSLATED, dataField(index), DATA_TYPES[index]);
        }

        void emit() {
            allocateRegisters();
            prologue();
            funnel();
            Label tryStart = code.newLabel();
            Label tryEnd = code.newLabel();
            Label handler = code.newLabel();
            code.labelBinding(tryStart);
            for (int b = 0; b < region.blocks().size(); b++) {
                current = b;
                block(b);
            }
            code.labelBinding(tryEnd);
            code.labelBinding(handler);
            code.pop();
            code.loadConstant(Translation.FAULT);
            code.iload(at);
            code.isub();
            code.istore(exit);
            code.goto_(epilogue);
            code.exceptionCatch(tryStart, tryEnd, handler, CD_GUEST_FAULT);
            epilogue();
        }

        // ---- registers ------------------------------------------------------------------------

        private void allocateRegisters() {
            for (int i = 0; i < region.slots().length; i++) {
                int s = region.slots()[i];
                Opcode base = OPCODES[page.opcode[s]].base();
                int r = page.regs[s];
                int[] sources = {(r >>> 8) & 31, (r >>> 16) & 31, (r >>> 24) & 31};
                Field[] fields = {Field.RS1, Field.RS2, Field.RS3};
                for (int k = 0; k < 3; k++) {
                    use(base.source(fields[k]), sources[k], false);
                }
                use(base.destination(), destination(s), true);
            }
            for (int reg = 1; reg < 32; reg++) {
                if (xLocal[reg] >= 0) {
                    xLocal[reg] = code.allocateLocal(TypeKind.LONG);
                }
            }
            for (int reg = 0; reg < 32; reg++) {
                if (fLocal[reg] >= 0) {
                    fLocal[reg] = code.allocateLocal(TypeKind.LONG);
                }
            }
        }

        private void use(RegisterFile file, int reg, boolean written) {
            if (file == RegisterFile.X && reg != 0) {
                xLocal[reg] = 0;
                xWritten[reg] |= written;
            } else if (file == RegisterFile.F) {
                fLocal[reg] = 0;
                fWritten[reg] |= written;
            }
        }

        /** The destination register number of slot {@code s} (x0 for the sink). */
        private int destination(int s) {
            int rd = page.regs[s] & 0xff;
            return rd >= 32 ? 0 : rd;
        }

        private void load(RegisterFile file, int reg) {
            if (file == RegisterFile.F) {
                code.lload(fLocal[reg]);
            } else if (reg == 0) {
                code.lconst_0();
            } else {
                code.lload(xLocal[reg]);
            }
        }

        private void store(RegisterFile file, int reg) {
            if (file == RegisterFile.F) {
                code.lstore(fLocal[reg]);
            } else if (reg == 0) {
                code.pop2();
            } else {
                code.lstore(xLocal[reg]);
            }
        }

        // ---- prologue and epilogue ------------------------------------------------------------

        private void prologue() {
            for (int reg = 1; reg < 32; reg++) {
                if (xLocal[reg] >= 0) {
                    constant(X);
                    code.loadConstant(reg);
                    code.laload();
                    code.lstore(xLocal[reg]);
                }
            }
            for (int reg = 0; reg < 32; reg++) {
                if (fLocal[reg] >= 0) {
                    constant(F);
                    code.loadConstant(reg);
                    code.laload();
                    code.lstore(fLocal[reg]);
                }
            }
            icount = code.allocateLocal(TypeKind.LONG);
            taken = code.allocateLocal(TypeKind.LONG);
            fetchLine = code.allocateLocal(TypeKind.LONG);
            fetches = code.allocateLocal(TypeKind.LONG);
            next = code.allocateLocal(TypeKind.LONG);
            address = code.allocateLocal(TypeKind.LONG);
            at = code.allocateLocal(TypeKind.INT);
            exit = code.allocateLocal(TypeKind.INT);
            epoch = code.allocateLocal(TypeKind.INT);
            csrValue = code.allocateLocal(TypeKind.LONG);
            roundingMode = code.allocateLocal(TypeKind.INT);
            constant(HART);
            code.getfield(CD_HART, "instret", CD_long);
            code.lstore(icount);
            constant(HART);
            code.getfield(CD_HART, "takenBranches", CD_long);
            code.lstore(taken);
            constant(HART);
            code.getfield(CD_HART, "fetchLine", CD_long);
            code.lstore(fetchLine);
            code.lconst_0();
            code.lstore(fetches);
            code.lconst_0();
            code.lstore(next);
            code.lconst_0();
            code.lstore(address);
            code.iconst_0();
            code.istore(at);
            code.iconst_0();
            code.istore(exit);
            constant(MEMORY);
            code.getfield(CD_MEMORY, "codeEpoch", CD_int);
            code.istore(epoch);
            if (roundsDynamically()) {
                constant(HART);
                code.getfield(CD_HART, "frm", CD_int);
                code.istore(roundingMode);
                // a reserved frm: the interpreter reports the fault at the first instruction that rounds
                Label valid = code.newLabel();
                code.iload(roundingMode);
                code.iconst_4();
                code.if_icmple(valid);
                leave(region.pc(0), Translation.INTERPRET);
                code.labelBinding(valid);
            }
        }

        /** Whether an instruction of the region rounds by {@code frm}. */
        private boolean roundsDynamically() {
            for (int s : region.slots()) {
                Executor e = Executor.of(OPCODES[page.opcode[s]]);
                if (e.form() == Executor.Form.COMPUTE && e.type().parameterList().getLast() == int.class && page.rm[s] == 7) {
                    return true;
                }
            }
            return false;
        }

        private void epilogue() {
            code.labelBinding(epilogue);
            for (int reg = 1; reg < 32; reg++) {
                if (xWritten[reg]) {
                    constant(X);
                    code.loadConstant(reg);
                    code.lload(xLocal[reg]);
                    code.lastore();
                }
            }
            for (int reg = 0; reg < 32; reg++) {
                if (fWritten[reg]) {
                    constant(F);
                    code.loadConstant(reg);
                    code.lload(fLocal[reg]);
                    code.lastore();
                }
            }
            constant(HART);
            code.lload(icount);
            code.putfield(CD_HART, "instret", CD_long);
            constant(HART);
            code.lload(taken);
            code.putfield(CD_HART, "takenBranches", CD_long);
            constant(HART);
            code.lload(fetchLine);
            code.putfield(CD_HART, "fetchLine", CD_long);
            if (timed) {
                constant(TIMING);
                code.dup();
                code.getfield(CD_TIMING, "fetches", CD_long);
                code.lload(fetches);
                code.ladd();
                code.putfield(CD_TIMING, "fetches", CD_long);
            }
            constant(HART);
            code.lload(next);
            code.putfield(CD_HART, "pc", CD_long);
            code.iload(exit);
            code.ireturn();
        }

        /** Leaves the region: continue at {@code pc} with result {@code result}. */
        private void leave(long pc, int result) {
            code.loadConstant(pc);
            code.lstore(next);
            code.loadConstant(result);
            code.istore(exit);
            code.goto_(epilogue);
        }

        /**
         * The one loop header of the method, entered with block 0 as the target: HotSpot compiles a loop
         * entered once by on-stack replacement at its header, and with every jump back going through
         * here one such compile serves all the loops of the region, however control moves between them
         * (with a header per loop, nbody's region was compiled twice, 0.7 s of C2's time each).
         */
        private void funnel() {
            target = code.allocateLocal(TypeKind.INT);
            code.iconst_0();
            code.istore(target);
            code.labelBinding(funnel);
            java.util.SortedSet<Integer> targets = new java.util.TreeSet<>();
            for (int b = 0; b < region.blocks().size(); b++) {
                for (int successor : new int[] {region.blocks().get(b).taken(), region.blocks().get(b).next()}) {
                    if (jumpsBack(b, successor)) {
                        targets.add(successor);
                    }
                }
            }
            code.iload(target);
            code.lookupswitch(blockLabels[0], targets.stream().map(t -> SwitchCase.of(t, blockLabels[t])).toList());
        }

        /** Whether going from block {@code from} to its successor {@code successor} is a jump back (through the funnel). */
        private static boolean jumpsBack(int from, int successor) {
            return successor >= 0 && successor <= from;
        }

        /** Goes to successor {@code successor} of a block (a block of the region or an exit). */
        private void go(int successor) {
            if (jumpsBack(current, successor)) {
                code.loadConstant(successor);
                code.istore(target);
                code.goto_(funnel);
            } else if (successor >= 0) {
                code.goto_(blockLabels[successor]);
            } else {
                int e = -1 - successor;
                leave(region.exits()[e], e);
            }
        }

        // ---- blocks ----------------------------------------------------------------------------

        private void block(int b) {
            Region.Block block = region.blocks().get(b);
            int n = block.end() - block.first();
            long startPc = region.pc(block.first());
            code.labelBinding(blockLabels[b]);
            if (limited) {
                Label within = code.newLabel();
                code.lload(icount);
                code.loadConstant((long) n);
                code.ladd();
                code.lload(1);
                code.lcmp();
                code.ifle(within);
                leave(startPc, Translation.INTERPRET);
                code.labelBinding(within);
            }
            code.lload(icount);
            code.loadConstant((long) n);
            code.ladd();
            code.lstore(icount);
            constant(COUNTS);
            code.loadConstant(b);
            code.dup2();
            code.laload();
            code.lconst_1();
            code.ladd();
            code.lastore();
            long line = -1;
            for (int i = block.first(); i < block.end(); i++) {
                long pc = region.pc(i);
                if (timed) {
                    long l = pc >>> iBits;
                    if (i == block.first()) {
                        Label same = code.newLabel();
                        code.lload(fetchLine);
                        code.loadConstant(l);
                        code.lcmp();
                        code.ifeq(same);
                        fetch(l);
                        code.labelBinding(same);
                        code.loadConstant(l);
                        code.lstore(fetchLine);
                    } else if (l != line) {
                        fetch(l);
                        code.loadConstant(l);
                        code.lstore(fetchLine);
                    }
                    line = l;
                }
                instruction(i, block);
            }
        }

        /** An instruction fetch from a new line: counted, and the instruction caches' filter read. */
        private void fetch(long line) {
            code.lload(fetches);
            code.lconst_1();
            code.ladd();
            code.lstore(fetches);
            Label hit = code.newLabel();
            constant(IFILTER);
            code.loadConstant((int) line & (hart.timing.icaches.filter.length - 1));
            code.laload();
            code.loadConstant(line);
            code.lcmp();
            code.ifeq(hit);
            constant(ICACHES);
            code.loadConstant(line);
            code.invokevirtual(CD_CACHES, "enqueue", MTD_LONG_VOID);
            code.labelBinding(hit);
        }

        /** A data access at the address in the {@code address} local: the data caches' filter read. */
        private void dataAccess() {
            if (!timed) {
                return;
            }
            Label hit = code.newLabel();
            constant(DFILTER);
            code.lload(address);
            code.loadConstant(dBits);
            code.lushr();
            code.l2i();
            code.loadConstant(hart.timing.dcaches.filter.length - 1);
            code.iand();
            code.laload();
            code.lload(address);
            code.loadConstant(dBits);
            code.lushr();
            code.lcmp();
            code.ifeq(hit);
            constant(DCACHES);
            code.lload(address);
            code.loadConstant(dBits);
            code.lushr();
            code.invokevirtual(CD_CACHES, "enqueue", MTD_LONG_VOID);
            code.labelBinding(hit);
        }

        private void instruction(int i, Region.Block block) {
            int s = region.slots()[i];
            Opcode opc = OPCODES[page.opcode[s]];
            Opcode base = opc.base();
            Executor e = Executor.of(opc);
            long pc = region.pc(i);
            long npc = pc + page.len[s];
            int r = page.regs[s];
            int rd = destination(s);
            int rs1 = (r >>> 8) & 31;
            int rs2 = (r >>> 16) & 31;
            int rs3 = (r >>> 24) & 31;
            long imm = page.imm[s];
            ClassDesc owner = e.owner() == null ? null : desc(e.owner());
            MethodTypeDesc type = e.type() == null ? null : e.type().describeConstable().orElseThrow();
            switch (e.form()) {
                case NOP -> {
                }
                case COMPUTE -> {
                    List<Class<?>> params = e.type().parameterList();
                    boolean rounds = params.getLast() == int.class;
                    if (params.getFirst() == Fpu.class) {
                        constant(FPU);
                    }
                    if (base == Opcode.AUIPC) {
                        code.loadConstant(pc);
                    }
                    int[] sources = {rs1, rs2, rs3};
                    Field[] fields = {Field.RS1, Field.RS2, Field.RS3};
                    for (int k = 0; k < 3; k++) {
                        if (base.source(fields[k]) != RegisterFile.NONE) {
                            load(base.source(fields[k]), sources[k]);
                        }
                    }
                    if (Executor.immediate(base) != null) {
                        code.loadConstant(imm);
                    }
                    if (rounds) {
                        if (page.rm[s] == 7) {
                            code.iload(roundingMode);
                        } else {
                            code.loadConstant((int) page.rm[s]);
                        }
                    }
                    code.invokestatic(owner, e.method(), type);
                    store(base.destination(), rd);
                }
                case LOAD -> {
                    effectiveAddress(rs1, imm);
                    at(i);
                    constant(MEMORY);
                    code.lload(address);
                    code.invokestatic(owner, e.method(), type);
                    store(base.destination(), rd);
                }
                case STORE -> {
                    effectiveAddress(rs1, imm);
                    at(i);
                    constant(MEMORY);
                    code.lload(address);
                    load(base.source(Field.RS2), rs2);
                    code.invokestatic(owner, e.method(), type);
                    Label unchanged = code.newLabel();
                    constant(MEMORY);
                    code.getfield(CD_MEMORY, "codeEpoch", CD_int);
                    code.iload(epoch);
                    code.if_icmpeq(unchanged);
                    code.loadConstant(-1L);
                    code.lstore(fetchLine);
                    leave(npc, Translation.CODE_CHANGED - i);
                    code.labelBinding(unchanged);
                }
                case BRANCH -> {
                    load(RegisterFile.X, rs1);
                    load(RegisterFile.X, rs2);
                    code.invokestatic(owner, e.method(), type);
                    Label branchTaken = code.newLabel();
                    code.ifne(branchTaken);
                    predictBranch(pc);
                    go(block.next());
                    code.labelBinding(branchTaken);
                    code.lload(taken);
                    code.lconst_1();
                    code.ladd();
                    code.lstore(taken);
                    predictBranch(pc | 1);
                    go(block.taken());
                }
                case JUMP -> {
                    int linkRd = page.regs[s] & 0xff;
                    if (base == Opcode.JAL) {
                        code.loadConstant(npc);
                        store(RegisterFile.X, rd);
                        if (timed && (linkRd == 1 || linkRd == 5)) {
                            constant(PREDICTORS);
                            code.loadConstant(npc);
                            code.invokevirtual(CD_PREDICTORS, "call", MTD_LONG_VOID);
                        }
                        go(block.taken());
                    } else {
                        load(RegisterFile.X, rs1);
                        code.loadConstant(imm);
                        code.invokestatic(CD_INTEGER_OPS, e.method(), type);
                        code.lstore(next);
                        code.loadConstant(npc);
                        store(RegisterFile.X, rd);
                        if (timed) {
                            constant(PREDICTORS);
                            code.loadConstant(pc);
                            code.lload(next);
                            code.loadConstant(linkRd);
                            code.loadConstant(rs1);
                            code.loadConstant(npc);
                            code.invokevirtual(CD_PREDICTORS, "jalr", MTD_JALR);
                        }
                        code.loadConstant(Translation.INDIRECT);
                        code.istore(exit);
                        code.goto_(epilogue);
                    }
                }
                case HART -> { // fflags, frm, fcsr (Region.floatingPointCsr)
                    if (page.word[s] >>> 20 == 1 && hart.env instanceof LinuxSyscalls) {
                        fflags(page.word[s], rs1, rd);
                        break;
                    }
                    at(i);
                    constant(HART);
                    code.getfield(CD_HART, "slowPath", CD_SLOW_PATH);
                    code.loadConstant(page.word[s]);
                    load(RegisterFile.X, base.source(Field.RS1) == RegisterFile.X ? rs1 : 0);
                    code.invokevirtual(CD_SLOW_PATH, "csr", MTD_CSR);
                    store(RegisterFile.X, rd);
                }
            }
            if (i == block.end() - 1 && e.form() != Executor.Form.BRANCH && e.form() != Executor.Form.JUMP) {
                go(block.next());
            }
        }

        /**
         * {@code csrrw}, {@code csrrs}, {@code csrrc} (and their immediate forms) on {@code fflags} in
         * Linux user mode, where it is the FPU's accrued flags and nothing else: what
         * {@link SlowPath#csr} does, without the call.
         */
        private void fflags(int word, int rs1, int rd) {
            int funct3 = (word >>> 12) & 7;
            int source = (word >>> 15) & 31;
            boolean swap = (funct3 & 3) == 1;
            boolean write = swap || source != 0;
            boolean read = !swap || ((word >>> 7) & 31) != 0;
            if (read) {
                constant(FPU);
                code.getfield(CD_FPU, "flags", CD_int);
                code.i2l();
            } else {
                code.lconst_0();
            }
            code.lstore(csrValue);
            if (write) {
                constant(FPU);
                if (!swap && read) {
                    code.lload(csrValue);
                }
                if (funct3 >= 5) {
                    code.loadConstant((long) source);
                } else {
                    load(RegisterFile.X, rs1);
                }
                if (!swap && read) {
                    if ((funct3 & 3) == 2) {
                        code.lor();
                    } else {
                        code.loadConstant(-1L);
                        code.lxor();
                        code.land();
                    }
                }
                code.l2i();
                code.loadConstant(31);
                code.iand();
                code.putfield(CD_FPU, "flags", CD_int);
            }
            code.lload(csrValue);
            store(RegisterFile.X, rd);
        }

        private void at(int i) {
            code.loadConstant(i);
            code.istore(at);
        }

        private void effectiveAddress(int rs1, long imm) {
            load(RegisterFile.X, rs1);
            code.loadConstant(imm);
            code.ladd();
            code.lstore(address);
            dataAccess();
        }

        private void predictBranch(long outcome) {
            if (timed) {
                constant(PREDICTORS);
                code.loadConstant(outcome);
                code.invokevirtual(CD_PREDICTORS, "branch", MTD_LONG_VOID);
            }
        }
    }
}
