/* wordfreq: reads the text file named on the command line, counts words in a chained hash table of
 * heap nodes, sorts them, cross-checks against a binary search tree and prints the most frequent.
 * Malloc-heavy on purpose. Exit 0 on success, 1 when a self-check fails, 2 on a usage or I/O error. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    char *word;
    long count;
    struct entry *next;
};

struct table {
    struct entry **buckets;
    size_t nbuckets;
    size_t size;
};

struct tree {
    const struct entry *e;
    struct tree *left, *right;
};

static uint64_t fnv1a(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static void *xmalloc(size_t n) {
    void *p = malloc(n);
    if (p == NULL) {
        fputs("wordfreq: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static void grow(struct table *t) {
    size_t n = t->nbuckets * 2;
    struct entry **b = xmalloc(n * sizeof *b);
    for (size_t i = 0; i < n; i++) b[i] = NULL;
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct entry *e = t->buckets[i];
        while (e != NULL) {
            struct entry *next = e->next;
            size_t k = fnv1a(e->word) & (n - 1);
            e->next = b[k];
            b[k] = e;
            e = next;
        }
    }
    free(t->buckets);
    t->buckets = b;
    t->nbuckets = n;
}

static void add_word(struct table *t, const char *w) {
    size_t k = fnv1a(w) & (t->nbuckets - 1);
    for (struct entry *e = t->buckets[k]; e != NULL; e = e->next) {
        if (strcmp(e->word, w) == 0) {
            e->count++;
            return;
        }
    }
    struct entry *e = xmalloc(sizeof *e);
    size_t len = strlen(w);
    e->word = xmalloc(len + 1);
    memcpy(e->word, w, len + 1);
    e->count = 1;
    e->next = t->buckets[k];
    t->buckets[k] = e;
    if (++t->size > t->nbuckets * 3 / 4) grow(t);
}

static int by_count_then_word(const void *a, const void *b) {
    const struct entry *x = *(const struct entry *const *)a, *y = *(const struct entry *const *)b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->word, y->word);
}

static struct tree *insert(struct tree *root, const struct entry *e) {
    if (root == NULL) {
        struct tree *n = xmalloc(sizeof *n);
        n->e = e;
        n->left = n->right = NULL;
        return n;
    }
    if (strcmp(e->word, root->e->word) < 0) root->left = insert(root->left, e);
    else root->right = insert(root->right, e);
    return root;
}

/* In-order walk: checks the words come out sorted and sums the counts. */
static long walk(const struct tree *n, const char **prev, int *sorted, int *depth, int d) {
    if (n == NULL) return 0;
    if (d > *depth) *depth = d;
    long s = walk(n->left, prev, sorted, depth, d + 1);
    if (*prev != NULL && strcmp(*prev, n->e->word) >= 0) *sorted = 0;
    *prev = n->e->word;
    s += n->e->count;
    return s + walk(n->right, prev, sorted, depth, d + 1);
}

static void free_tree(struct tree *n) {
    if (n == NULL) return;
    free_tree(n->left);
    free_tree(n->right);
    free(n);
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fputs("usage: wordfreq FILE [TOP]\n", stderr);
        return 2;
    }
    long top = 12;
    if (argc == 3) {
        char *end;
        top = strtol(argv[2], &end, 10);
        if (*end != '\0' || top < 0) {
            fputs("usage: wordfreq FILE [TOP>=0]\n", stderr);
            return 2;
        }
    }
    FILE *f = fopen(argv[1], "rb");
    if (f == NULL) {
        fprintf(stderr, "wordfreq: cannot open %s\n", argv[1]);
        return 2;
    }
    struct table t = {NULL, 8, 0};
    t.buckets = xmalloc(t.nbuckets * sizeof *t.buckets);
    for (size_t i = 0; i < t.nbuckets; i++) t.buckets[i] = NULL;

    size_t cap = 16, len = 0, longest_len = 0;
    char *word = xmalloc(cap);
    char longest[64] = "";
    long total = 0, lines = 0, bytes = 0;
    int c;
    do {
        c = getc(f);
        if (c != EOF) bytes++;
        if (c == '\n') lines++;
        if (c != EOF && (isalnum(c) || c == '\'')) {
            if (len + 1 >= cap) {
                cap *= 2;
                char *w = realloc(word, cap);
                if (w == NULL) return 2;
                word = w;
            }
            word[len++] = (char)tolower(c);
        } else if (len > 0) {
            word[len] = '\0';
            add_word(&t, word);
            total++;
            if (len > longest_len && len < sizeof longest) {
                longest_len = len;
                memcpy(longest, word, len + 1);
            }
            len = 0;
        }
    } while (c != EOF);
    if (ferror(f)) {
        fprintf(stderr, "wordfreq: read error on %s\n", argv[1]);
        return 2;
    }
    fclose(f);
    free(word);

    struct entry **all = xmalloc((t.size ? t.size : 1) * sizeof *all);
    size_t n = 0;
    for (size_t i = 0; i < t.nbuckets; i++) {
        for (struct entry *e = t.buckets[i]; e != NULL; e = e->next) all[n++] = e;
    }
    qsort(all, n, sizeof *all, by_count_then_word);

    struct tree *root = NULL;
    for (size_t i = 0; i < n; i++) root = insert(root, all[i]);
    const char *prev = NULL;
    int sorted = 1, depth = 0;
    long tree_total = walk(root, &prev, &sorted, &depth, 1);

    printf("bytes %ld lines %ld words %ld unique %zu buckets %zu\n", bytes, lines, total, n, t.nbuckets);
    printf("longest \"%s\" (%zu)\n", longest, longest_len);
    for (long i = 0; i < top && (size_t)i < n; i++) {
        printf("%4ld %s\n", all[i]->count, all[i]->word);
    }
    long once = 0;
    for (size_t i = 0; i < n; i++) once += all[i]->count == 1;
    printf("hapax %ld tree depth %d\n", once, depth);

    int ok = sorted && tree_total == total && n == t.size;
    free_tree(root);
    for (size_t i = 0; i < t.nbuckets; i++) {
        struct entry *e = t.buckets[i];
        while (e != NULL) {
            struct entry *next = e->next;
            free(e->word);
            free(e);
            e = next;
        }
    }
    free(t.buckets);
    free(all);
    printf("%s\n", ok ? "PASSED" : "FAILED");
    return ok ? 0 : 1;
}
