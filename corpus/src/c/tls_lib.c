/* tls, second translation unit: thread-local definitions reached from tls_main.c through externs
 * (initial-exec or general-dynamic accesses, depending on the code model). */
#include <stdint.h>

int64_t tls_shared_global = 5;

__thread int64_t tls_counter = 100;           /* .tdata */
__thread int32_t tls_scratch[32];             /* .tbss */
_Thread_local int64_t *tls_cursor = &tls_shared_global; /* .tdata holding an address: needs relocation */
__attribute__((visibility("hidden"))) __thread uint32_t tls_hidden_seed = 0x9e3779b9u;

int64_t tls_bump(int64_t by) {
    tls_counter += by;
    return tls_counter;
}

uint32_t tls_next_random(void) {
    uint32_t x = tls_hidden_seed;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    tls_hidden_seed = x;
    return x;
}

int32_t *tls_scratch_slot(int i) {
    return &tls_scratch[i & 31];
}
