/* csvstats: reads a CSV file of sensor measurements named on the command line (station, time,
 * quantity, value), parses every record with strtol/strtod, recovers from malformed lines by
 * longjmp out of the nested field parsers (and gives up on the whole file from inside the recovery
 * handler when it is not measurement data at all), sorts the records with qsort by several keys
 * (station/quantity/time to find duplicates and per-station figures, quantity/value for percentiles,
 * daily temperature ranges) and prints statistics with printf's %f, %e, %g and %a.
 *
 *   csvstats FILE [QUANTITY]
 *
 * Exit 0 when the self-checks hold, 1 when one fails, 2 on a usage or I/O error or when FILE is not
 * measurement data. */
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 256 /* longer lines are malformed */
#define NAME_LEN 24  /* station names, including the terminating zero */
#define MAX_FIELDS 4
#define GIVE_UP_AFTER 10 /* malformed lines, when they outnumber good records four to one */

enum quantity { Q_TEMPERATURE, Q_PRESSURE, Q_HUMIDITY, Q_WIND, NQUANTITIES };

static const struct {
    const char *name;
    const char *unit;
    double lo, hi; /* plausible range, inclusive */
} quantities[NQUANTITIES] = {
    {"temperature", "degC", -90.0, 60.0},
    {"pressure", "Pa", 5.0e4, 1.1e5},
    {"humidity", "%", 0.0, 100.0},
    {"wind", "m/s", 0.0, 120.0},
};

enum line_error { E_FIELDS = 1, E_QUOTE, E_NAME, E_TIME, E_QUANTITY, E_NUMBER, E_FINITE, E_RANGE, E_LONG, NERRORS };

static const char *const error_names[NERRORS] = {
    "", "wrong number of fields", "unterminated quote", "bad station name", "bad time",
    "unknown quantity", "not a number", "not a finite number", "out of range", "line too long",
};

struct record {
    char station[NAME_LEN];
    int minute;  /* minutes since 2024-03-01 00:00 */
    enum quantity q;
    double value;
    int line;
};

/* What the field parsers need to report an error: where to jump, and the offending text. */
struct line_context {
    jmp_buf *bad_line;
    enum line_error error;
    char field[32];
};

/* Outside read_file's frame, so what the parsers change before a longjmp is still there after it. */
struct dataset {
    struct record *records;
    size_t count, cap;
    int lines, malformed, duplicates;
    int by_error[NERRORS];
    struct line_context current;
};

static _Noreturn void fail(struct line_context *lc, enum line_error e, const char *text, size_t len) {
    lc->error = e;
    size_t n = len < sizeof lc->field - 1 ? len : sizeof lc->field - 1;
    memcpy(lc->field, text, n);
    lc->field[n] = '\0';
    longjmp(*lc->bad_line, 1);
}

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (q == NULL) {
        fputs("csvstats: out of memory\n", stderr);
        exit(2);
    }
    return q;
}

/* Splits a line into at most MAX_FIELDS fields in place: commas separate, double quotes protect
 * commas, blanks around a field are dropped. Returns the number of fields. */
static int split(struct line_context *lc, char *line, char *fields[MAX_FIELDS]) {
    int n = 0;
    char *p = line;
    for (;;) {
        while (*p == ' ' || *p == '\t') p++;
        char *start = p, *out = p;
        if (*p == '"') {
            p++;
            while (*p != '"') {
                if (*p == '\0') fail(lc, E_QUOTE, start, strlen(start));
                *out++ = *p++;
            }
            p++;
            while (*p == ' ' || *p == '\t') p++;
            if (*p != ',' && *p != '\0') fail(lc, E_QUOTE, start, strlen(start));
        } else {
            while (*p != ',' && *p != '\0') *out++ = *p++;
            while (out > start && (out[-1] == ' ' || out[-1] == '\t')) out--;
        }
        char sep = *p;
        *out = '\0';
        if (n == MAX_FIELDS) fail(lc, E_FIELDS, start, strlen(start));
        fields[n++] = start;
        if (sep == '\0') return n;
        p++;
    }
}

