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

/* Whole words where both ends allow it: hvmloader clears a 170-byte
 * verdict per blob and copies every accepted body, and a byte loop made
 * those the largest cost of its dm-acpi step.  may_alias: the words alias
 * whatever the bytes belong to. */
typedef unsigned long __attribute__((may_alias)) word_t;
#define WORD sizeof(word_t)
#define MISALIGNED(p) ((size_t)(p) & (WORD - 1))

/* A word from or to any alignment: __builtin_memcpy of a constant size is
 * one load or store (x86, all hvmloader runs on), never a call. */
static inline word_t load_word(const unsigned char *s)
{
    word_t w;

    __builtin_memcpy(&w, s, WORD);
    return w;
}

static inline void store_word(unsigned char *d, word_t w)
{
    __builtin_memcpy(d, &w, WORD);
}

NO_LIBCALLS void *acpigen_memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;

    /* Each word is loaded before its store, and the stores move away from
     * the bytes still to be read (upwards when d is below s, downwards
     * when above), so no store changes a byte a later load reads, however
     * close the two ranges are and whatever their alignment. */
    if (d < s) {
        for (; n >= WORD; n -= WORD, d += WORD, s += WORD)
            store_word(d, load_word(s));
        while (n--)
            *d++ = *s++;
    } else {
        for (; n >= WORD; n -= WORD)
            store_word(d + n - WORD, load_word(s + n - WORD));
        while (n--)
            d[n] = s[n];
    }
    return dst;
}

NO_LIBCALLS void *acpigen_memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    word_t w = (unsigned char)c;

    w |= w << 8;
    w |= w << 16;
    if (WORD > 4)
        w |= w << 16 << 16;
    for (; n && MISALIGNED(d); n--)
        *d++ = (unsigned char)c;
    for (; n >= WORD; n -= WORD, d += WORD)
        *(word_t *)(void *)d = w;
    while (n--)
        *d++ = (unsigned char)c;
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
