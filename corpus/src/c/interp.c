/* interp: a tiny stack machine assembled from text. Exercises dense switch statements (jump tables in
 * .rodata reached with the code model's data addressing), a character-class switch in the tokenizer and
 * a table of function pointers for built-ins. Exit 0 when every program computes its expected result. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum op {
    OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_OVER, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
    OP_LT, OP_EQ, OP_NOT, OP_JMP, OP_JZ, OP_JNZ, OP_LOAD, OP_STORE, OP_CALLB, OP_PRINT, OP_HALT,
    OP_COUNT
};

static const char *const op_names[OP_COUNT] = {
    "push", "pop", "dup", "swap", "over", "add", "sub", "mul", "div", "mod",
    "lt", "eq", "not", "jmp", "jz", "jnz", "load", "store", "callb", "print", "halt",
};

struct insn {
    enum op op;
    int64_t arg;
};

#define MAX_CODE 256
#define STACK 64
#define VARS 16

/* Unsigned arithmetic wraps instead of overflowing; the conversion back is GCC's modulo 2^64. */
static int64_t b_abs(int64_t v) { return v < 0 ? (int64_t)(0 - (uint64_t)v) : v; }
static int64_t b_square(int64_t v) { return (int64_t)((uint64_t)v * (uint64_t)v); }
static int64_t b_popcount(int64_t v) {
    uint64_t u = (uint64_t)v;
    int64_t c = 0;
    while (u) {
        u &= u - 1;
        c++;
    }
    return c;
}
static int64_t b_half(int64_t v) { return v / 2; }
static int64_t (*const builtins[])(int64_t) = {b_abs, b_square, b_popcount, b_half};

/* Character classes through a switch: another jump table. */
static int char_class(int c) {
    switch (c) {
    case ' ': case '\t': case '\r': return 0;
    case '\n': case ';': return 1;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': case '-': return 2;
    case '#': return 3;
    case ':': return 4;
    default: return 5;
    }
}

struct label {
    char name[16];
    int at;
};

/* Two passes: labels first, then instructions. Returns the instruction count or -1. */
static int assemble(const char *src, struct insn *code) {
    struct label labels[32];
    int nlabels = 0;
    for (int pass = 0; pass < 2; pass++) {
        int n = 0;
        const char *p = src;
        while (*p) {
            char word[2][16];
            int words = 0;
            while (*p && char_class((unsigned char)*p) != 1) {
                int cls = char_class((unsigned char)*p);
                if (cls == 0) { p++; continue; }
                if (cls == 3) { while (*p && *p != '\n') p++; break; }
                int len = 0;
                while (*p && char_class((unsigned char)*p) >= 2 && char_class((unsigned char)*p) != 3) {
                    if (len < 15 && words < 2) word[words][len++] = *p;
                    p++;
                }
                if (words < 2) word[words][len] = '\0';
                if (words < 2 && len > 0 && word[words][len - 1] == ':') {
                    word[words][len - 1] = '\0';
                    if (pass == 0 && nlabels < 32) {
                        strcpy(labels[nlabels].name, word[words]);
                        labels[nlabels++].at = n;
                    }
                    continue;
                }
                words++;
            }
            if (*p) p++;
            if (words == 0) continue;
            int op = -1;
            for (int i = 0; i < OP_COUNT; i++) {
                if (strcmp(word[0], op_names[i]) == 0) op = i;
            }
            if (op < 0 || n >= MAX_CODE) return -1;
            int64_t arg = 0;
            if (words > 1) {
                if (char_class((unsigned char)word[1][0]) == 2) {
                    arg = strtoll(word[1], NULL, 10);
                } else if (pass == 1) {
                    int found = 0;
                    for (int i = 0; i < nlabels; i++) {
                        if (strcmp(labels[i].name, word[1]) == 0) { arg = labels[i].at; found = 1; }
                    }
                    if (!found) return -1;
                }
            }
            code[n].op = (enum op)op;
            code[n].arg = arg;
            n++;
        }
        if (pass == 1) return n;
    }
    return -1;
}

