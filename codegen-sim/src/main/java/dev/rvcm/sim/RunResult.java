package dev.rvcm.sim;

import dev.rvcm.isa.Registers;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a run ended, with its counters.
 *
 * @param stop     why the run ended
 * @param counters what the guest did
 */
public record RunResult(Stop stop, Counters counters) {

    /** Exit code for a guest memory fault: 128 + SIGSEGV, as a shell reports a crashed program. */
    public static final int EXIT_SEGV = 139;
    /** Exit code for an illegal instruction: 128 + SIGILL. */
    public static final int EXIT_ILL = 132;
    /** Exit code for {@code ebreak} in user mode: 128 + SIGTRAP. */
    public static final int EXIT_TRAP = 133;
    /** Exit code when the guest exceeds the memory limit: 128 + SIGKILL, like the OOM killer. */
    public static final int EXIT_OOM = 137;
    /** Exit code when the instruction limit is reached, as {@code timeout(1)} uses. */
    public static final int EXIT_LIMIT = 124;

    /** The process exit code rvcm should report. */
    public int exitCode() {
        return stop.exitCode();
    }

    /** Why a run ended. */
    public sealed interface Stop {
        /** The exit code rvcm reports for this stop. */
        int exitCode();

        /** One line for stderr. */
        String describe();

        /** The guest called {@code exit}/{@code exit_group}. */
        record Exited(int status) implements Stop {
            @Override
            public int exitCode() {
                return status & 0xff;
            }

            @Override
            public String describe() {
                return "exited with status " + (status & 0xff);
            }
        }

        /** The guest sent itself a signal ({@code kill}, {@code tgkill}; e.g. {@code abort()} → SIGABRT). */
        record Killed(int signal) implements Stop {
            @Override
            public int exitCode() {
                return 128 + (signal & 0x7f);
            }

            @Override
            public String describe() {
                return "killed by signal " + signal;
            }
        }

        /** Bare metal: the guest wrote {@code tohost}; 1 is pass, {@code (n << 1) | 1} failure of test n. */
        record Htif(long tohost) implements Stop {
            /** The failing test number, 0 for pass. */
            public long failedTest() {
                return tohost >>> 1;
            }

            @Override
            public int exitCode() {
                return failedTest() == 0 ? 0 : 1;
            }

            @Override
            public String describe() {
                return failedTest() == 0 ? "HTIF: pass" : "HTIF: test " + failedTest() + " failed";
            }
        }

        /** The instruction limit was reached. */
        record LimitReached(long limit) implements Stop {
            @Override
            public int exitCode() {
                return EXIT_LIMIT;
            }

            @Override
            public String describe() {
                return "instruction limit of " + limit + " reached";
            }
        }

        /**
         * The guest faulted: a bad address, an illegal instruction, a breakpoint, or memory exhausted.
         *
         * @param cause       {@code load-access}, {@code store-access}, {@code fetch-access},
         *                    {@code illegal-instruction}, {@code breakpoint} or {@code out-of-memory}
         * @param message     what happened
         * @param pc          the faulting instruction's address
         * @param word        its encoding (0 if it could not be fetched; a 16-bit one in the low half)
         * @param address     the faulting data address (or the instruction word)
         * @param registers   x0–x31 at the fault
         * @param location    where the pc is, as a debugger names it ({@code main+0x1a}), "" when no function holds it
         * @param instruction the faulting instruction disassembled ({@code lw a0,8(s0)}), "" when it was not fetched
         */
        record Fault(String cause, String message, long pc, int word, long address, long[] registers, String location,
                     String instruction) implements Stop {
            public Fault {
                registers = registers.clone();
            }

            @Override
            public long[] registers() {
                return registers.clone();
            }

            static Fault of(GuestFault f, long pc, int word, long[] x) {
                return new Fault(f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), f.getMessage(), pc,
                        word, f.address(), x, "", "");
            }

            /** This fault with its pc named and its instruction disassembled. */
            Fault located(String where, String text) {
                return new Fault(cause, message, pc, word, address, registers, where, text);
            }

            @Override
            public int exitCode() {
                return switch (cause) {
                    case "illegal-instruction" -> EXIT_ILL;
                    case "breakpoint" -> EXIT_TRAP;
                    case "out-of-memory" -> EXIT_OOM;
                    default -> EXIT_SEGV;
                };
            }

            /**
             * As a debugger shows it: the cause, the pc with its function ({@code <main+0x1a>}), the data
             * address; the instruction as objdump lists it (a 16-bit one as 16 bits); the registers by ABI name.
             */
            @Override
            public String describe() {
                StringBuilder sb = new StringBuilder();
                sb.append(String.format("guest fault (%s): %s at pc 0x%x%s, address 0x%x%n", cause, message, pc,
                        location.isEmpty() ? "" : " <" + location + ">", address));
                boolean compressed = (word & 3) != 3;
                if (!instruction.isEmpty()) {
                    sb.append(String.format("  %x:\t%s\t%s%n", pc,
                            compressed ? String.format("%04x", word & 0xffff) : String.format("%08x", word), instruction));
                }
                for (int i = 0; i < 32; i++) {
                    sb.append(String.format("%-4s %016x%s", Registers.gpr(i), registers[i], i % 4 == 3 ? "\n" : "  "));
                }
                return sb.toString().stripTrailing();
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Fault f && f.cause.equals(cause) && f.pc == pc && f.word == word
                        && f.address == address && Arrays.equals(f.registers, registers) && f.message.equals(message)
                        && f.location.equals(location) && f.instruction.equals(instruction);
            }

            @Override
            public int hashCode() {
                return Long.hashCode(pc) * 31 + cause.hashCode();
            }

            @Override
            public String toString() {
                return describe();
            }
        }
    }
}
