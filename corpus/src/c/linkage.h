/* linkage: globals, externs, weak and hidden symbols, callbacks across two translation units. */
#ifndef RVCM_CORPUS_LINKAGE_H
#define RVCM_CORPUS_LINKAGE_H

#include <stddef.h>
#include <stdint.h>

#define LK_TABLE_SIZE 64
#define LK_MAX_HANDLERS 8

struct lk_point {
    int32_t x;
    int32_t y;
    const char *name;
};

typedef int64_t (*lk_reducer)(int64_t acc, int64_t value);
typedef void (*lk_handler)(int event, void *context);

/* Defined in linkage_lib.c. */
extern int64_t lk_counter;
extern int32_t lk_table[LK_TABLE_SIZE];
extern const struct lk_point lk_points[];
extern const size_t lk_point_count;
extern const char *const lk_names[];
extern int32_t *const lk_table_refs[4];

int64_t lk_fold(const int32_t *values, size_t n, int64_t init, lk_reducer reducer);
int lk_register(lk_handler handler);
int lk_dispatch(int event, void *context);
void lk_fill_table(uint32_t seed);
int64_t lk_hidden_sum(void);
const char *lk_describe(void);

/* Weak definition in linkage_lib.c, strong override in linkage_main.c. */
int lk_policy(int value);
/* Weak definition in linkage_lib.c, never overridden. */
int lk_default_only(int value);
/* Declared weak and defined nowhere: its address is null at run time. */
extern int lk_missing(int value) __attribute__((weak));

#endif
