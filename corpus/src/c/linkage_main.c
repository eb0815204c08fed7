/* linkage: globals and externs across two translation units, weak and hidden symbols,
 * function pointers and callbacks, pointer tables in data. Exit 0 when every check holds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkage.h"

/* Hidden symbols defined in linkage_lib.c. */
extern __attribute__((visibility("hidden"))) int64_t lk_hidden_state;
extern __attribute__((visibility("hidden"))) int64_t lk_hidden_bump(int64_t by);

/* Strong definition overriding the weak one in linkage_lib.c. */
int lk_policy(int value) {
    return value * 10;
}

static int failures;

static void check(int ok, const char *what) {
    printf("%-32s %s\n", what, ok ? "ok" : "FAIL");
    if (!ok) {
        failures++;
    }
}

static int64_t add(int64_t acc, int64_t v) { return acc + v; }
static int64_t max(int64_t acc, int64_t v) { return v > acc ? v : acc; }
static int64_t min(int64_t acc, int64_t v) { return v < acc ? v : acc; }
static int64_t sumsq(int64_t acc, int64_t v) { return acc + v * v; }

static const struct {
    const char *name;
    lk_reducer reducer;
    int64_t init;
} reducers[] = {
    {"sum", add, 0}, {"max", max, INT64_MIN}, {"min", min, INT64_MAX}, {"sumsq", sumsq, 0},
};

struct event_log {
    int events[32];
    int count;
    int64_t weighted;
};

static void log_event(int event, void *context) {
    struct event_log *log = context;
    if (log->count < 32) {
        log->events[log->count++] = event;
    }
}

static void weigh_event(int event, void *context) {
    struct event_log *log = context;
    log->weighted += (int64_t)event * lk_counter;
}

static void bump_counter(int event, void *context) {
    (void)context;
    lk_counter += event;
}

static int compare_points(const void *a, const void *b) {
    const struct lk_point *p = a, *q = b;
    int64_t da = (int64_t)p->x * p->x + (int64_t)p->y * p->y;
    int64_t db = (int64_t)q->x * q->x + (int64_t)q->y * q->y;
    if (da != db) {
        return da < db ? -1 : 1;
    }
    return strcmp(p->name, q->name);
}

static int compare_ints(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

/* A file-scope pointer to a function and a pointer to a global: both need relocated data words. */
static int (*volatile policy_ptr)(int) = lk_policy;
static int64_t *volatile counter_ptr = &lk_counter;

int main(void) {
    lk_fill_table(2024u);
    int64_t results[4];
    for (size_t i = 0; i < sizeof reducers / sizeof reducers[0]; i++) {
        results[i] = lk_fold(lk_table, LK_TABLE_SIZE, reducers[i].init, reducers[i].reducer);
        printf("fold %-6s = %lld\n", reducers[i].name, (long long)results[i]);
    }
    int64_t direct = 0;
    for (int i = 0; i < LK_TABLE_SIZE; i++) {
        direct += lk_table[i];
    }
    check(direct == results[0], "fold sum matches direct sum");
    check(results[1] >= results[2], "max >= min");

    check(*lk_table_refs[0] == lk_table[0] && *lk_table_refs[3] == lk_table[LK_TABLE_SIZE - 1],
          "pointer table reaches lk_table");
    *lk_table_refs[2] = 4242;
    check(lk_table[LK_TABLE_SIZE / 2] == 4242, "store through pointer table");

    int names = 0;
    size_t name_chars = 0;
    for (const char *const *n = lk_names; *n != NULL; n++) {
        names++;
        name_chars += strlen(*n);
    }
    printf("names: %d, %zu chars\n", names, name_chars);
    check(names == 5 && name_chars == 19, "name table");

    struct lk_point sorted[8];
    memcpy(sorted, lk_points, lk_point_count * sizeof sorted[0]);
    qsort(sorted, lk_point_count, sizeof sorted[0], compare_points);
    for (size_t i = 0; i < lk_point_count; i++) {
        printf("point %-6s (%3d,%3d)\n", sorted[i].name, (int)sorted[i].x, (int)sorted[i].y);
    }
    check(strcmp(sorted[0].name, "origin") == 0, "qsort with callback");

    int32_t copy[LK_TABLE_SIZE];
    memcpy(copy, lk_table, sizeof copy);
    qsort(copy, LK_TABLE_SIZE, sizeof copy[0], compare_ints);
    int ordered = 1;
    for (int i = 1; i < LK_TABLE_SIZE; i++) {
        ordered &= copy[i - 1] <= copy[i];
    }
    check(ordered, "qsort ints");
    printf("median %d\n", (int)copy[LK_TABLE_SIZE / 2]);

    struct event_log log = {{0}, 0, 0};
    check(lk_register(log_event) == 0, "register first handler");
    check(lk_register(weigh_event) == 1, "register second handler");
    check(lk_register(bump_counter) == 2, "register third handler");
    for (int e = 1; e <= 5; e++) {
        lk_dispatch(e, &log);
    }
    printf("events %d weighted %lld counter %lld\n", log.count, (long long)log.weighted, (long long)lk_counter);
    check(log.count == 5 && lk_counter == 22, "callbacks update state");
    check(log.weighted == 1 * 7 + 2 * 8 + 3 * 10 + 4 * 13 + 5 * 17, "callbacks see extern global");

    check(lk_policy(4) == 40, "strong overrides weak");
    check(policy_ptr(5) == 50, "pointer to overridden function");
    check(lk_default_only(4) == 12, "weak default used");
    check(lk_missing == NULL, "undefined weak is null");
    *counter_ptr += 100;
    check(lk_counter == 122, "pointer to extern global");

    int64_t hs = lk_hidden_sum();
    printf("hidden sum %lld state %lld\n", (long long)hs, (long long)lk_hidden_state);
    check(lk_hidden_state == 1000 + 12 - 7 - 20 + 0 + 25, "hidden state via accessor");
    check(lk_hidden_bump(0) == lk_hidden_state, "hidden function direct call");

    const char *d1 = lk_describe();
    const char *d2 = lk_describe();
    printf("describe %s %s\n", d1, d2);
    check(strcmp(d1, "odd") == 0 && strcmp(d2, "even") == 0, "string literals from other unit");

    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}