/* Exactly `digits` decimal digits (no sign, no blanks) with a value in [lo, hi]. */
static int number_field(struct line_context *lc, const char *text, const char *s, int digits, int lo, int hi) {
    for (int i = 0; i < digits; i++) {
        if (s[i] < '0' || s[i] > '9') fail(lc, E_TIME, text, strlen(text));
    }
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end - s != digits || errno != 0 || v < lo || v > hi) fail(lc, E_TIME, text, strlen(text));
    return (int)v;
}

/* "2024-03-DD HH:MM" as minutes since 2024-03-01 00:00. */
static int parse_time(struct line_context *lc, const char *text) {
    if (strlen(text) != 16 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':') {
        fail(lc, E_TIME, text, strlen(text));
    }
    number_field(lc, text, text, 4, 2024, 2024);
    number_field(lc, text, text + 5, 2, 3, 3);
    int day = number_field(lc, text, text + 8, 2, 1, 31);
    int hour = number_field(lc, text, text + 11, 2, 0, 23);
    int minute = number_field(lc, text, text + 14, 2, 0, 59);
    return ((day - 1) * 24 + hour) * 60 + minute;
}

static enum quantity parse_quantity(struct line_context *lc, const char *text) {
    for (int q = 0; q < NQUANTITIES; q++) {
        if (strcmp(text, quantities[q].name) == 0) return (enum quantity)q;
    }
    fail(lc, E_QUANTITY, text, strlen(text));
}

static double parse_value(struct line_context *lc, const char *text, enum quantity q) {
    char *end;
    errno = 0;
    double v = strtod(text, &end);
    if (end == text || *end != '\0') fail(lc, E_NUMBER, text, strlen(text));
    if (errno == ERANGE) fail(lc, E_RANGE, text, strlen(text)); /* overflow to inf, or underflow */
    if (!isfinite(v)) fail(lc, E_FINITE, text, strlen(text));
    if (v < quantities[q].lo || v > quantities[q].hi) fail(lc, E_RANGE, text, strlen(text));
    return v;
}

/* Parses one line into r; returns 0 for a blank or comment line, 1 for a record. Malformed lines
 * leave through lc->bad_line. */
static int parse_line(struct line_context *lc, char *line, struct record *r) {
    size_t len = strlen(line);
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    size_t lead = strspn(line, " \t");
    if (line[lead] == '\0' || line[lead] == '#') return 0;
    char *fields[MAX_FIELDS];
    int n = split(lc, line, fields);
    if (n != MAX_FIELDS) fail(lc, E_FIELDS, fields[n - 1], strlen(fields[n - 1]));
    size_t name_len = strlen(fields[0]);
    if (name_len == 0 || name_len >= NAME_LEN) fail(lc, E_NAME, fields[0], name_len);
    memcpy(r->station, fields[0], name_len + 1);
    r->minute = parse_time(lc, fields[1]);
    r->q = parse_quantity(lc, fields[2]);
    r->value = parse_value(lc, fields[3], r->q);
    return 1;
}

static void print_field(const char *s) {
    putchar('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') printf("\\%c", *s);
        else if (*s < ' ' || *s > '~') printf("\\x%02x", (unsigned char)*s);
        else putchar(*s);
    }
    putchar('"');
}

/* Reads every line of f into ds. Returns 0, or -1 after giving up on a file that is not
 * measurement data: the recovery handler of a bad line jumps on out of the whole file. */
