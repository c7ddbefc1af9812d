/*
 * aml_writer.h - what the files of the AML writer share (aml_writer.c: the
 * core, frames, names, closing; aml_data.c, aml_named.c, aml_ops.c: the
 * constructors; aml_rt.c: resource descriptors): term classes, the opcode
 * table, the frame stack and the emit primitives.  Only the writer
 * includes it; table builders use aml_encode.h.
 */
#ifndef ACPIGEN_AML_WRITER_H
#define ACPIGEN_AML_WRITER_H

#include "acpigen/aml.h"
#include "aml/aml_encode.h"

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

/* aml_device(w, name), aml_raw_terms(w, body, len), aml_end(w) in one
 * call, for the device model's devices (dm/dmacpi_ssdt.c). */
void aml__device_raw(struct aml_writer *w, const char *name, const void *body, size_t len);

#define EXT 0x5B                 /* ExtOpPrefix */
#define MAX_STREAM 0xFFFFFFFFu   /* frames keep 32-bit offsets */

enum fkind { F_TABLE, F_BLOCK, F_IF, F_WHILE, F_PACKAGE, F_RT, F_FIELD, F_OP };

enum op_id {
    /* blocks */
    OP_TABLE, OP_SCOPE, OP_DEVICE, OP_METHOD, OP_PROCESSOR, OP_POWERRES, OP_IF, OP_ELSE,
    OP_WHILE, OP_PACKAGE, OP_RT, OP_FIELD,
    /* named objects and statements with operands */
    OP_NAME, OP_OPREGION, OP_CALL, OP_ACQUIRE, OP_RELEASE, OP_NOTIFY, OP_SLEEP, OP_RETURN,
    OP_CREATE_DWORD, OP_CREATE_QWORD,
    /* operators */
    OP_STORE, OP_ADD, OP_SUBTRACT, OP_MULTIPLY, OP_AND, OP_OR, OP_XOR, OP_NOT, OP_SHL, OP_SHR,
    OP_INC, OP_DEC, OP_LAND, OP_LOR, OP_LNOT, OP_LEQUAL, OP_LGREATER, OP_LLESS, OP_INDEX,
    OP_DEREFOF, OP_REFOF, OP_SIZEOF, OP_CONCAT, OP_TOBUFFER, OP_TOINTEGER,
};

/*
 * One row per construct.  `operands` spells the slot kinds that follow the
 * opcode: T TermArg, S SuperName, R Target (SuperName or NullName), D the
 * data value of a Name.  This table is the only place arity is defined.
 */
struct op_desc {
    const char *asl;
    uint8_t ext;        /* 1: preceded by ExtOpPrefix */
    uint8_t code;
    uint8_t cls;        /* where the construct may appear (CL_*) */
    const char *operands;
};

/* The opcode table (aml_writer.c), indexed by enum op_id. */
extern const struct op_desc aml__ops[];

/* NameSeg character classes, indexed by byte: one lookup per character. */
#define NC_LEAD 1   /* may start a segment: A-Z, _ */
#define NC_SEG  2   /* may follow: A-Z, _, 0-9 */
/* The class of each byte (aml_writer.c). */
extern const uint8_t aml__name_class[256];

static inline enum aml_ctx slot_ctx(char k)
{
    switch (k) {
    case 'S': return CTX_SUPERNAME;
    case 'R': return CTX_TARGET;
    case 'D': return CTX_DATA;
    default:  return CTX_TERMARG;
    }
}

/* The slot kind a frame's next term fills (cached in frame->next). */
static inline enum aml_ctx frame_ctx(const struct aml_frame *f)
{
    switch (f->kind) {
    case F_OP:      return f->op == OP_CALL ? CTX_TERMARG : slot_ctx(aml__ops[f->op].operands[f->filled]);
    case F_IF:
    case F_WHILE:   return f->filled ? CTX_TERMLIST : CTX_TERMARG;
    case F_PACKAGE: return CTX_PKGELEM;
    case F_RT:      return CTX_RT;
    case F_FIELD:   return CTX_FIELD;
    default:        return CTX_TERMLIST;
    }
}

/* Refresh w->top after the frames changed. */
static inline void sync_top(struct aml_writer *w)
{
    w->top = !w->err && w->depth ? w->frames[w->depth - 1].next : (uint8_t)CTX_NONE;
}

static inline struct aml_frame *push(struct aml_writer *w, enum fkind kind, enum op_id op, size_t start)
{
    if (w->depth >= AML_MAX_DEPTH) {
        aml__fail(w, AML_E_NESTING, "%s: nesting deeper than %u levels", aml__ops[op].asl,
                  (unsigned)AML_MAX_DEPTH);
        return NULL;
    }
    struct aml_frame *f = &w->frames[w->depth++];
    f->start = (uint32_t)start;
    f->count = 0;
    f->limit = 0;
    f->kind = (uint8_t)kind;
    f->op = (uint8_t)op;
    f->filled = 0;
    f->argc = 0;
    f->next = (uint8_t)frame_ctx(f);
    sync_top(w);
    return f;
}

