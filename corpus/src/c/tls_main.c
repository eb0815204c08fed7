/* tls: thread-local storage (__thread and _Thread_local) initialised and zeroed, local and extern,
 * hidden, arrays, pointers in the TLS image, and addresses of TLS objects passed around.
 * Single-threaded on purpose, so a simple engine can run it. Exit 0 when every check holds. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

extern int64_t tls_shared_global;
extern __thread int64_t tls_counter;
extern __thread int32_t tls_scratch[32];
extern _Thread_local int64_t *tls_cursor;
int64_t tls_bump(int64_t by);
uint32_t tls_next_random(void);
int32_t *tls_scratch_slot(int i);

static __thread int local_depth;                      /* local .tbss */
static __thread char local_name[16] = "main-thread";  /* local .tdata */
static _Thread_local double local_sum = 0.5;
static int64_t plain_global = -3;
static _Thread_local int64_t *local_cursor = &plain_global;

static int failures;

static void check(int ok, const char *what) {
    printf("%-36s %s\n", what, ok ? "ok" : "FAIL");
    failures += !ok;
}

static int recurse(int n) {
    local_depth++;
    int deepest = local_depth;
    if (n > 0) {
        int d = recurse(n - 1);
        if (d > deepest) deepest = d;
    }
    local_depth--;
    return deepest;
}

static void add_through(int64_t *p, int64_t v) {
    *p += v;
}

int main(void) {
    check(tls_counter == 100, "initialised extern __thread");
    check(local_depth == 0 && tls_scratch[7] == 0, "zeroed .tbss");
    check(strcmp(local_name, "main-thread") == 0, "initialised local array");
    check(local_sum == 0.5, "initialised _Thread_local double");
    check(tls_cursor == &tls_shared_global && *tls_cursor == 5, "TLS pointer to global");
    check(local_cursor == &plain_global && *local_cursor == -3, "local TLS pointer to static");

    for (int i = 1; i <= 10; i++) {
        tls_bump(i);
    }
    check(tls_counter == 155, "extern TLS via function");
    add_through(&tls_counter, 45);
    check(tls_bump(0) == 200, "address of TLS passed out");

    uint32_t r = 0;
    for (int i = 0; i < 1000; i++) {
        r ^= tls_next_random();
    }
    printf("xorshift fold %08x\n", (unsigned)r);
    check(r != 0, "hidden TLS seed advances");

    for (int i = 0; i < 32; i++) {
        *tls_scratch_slot(i) = i * i;
    }
    int64_t s = 0;
    for (int i = 0; i < 32; i++) {
        s += tls_scratch[i];
    }
    check(s == 10416, "TLS array written via pointers");

    check(recurse(20) == 21 && local_depth == 0, "TLS depth counter");
    for (int i = 1; i <= 100; i++) {
        local_sum += 1.0 / i;
    }
    printf("harmonic %.12f\n", local_sum - 0.5);
    strcpy(local_name, "renamed");
    *tls_cursor += 1;
    *local_cursor -= 1;
    tls_cursor = &plain_global;
    *tls_cursor *= 10;
    printf("name %s global %lld plain %lld\n", local_name, (long long)tls_shared_global, (long long)plain_global);
    check(tls_shared_global == 6 && plain_global == -40, "stores through TLS pointers");

    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}
