package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Opcode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Guests that misbehave end cleanly with a report and a documented exit code, inside the limits, with either engine. */
class HostileGuestTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private RunResult run(Engine engine, TinyExecutable t, Limits limits) throws Exception {
        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream())
                .withEngine(engine);
        return Machine.load(t.build(dir), List.of("tiny"), List.of(), limits, o).run();
    }

    private RunResult run(Engine engine, TinyExecutable t) throws Exception {
        return run(engine, t, new Limits(1_000_000, 64L << 20));
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void exitCodePassesThrough(Engine engine) throws Exception {
        RunResult r = run(engine, new TinyExecutable().li(10, 42).syscall(94));
        assertThat(r.stop()).isEqualTo(new RunResult.Stop.Exited(42));
        assertThat(r.exitCode()).isEqualTo(42);
        assertThat(r.counters().instructions()).isEqualTo(3); // addi, addi, ecall
        assertThat(r.counters().syscalls()).containsEntry("exit_group", 1L);
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void wildJumpIsAFetchFault(Engine engine) throws Exception {
        RunResult r = run(engine, new TinyExecutable().li(5, 0x7ead0000).emit(Opcode.JALR, 0, 0, 5));
        assertThat(r.stop()).isInstanceOf(RunResult.Stop.Fault.class);
        RunResult.Stop.Fault f = (RunResult.Stop.Fault) r.stop();
        assertThat(f.cause()).isEqualTo("fetch-access");
        assertThat(f.pc()).isEqualTo(0x7ead0000L);
        assertThat(f.registers()[5]).isEqualTo(0x7ead0000L);
        assertThat(r.exitCode()).isEqualTo(RunResult.EXIT_SEGV);
        assertThat(f.describe()).contains("pc 0x7ead0000").contains("t0   000000007ead0000");
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void writeToTextIsAStoreFault(Engine engine) throws Exception {
        RunResult r = run(engine, new TinyExecutable().emit(Opcode.AUIPC, 5, 0).emit(Opcode.SW, 0, 0, 5));
        RunResult.Stop.Fault f = (RunResult.Stop.Fault) r.stop();
        assertThat(f.cause()).isEqualTo("store-access");
        assertThat(f.address()).isEqualTo(TinyExecutable.BASE + TinyExecutable.CODE_OFFSET);
        assertThat(f.pc()).isEqualTo(TinyExecutable.BASE + TinyExecutable.CODE_OFFSET + 4);
        assertThat(f.word()).isEqualTo(Opcode.SW.encode(0, 0, 5));
        assertThat(r.exitCode()).isEqualTo(139);
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void illegalInstructionReportsItsWord(Engine engine) throws Exception {
        RunResult r = run(engine, new TinyExecutable().raw(0xffffffff));
        RunResult.Stop.Fault f = (RunResult.Stop.Fault) r.stop();
        assertThat(f.cause()).isEqualTo("illegal-instruction");
        assertThat(f.word()).isEqualTo(0xffffffff);
        assertThat(r.exitCode()).isEqualTo(RunResult.EXIT_ILL);
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void syscallStormEndsAtTheInstructionLimit(Engine engine) throws Exception {
        TinyExecutable t = new TinyExecutable().syscall(172).emit(Opcode.JAL, 0, -8);
        RunResult r = run(engine, t, new Limits(300_000, 64L << 20));
        assertThat(r.stop()).isEqualTo(new RunResult.Stop.LimitReached(300_000));
        assertThat(r.counters().instructions()).isEqualTo(300_000);
        assertThat(r.counters().syscalls().get("getpid")).isEqualTo(100_000L);
        assertThat(r.exitCode()).isEqualTo(RunResult.EXIT_LIMIT);
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void unknownSyscallsReturnEnosysAndAreCounted(Engine engine) throws Exception {
        RunResult r = run(engine, new TinyExecutable().syscall(999).emit(Opcode.SUB, 10, 0, 10).syscall(93));
        assertThat(r.exitCode()).isEqualTo(38);
        assertThat(r.counters().syscalls()).containsEntry("unknown-999", 1L);
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void hugeBrkAndMmapFailInsideTheMemoryLimit(Engine engine) throws Exception {
        // brk(0) → a0; brk(a0 + 1 TiB) must return a0 unchanged; exit(new - old) = 0
        TinyExecutable brk = new TinyExecutable().li(10, 0).syscall(214).emit(Opcode.ADDI, 8, 10, 0)
                .li(11, 1).emit(Opcode.SLLI, 11, 11, 40).emit(Opcode.ADD, 10, 8, 11).syscall(214)
                .emit(Opcode.SUB, 10, 10, 8).syscall(93);
        assertThat(run(engine, brk).exitCode()).isZero();
        // mmap(0, 1 TiB, RW, PRIVATE|ANONYMOUS, -1, 0) → -ENOMEM; exit(-a0) = 12
        TinyExecutable mmap = new TinyExecutable().li(10, 0).li(11, 1).emit(Opcode.SLLI, 11, 11, 40).li(12, 3)
                .li(13, 0x22).li(14, -1).li(15, 0).syscall(222).emit(Opcode.SUB, 10, 0, 10).syscall(93);
        assertThat(run(engine, mmap).exitCode()).isEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void writeGoesToStdout(Engine engine) throws Exception {
        // write(1, the ELF magic at BASE, 4)
        RunResult r = run(engine, new TinyExecutable().li(10, 1).li(11, TinyExecutable.BASE).li(12, 4).syscall(64)
                .li(10, 0).syscall(93));
        assertThat(r.exitCode()).isZero();
        assertThat(out.toByteArray()).containsExactly(0x7f, 'E', 'L', 'F');
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void noHostFileIsVisibleWithoutAMount(Engine engine) throws Exception {
        // openat(AT_FDCWD, "/etc/passwd"...) — the path is taken from the ELF image: use BASE+1 = "ELF\2..."
        RunResult r = run(engine, new TinyExecutable().li(10, -100).li(11, TinyExecutable.BASE + 1).li(12, 0).syscall(56)
                .emit(Opcode.SUB, 10, 0, 10).syscall(93));
        assertThat(r.exitCode()).isEqualTo(2); // ENOENT
    }

    private static final long TOHOST = TinyExecutable.BASE + 0x800;

    private RunResult runBareMetal(Engine engine, TinyExecutable t, Limits limits) throws Exception {
        return Machine.loadBareMetal(t.tohost(TOHOST).build(dir), limits, List.copyOf(TimingParameters.PRESETS.values()),
                engine).run();
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void bareMetalHtifPassEndsTheRun(Engine engine) throws Exception {
        // li t0, TOHOST; li t1, 1; sd t1, 0(t0)
        RunResult r = runBareMetal(engine, new TinyExecutable().li(5, TOHOST).li(6, 1).emit(Opcode.SD, 6, 0, 5)
                .emit(Opcode.JAL, 0, 0), new Limits(1000, 64L << 20));
        assertThat(r.stop()).isInstanceOf(RunResult.Stop.Htif.class);
        assertThat(r.exitCode()).isZero();
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void bareMetalTrapToAnUnfetchableVectorEndsTheRunWithoutALimit(Engine engine) throws Exception {
        // Found by CommandFuzzTest: ecall traps to mtvec = 0, unmapped; the fetch fault trapped to 0 again,
        // retiring nothing, forever, whatever --max-insns said.
        RunResult r = runBareMetal(engine, new TinyExecutable().emit(Opcode.ECALL), new Limits(Long.MAX_VALUE, 64L << 20));
        RunResult.Stop.Fault f = (RunResult.Stop.Fault) r.stop();
        assertThat(f.cause()).isEqualTo("fetch-access");
        assertThat(f.pc()).isZero();
        assertThat(f.describe()).contains("trap vector");
        assertThat(r.exitCode()).isEqualTo(RunResult.EXIT_SEGV);
        assertThat(r.counters().instructions()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void bareMetalOutOfMemoryEndsTheRunInsteadOfThrowing(Engine engine) throws Exception {
        // Found by CommandFuzzTest: the memory limit in machine mode threw GuestFault out of Machine.run.
        // Stores every 4 KiB upwards from BASE + 1 MiB: new pages until the limit.
        TinyExecutable t = new TinyExecutable().li(5, TinyExecutable.BASE + (1 << 20)).li(6, 4096)
                .emit(Opcode.SD, 0, 0, 5).emit(Opcode.ADD, 5, 5, 6).emit(Opcode.JAL, 0, -8);
        RunResult r = runBareMetal(engine, t, new Limits(1_000_000, 64L << 10));
        RunResult.Stop.Fault f = (RunResult.Stop.Fault) r.stop();
        assertThat(f.cause()).isEqualTo("out-of-memory");
        assertThat(r.exitCode()).isEqualTo(RunResult.EXIT_OOM);
    }

    @Test
    void anOddEntryPointIsRefused() throws Exception {
        // Found by CommandFuzzTest: e_entry 0x...fff fetched a 16-bit parcel across the end of its page's
        // array (ArrayIndexOutOfBoundsException, exit 70), in Linux and bare-metal mode alike.
        long odd = TinyExecutable.BASE + 0xfff;
        TinyExecutable t = new TinyExecutable().entry(odd).tohost(TOHOST).emit(Opcode.ECALL);
        var elf = t.build(dir);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Machine.load(elf, List.of("tiny"), List.of(), Limits.DEFAULT))
                .isInstanceOf(LoadException.class).hasMessageContaining("entry point 0x10fff is not on a 2-byte instruction boundary");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Machine.loadBareMetal(elf, Limits.DEFAULT))
                .isInstanceOf(LoadException.class).hasMessageContaining("entry point 0x10fff");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aSegmentLargerThanTheMemoryLimitIsRefusedAtOnce() throws Exception {
        // The loader used to walk a segment page by page: a p_memsz of 64 TiB took hours.
        var elf = new TinyExecutable().memorySize(1L << 46).emit(Opcode.ECALL).build(dir);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Machine.load(elf, List.of("tiny"), List.of(), new Limits(1000, 64L << 20)))
                .isInstanceOf(LoadException.class).hasMessageContaining("more than the memory limit of 67108864");
        // A large zero-filled segment inside the limit loads, costing nothing until touched.
        RunResult r = Machine.load(new TinyExecutable().memorySize(1L << 30).li(10, 7).syscall(93).build(dir), List.of("tiny"),
                List.of(), new Limits(1000, 2L << 30)).run();
        assertThat(r.exitCode()).isEqualTo(7);
    }

    @Test
    void segmentsOutsideTheFileAreRefused() throws Exception {
        // Found by CommandFuzzTest: bare metal took p_offset 0xffffffffffffffff and failed with
        // IndexOutOfBoundsException (exit 70).
        byte[] image = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(new TinyExecutable().tohost(TOHOST)
                .emit(Opcode.ECALL).build(dir).source()));
        java.nio.ByteBuffer.wrap(image).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(64 + 8, -1); // p_offset
        java.nio.file.Path bad = dir.resolve("bad-offset");
        java.nio.file.Files.write(bad, image);
        var elf = dev.rvcm.relocs.Inputs.open(bad).getFirst().elf();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Machine.loadBareMetal(elf, Limits.DEFAULT))
                .isInstanceOf(LoadException.class).hasMessageContaining("lies outside the file");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Machine.load(elf, List.of("tiny"), List.of(), Limits.DEFAULT))
                .isInstanceOf(LoadException.class).hasMessageContaining("lies outside the file");
    }

    @Test
    void aSegmentWithFileBytesButNoMemoryIsRefused() throws Exception {
        // Found by CommandFuzzTest: p_memsz 0 skipped the checks, yet the file bytes were still copied
        // (IndexOutOfBoundsException, exit 70, when p_filesz also ran past the end of the file).
        var elf = new TinyExecutable().memorySize(0).tohost(TOHOST).emit(Opcode.ECALL).build(dir);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Machine.load(elf, List.of("tiny"), List.of(), Limits.DEFAULT))
                .isInstanceOf(LoadException.class).hasMessageContaining("larger in the file");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Machine.loadBareMetal(elf, Limits.DEFAULT))
                .isInstanceOf(LoadException.class).hasMessageContaining("larger in the file");
    }

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void abortIsKilledBySigabrt(Engine engine) throws Exception {
        RunResult r = run(engine, new TinyExecutable().li(10, 1).li(11, 1).li(12, 6).syscall(131));
        assertThat(r.stop()).isEqualTo(new RunResult.Stop.Killed(6));
        assertThat(r.exitCode()).isEqualTo(134);
    }
}
