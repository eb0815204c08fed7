/* tiny: a freestanding program (no C library) for the small committed executable fixture
 * fixtures/tiny-medany. Its _start, the GOT access, the absolute reference and the system calls are
 * in src/asm/tiny-start.S. Built by make-fixtures.sh with -mcmodel=medany -fno-pie -ffreestanding
 * -nostdlib -static. Prints "tiny: ok" and exits 0 when every check holds. */
#include <stdint.h>

long tiny_counter = 3;
int64_t tiny_table[8] = {1, 2, 3, 5, 8, 13, 21, 34};
static int64_t tiny_bss[4];
static const char tiny_ok[] = "tiny: ok\n";
static const char tiny_bad[] = "tiny: FAILED\n";

/* src/asm/tiny-start.S */
long tiny_write(int fd, const void *buf, unsigned long len);
long tiny_load_counter_via_got(void);
int64_t *tiny_table_address_absolute(void);
extern int64_t *const tiny_table_pointer;

static int64_t sum(const int64_t *v, int n) {
    int64_t s = 0;
    for (int i = 0; i < n; i++) {
        s += v[i];
    }
    return s;
}

static int check_sum(void) { return sum(tiny_table, 8) == 87; }
static int check_got(void) { return tiny_load_counter_via_got() == tiny_counter; }
static int check_absolute(void) { return tiny_table_address_absolute() == tiny_table; }
static int check_data_word(void) { return tiny_table_pointer == &tiny_table[0]; }
static int check_bss(void) {
    for (int i = 0; i < 4; i++) {
        tiny_bss[i] += tiny_table[i] * tiny_counter;
    }
    return sum(tiny_bss, 4) == 33;
}

static int (*const checks[])(void) = {check_sum, check_got, check_absolute, check_data_word, check_bss};

int tiny_main(void) {
    int failed = 0;
    for (unsigned i = 0; i < sizeof checks / sizeof checks[0]; i++) {
        failed += !checks[i]();
    }
    tiny_counter++;
    if (failed) {
        tiny_write(1, tiny_bad, sizeof tiny_bad - 1);
        return 1;
    }
    tiny_write(1, tiny_ok, sizeof tiny_ok - 1);
    return 0;
}
