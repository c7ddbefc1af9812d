/*
 * mem.h - the few memory primitives the core needs, and the hex digit
 * value both text parsers (EISAID/ToUUID, the xenstore numbers) use.
 *
 * Hosted builds use the C library's (fast, vectorised) versions.  Freestanding
 * builds (-DACPIGEN_FREESTANDING, e.g. linked into hvmloader) get our own
 * byte loops from mem.c, so the core references no symbol it does not define.
 */
#ifndef ACPIGEN_MEM_H
#define ACPIGEN_MEM_H

#include <stddef.h>

#ifdef ACPIGEN_FREESTANDING
void *acpigen_memmove(void *dst, const void *src, size_t n);
void *acpigen_memset(void *dst, int c, size_t n);
size_t acpigen_strlen(const char *s);
#else
#include <string.h>
#define acpigen_memmove memmove
#define acpigen_memset memset
#define acpigen_strlen strlen
#endif

/* 0-15 for 0-9, a-f, A-F; -1 for anything else. */
static inline int acpigen_hexdigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

#endif
