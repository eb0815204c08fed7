/* calc: a recursive-descent evaluator for integer expressions that reports errors with longjmp out
 * of deep recursion, nested setjmp scopes, and volatile locals that must survive the jump.
 * Exit 0 when every expression gives its expected value or its expected error. */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum calc_error { CALC_OK, CALC_SYNTAX, CALC_DIV_ZERO, CALC_OVERFLOW, CALC_DEPTH, CALC_UNKNOWN_VAR };

static const char *const error_names[] = {"ok", "syntax", "division by zero", "overflow", "too deep", "unknown variable"};

struct parser {
    const char *p;
    int depth;
    enum calc_error error;
    jmp_buf *on_error;
    int64_t vars[26];
    uint32_t defined;
};

static _Noreturn void fail(struct parser *ps, enum calc_error e) {
    ps->error = e;
    longjmp(*ps->on_error, 1);
}

static void skip(struct parser *ps) {
    while (*ps->p == ' ') ps->p++;
}

static int64_t checked(struct parser *ps, int64_t a, int64_t b, char op) {
    int64_t r = 0;
    int overflow = 0;
    switch (op) {
    case '+': overflow = __builtin_add_overflow(a, b, &r); break;
    case '-': overflow = __builtin_sub_overflow(a, b, &r); break;
    case '*': overflow = __builtin_mul_overflow(a, b, &r); break;
    case '/':
    case '%':
        if (b == 0) fail(ps, CALC_DIV_ZERO);
        if (a == INT64_MIN && b == -1) fail(ps, CALC_OVERFLOW);
        r = op == '/' ? a / b : a % b;
        break;
    default: fail(ps, CALC_SYNTAX);
    }
    if (overflow) fail(ps, CALC_OVERFLOW);
    return r;
}

static int64_t expr(struct parser *ps);

static int64_t primary(struct parser *ps) {
    skip(ps);
    if (++ps->depth > 64) fail(ps, CALC_DEPTH);
    int64_t v = 0;
    char c = *ps->p;
    if (c == '(') {
        ps->p++;
        v = expr(ps);
        skip(ps);
        if (*ps->p != ')') fail(ps, CALC_SYNTAX);
        ps->p++;
    } else if (c == '-') {
        ps->p++;
        v = checked(ps, 0, primary(ps), '-');
    } else if (c >= '0' && c <= '9') {
        while (*ps->p >= '0' && *ps->p <= '9') {
            v = checked(ps, checked(ps, v, 10, '*'), *ps->p - '0', '+');
            ps->p++;
        }
    } else if (c >= 'a' && c <= 'z') {
        ps->p++;
        if (!(ps->defined & (1u << (c - 'a')))) fail(ps, CALC_UNKNOWN_VAR);
        v = ps->vars[c - 'a'];
    } else {
        fail(ps, CALC_SYNTAX);
    }
    ps->depth--;
    return v;
}

static int64_t term(struct parser *ps) {
    int64_t v = primary(ps);
    for (;;) {
        skip(ps);
        char op = *ps->p;
        if (op != '*' && op != '/' && op != '%') return v;
        ps->p++;
        v = checked(ps, v, primary(ps), op);
    }
}

static int64_t expr(struct parser *ps) {
    int64_t v = term(ps);
    for (;;) {
        skip(ps);
        char op = *ps->p;
        if (op != '+' && op != '-') return v;
        ps->p++;
        v = checked(ps, v, term(ps), op);
    }
}

/* "x = expr" assigns, anything else just evaluates. */
static enum calc_error evaluate(struct parser *ps, const char *line, int64_t *out) {
    jmp_buf here;
    jmp_buf *saved = ps->on_error;
    ps->on_error = &here;
    ps->p = line;
    ps->depth = 0;
    /* setjmp only where C11 7.13.1.1 allows it: as the whole controlling expression of an if. */
    if (setjmp(here) != 0) {
        ps->on_error = saved;
        return ps->error;
    }
    skip(ps);
    int target = -1;
    if (ps->p[0] >= 'a' && ps->p[0] <= 'z' && strchr(ps->p, '=') != NULL) {
        target = ps->p[0] - 'a';
        ps->p++;
        skip(ps);
        if (*ps->p != '=') fail(ps, CALC_SYNTAX);
        ps->p++;
    }
    int64_t v = expr(ps);
    skip(ps);
    if (*ps->p != '\0') fail(ps, CALC_SYNTAX);
    if (target >= 0) {
        ps->vars[target] = v;
        ps->defined |= 1u << target;
    }
    *out = v;
    ps->on_error = saved;
    return CALC_OK;
}

static const struct {
    const char *line;
    enum calc_error error;
    int64_t value;
} cases[] = {
    {"1 + 2 * 3", CALC_OK, 7},
    {"(1 + 2) * 3", CALC_OK, 9},
    {"x = 6 * 7", CALC_OK, 42},
    {"y = x * x - 1", CALC_OK, 1763},
    {"y % 100 + -x", CALC_OK, 21},
    {"10 / (5 - 5)", CALC_DIV_ZERO, 0},
    {"9223372036854775807 + 1", CALC_OVERFLOW, 0},
    {"-9223372036854775807 - 1", CALC_OK, INT64_MIN},
    {"z + 1", CALC_UNKNOWN_VAR, 0},
    {"(1 + 2", CALC_SYNTAX, 0},
    {"3 $ 4", CALC_SYNTAX, 0},
    {"((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", CALC_DEPTH, 0},
    {"((((((((((1))))))))))", CALC_OK, 1},
    {"100000 * 100000 * 100000 * 100000", CALC_OVERFLOW, 0},
    {"a = 17", CALC_OK, 17},
    {"a * a * a % 1000 + y / 7", CALC_OK, 913 + 251},
};

/* An outer setjmp scope that the inner evaluate() calls must not disturb. */
static jmp_buf outer;
static int outer_hits;
static volatile int outer_code;

static volatile int outer_armed;

static void deep(int n) {
    if (n == 0) {
        if (outer_armed) {
            outer_code = 99;
            longjmp(outer, 99);
        }
        return;
    }
    deep(n - 1);
}

int main(void) {
    static struct parser ps;
    volatile int failures = 0;
    volatile int evaluated = 0;
    volatile int64_t total = 0;

    if (setjmp(outer) == 0) {
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            int64_t v = 0;
            enum calc_error e = evaluate(&ps, cases[i].line, &v);
            int ok = e == cases[i].error && (e != CALC_OK || v == cases[i].value);
            if (e == CALC_OK) {
                printf("%-28.28s = %lld %s\n", cases[i].line, (long long)v, ok ? "ok" : "FAIL");
                total = total + v % 1000;
            } else {
                printf("%-28.28s ! %s %s\n", cases[i].line, error_names[e], ok ? "ok" : "FAIL");
            }
            failures = failures + !ok;
            evaluated = evaluated + 1;
        }
        outer_armed = 1;
        deep(1000);
        puts("not reached");
        return 3;
    }
    outer_hits++;
    printf("outer longjmp code %d after %d expressions, total %lld\n", outer_code, evaluated, (long long)total);
    if (outer_code != 99 || evaluated != (int)(sizeof cases / sizeof cases[0]) || outer_hits != 1) {
        failures = failures + 1;
    }
    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}