/* Most terms land in a TermList, where nothing needs counting. */
static inline void term_done(struct aml_writer *w)
{
    if (w->depth && w->frames[w->depth - 1].kind > F_BLOCK)
        aml__term_done(w);
}

/*
 * In a TermList nothing counts terms (term_done() is a no-op there), so the
 * one-call Name forms can write their bytes and return.  Everything else,
 * errors included, takes the general route.
 */
static inline int in_termlist(const struct aml_writer *w)
{
    return w->top == CTX_TERMLIST;
}

/* Size of the minimal integer encoding of v at `width` bytes. */
static inline unsigned int_size(uint64_t v, unsigned width)
{
    if (v <= 1 || v == (width == 4 ? 0xFFFFFFFFu : ~(uint64_t)0))
        return 1;
    return v <= 0xFF ? 2 : v <= 0xFFFF ? 3 : v <= 0xFFFFFFFFu ? 5 : 9;
}

/* Minimal integer encoding at `width` bytes; returns its size (1-9). */
static inline unsigned int_put(uint8_t *p, uint64_t v, unsigned width)
{
    uint64_t ones = width == 4 ? 0xFFFFFFFFu : ~(uint64_t)0;

    if (v == 0 || v == 1) {
        p[0] = (uint8_t)v;
        return 1;
    }
    if (v == ones) {
        p[0] = 0xFF;
        return 1;
    }
    if (v <= 0xFF) {
        p[0] = 0x0A;
        p[1] = (uint8_t)v;
        return 2;
    }
    if (v <= 0xFFFF) {
        p[0] = 0x0B;
        put_le16(p + 1, (uint16_t)v);
        return 3;
    }
    if (v <= 0xFFFFFFFFu) {
        p[0] = 0x0C;
        put_le32(p + 1, (uint32_t)v);
        return 5;
    }
    p[0] = 0x0E;
    put_le64(p + 1, v);
    return 9;
}

static inline int is_lead(char c) { return (unsigned)(c - 'A') < 26u || c == '_'; }

static inline int is_digit(char c) { return (unsigned)(c - '0') < 10u; }

static inline int is_seg(char c) { return aml__name_class[(unsigned char)c] & NC_SEG; }

/*
 * Encode a lone NameSeg of 1-4 characters, padded with '_', into out.
 * Returns 0 for anything else (a path, a prefix, an invalid character):
 * aml__name_check() then handles it and reports what is wrong.
 */
static inline int nameseg4(const char *s, uint8_t out[4])
{
    if (!s || !(aml__name_class[(unsigned char)s[0]] & NC_LEAD))
        return 0;
    out[0] = (uint8_t)s[0];
    if (!s[1]) {
        out[1] = out[2] = out[3] = '_';
        return 1;
    }
    if (!is_seg(s[1]))
        return 0;
    out[1] = (uint8_t)s[1];
    if (!s[2]) {
        out[2] = out[3] = '_';
        return 1;
    }
    if (!is_seg(s[2]))
        return 0;
    out[2] = (uint8_t)s[2];
    if (!s[3]) {
        out[3] = '_';
        return 1;
    }
    out[3] = (uint8_t)s[3];
    return is_seg(s[3]) && !s[4];
}

/*
 * The hot case of nameseg4(): exactly four characters, copied as one 32-bit
 * load.  Characters are read in order and aml__name_class[0] is 0, so a shorter
 * name stops at its NUL and no byte past it is read; it then takes the
 * general route, which pads it.
 */
static inline int nameseg_exact(const char *s, uint32_t *seg)
{
    const unsigned char *u = (const unsigned char *)s;

    if (!u || !(aml__name_class[u[0]] & NC_LEAD) || !(aml__name_class[u[1]] & NC_SEG) ||
        !(aml__name_class[u[2]] & NC_SEG) || !(aml__name_class[u[3]] & NC_SEG) || u[4])
        return 0;
    __builtin_memcpy(seg, u, 4);
    return 1;
}

/* Check a NameString and return the size of its encoding, or 0 after
 * recording an error; `segs` returns the number of NameSegs. */
size_t aml__name_check(struct aml_writer *w, const char *s, const char *what, unsigned *segs);
/* Write a NameString that aml__name_check() accepted. */
void aml__name_put(uint8_t *p, const char *s, unsigned segs);
/* `hdr` bytes of prefix, then the String s (aml_data.c); returns where the
 * prefix goes, or NULL after an error. */
uint8_t *aml__string_emit(struct aml_writer *w, size_t hdr, const char *s);
/* A one- or two-byte term of class cls (Local, Arg, Debug, Break...). */
void aml__simple_term(struct aml_writer *w, unsigned cls, const char *what, uint8_t b0,
                      uint8_t b1, unsigned n);
/* The innermost open Method, or NULL. */
const struct aml_frame *aml__enclosing_method(const struct aml_writer *w);
#endif