/* Runs code; the last printed value is returned through *out. Returns steps or -1 on a fault. */
static long run(const struct insn *code, int n, int64_t input, int64_t *out, int verbose) {
    int64_t stack[STACK], vars[VARS] = {0};
    int sp = 0, pc = 0;
    long steps = 0;
    vars[0] = input;
    for (;;) {
        if (pc < 0 || pc >= n || ++steps > 100000000L) return -1;
        const struct insn *i = &code[pc++];
        int64_t a, b;
        switch (i->op) {
        case OP_PUSH: if (sp >= STACK) return -1; stack[sp++] = i->arg; break;
        case OP_POP: if (sp < 1) return -1; sp--; break;
        case OP_DUP: if (sp < 1 || sp >= STACK) return -1; stack[sp] = stack[sp - 1]; sp++; break;
        case OP_SWAP: if (sp < 2) return -1; a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = a; break;
        case OP_OVER: if (sp < 2 || sp >= STACK) return -1; stack[sp] = stack[sp - 2]; sp++; break;
        case OP_ADD: if (sp < 2) return -1; sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] + (uint64_t)stack[sp]); break;
        case OP_SUB: if (sp < 2) return -1; sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] - (uint64_t)stack[sp]); break;
        case OP_MUL: if (sp < 2) return -1; sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)stack[sp]); break;
        case OP_DIV: case OP_MOD:
            if (sp < 2) return -1;
            b = stack[--sp];
            a = stack[sp - 1];
            if (b == 0 || (a == INT64_MIN && b == -1)) return -1;
            stack[sp - 1] = i->op == OP_DIV ? a / b : a % b;
            break;
        case OP_LT: if (sp < 2) return -1; sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case OP_EQ: if (sp < 2) return -1; sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case OP_NOT: if (sp < 1) return -1; stack[sp - 1] = !stack[sp - 1]; break;
        case OP_JMP: pc = (int)i->arg; break;
        case OP_JZ: if (sp < 1) return -1; if (stack[--sp] == 0) pc = (int)i->arg; break;
        case OP_JNZ: if (sp < 1) return -1; if (stack[--sp] != 0) pc = (int)i->arg; break;
        case OP_LOAD: if (sp >= STACK || i->arg < 0 || i->arg >= VARS) return -1; stack[sp++] = vars[i->arg]; break;
        case OP_STORE: if (sp < 1 || i->arg < 0 || i->arg >= VARS) return -1; vars[i->arg] = stack[--sp]; break;
        case OP_CALLB:
            if (sp < 1 || i->arg < 0 || i->arg >= (int64_t)(sizeof builtins / sizeof builtins[0])) return -1;
            stack[sp - 1] = builtins[i->arg](stack[sp - 1]);
            break;
        case OP_PRINT: if (sp < 1) return -1; *out = stack[--sp]; if (verbose) printf("  print %lld\n", (long long)*out); break;
        case OP_HALT: return steps;
        default: return -1;
        }
    }
}

static const struct {
    const char *name;
    int64_t input;
    int64_t expected;
    const char *src;
} programs[] = {
    {"fib", 50, 12586269025LL,
     "# v0 = n, v1 = a, v2 = b\n push 0; store 1; push 1; store 2\n"
     "loop: load 0; jz done\n load 1; load 2; dup; store 1; add; store 2\n"
     " load 0; push 1; sub; store 0; jmp loop\ndone: load 1; print; halt\n"},
    {"primes", 2000, 303,
     "# count primes below v0 by trial division\n push 0; store 3; push 2; store 1\n"
     "outer: load 1; load 0; lt; jz end\n push 2; store 2\n"
     "inner: load 2; load 2; mul; load 1; swap; lt; jnz prime\n"
     " load 1; load 2; mod; jz next\n load 2; push 1; add; store 2; jmp inner\n"
     "prime: load 3; push 1; add; store 3\n"
     "next: load 1; push 1; add; store 1; jmp outer\nend: load 3; print; halt\n"},
    {"collatz", 27, 111,
     "# steps for v0 to reach 1\n push 0; store 1\n"
     "top: load 0; push 1; eq; jnz fin\n load 0; push 2; mod; jz even\n"
     " load 0; push 3; mul; push 1; add; store 0; jmp step\n"
     "even: load 0; callb 3; store 0\nstep: load 1; push 1; add; store 1; jmp top\n"
     "fin: load 1; print; halt\n"},
    {"gcd", 0, 21,
     " push 1071; store 1; push 462; store 2\n"
     "g: load 2; jz out\n load 1; load 2; mod; load 2; store 1; store 2; jmp g\n"
     "out: load 1; print; halt\n"},
    {"bits", -12345, 6 + 12345 * 12345,
     " load 0; callb 0; dup; callb 2; swap; callb 1; add; print; halt\n"},
    {"divzero", 1, 0, " push 1; push 0; div; print; halt\n"},
};

int main(int argc, char **argv) {
    long repeat = 1;
    char *end = NULL;
    if (argc > 1) {
        repeat = strtol(argv[1], &end, 10);
    }
    if (argc > 2 || repeat < 1 || repeat > 1000000 || (end != NULL && *end != '\0')) {
        fprintf(stderr, "usage: interp [REPEAT in 1..1000000]\n");
        return 2;
    }
    int failures = 0;
    static struct insn code[MAX_CODE];
    for (size_t k = 0; k < sizeof programs / sizeof programs[0]; k++) {
        int n = assemble(programs[k].src, code);
        if (n < 0) {
            printf("%-8s assemble error\n", programs[k].name);
            failures++;
            continue;
        }
        int64_t out = 0;
        long steps = 0;
        for (long r = 0; r < repeat; r++) {
            steps = run(code, n, programs[k].input, &out, 0);
        }
        int faulted = steps < 0;
        int ok = strcmp(programs[k].name, "divzero") == 0 ? faulted : (!faulted && out == programs[k].expected);
        printf("%-8s %3d insns %8ld steps result %lld %s\n", programs[k].name, n, steps, (long long)out,
               ok ? "ok" : "FAIL");
        failures += !ok;
    }
    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}