static int read_file(FILE *f, const char *path, struct dataset *ds) {
    jmp_buf give_up;
    if (setjmp(give_up) != 0) {
        printf("csvstats: %s: giving up at line %d: %d malformed lines and %zu records, not measurement data\n",
               path, ds->lines, ds->malformed, ds->count);
        return -1;
    }
    char line[MAX_LINE + 2];
    volatile int header_seen = 0; /* changed after setjmp(bad_line), read after the jump */
    while (fgets(line, sizeof line, f) != NULL) {
        ds->lines++;
        jmp_buf bad_line;
        struct line_context *lc = &ds->current;
        lc->bad_line = &bad_line;
        if (setjmp(bad_line) != 0) {
            ds->malformed++;
            ds->by_error[lc->error]++;
            printf("line %d: %s: ", ds->lines, error_names[lc->error]);
            print_field(lc->field);
            putchar('\n');
            if (ds->malformed >= GIVE_UP_AFTER && (size_t)ds->malformed > 4 * ds->count) longjmp(give_up, 1);
            continue;
        }
        if (strchr(line, '\n') == NULL && !feof(f)) {
            int c;
            while ((c = getc(f)) != '\n' && c != EOF) {
            }
            fail(lc, E_LONG, line, 24);
        }
        if (!header_seen && strncmp(line, "station,", 8) == 0) {
            header_seen = 1;
            continue;
        }
        struct record r;
        if (parse_line(lc, line, &r) == 0) continue;
        header_seen = 1;
        r.line = ds->lines;
        if (ds->count == ds->cap) {
            ds->cap = ds->cap ? 2 * ds->cap : 64;
            ds->records = xrealloc(ds->records, ds->cap * sizeof *ds->records);
        }
        ds->records[ds->count++] = r;
    }
    if (ferror(f)) {
        fprintf(stderr, "csvstats: read error on %s\n", path);
        return -1;
    }
    return 0;
}

/* ---- orders (all total: the line number breaks every tie, since qsort is not stable) ---- */

static int by_station_quantity_time(const void *a, const void *b) {
    const struct record *x = a, *y = b;
    int c = strcmp(x->station, y->station);
    if (c != 0) return c;
    if (x->q != y->q) return x->q < y->q ? -1 : 1;
    if (x->minute != y->minute) return x->minute < y->minute ? -1 : 1;
    return (x->line > y->line) - (x->line < y->line);
}

static int by_quantity_value(const void *a, const void *b) {
    const struct record *x = a, *y = b;
    if (x->q != y->q) return x->q < y->q ? -1 : 1;
    if (x->value != y->value) return x->value < y->value ? -1 : 1;
    int c = strcmp(x->station, y->station);
    if (c != 0) return c;
    return (x->line > y->line) - (x->line < y->line);
}

struct day_range {
    const char *station;
    int day;
    double lo, hi;
};

static int by_range_descending(const void *a, const void *b) {
    const struct day_range *x = a, *y = b;
    double rx = x->hi - x->lo, ry = y->hi - y->lo;
    if (rx != ry) return rx > ry ? -1 : 1;
    int c = strcmp(x->station, y->station);
    if (c != 0) return c;
    return (x->day > y->day) - (x->day < y->day);
}

/* ---- statistics ---- */

struct summary {
    size_t n;
    double mean, stddev, naive_sum, kahan_sum;
};

/* Welford's running mean and variance, with a naive and a compensated sum to check against. */
static struct summary summarize(const struct record *r, size_t n) {
    struct summary s = {n, 0.0, 0.0, 0.0, 0.0};
    double m2 = 0.0, carry = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = r[i].value, delta = x - s.mean;
        s.mean += delta / (double)(i + 1);
        m2 += delta * (x - s.mean);
        s.naive_sum += x;
        double y = x - carry, t = s.kahan_sum + y;
        carry = (t - s.kahan_sum) - y;
        s.kahan_sum = t;
    }
    s.stddev = n > 1 ? sqrt(m2 / (double)(n - 1)) : 0.0;
    return s;
}

/* Percentile p (0..1) of n values sorted ascending, by linear interpolation between ranks. */
static double percentile(const struct record *sorted, size_t n, double p) {
    double pos = p * (double)(n - 1);
    size_t i = (size_t)floor(pos);
    if (i + 1 >= n) return sorted[n - 1].value;
    return sorted[i].value + (pos - (double)i) * (sorted[i + 1].value - sorted[i].value);
}

static void format_time(int minute, char *out, size_t size) {
    snprintf(out, size, "03-%02d %02d:%02d", minute / 1440 + 1, minute / 60 % 24, minute % 60);
}

