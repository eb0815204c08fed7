package dev.rvcm.sim;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Disassembler;
import dev.rvcm.isa.Extensions;

/**
 * Makes a guest fault readable after the run, as a debugger would: the function holding the pc
 * ({@code main+0x1a}, from the executable's symbols) and the faulting instruction disassembled in
 * objdump's syntax, a 16-bit one from its 16 bits.
 */
final class FaultLocation {
    private static final Disassembler DISASSEMBLER = new Disassembler(Extensions.ALL, true);

    private FaultLocation() {
    }

    static RunResult.Stop.Fault of(RunResult.Stop.Fault fault, Symbols symbols) {
        String text = "";
        if (fault.word() != 0) {
            int word = Decoder.length(fault.word() & 0xffff) == 2 ? fault.word() & 0xffff : fault.word();
            StringBuilder out = new StringBuilder();
            DISASSEMBLER.append(out, word, fault.pc());
            text = out.toString();
        }
        return fault.located(symbols.locate(fault.pc()), text);
    }
}
