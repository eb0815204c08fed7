/* linkage, second translation unit: the definitions that linkage_main.c reaches through externs. */
#include "linkage.h"

int64_t lk_counter = 7;
int32_t lk_table[LK_TABLE_SIZE];

const struct lk_point lk_points[] = {
    {3, 4, "alpha"}, {-1, 7, "beta"}, {10, -2, "gamma"}, {0, 0, "origin"}, {-5, -5, "delta"},
};
const size_t lk_point_count = sizeof lk_points / sizeof lk_points[0];

/* Array of pointers: absolute data words the dynamic loader (or static-pie self-relocation) fixes up. */
const char *const lk_names[] = {"zero", "one", "two", "three", "four", NULL};
int32_t *const lk_table_refs[4] = {&lk_table[0], &lk_table[1], &lk_table[LK_TABLE_SIZE / 2], &lk_table[LK_TABLE_SIZE - 1]};

/* Hidden: visible to the other translation unit at link time, never exported. */
__attribute__((visibility("hidden"))) int64_t lk_hidden_state = 1000;
__attribute__((visibility("hidden"))) int64_t lk_hidden_bump(int64_t by) {
    lk_hidden_state += by;
    return lk_hidden_state;
}

static lk_handler handlers[LK_MAX_HANDLERS];
static int handler_count;
static uint32_t describe_calls;

int64_t lk_fold(const int32_t *values, size_t n, int64_t init, lk_reducer reducer) {
    int64_t acc = init;
    for (size_t i = 0; i < n; i++) {
        acc = reducer(acc, values[i]);
    }
    return acc;
}

int lk_register(lk_handler handler) {
    if (handler_count >= LK_MAX_HANDLERS) {
        return -1;
    }
    handlers[handler_count] = handler;
    return handler_count++;
}

int lk_dispatch(int event, void *context) {
    for (int i = 0; i < handler_count; i++) {
        handlers[i](event, context);
    }
    return handler_count;
}

void lk_fill_table(uint32_t seed) {
    uint32_t s = seed;
    for (int i = 0; i < LK_TABLE_SIZE; i++) {
        s = s * 1103515245u + 12345u;
        lk_table[i] = (int32_t)((s >> 8) % 2001u) - 1000;
    }
}

int64_t lk_hidden_sum(void) {
    int64_t sum = 0;
    for (size_t i = 0; i < lk_point_count; i++) {
        sum += lk_hidden_bump(lk_points[i].x * (int64_t)lk_points[i].y);
    }
    return sum;
}

const char *lk_describe(void) {
    describe_calls++;
    return describe_calls % 2 ? "odd" : "even";
}

__attribute__((weak)) int lk_policy(int value) {
    return value + 1;
}

__attribute__((weak)) int lk_default_only(int value) {
    return value * 3;
}