static int failures;

static void check(int ok, const char *what) {
    if (!ok) {
        printf("FAIL %s\n", what);
        failures++;
    }
}

static void quantity_report(const struct record *r, size_t n, enum quantity q) {
    struct summary s = summarize(r, n);
    char lo_at[24], hi_at[24];
    format_time(r[0].minute, lo_at, sizeof lo_at);
    format_time(r[n - 1].minute, hi_at, sizeof hi_at);
    printf("\n%s (%s): %zu values\n", quantities[q].name, quantities[q].unit, n);
    printf("  mean %.4f  stddev %.4f", s.mean, s.stddev);
    if (r[0].value > 0.0) printf("  coefficient of variation %.3g%%", 100.0 * s.stddev / s.mean); /* ratio scale only */
    putchar('\n');
    printf("  min %g (%s, %s)  max %g (%s, %s)\n", r[0].value, r[0].station, lo_at, r[n - 1].value, r[n - 1].station, hi_at);
    printf("  p10 %.3f  p25 %.3f  median %.3f  p75 %.3f  p90 %.3f\n", percentile(r, n, 0.10), percentile(r, n, 0.25),
           percentile(r, n, 0.50), percentile(r, n, 0.75), percentile(r, n, 0.90));
    printf("  sum %.10e  mean as hex %a\n", s.kahan_sum, s.mean);
    check(fabs(s.naive_sum - s.kahan_sum) <= 1e-9 * fabs(s.kahan_sum) + 1e-9, "naive and compensated sums agree");
    check(fabs(s.kahan_sum / (double)n - s.mean) <= 1e-9 * (fabs(s.mean) + 1.0), "Welford mean equals sum / n");
    for (size_t i = 1; i < n; i++) check(r[i - 1].value <= r[i].value, "values sorted ascending");

    /* Histogram in ten equal bins between min and max. */
    double lo = r[0].value, hi = r[n - 1].value, width = (hi - lo) / 10.0;
    int bins[10] = {0};
    for (size_t i = 0; i < n && width > 0.0; i++) {
        int b = (int)((r[i].value - lo) / width);
        bins[b > 9 ? 9 : b]++;
    }
    for (int b = 0; b < 10 && width > 0.0; b++) {
        printf("  [%10.4g, %10.4g) %3d ", lo + b * width, lo + (b + 1) * width, bins[b]);
        for (int k = 0; k < bins[b]; k += 2) putchar('#');
        putchar('\n');
    }
}

static void station_report(const struct record *r, size_t n, int want) {
    printf("\n%-24s %-11s %5s %12s %12s %12s\n", "station", "quantity", "n", "mean", "stddev", "last");
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && strcmp(r[j].station, r[i].station) == 0 && r[j].q == r[i].q) j++;
        if (want < 0 || (int)r[i].q == want) {
            struct summary s = summarize(r + i, j - i);
            printf("%-24s %-11s %5zu %12.3f %12.5g %12.6e\n", r[i].station, quantities[r[i].q].name, j - i, s.mean,
                   s.stddev, r[j - 1].value);
        }
        i = j;
    }
}

