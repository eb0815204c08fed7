# Deliberately broken: test 3 claims 2 + 2 = 5. A correct engine must report failure of test 3
# (tohost = (3 << 1) | 1 = 7 on bare metal, exit code 3 in user mode); tests 1, 2 and 4 are fine.
# src/isa/expect.txt records the expected failure.
#include "rvtest.h"

        RVTEST_BEGIN

        TEST_RR(1, add, 4, 2, 2)
        TEST_RR(2, sub, 0, 2, 2)
        TEST_RR(3, add, 5, 2, 2)
        TEST_RR(4, mul, 4, 2, 2)

        RVTEST_END
