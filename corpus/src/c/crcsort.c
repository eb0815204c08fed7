/* crcsort: CRC-32 (bitwise and table-driven, must agree) over pseudo-random data, then three sorts
 * (quicksort, bottom-up merge sort, heap sort) that must produce the same ordered permutation.
 * Usage: crcsort [N]  (default 300000 elements). Exit 0 when every check holds, 1 otherwise,
 * 2 on a bad argument or allocation failure. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* External linkage, as most C programs keep their tables: -fPIC code reaches them through the GOT. */
uint32_t crc_table[256];

static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

static uint32_t crc_bitwise(const unsigned char *p, size_t n) {
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
    }
    return ~c;
}

static uint32_t crc_table_driven(const unsigned char *p, size_t n) {
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return ~c;
}

uint64_t rng_state;

static uint32_t next_random(void) {
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return (uint32_t)((x * 0x2545f4914f6cdd1dULL) >> 32);
}

static void insertion_sort(uint32_t *a, long lo, long hi) {
    for (long i = lo + 1; i <= hi; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void quick_sort(uint32_t *a, long lo, long hi) {
    while (hi - lo > 16) {
        long mid = lo + (hi - lo) / 2;
        uint32_t x = a[lo], y = a[mid], z = a[hi];
        uint32_t pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                uint32_t t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            quick_sort(a, lo, j);
            lo = i;
        } else {
            quick_sort(a, i, hi);
            hi = j;
        }
    }
    insertion_sort(a, lo, hi);
}

static void merge_sort(uint32_t *a, uint32_t *tmp, long n) {
    for (long width = 1; width < n; width *= 2) {
        for (long lo = 0; lo < n; lo += 2 * width) {
            long mid = lo + width < n ? lo + width : n;
            long hi = lo + 2 * width < n ? lo + 2 * width : n;
            long i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
        }
        memcpy(a, tmp, (size_t)n * sizeof *a);
    }
}

static void sift_down(uint32_t *a, long root, long n) {
    for (;;) {
        long child = 2 * root + 1;
        if (child >= n) return;
        if (child + 1 < n && a[child + 1] > a[child]) child++;
        if (a[root] >= a[child]) return;
        uint32_t t = a[root];
        a[root] = a[child];
        a[child] = t;
        root = child;
    }
}

static void heap_sort(uint32_t *a, long n) {
    for (long i = n / 2 - 1; i >= 0; i--) sift_down(a, i, n);
    for (long end = n - 1; end > 0; end--) {
        uint32_t t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift_down(a, 0, end);
    }
}

static void to_bytes(const uint32_t *a, long n, unsigned char *out) {
    for (long i = 0; i < n; i++) {
        out[4 * i] = (unsigned char)a[i];
        out[4 * i + 1] = (unsigned char)(a[i] >> 8);
        out[4 * i + 2] = (unsigned char)(a[i] >> 16);
        out[4 * i + 3] = (unsigned char)(a[i] >> 24);
    }
}

int main(int argc, char **argv) {
    long n = 300000;
    if (argc > 1) {
        char *end;
        n = strtol(argv[1], &end, 10);
        if (*end != '\0' || n < 1 || n > 10000000) {
            fputs("usage: crcsort [N in 1..10000000]\n", stderr);
            return 2;
        }
    }
    int failures = 0;
    crc_init();
    uint32_t check = crc_table_driven((const unsigned char *)"123456789", 9);
    printf("crc32(\"123456789\") = %08x\n", (unsigned)check);
    failures += check != 0xcbf43926u || crc_bitwise((const unsigned char *)"123456789", 9) != check;

    uint32_t *data = malloc((size_t)n * sizeof *data);
    uint32_t *q = malloc((size_t)n * sizeof *q);
    uint32_t *m = malloc((size_t)n * sizeof *m);
    uint32_t *h = malloc((size_t)n * sizeof *h);
    uint32_t *tmp = malloc((size_t)n * sizeof *tmp);
    unsigned char *bytes = malloc((size_t)n * 4);
    if (!data || !q || !m || !h || !tmp || !bytes) return 2;

    rng_state = 0x853c49e6748fea9bULL;
    uint64_t sum = 0, xor_all = 0;
    for (long i = 0; i < n; i++) {
        /* A quarter of the values repeat to exercise equal keys. */
        data[i] = i % 4 == 3 ? data[i / 2] : next_random();
        sum += data[i];
        xor_all ^= data[i];
    }
    to_bytes(data, n, bytes);
    uint32_t crc_a = crc_table_driven(bytes, (size_t)n * 4);
    uint32_t crc_b = crc_bitwise(bytes, (size_t)n * 4);
    printf("n %ld crc %08x sum %llu\n", n, (unsigned)crc_a, (unsigned long long)sum);
    failures += crc_a != crc_b;

    memcpy(q, data, (size_t)n * sizeof *q);
    memcpy(m, data, (size_t)n * sizeof *m);
    memcpy(h, data, (size_t)n * sizeof *h);
    quick_sort(q, 0, n - 1);
    merge_sort(m, tmp, n);
    heap_sort(h, n);

    int ordered = 1;
    uint64_t sum_sorted = 0, xor_sorted = 0;
    long distinct = n > 0;
    for (long i = 0; i < n; i++) {
        if (i > 0 && q[i - 1] > q[i]) ordered = 0;
        if (i > 0 && q[i - 1] != q[i]) distinct++;
        sum_sorted += q[i];
        xor_sorted ^= q[i];
    }
    int same = memcmp(q, m, (size_t)n * sizeof *q) == 0 && memcmp(q, h, (size_t)n * sizeof *q) == 0;
    to_bytes(q, n, bytes);
    printf("sorted crc %08x min %08x median %08x max %08x distinct %ld\n",
           (unsigned)crc_table_driven(bytes, (size_t)n * 4), (unsigned)q[0], (unsigned)q[n / 2],
           (unsigned)q[n - 1], distinct);
    failures += !ordered + !same + (sum != sum_sorted) + (xor_all != xor_sorted);
    printf("ordered %d same %d %s: %d failure(s)\n", ordered, same, failures ? "FAILED" : "PASSED", failures);
    free(data);
    free(q);
    free(m);
    free(h);
    free(tmp);
    free(bytes);
    return failures ? 1 : 0;
}