/* Daily temperature range per station and day (records sorted by station, quantity, time). */
static void range_report(const struct record *r, size_t n) {
    struct day_range *ranges = NULL;
    size_t count = 0, cap = 0;
    for (size_t i = 0; i < n; i++) {
        if (r[i].q != Q_TEMPERATURE) continue;
        int day = r[i].minute / 1440 + 1;
        if (count == 0 || ranges[count - 1].day != day || strcmp(ranges[count - 1].station, r[i].station) != 0) {
            if (count == cap) {
                cap = cap ? 2 * cap : 16;
                ranges = xrealloc(ranges, cap * sizeof *ranges);
            }
            ranges[count++] = (struct day_range){r[i].station, day, r[i].value, r[i].value};
        }
        struct day_range *d = &ranges[count - 1];
        d->lo = fmin(d->lo, r[i].value);
        d->hi = fmax(d->hi, r[i].value);
    }
    qsort(ranges, count, sizeof *ranges, by_range_descending);
    printf("\nwidest daily temperature ranges (of %zu station-days)\n", count);
    for (size_t i = 0; i < count && i < 5; i++) {
        printf("  %-24s 03-%02d  %6.2f .. %6.2f  = %.2f\n", ranges[i].station, ranges[i].day, ranges[i].lo,
               ranges[i].hi, ranges[i].hi - ranges[i].lo);
    }
    if (count > 0) {
        printf("  narrowest: %s 03-%02d (%.2f)\n", ranges[count - 1].station, ranges[count - 1].day,
               ranges[count - 1].hi - ranges[count - 1].lo);
    }
    free(ranges);
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fputs("usage: csvstats FILE [QUANTITY]\n", stderr);
        return 2;
    }
    int want = -1;
    if (argc == 3) {
        for (int q = 0; q < NQUANTITIES; q++) {
            if (strcmp(argv[2], quantities[q].name) == 0) want = q;
        }
        if (want < 0) {
            fputs("usage: csvstats FILE [temperature|pressure|humidity|wind]\n", stderr);
            return 2;
        }
    }
    FILE *f = fopen(argv[1], "r");
    if (f == NULL) {
        fprintf(stderr, "csvstats: cannot open %s: %s\n", argv[1], strerror(errno));
        return 2;
    }
    struct dataset ds = {0};
    int read = read_file(f, argv[1], &ds);
    fclose(f);
    if (read != 0) {
        free(ds.records);
        return 2;
    }
    printf("%s: %d lines, %zu records, %d malformed\n", argv[1], ds.lines, ds.count, ds.malformed);
    for (int e = 1; e < NERRORS; e++) {
        if (ds.by_error[e] != 0) printf("  %-24s %d\n", error_names[e], ds.by_error[e]);
    }

    /* Duplicates: the same station, quantity and time twice; the first line wins. */
    qsort(ds.records, ds.count, sizeof *ds.records, by_station_quantity_time);
    size_t kept = 0;
    for (size_t i = 0; i < ds.count; i++) {
        const struct record *r = &ds.records[i];
        if (kept > 0) {
            const struct record *p = &ds.records[kept - 1];
            if (strcmp(p->station, r->station) == 0 && p->q == r->q && p->minute == r->minute) {
                printf("duplicate: line %d repeats line %d (%s %s: %g, kept %g)\n", r->line, p->line, r->station,
                       quantities[r->q].name, r->value, p->value);
                ds.duplicates++;
                continue;
            }
        }
        ds.records[kept++] = *r;
    }
    ds.count = kept;
    for (size_t i = 1; i < ds.count; i++) {
        check(by_station_quantity_time(&ds.records[i - 1], &ds.records[i]) < 0, "station order");
    }
    station_report(ds.records, ds.count, want);
    if (want < 0 || want == Q_TEMPERATURE) range_report(ds.records, ds.count);

    /* Every value survives printing with %.17g and reading back with strtod. */
    size_t exact = 0;
    for (size_t i = 0; i < ds.count; i++) {
        char buf[40];
        snprintf(buf, sizeof buf, "%.17g", ds.records[i].value);
        exact += strtod(buf, NULL) == ds.records[i].value;
    }
    check(exact == ds.count, "%.17g round trip");

    qsort(ds.records, ds.count, sizeof *ds.records, by_quantity_value);
    size_t i = 0;
    while (i < ds.count) {
        size_t j = i;
        while (j < ds.count && ds.records[j].q == ds.records[i].q) j++;
        if (want < 0 || (int)ds.records[i].q == want) quantity_report(ds.records + i, j - i, ds.records[i].q);
        i = j;
    }
    free(ds.records);
    printf("\n%zu records kept, %d duplicates, %zu round trips exact\n", kept, ds.duplicates, exact);
    printf("%s\n", failures == 0 ? "PASSED" : "FAILED");
    return failures == 0 ? 0 : 1;
}
