/* matmul: dense double-precision matrix multiply (i-k-j loop order, blocked), verified with a
 * Freivalds-style check C*x == A*(B*x) and an exact integer-valued trace.
 * Usage: matmul [N]  (default 360). Exit 0 when the checks hold, 1 otherwise, 2 on a bad argument. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The block size, a tunable global as real programs keep their settings (-fPIC code reaches it through the GOT). */
int matmul_block = 32;

static void multiply(const double *a, const double *b, double *c, int n) {
    const int BLOCK = matmul_block;
    memset(c, 0, (size_t)n * (size_t)n * sizeof *c);
    for (int ii = 0; ii < n; ii += BLOCK) {
        int iend = ii + BLOCK < n ? ii + BLOCK : n;
        for (int kk = 0; kk < n; kk += BLOCK) {
            int kend = kk + BLOCK < n ? kk + BLOCK : n;
            for (int i = ii; i < iend; i++) {
                for (int k = kk; k < kend; k++) {
                    double aik = a[(size_t)i * n + k];
                    const double *brow = &b[(size_t)k * n];
                    double *crow = &c[(size_t)i * n];
                    for (int j = 0; j < n; j++) crow[j] += aik * brow[j];
                }
            }
        }
    }
}

static void mat_vec(const double *m, const double *x, double *y, int n) {
    for (int i = 0; i < n; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++) s += m[(size_t)i * n + j] * x[j];
        y[i] = s;
    }
}

int main(int argc, char **argv) {
    int n = 360;
    if (argc > 1) {
        char *end;
        long v = strtol(argv[1], &end, 10);
        if (*end != '\0' || v < 1 || v > 4096) {
            fputs("usage: matmul [N in 1..4096]\n", stderr);
            return 2;
        }
        n = (int)v;
    }
    size_t nn = (size_t)n * (size_t)n;
    double *a = malloc(nn * sizeof *a), *b = malloc(nn * sizeof *b), *c = malloc(nn * sizeof *c);
    double *x = malloc((size_t)n * sizeof *x), *bx = malloc((size_t)n * sizeof *bx);
    double *abx = malloc((size_t)n * sizeof *abx), *cx = malloc((size_t)n * sizeof *cx);
    if (!a || !b || !c || !x || !bx || !abx || !cx) return 2;

    /* Small integers: every product and sum is exact in double, so the trace is exact. */
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            a[(size_t)i * n + j] = (double)((i * 7 + j * 3) % 11 - 5);
            b[(size_t)i * n + j] = (double)((i * 5 + j * 13) % 9 - 4);
        }
        x[i] = 1.0 / (i + 1.0);
    }
    multiply(a, b, c, n);

    double trace = 0.0;
    long long exact = 0;
    for (int i = 0; i < n; i++) {
        trace += c[(size_t)i * n + i];
        for (int k = 0; k < n; k++) {
            exact += (long long)((i * 7 + k * 3) % 11 - 5) * ((k * 5 + i * 13) % 9 - 4);
        }
    }
    mat_vec(b, x, bx, n);
    mat_vec(a, bx, abx, n);
    mat_vec(c, x, cx, n);
    double worst = 0.0, norm = 0.0;
    for (int i = 0; i < n; i++) {
        double d = fabs(cx[i] - abx[i]);
        if (d > worst) worst = d;
        norm += fabs(abx[i]);
    }
    int ok = trace == (double)exact && worst <= 1e-9 * (norm + 1.0);
    printf("n %d trace %.1f exact %lld c[0][0] %.1f c[n-1][n-1] %.1f\n", n, trace, exact, c[0],
           c[nn - 1]);
    printf("freivalds residual %s %s\n", worst <= 1e-9 * (norm + 1.0) ? "small" : "LARGE", ok ? "PASSED" : "FAILED");
    free(a);
    free(b);
    free(c);
    free(x);
    free(bx);
    free(abx);
    free(cx);
    return ok ? 0 : 1;
}
