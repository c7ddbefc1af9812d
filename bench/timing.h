/*
 * timing.h - the benchmarks' clock: the median over many batches of the
 * time one call of fn(arg) takes, each batch long enough (~2 ms) to time.
 */
#ifndef BENCH_TIMING_H
#define BENCH_TIMING_H

#include <stdlib.h>
#include <time.h>

#define BENCH_BATCHES 101

static inline double bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static inline int bench_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static inline double bench_median_ns(size_t (*fn)(unsigned), unsigned arg)
{
    double t[BENCH_BATCHES];
    unsigned iters = 1;

    for (double t0 = bench_now_ns(); bench_now_ns() - t0 < 2e6; iters *= 2)
        for (unsigned i = 0; i < iters; i++)
            fn(arg);
    for (int b = 0; b < BENCH_BATCHES; b++) {
        double t0 = bench_now_ns();
        for (unsigned i = 0; i < iters; i++)
            fn(arg);
        t[b] = (bench_now_ns() - t0) / iters;
    }
    qsort(t, BENCH_BATCHES, sizeof(t[0]), bench_cmp_double);
    return t[BENCH_BATCHES / 2];
}

#endif
