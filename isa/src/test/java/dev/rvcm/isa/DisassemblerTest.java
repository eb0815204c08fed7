package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readable examples of objdump 2.40's syntax, taken from its output for the kernel and glibc; the
 * differential tests check the same rules on millions of instructions.
 */
class DisassemblerTest {

    private static final Disassembler ALIASES = new Disassembler(Extensions.ALL, true);
    private static final Disassembler CANONICAL = new Disassembler(Extensions.ALL, false);
    private static final long PC = 0xffffffff80000000L;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1141     | add	sp,sp,-16                    | c.addi	sp,-16
            00a0     | add	s0,sp,72                     | c.addi4spn	s0,sp,72
            0001     | nop                               | c.addi	zero,0
            0081     | add	ra,ra,0                      | c.addi	ra,0
            8082     | ret                               | c.jr	ra
            0000     | unimp                             | c.unimp
            0002     | c.slli64	zero                   | c.slli64	zero
            0004     | .2byte	0x4                      | .2byte	0x4
            ff010113 | add	sp,sp,-16                    | addi	sp,sp,-16
            00000797 | auipc	a5,0x0                     | auipc	a5,0x0
            0ca0106f | j	ffffffff800010ca               | jal	zero,ffffffff800010ca
            00008067 | ret                               | jalr	zero,0(ra)
            00c55613 | srl	a2,a0,0xc                    | srli	a2,a0,0xc
            0ff57513 | zext.b	a0,a0                    | andi	a0,a0,255
            0805053b | zext.w	a0,a0                    | add.uw	a0,a0,zero
            fff54513 | not	a0,a0                        | xori	a0,a0,-1
            00153513 | seqz	a0,a0                      | sltiu	a0,a0,1
            0005051b | sext.w	a0,a0                    | addiw	a0,a0,0
            0000d063 | bgez	ra,ffffffff80000000        | bge	ra,zero,ffffffff80000000
            00005063 | blez	zero,ffffffff80000000      | bge	zero,zero,ffffffff80000000
            c0002573 | rdcycle	a0                      | csrrs	a0,cycle,zero
            00301073 | fscsr	zero                       | csrrw	zero,fcsr,zero
            00205573 | fsrmi	a0,0                       | csrrwi	a0,frm,0
            14051073 | csrw	sscratch,a0                | csrrw	zero,sscratch,a0
            00a59553 | fadd.s	fa0,fa1,fa0,rtz          | fadd.s	fa0,fa1,fa0,rtz
            00a5f553 | fadd.s	fa0,fa1,fa0              | fadd.s	fa0,fa1,fa0
            20a51553 | fneg.s	fa0,fa0                  | fsgnjn.s	fa0,fa0,fa0
            0ff0000f | fence                             | fence	iorw,iorw
            0330000f | fence	rw,rw                      | fence	rw,rw
            8330000f | fence.tso                         | fence.tso
            0100000f | pause                             | pause
            06b5252f | amoadd.w.aqrl	a0,a1,(a0)         | amoadd.w.aqrl	a0,a1,(a0)
            1402020b | .4byte	0x1402020b               | .4byte	0x1402020b
            """)
    void printsLikeObjdump(String hex, String aliased, String canonical) {
        int word = Integer.parseUnsignedInt(hex, 16);
        assertThat(ALIASES.disassemble(word, PC)).isEqualTo(aliased);
        assertThat(CANONICAL.disassemble(word, PC)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0025200f | .4byte	0x25200f
            00356013 | or	zero,a0,3
            0100000f | fence	w,unknown
            """)
    void disabledExtensionsPrintAsObjdumpDoesWithoutThem(String hex, String rv64gc) {
        Disassembler disassembler = new Disassembler(Extensions.RV64GC, true);
        assertThat(disassembler.disassemble(Integer.parseUnsignedInt(hex, 16), PC)).isEqualTo(rv64gc);
    }

    @ParameterizedTest
    @CsvSource({"1141, 2", "ff010113, 4"})
    void appendReturnsTheLength(String hex, int length) {
        StringBuilder out = new StringBuilder("x: ");
        assertThat(ALIASES.append(out, Integer.parseUnsignedInt(hex, 16), 0)).isEqualTo(length);
        assertThat(out.toString()).startsWith("x: add\tsp,sp,-16");
    }
}
