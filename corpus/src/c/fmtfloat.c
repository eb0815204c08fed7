/* fmtfloat: strings and formatted floating point. printf/snprintf of float, double and long double
 * (binary128 through libgcc's soft-float), strtod round trips, floating constants in .rodata and
 * string handling. Exit 0 when every round trip and check holds. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PI 3.14159265358979323846

static int failures;

static void check(int ok, const char *what) {
    if (!ok) {
        printf("FAIL %s\n", what);
        failures++;
    }
}

static const double samples[] = {
    0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3.0, 2.718281828459045, 3.141592653589793, 1e-300, 6.02214076e23,
    DBL_MAX, DBL_MIN, DBL_TRUE_MIN, 123456789.125, -9.999999999999999e-5, 1048576.0,
};

static const float fsamples[] = {0.1f, 1.0f / 3.0f, 16777217.0f, FLT_MAX, FLT_MIN, -2.5e-3f};

static void reverse(char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

/* Integer to decimal by hand, compared with snprintf. */
static void utoa10(unsigned long long v, char *out) {
    char *p = out;
    do {
        *p++ = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    *p = '\0';
    reverse(out);
}

static double horner(const double *c, int n, double x) {
    double r = 0.0;
    for (int i = n - 1; i >= 0; i--) {
        r = r * x + c[i];
    }
    return r;
}

int main(void) {
    char buf[128], back[128];

    puts("-- double formats");
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        double d = samples[i];
        printf("%-24.17g|%-14.6e|%-16.4f|%a\n", d, d, d > 1e15 || d < -1e15 ? 0.0 : d, d);
        snprintf(buf, sizeof buf, "%.17g", d);
        double r = strtod(buf, NULL);
        check(memcmp(&r, &d, sizeof d) == 0, "double %.17g round trip");
        snprintf(buf, sizeof buf, "%a", d);
        r = strtod(buf, NULL);
        check(memcmp(&r, &d, sizeof d) == 0, "double %a round trip");
    }

    puts("-- float formats");
    for (size_t i = 0; i < sizeof fsamples / sizeof fsamples[0]; i++) {
        float f = fsamples[i];
        printf("%.9g %.3e %a\n", (double)f, (double)f, (double)f);
        snprintf(buf, sizeof buf, "%.9g", (double)f);
        float r = strtof(buf, NULL);
        check(r == f, "float round trip");
    }

    puts("-- long double");
    long double third = 1.0L / 3.0L;
    long double big = 1e4000L;
    printf("%.33Lg\n%.6Le\n%La\n", third, big, third);
    snprintf(buf, sizeof buf, "%.36Lg", third);
    check(strtold(buf, NULL) == third, "long double round trip");
    check(sizeof(long double) == 16 && LDBL_MANT_DIG == 113, "binary128 long double");

    puts("-- special values");
    double inf = HUGE_VAL, nan_value = nan("");
    printf("%f %f %e %g %F\n", inf, -inf, nan_value, -nan_value, inf);
    check(isnan(nan_value) && isinf(inf) && signbit(-0.0) && !signbit(0.0), "classification");
    check(strtod("inf", NULL) == inf && isnan(strtod("nan", NULL)), "strtod specials");

    puts("-- math");
    static const double coeff[] = {1.0, 1.0, 0.5, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040};
    for (int k = -2; k <= 2; k++) {
        double x = k * 0.25;
        double approx = horner(coeff, 8, x);
        printf("exp(% .2f) ~ %.12f sqrt(%d)=%.15f\n", x, approx, k + 3, sqrt(k + 3.0));
        check(fabs(approx - exp(x)) < 1e-6, "taylor series");
    }
    double acc = 0.0;
    for (int i = 1; i <= 1000; i++) {
        acc += 1.0 / ((double)i * i);
    }
    printf("basel(1000) = %.15f pi^2/6 = %.15f\n", acc, PI * PI / 6);
    check(fabs(acc - PI * PI / 6) < 1.001e-3, "basel");
    printf("floor %.1f ceil %.1f round %.1f trunc %.1f fmod %.3f\n", floor(-2.5), ceil(-2.5), round(-2.5),
           trunc(-2.5), fmod(10.0, 3.3));

    puts("-- strings");
    unsigned long long values[] = {0, 7, 42, 65535, 4294967296ULL, 18446744073709551615ULL};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        utoa10(values[i], buf);
        snprintf(back, sizeof back, "%llu", values[i]);
        printf("%-20s %s\n", buf, strcmp(buf, back) == 0 ? "=" : "!=");
        check(strcmp(buf, back) == 0, "utoa10");
    }
    const char *text = "the quick brown fox jumps over the lazy dog";
    char words[16][16];
    int nw = 0;
    for (const char *p = text; *p && nw < 16;) {
        size_t len = strcspn(p, " ");
        memcpy(words[nw], p, len < 15 ? len : 15);
        words[nw][len < 15 ? len : 15] = '\0';
        nw++;
        p += len;
        p += strspn(p, " ");
    }
    size_t longest = 0;
    for (int i = 0; i < nw; i++) {
        if (strlen(words[i]) > strlen(words[longest])) longest = (size_t)i;
    }
    printf("words %d longest %s fox-at %td last %s\n", nw, words[longest], strstr(text, "fox") - text,
           strrchr(text, ' ') + 1);
    check(nw == 9 && strcmp(words[longest], "quick") == 0, "tokenize");
    strcpy(buf, text);
    reverse(buf);
    printf("%s\n", buf);
    const char *volatile opaque = text; /* keeps -Wformat-truncation quiet: truncation is the point */
    int n = snprintf(buf, 8, "%s", opaque);
    check(n == (int)strlen(text) && strlen(buf) == 7, "snprintf truncation");
    printf("%8.3s|%-8s|%+d|%05d|%x|%#o|%c\n", "abcdef", "left", 42, -42, 48879u, 8u, 'Z');

    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}
