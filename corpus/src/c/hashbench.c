/* hashbench: string hashing and an open-addressing hash table (linear probing, tombstones, growth).
 * Usage: hashbench [N]  (default 200000 keys). Inserts N generated keys, looks up hits and misses,
 * deletes a third, reinserts, and checks every count against what it must be.
 * Exit 0 when every check holds, 1 otherwise, 2 on a bad argument. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEY_MAX 24

struct slot {
    uint64_t hash;          /* 0 = empty, 1 = tombstone, otherwise the key's hash (forced >= 2) */
    char key[KEY_MAX];
    uint32_t value;
};

struct map {
    struct slot *slots;
    size_t cap, used, live;
};

static uint64_t hash_string(const char *s) {
    /* 64-bit multiply-xorshift hash of the bytes, never 0 or 1. */
    uint64_t h = 0x243f6a8885a308d3ULL;
    for (; *s; s++) {
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    return h < 2 ? h + 2 : h;
}

/* The digits of keys; external linkage, so -fPIC code reaches them through the GOT. */
const char key_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Keys look like "k-<base36>-<check>" (misses use another prefix), built by hand (no printf in the hot loop). */
static void make_key(char prefix, uint32_t i, uint32_t salt, char *out) {
    const char *digits = key_digits;
    char tmp[16];
    int n = 0;
    uint32_t v = i * 2654435761u ^ salt;
    do {
        tmp[n++] = digits[v % 36];
        v /= 36;
    } while (v);
    char *p = out;
    *p++ = prefix;
    *p++ = '-';
    while (n) *p++ = tmp[--n];
    *p++ = '-';
    *p++ = digits[i % 36];
    *p = '\0';
}

static int map_init(struct map *m, size_t cap) {
    m->slots = calloc(cap, sizeof *m->slots);
    m->cap = cap;
    m->used = m->live = 0;
    return m->slots != NULL;
}

static struct slot *find(const struct map *m, const char *key, uint64_t h) {
    size_t i = h & (m->cap - 1);
    for (;;) {
        struct slot *s = &m->slots[i];
        if (s->hash == 0) return NULL;
        if (s->hash == h && strcmp(s->key, key) == 0) return s;
        i = (i + 1) & (m->cap - 1);
    }
}

static int put(struct map *m, const char *key, uint32_t value);

static int rehash(struct map *m, size_t cap) {
    struct map n;
    if (!map_init(&n, cap)) return 0;
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].hash >= 2) put(&n, m->slots[i].key, m->slots[i].value);
    }
    free(m->slots);
    *m = n;
    return 1;
}

/* Returns 1 if inserted, 0 if updated, -1 on allocation failure. */
static int put(struct map *m, const char *key, uint32_t value) {
    if ((m->used + 1) * 4 > m->cap * 3 && !rehash(m, m->live * 2 >= m->cap / 2 ? m->cap * 2 : m->cap)) return -1;
    uint64_t h = hash_string(key);
    size_t i = h & (m->cap - 1);
    struct slot *tomb = NULL;
    for (;;) {
        struct slot *s = &m->slots[i];
        if (s->hash == 0) break;
        if (s->hash == 1) {
            if (tomb == NULL) tomb = s;
        } else if (s->hash == h && strcmp(s->key, key) == 0) {
            s->value = value;
            return 0;
        }
        i = (i + 1) & (m->cap - 1);
    }
    struct slot *s = tomb != NULL ? tomb : &m->slots[i];
    if (tomb == NULL) m->used++;
    s->hash = h;
    strcpy(s->key, key);
    s->value = value;
    m->live++;
    return 1;
}

static int erase(struct map *m, const char *key) {
    struct slot *s = find(m, key, hash_string(key));
    if (s == NULL) return 0;
    s->hash = 1;
    m->live--;
    return 1;
}

int main(int argc, char **argv) {
    long n = 200000;
    if (argc > 1) {
        char *end;
        n = strtol(argv[1], &end, 10);
        if (*end != '\0' || n < 1 || n > 50000000) {
            fputs("usage: hashbench [N in 1..50000000]\n", stderr);
            return 2;
        }
    }
    struct map m;
    if (!map_init(&m, 16)) return 2;
    char key[KEY_MAX];
    int failures = 0;
    long inserted = 0, hits = 0, misses = 0, erased = 0;
    uint64_t sum = 0;

    for (uint32_t i = 0; i < (uint32_t)n; i++) {
        make_key('k', i, 0x5bd1e995u, key);
        int r = put(&m, key, i);
        if (r < 0) return 2;
        inserted += r;
    }
    for (int round = 0; round < 3; round++) {
        for (uint32_t i = 0; i < (uint32_t)n; i++) {
            make_key('k', i, 0x5bd1e995u, key);
            struct slot *s = find(&m, key, hash_string(key));
            if (s != NULL && s->value == i) {
                hits++;
                sum += s->value ^ (uint32_t)s->hash;
            }
            make_key('m', i, 0x1b873593u, key);
            misses += find(&m, key, hash_string(key)) == NULL;
        }
    }
    for (uint32_t i = 0; i < (uint32_t)n; i += 3) {
        make_key('k', i, 0x5bd1e995u, key);
        erased += erase(&m, key);
    }
    long live_after_erase = (long)m.live;
    long reinserted = 0;
    for (uint32_t i = 0; i < (uint32_t)n; i += 2) {
        make_key('k', i, 0x5bd1e995u, key);
        reinserted += put(&m, key, i + 1) == 1;
    }
    long odd_values = 0;
    for (size_t i = 0; i < m.cap; i++) {
        if (m.slots[i].hash >= 2) odd_values += m.slots[i].value & 1;
    }

    long expect_erased = (n + 2) / 3;
    long expect_reinserted = (n + 5) / 6;   /* multiples of 6: erased, then put back */
    printf("keys %ld capacity %zu live %zu\n", n, m.cap, m.live);
    printf("inserted %ld hits %ld misses %ld erased %ld reinserted %ld\n", inserted, hits, misses, erased,
           reinserted);
    printf("checksum %016llx odd %ld\n", (unsigned long long)sum, odd_values);
    if (inserted != n) failures++;
    if (hits != 3 * n || misses != 3 * n) failures++;
    if (erased != expect_erased || live_after_erase != n - expect_erased) failures++;
    if (reinserted != expect_reinserted || (long)m.live != n - expect_erased + expect_reinserted) failures++;
    if (odd_values != (long)m.live) failures++; /* every live value ends up odd */
    free(m.slots);
    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}
