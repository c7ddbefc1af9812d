/*
 * mem.c - freestanding memmove/memset for the core (see mem.h).  Empty in
 * hosted builds, where mem.h maps them to the C library.
 */
#include "base/mem.h"

#ifdef ACPIGEN_FREESTANDING

/* GCC would otherwise recognise these loops and turn them back into calls
 * to memmove/memset, which a freestanding environment may not have. */
#if defined(__GNUC__) && !defined(__clang__)
#define NO_LIBCALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define NO_LIBCALLS
#endif

NO_LIBCALLS void *acpigen_memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;

    if (d < s) {
        for (size_t i = 0; i < n; i++)
            d[i] = s[i];
    } else {
        while (n--)
            d[n] = s[n];
    }
    return dst;
}

NO_LIBCALLS void *acpigen_memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;

    for (size_t i = 0; i < n; i++)
        d[i] = (unsigned char)c;
    return dst;
}

NO_LIBCALLS size_t acpigen_strlen(const char *s)
{
    size_t n = 0;

    while (s[n])
        n++;
    return n;
}

#else
/* ISO C forbids an empty translation unit. */
typedef int acpigen_mem_hosted;
#endif
