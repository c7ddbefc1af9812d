/*
 * aml_internal.h - what aml.c shares with the other writer files (aml_rt.c):
 * term classes, the emit primitives and error reporting.
 */
#ifndef ACPIGEN_AML_INTERNAL_H
#define ACPIGEN_AML_INTERNAL_H

#include "acpigen/aml.h"

/* Creator ID and revision written into every table header we build. */
#define ACPIGEN_CREATOR_ID "XACG"
#define ACPIGEN_CREATOR_REVISION 0x00000001u

/* Where a term may go: the slot kinds of the AML grammar we check. */
enum aml_ctx {
    CTX_TERMLIST,   /* TermList of a table, Scope, Device, Method, If, ... */
    CTX_TERMARG,    /* TermArg operand, If/While predicate */
    CTX_SUPERNAME,  /* SuperName operand (Store destination, Increment, ...) */
    CTX_TARGET,     /* Target operand: a SuperName or NullName */
    CTX_PKGELEM,    /* Package element */
    CTX_DATA,       /* value of Name(): DataRefObject */
    CTX_FIELD,      /* FieldList */
    CTX_RT,         /* ResourceTemplate descriptor list */
    CTX_NONE = 31,  /* aml_writer.top: no open frame, or an error (fits no class) */
};

/* Rare paths (errors, unusual shapes) kept out of line, so the common path
 * of a hot constructor needs no register spills. */
#define SLOW_PATH __attribute__((noinline, cold))

#define IN(c) (1u << (c))
/* Term classes: the set of slot kinds each kind of term may fill. */
#define CL_DATA    (IN(CTX_TERMARG) | IN(CTX_PKGELEM) | IN(CTX_DATA))
#define CL_VAR     (IN(CTX_TERMARG) | IN(CTX_SUPERNAME) | IN(CTX_TARGET))
#define CL_NAMEREF (CL_VAR | IN(CTX_PKGELEM))
#define CL_NULL    (IN(CTX_TARGET))
#define CL_DEBUG   (IN(CTX_SUPERNAME) | IN(CTX_TARGET))
#define CL_EXPR    (IN(CTX_TERMLIST) | IN(CTX_TERMARG))
#define CL_REFEXPR (CL_EXPR | IN(CTX_SUPERNAME) | IN(CTX_TARGET))
#define CL_STMT    (IN(CTX_TERMLIST))
#define CL_DESC    (IN(CTX_RT))
#define CL_FUNIT   (IN(CTX_FIELD))

/* Record the first error; later errors are ignored.  Format as in msg.h. */
void aml__fail(struct aml_writer *w, enum aml_error e, const char *fmt, ...);
/* Check that a term of class `cls` may start here; `what` names it in the
 * error message.  Returns 0 (and records an error) when it may not. */
int aml__begin_slow(struct aml_writer *w, unsigned cls, const char *what);
static inline int aml__begin(struct aml_writer *w, unsigned cls, const char *what)
{
    /* Fast path: the slot the innermost frame expects next is cached in
     * w->top (CTX_NONE, in no class, when there is no frame or an error). */
    if ((cls & IN(w->top)) && w->top != CTX_PKGELEM)
        return 1;
    return aml__begin_slow(w, cls, what);
}
/* Make room for n more bytes and return where they go (len is advanced),
 * or NULL after recording AML_E_NOSPACE.  The common case (the bytes fit)
 * is inline: it runs several times per construct. */
uint8_t *aml__emit_slow(struct aml_writer *w, size_t n);
static inline uint8_t *aml__emit(struct aml_writer *w, size_t n)
{
    if (!w->err && n <= w->cap - w->len) {
        uint8_t *p = w->buf + w->len;
        w->len += n;
        return p;
    }
    return aml__emit_slow(w, n);
}
/* A term has been written completely: fill the parent's slot. */
void aml__term_done(struct aml_writer *w);

/* Whether c may stand in a NameSeg: as its first character (lead) or later. */
int aml__seg_char(char c, int lead);

/* Bytes of a PkgLength that counts itself plus `rest` bytes; 0 if too big.
 * (Shared with the builders that lay out a block before writing it.) */
static inline unsigned pkglen_size(size_t rest)
{
    if (rest + 1 <= 0x3F)
        return 1;
    if (rest + 2 <= 0xFFF)
        return 2;
    if (rest + 3 <= 0xFFFFF)
        return 3;
    if (rest + 4 <= 0xFFFFFFF)
        return 4;
    return 0;
}

static inline void pkglen_put(uint8_t *p, uint32_t value, unsigned n)
{
    if (n == 1) {
        p[0] = (uint8_t)value;
        return;
    }
    p[0] = (uint8_t)(((n - 1) << 6) | (value & 0xF));
    for (unsigned i = 1; i < n; i++)
        p[i] = (uint8_t)(value >> (4 + 8 * (i - 1)));
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* One unaligned store each (never a call, even freestanding). */
static inline void put_le16(uint8_t *p, uint16_t v) { __builtin_memcpy(p, &v, 2); }
static inline void put_le32(uint8_t *p, uint32_t v) { __builtin_memcpy(p, &v, 4); }
static inline void put_le64(uint8_t *p, uint64_t v) { __builtin_memcpy(p, &v, 8); }
#else
static inline void put_le16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static inline void put_le32(uint8_t *p, uint32_t v)
{
    put_le16(p, (uint16_t)v);
    put_le16(p + 2, (uint16_t)(v >> 16));
}

static inline void put_le64(uint8_t *p, uint64_t v)
{
    put_le32(p, (uint32_t)v);
    put_le32(p + 4, (uint32_t)(v >> 32));
}
#endif

#endif
