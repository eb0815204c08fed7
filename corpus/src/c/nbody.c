/* nbody: a five-body planetary simulation in double precision (symplectic Euler steps).
 * Usage: nbody [STEPS]  (default 500000). Self-check: energy drift and total momentum stay small.
 * Exit 0 when the checks hold, 1 otherwise, 2 on a bad argument. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define PI 3.14159265358979323846
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define BODIES 5

struct body {
    double x[3], v[3], mass;
};

/* Sun, Jupiter, Saturn, Uranus, Neptune: positions in AU, velocities in AU/day (scaled to years).
 * External linkage, so -fPIC code reaches it through the GOT. */
struct body system_init[BODIES] = {
    {{0, 0, 0}, {0, 0, 0}, SOLAR_MASS},
    {{4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01},
     {1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
      -6.90460016972063023e-05 * DAYS_PER_YEAR},
     9.54791938424326609e-04 * SOLAR_MASS},
    {{8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01},
     {-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
      2.30417297573763929e-05 * DAYS_PER_YEAR},
     2.85885980666130812e-04 * SOLAR_MASS},
    {{1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01},
     {2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
      -2.96589568540237556e-05 * DAYS_PER_YEAR},
     4.36624404335156298e-05 * SOLAR_MASS},
    {{1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01},
     {2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
      -9.51592254519715870e-05 * DAYS_PER_YEAR},
     5.15138902046611451e-05 * SOLAR_MASS},
};

static void offset_momentum(struct body *b) {
    double p[3] = {0, 0, 0};
    for (int i = 0; i < BODIES; i++) {
        for (int k = 0; k < 3; k++) p[k] += b[i].v[k] * b[i].mass;
    }
    for (int k = 0; k < 3; k++) b[0].v[k] = -p[k] / SOLAR_MASS;
}

static double energy(const struct body *b) {
    double e = 0.0;
    for (int i = 0; i < BODIES; i++) {
        e += 0.5 * b[i].mass * (b[i].v[0] * b[i].v[0] + b[i].v[1] * b[i].v[1] + b[i].v[2] * b[i].v[2]);
        for (int j = i + 1; j < BODIES; j++) {
            double d[3];
            for (int k = 0; k < 3; k++) d[k] = b[i].x[k] - b[j].x[k];
            e -= b[i].mass * b[j].mass / sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        }
    }
    return e;
}

static void advance(struct body *b, double dt) {
    for (int i = 0; i < BODIES; i++) {
        for (int j = i + 1; j < BODIES; j++) {
            double d[3];
            for (int k = 0; k < 3; k++) d[k] = b[i].x[k] - b[j].x[k];
            double r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
            double mag = dt / (r2 * sqrt(r2));
            for (int k = 0; k < 3; k++) {
                b[i].v[k] -= d[k] * b[j].mass * mag;
                b[j].v[k] += d[k] * b[i].mass * mag;
            }
        }
    }
    for (int i = 0; i < BODIES; i++) {
        for (int k = 0; k < 3; k++) b[i].x[k] += dt * b[i].v[k];
    }
}

int main(int argc, char **argv) {
    long steps = 500000;
    if (argc > 1) {
        char *end;
        steps = strtol(argv[1], &end, 10);
        if (*end != '\0' || steps < 0) {
            fputs("usage: nbody [STEPS>=0]\n", stderr);
            return 2;
        }
    }
    struct body b[BODIES];
    for (int i = 0; i < BODIES; i++) b[i] = system_init[i];
    offset_momentum(b);
    double e0 = energy(b);
    printf("steps %ld\n%.9f\n", steps, e0);
    for (long s = 0; s < steps; s++) advance(b, 0.01);
    double e1 = energy(b);
    printf("%.9f\n", e1);
    double p[3] = {0, 0, 0};
    for (int i = 0; i < BODIES; i++) {
        for (int k = 0; k < 3; k++) p[k] += b[i].v[k] * b[i].mass;
    }
    double pm = sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
    double drift = fabs((e1 - e0) / e0);
    printf("jupiter at (%.6f, %.6f, %.6f)\n", b[1].x[0], b[1].x[1], b[1].x[2]);
    int ok = drift < 1e-3 && pm < 1e-12;
    printf("drift %.3e momentum %.3e %s\n", drift, pm, ok ? "PASSED" : "FAILED");
    return ok ? 0 : 1;
}
