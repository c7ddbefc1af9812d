/*
 * aml.c - the streaming AML writer (see acpigen/aml.h for the model).
 *
 * Encoding rules follow ACPI 6.4 section 20.2 (AML grammar) and match what
 * iasl 20200925 emits for the same ASL with -on -of: minimal PkgLength,
 * minimal integers with Zero/One/Ones, VarPackage only above 255 elements,
 * Buffer initializers without their implicit zero fill.
 *
 * Blocks reserve the smallest possible prefix (one PkgLength byte, plus the
 * smallest Package/Buffer size) and grow it when they are closed, moving the
 * body forward.  So the peak size of the stream is its final size: a buffer
 * that fits the result is always big enough.
 */
#include "aml_internal.h"
#include "acpigen/checksum.h"
#include "mem.h"
#include "msg.h"

#include <stdarg.h>

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

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

static const struct op_desc ops[] = {
    [OP_TABLE]        = { "DefinitionBlock", 0, 0x00, CL_STMT, "" },
    [OP_SCOPE]        = { "Scope", 0, 0x10, CL_STMT, "" },
    [OP_DEVICE]       = { "Device", 1, 0x82, CL_STMT, "" },
    [OP_METHOD]       = { "Method", 0, 0x14, CL_STMT, "" },
    [OP_PROCESSOR]    = { "Processor", 1, 0x83, CL_STMT, "" },
    [OP_POWERRES]     = { "PowerResource", 1, 0x84, CL_STMT, "" },
    [OP_IF]           = { "If", 0, 0xA0, CL_STMT, "" },
    [OP_ELSE]         = { "Else", 0, 0xA1, CL_STMT, "" },
    [OP_WHILE]        = { "While", 0, 0xA2, CL_STMT, "" },
    [OP_PACKAGE]      = { "Package", 0, 0x12, CL_DATA, "" },
    [OP_RT]           = { "ResourceTemplate", 0, 0x11, CL_DATA, "" },
    [OP_FIELD]        = { "Field", 1, 0x81, CL_STMT, "" },
    [OP_NAME]         = { "Name", 0, 0x08, CL_STMT, "D" },
    [OP_OPREGION]     = { "OperationRegion", 1, 0x80, CL_STMT, "TT" },
    [OP_CALL]         = { "method invocation", 0, 0x00, CL_REFEXPR, "" },
    [OP_ACQUIRE]      = { "Acquire", 1, 0x23, CL_EXPR, "S" },
    [OP_RELEASE]      = { "Release", 1, 0x27, CL_STMT, "S" },
    [OP_NOTIFY]       = { "Notify", 0, 0x86, CL_STMT, "ST" },
    [OP_SLEEP]        = { "Sleep", 1, 0x22, CL_STMT, "T" },
    [OP_RETURN]       = { "Return", 0, 0xA4, CL_STMT, "T" },
    [OP_CREATE_DWORD] = { "CreateDWordField", 0, 0x8A, CL_STMT, "TT" },
    [OP_CREATE_QWORD] = { "CreateQWordField", 0, 0x8F, CL_STMT, "TT" },
    [OP_STORE]        = { "Store", 0, 0x70, CL_EXPR, "TS" },
    [OP_ADD]          = { "Add", 0, 0x72, CL_EXPR, "TTR" },
    [OP_SUBTRACT]     = { "Subtract", 0, 0x74, CL_EXPR, "TTR" },
    [OP_MULTIPLY]     = { "Multiply", 0, 0x77, CL_EXPR, "TTR" },
    [OP_AND]          = { "And", 0, 0x7B, CL_EXPR, "TTR" },
    [OP_OR]           = { "Or", 0, 0x7D, CL_EXPR, "TTR" },
    [OP_XOR]          = { "Xor", 0, 0x7F, CL_EXPR, "TTR" },
    [OP_NOT]          = { "Not", 0, 0x80, CL_EXPR, "TR" },
    [OP_SHL]          = { "ShiftLeft", 0, 0x79, CL_EXPR, "TTR" },
    [OP_SHR]          = { "ShiftRight", 0, 0x7A, CL_EXPR, "TTR" },
    [OP_INC]          = { "Increment", 0, 0x75, CL_EXPR, "S" },
    [OP_DEC]          = { "Decrement", 0, 0x76, CL_EXPR, "S" },
    [OP_LAND]         = { "LAnd", 0, 0x90, CL_EXPR, "TT" },
    [OP_LOR]          = { "LOr", 0, 0x91, CL_EXPR, "TT" },
    [OP_LNOT]         = { "LNot", 0, 0x92, CL_EXPR, "T" },
    [OP_LEQUAL]       = { "LEqual", 0, 0x93, CL_EXPR, "TT" },
    [OP_LGREATER]     = { "LGreater", 0, 0x94, CL_EXPR, "TT" },
    [OP_LLESS]        = { "LLess", 0, 0x95, CL_EXPR, "TT" },
    [OP_INDEX]        = { "Index", 0, 0x88, CL_REFEXPR, "TTR" },
    [OP_DEREFOF]      = { "DerefOf", 0, 0x83, CL_REFEXPR, "T" },
    [OP_REFOF]        = { "RefOf", 0, 0x71, CL_REFEXPR, "S" },
    [OP_SIZEOF]       = { "SizeOf", 0, 0x87, CL_EXPR, "S" },
    [OP_CONCAT]       = { "Concatenate", 0, 0x73, CL_EXPR, "TTR" },
    [OP_TOBUFFER]     = { "ToBuffer", 0, 0x96, CL_EXPR, "TR" },
    [OP_TOINTEGER]    = { "ToInteger", 0, 0x99, CL_EXPR, "TR" },
};

static const char *const ctx_names[] = {
    [CTX_TERMLIST]  = "a statement in a TermList",
    [CTX_TERMARG]   = "a TermArg operand",
    [CTX_SUPERNAME] = "a SuperName operand",
    [CTX_TARGET]    = "a Target operand",
    [CTX_PKGELEM]   = "a Package element",
    [CTX_DATA]      = "the value of a Name",
    [CTX_FIELD]     = "an entry of a Field list",
    [CTX_RT]        = "a ResourceTemplate descriptor",
};

/* ---- errors and the output buffer ------------------------------------ */

void aml__fail(struct aml_writer *w, enum aml_error e, const char *fmt, ...)
{
    va_list ap;

    if (w->err)
        return;
    w->err = e;
    w->top = CTX_NONE;
    va_start(ap, fmt);
    msg_vformat(w->msg, sizeof(w->msg), fmt, ap);
    va_end(ap);
}

uint8_t *aml__emit_slow(struct aml_writer *w, size_t n)
{
    if (w->err)
        return NULL;
    if (n > MAX_STREAM - w->len) {
        aml__fail(w, AML_E_NOSPACE, "AML stream would exceed 4 GiB (%Z + %Z bytes)", w->len, n);
        return NULL;
    }
    {
        size_t need = w->len + n, cap = 0;
        uint8_t *nb = w->grow ? w->grow(w->grow_ctx, w->buf, w->len, need, &cap) : NULL;

        if (!nb || cap < need) {
            aml__fail(w, AML_E_NOSPACE,
                      "output buffer too small: %Z bytes needed so far, capacity is %Z",
                      need, w->cap);
            return NULL;
        }
        w->buf = nb;
        w->cap = cap > MAX_STREAM ? MAX_STREAM : cap;
    }
    uint8_t *p = w->buf + w->len;
    w->len += n;
    return p;
}

/* ---- writer ----------------------------------------------------------- */

void aml_writer_init(struct aml_writer *w, uint8_t *buf, size_t cap)
{
    if (!w)
        return;
    w->buf = buf;
    /* Offsets are 32-bit: never use more than 4 GiB of a larger buffer. */
    w->cap = !buf ? 0 : cap > MAX_STREAM ? MAX_STREAM : cap;
    w->len = 0;
    w->grow = NULL;
    w->grow_ctx = NULL;
    w->table = SIZE_MAX;
    w->else_at = SIZE_MAX;
    w->else_depth = 0;
    w->depth = 0;
    w->nslots = 0;
    w->int_bytes = 8;
    w->top = CTX_NONE;
    w->err = AML_OK;
    w->msg[0] = '\0';
}

void aml_writer_set_grow(struct aml_writer *w, aml_grow_fn fn, void *ctx)
{
    w->grow = fn;
    w->grow_ctx = ctx;
}

uint8_t *aml_writer_buf(const struct aml_writer *w) { return w->buf; }
size_t aml_writer_len(const struct aml_writer *w) { return w->len; }
enum aml_error aml_error(const struct aml_writer *w) { return w->err; }
const char *aml_errmsg(const struct aml_writer *w) { return w->msg; }

static unsigned nops(const struct aml_frame *f)
{
    if (f->op == OP_CALL)
        return f->argc;
    const char *s = ops[f->op].operands;
    unsigned n = 0;
    while (s[n])
        n++;
    return n;
}

enum aml_error aml_writer_finish(struct aml_writer *w, size_t *len)
{
    if (!w->err && w->depth) {
        const struct aml_frame *f = &w->frames[w->depth - 1];
        if (f->kind == F_OP)
            aml__fail(w, AML_E_NESTING, "%s is still waiting for %u more operand(s)",
                      ops[f->op].asl, nops(f) - f->filled);
        else    /* blocks record their PkgLength; report where the opcode is */
            aml__fail(w, AML_E_NESTING, "%s opened at offset %U was never closed (aml_end missing)",
                      ops[f->op].asl,
                      (uint64_t)(f->kind == F_TABLE ? f->start : f->start - 1u - ops[f->op].ext));
    }
    if (!w->err && len)
        *len = w->len;
    return w->err;
}

/* ---- term bookkeeping ------------------------------------------------- */

static enum aml_ctx slot_ctx(char k)
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
    case F_OP:      return f->op == OP_CALL ? CTX_TERMARG : slot_ctx(ops[f->op].operands[f->filled]);
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

int aml__begin_slow(struct aml_writer *w, unsigned cls, const char *what)
{
    if (w->err)
        return 0;
    enum aml_ctx c = w->depth ? (enum aml_ctx)w->frames[w->depth - 1].next : CTX_TERMLIST;
    if (!(cls & IN(c))) {
        aml__fail(w, AML_E_SHAPE, "%s cannot be %s%s%s", what, ctx_names[c],
                  w->depth ? " of " : " at the top level",
                  w->depth ? ops[w->frames[w->depth - 1].op].asl : "");
        return 0;
    }
    if (c == CTX_PKGELEM) {
        const struct aml_frame *f = &w->frames[w->depth - 1];
        if (f->count >= f->limit) {
            aml__fail(w, AML_E_COUNT, "Package (%U) is full: element %U does not fit",
                      (uint64_t)f->limit, (uint64_t)f->count + 1);
            return 0;
        }
    }
    return 1;
}

static inline struct aml_frame *push(struct aml_writer *w, enum fkind kind, enum op_id op, size_t start)
{
    if (w->depth >= AML_MAX_DEPTH) {
        aml__fail(w, AML_E_NESTING, "%s: nesting deeper than %u levels", ops[op].asl,
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

/* Slots record offsets into the stream; keep them right when bytes move. */
static void move_slots(struct aml_writer *w, size_t from, size_t to, ptrdiff_t delta)
{
    for (unsigned i = 0; i < w->nslots; i++)
        if (w->slots[i] >= from && w->slots[i] < to)
            w->slots[i] = (uint32_t)((ptrdiff_t)w->slots[i] + delta);
}

static void reverse(uint8_t *p, size_t n)
{
    for (size_t i = 0, j = n; i < j--; i++) {
        uint8_t t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}

/* An operator got its last operand: write what comes after the operands. */
static void op_complete(struct aml_writer *w, const struct aml_frame *f)
{
    if (f->op == OP_ACQUIRE) {
        uint8_t *p = aml__emit(w, 2);
        if (p)
            put_le16(p, (uint16_t)f->limit);
    } else if (f->op == OP_CREATE_DWORD || f->op == OP_CREATE_QWORD) {
        /* The name was written before the operands (so it was checked up
         * front); rotate it behind them, where the grammar wants it. */
        size_t at = f->count, k = f->limit, n = w->len - at;
        reverse(w->buf + at, k);
        reverse(w->buf + at + k, n - k);
        reverse(w->buf + at, n);
        move_slots(w, at + k, w->len, -(ptrdiff_t)k);
    }
}

static void term_done_frames(struct aml_writer *w)
{
    while (w->depth && !w->err) {
        struct aml_frame *f = &w->frames[w->depth - 1];
        switch (f->kind) {
        case F_OP:
            if (++f->filled < nops(f)) {
                f->next = (uint8_t)frame_ctx(f);
                return;
            }
            op_complete(w, f);
            w->depth--;
            continue;           /* the operator itself fills its parent's slot */
        case F_IF:
        case F_WHILE:
            f->filled = 1;
            f->next = CTX_TERMLIST;
            return;
        case F_PACKAGE:
            f->count++;
            return;
        default:
            return;
        }
    }
}

void aml__term_done(struct aml_writer *w)
{
    term_done_frames(w);
    sync_top(w);
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

/* ---- encoders --------------------------------------------------------- */

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

/*
 * Grow the reserved prefix of a block at `at` to PkgLength + `extra` and
 * move the body behind it.  `reserved` bytes were set aside when the block
 * was opened; the final prefix is never smaller.
 */
static uint8_t *close_prefix(struct aml_writer *w, size_t at, size_t reserved, size_t extra,
                             const char *what)
{
    size_t body = w->len - (at + reserved);
    unsigned n = pkglen_size(extra + body);

    if (!n) {
        aml__fail(w, AML_E_RANGE, "%s is %Z bytes long, more than a PkgLength can express",
                  what, extra + body);
        return NULL;
    }
    size_t delta = n + extra - reserved;
    if (delta) {
        if (!aml__emit(w, delta))
            return NULL;
        acpigen_memmove(w->buf + at + n + extra, w->buf + at + reserved, body);
        move_slots(w, at + reserved, w->len, (ptrdiff_t)delta);
    }
    pkglen_put(w->buf + at, (uint32_t)(n + extra + body), n);
    return w->buf + at + n;
}

/* ---- names ------------------------------------------------------------ */

static inline int is_lead(char c) { return (unsigned)(c - 'A') < 26u || c == '_'; }
static inline int is_digit(char c) { return (unsigned)(c - '0') < 10u; }

/* NameSeg character classes, indexed by byte: one lookup per character. */
#define NC_LEAD 1   /* may start a segment: A-Z, _ */
#define NC_SEG  2   /* may follow: A-Z, _, 0-9 */
#define L3(x) NC_LEAD | NC_SEG, NC_LEAD | NC_SEG, NC_LEAD | NC_SEG
static const uint8_t name_class[256] = {
    ['0'] = NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG,
    ['A'] = L3(A), L3(D), L3(G), L3(J), L3(M), L3(P), L3(S), L3(V), NC_LEAD | NC_SEG,
    NC_LEAD | NC_SEG,
    ['_'] = NC_LEAD | NC_SEG,
};
#undef L3

static inline int is_seg(char c) { return name_class[(unsigned char)c] & NC_SEG; }

int aml__seg_char(char c, int lead)
{
    return name_class[(unsigned char)c] & (lead ? NC_LEAD : NC_SEG);
}

/*
 * Encode a lone NameSeg of 1-4 characters, padded with '_', into out.
 * Returns 0 for anything else (a path, a prefix, an invalid character):
 * name_check() then handles it and reports what is wrong.
 */
static inline int nameseg4(const char *s, uint8_t out[4])
{
    if (!s || !(name_class[(unsigned char)s[0]] & NC_LEAD))
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
 * load.  Characters are read in order and name_class[0] is 0, so a shorter
 * name stops at its NUL and no byte past it is read; it then takes the
 * general route, which pads it.
 */
static inline int nameseg_exact(const char *s, uint32_t *seg)
{
    const unsigned char *u = (const unsigned char *)s;

    if (!u || !(name_class[u[0]] & NC_LEAD) || !(name_class[u[1]] & NC_SEG) ||
        !(name_class[u[2]] & NC_SEG) || !(name_class[u[3]] & NC_SEG) || u[4])
        return 0;
    __builtin_memcpy(seg, u, 4);
    return 1;
}

/*
 * Check a NameString and return the size of its encoding, or 0 after
 * recording an error.  `segs` returns the number of NameSegs.
 */
static size_t name_check(struct aml_writer *w, const char *s, const char *what, unsigned *segs)
{
    size_t prefix = 0;
    unsigned n = 0;
    const char *p = s;

    if (!s) {
        aml__fail(w, AML_E_ARG, "%s: NULL NameString", what);
        return 0;
    }
    /* Fast path: a lone NameSeg of 1-4 characters, by far the most common. */
    if (is_lead(s[0])) {
        unsigned i = 1;
        while (i < 4 && (is_lead(s[i]) || is_digit(s[i])))
            i++;
        if (!s[i]) {
            *segs = 1;
            return 4;
        }
    }
    if (*p == '\\') {
        prefix = 1;
        p++;
    } else {
        while (*p == '^') {
            prefix++;
            p++;
        }
    }
    if (!*p) {
        if (prefix == 1 && *s == '\\') {     /* "\" alone: the root, NullName */
            *segs = 0;
            return 2;
        }
        aml__fail(w, AML_E_NAME, "%s: NameString %q %s", what, s,
                  prefix ? "has no name after its prefix" : "is empty");
        return 0;
    }
    for (;;) {
        unsigned len = 0;
        n++;
        for (; *p && *p != '.'; p++, len++) {
            char c = *p;
            if (len == 0 && is_digit(c)) {
                aml__fail(w, AML_E_NAME, "%s: NameString %q: segment %u starts with a digit",
                          what, s, n);
                return 0;
            }
            if (!is_lead(c) && !is_digit(c)) {
                aml__fail(w, AML_E_NAME, "%s: NameString %q: %s at position %u (allowed: A-Z, 0-9, _)",
                          what, s,
                          (c >= 'a' && c <= 'z') ? "lowercase letter" :
                          (c == '\\' || c == '^') ? "misplaced prefix" : "invalid character",
                          (unsigned)(p - s) + 1);
                return 0;
            }
        }
        if (len == 0 || len > 4) {
            aml__fail(w, AML_E_NAME, "%s: NameString %q: segment %u is %s", what, s, n,
                      len ? "longer than 4 characters" : "empty");
            return 0;
        }
        if (!*p)
            break;
        p++;                                   /* the '.' */
        if (n == 255) {
            aml__fail(w, AML_E_NAME, "%s: NameString %q has more than 255 segments", what, s);
            return 0;
        }
    }
    *segs = n;
    return prefix + (n == 1 ? 4 : n == 2 ? 9 : 2 + 4 * (size_t)n);
}

/* Write a NameString that name_check() accepted. */
static void name_put(uint8_t *p, const char *s, unsigned segs)
{
    if (segs == 1 && *s != '\\' && *s != '^') {
        unsigned i = 0;
        for (; s[i]; i++)
            p[i] = (uint8_t)s[i];
        for (; i < 4; i++)
            p[i] = '_';
        return;
    }
    while (*s == '\\' || *s == '^')
        *p++ = (uint8_t)*s++;
    if (segs == 0) {
        *p = 0x00;
        return;
    }
    if (segs == 2) {
        *p++ = 0x2E;
    } else if (segs > 2) {
        *p++ = 0x2F;
        *p++ = (uint8_t)segs;
    }
    while (segs--) {
        unsigned i = 0;
        for (; *s && *s != '.'; s++)
            p[i++] = (uint8_t)*s;
        for (; i < 4; i++)
            p[i] = '_';
        p += 4;
        if (*s)
            s++;
    }
}

/* ---- DefinitionBlock -------------------------------------------------- */

static int id_put(struct aml_writer *w, uint8_t *dst, const char *s, size_t max,
                  const char *field, int exact)
{
    size_t i = 0;

    if (!s) {
        aml__fail(w, AML_E_ARG, "DefinitionBlock: NULL %s", field);
        return 0;
    }
    for (; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        int ok = exact ? (is_lead((char)c) || is_digit((char)c)) : (c >= 0x20 && c < 0x7F);
        if (i == max || !ok) {
            aml__fail(w, AML_E_STRING, "DefinitionBlock: %s %q %s", field, s,
                      i == max ? "is too long" :
                      exact ? "may only hold A-Z, 0-9 and _" : "holds a non-printable byte");
            return 0;
        }
    }
    if (exact && i != max) {
        aml__fail(w, AML_E_STRING, "DefinitionBlock: %s %q must be exactly %u characters",
                  field, s, (unsigned)max);
        return 0;
    }
    for (size_t j = 0; j < max; j++)
        dst[j] = j < i ? (uint8_t)s[j] : 0;     /* NUL padding, as iasl does */
    return 1;
}

void aml_definition_block(struct aml_writer *w, const char *signature, uint8_t revision,
                          const char *oem_id, const char *oem_table_id, uint32_t oem_revision)
{
    uint8_t hdr[36];

    if (w->err)
        return;
    if (w->depth) {
        aml__fail(w, AML_E_SHAPE, "DefinitionBlock cannot be nested inside %s",
                  ops[w->frames[w->depth - 1].op].asl);
        return;
    }
    acpigen_memset(hdr, 0, sizeof(hdr));
    if (!id_put(w, hdr, signature, 4, "signature", 1) ||
        !id_put(w, hdr + 10, oem_id, 6, "OEM ID", 0) ||
        !id_put(w, hdr + 16, oem_table_id, 8, "OEM table ID", 0))
        return;
    hdr[8] = revision;
    put_le32(hdr + 24, oem_revision);
    acpigen_memmove(hdr + 28, ACPIGEN_CREATOR_ID, 4);
    put_le32(hdr + 32, ACPIGEN_CREATOR_REVISION);

    size_t at = w->len;
    if (!push(w, F_TABLE, OP_TABLE, at))
        return;
    uint8_t *p = aml__emit(w, sizeof(hdr));
    if (!p)
        return;
    acpigen_memmove(p, hdr, sizeof(hdr));
    w->table = at;
    /* ACPI 5.2.11.1: DSDT/SSDT revision < 2 means 32-bit integers. */
    w->int_bytes = revision < 2 ? 4 : 8;
}

static void close_table(struct aml_writer *w, size_t at)
{
    size_t len = w->len - at;
    uint8_t *t = w->buf + at;

    put_le32(t + 4, (uint32_t)len);
    t[9] = 0;
    t[9] = acpi_checksum(t, len);
    w->table = SIZE_MAX;
    w->int_bytes = 8;
}

/* ---- data ------------------------------------------------------------- */

static int int_fits(struct aml_writer *w, uint64_t v, const char *what)
{
    if (w->int_bytes == 4 && v > 0xFFFFFFFFu) {
        aml__fail(w, AML_E_RANGE,
                  "%s %X does not fit the 32-bit integers of a revision 1 table", what, v);
        return 0;
    }
    return 1;
}

static void put_int_term(struct aml_writer *w, uint64_t v, const char *what)
{
    if (!aml__begin(w, CL_DATA, what) || !int_fits(w, v, what))
        return;
    uint8_t *p = aml__emit(w, int_size(v, w->int_bytes));
    if (!p)
        return;
    int_put(p, v, w->int_bytes);
    term_done(w);
}

void aml_int(struct aml_writer *w, uint64_t value)
{
    put_int_term(w, value, "Integer");
}

static int slot_put(struct aml_writer *w, uint64_t v, unsigned bytes)
{
    const char *what = bytes == 4 ? "DWordConst slot" : "QWordConst slot";

    if (!aml__begin(w, CL_DATA, what))
        return -1;
    if (bytes == 8 && w->int_bytes == 4) {
        aml__fail(w, AML_E_RANGE, "%s: a revision 1 table has no 64-bit integers", what);
        return -1;
    }
    if (w->nslots == AML_MAX_SLOTS) {
        aml__fail(w, AML_E_RANGE, "%s: more than %u patchable slots", what,
                  (unsigned)AML_MAX_SLOTS);
        return -1;
    }
    uint8_t *p = aml__emit(w, 1 + bytes);
    if (!p)
        return -1;
    p[0] = bytes == 4 ? 0x0C : 0x0E;
    if (bytes == 4)
        put_le32(p + 1, (uint32_t)v);
    else
        put_le64(p + 1, v);
    int id = (int)w->nslots++;
    w->slots[id] = (uint32_t)(w->len - bytes);
    term_done(w);
    return w->err ? -1 : id;
}

int aml_dword_slot(struct aml_writer *w, uint32_t value) { return slot_put(w, value, 4); }
int aml_qword_slot(struct aml_writer *w, uint64_t value) { return slot_put(w, value, 8); }

size_t aml_slot_offset(const struct aml_writer *w, int slot)
{
    if (slot < 0 || (unsigned)slot >= w->nslots)
        return SIZE_MAX;
    return w->slots[slot];
}

/* Length of an AML String (bytes 0x01-0x7F), or SIZE_MAX after an error. */
static size_t string_check(struct aml_writer *w, const char *s)
{
    size_t n = 0;

    if (!s) {
        aml__fail(w, AML_E_ARG, "String: NULL pointer");
        return SIZE_MAX;
    }
    for (; s[n]; n++) {
        if ((unsigned char)s[n] > 0x7F) {
            aml__fail(w, AML_E_STRING, "String %q: byte %u is above 0x7F (AML strings are ASCII)",
                      s, (unsigned)n);
            return SIZE_MAX;
        }
    }
    return n;
}

static void string_put(uint8_t *p, const char *s, size_t n)
{
    p[0] = 0x0D;
    for (size_t i = 0; i < n; i++)     /* strings are short: a call costs more */
        p[1 + i] = (uint8_t)s[i];
    p[n + 1] = 0;
}

/* Whether n bytes hold no byte above 0x7F (NULs were excluded by strlen). */
static inline int ascii7(const uint8_t *p, size_t n)
{
    uint64_t any = 0, x;

    for (; n >= 8; n -= 8, p += 8) {
        __builtin_memcpy(&x, p, 8);     /* an unaligned load, never a call */
        any |= x;
    }
    for (; n; n--)
        any |= *p++;
    return !(any & 0x8080808080808080ull);
}

/*
 * Copy the n bytes of s, 4 <= n <= 16 (the usual _HID/_CID/_DDN), to d and
 * tell whether none is above 0x7F: two overlapping word loads and stores
 * instead of two calls.  Both loads come before the stores, so s may
 * overlap d as with memmove.
 */
static inline int copy_short_ascii(uint8_t *d, const char *s, size_t n)
{
    if (n >= 8) {
        uint64_t a, b;
        __builtin_memcpy(&a, s, 8);
        __builtin_memcpy(&b, s + n - 8, 8);
        __builtin_memcpy(d, &a, 8);
        __builtin_memcpy(d + n - 8, &b, 8);
        return !((a | b) & 0x8080808080808080ull);
    }
    uint32_t a, b;
    __builtin_memcpy(&a, s, 4);
    __builtin_memcpy(&b, s + n - 4, 4);
    __builtin_memcpy(d, &a, 4);
    __builtin_memcpy(d + n - 4, &b, 4);
    return !((a | b) & 0x80808080u);
}

/*
 * Write `hdr` bytes of prefix (the caller fills them in later), then the
 * String s, copied first and checked in place when it fits in the room left
 * (what lands beyond len before a failed check is within the buffer and is
 * overwritten later); returns where the prefix goes, or NULL after an error.
 */
static uint8_t *string_emit(struct aml_writer *w, size_t hdr, const char *s)
{
    if (s && !w->err) {
        uint8_t *d = w->buf + w->len + hdr + 1;
        size_t room = w->cap - w->len, n = acpigen_strlen(s);
        if (room >= hdr + 2 && n <= room - hdr - 2) {
            acpigen_memmove(d, s, n);
            if (ascii7(d, n)) {
                d[-1] = 0x0D;
                d[n] = 0;
                w->len += hdr + n + 2;
                return d - 1 - hdr;
            }
        }
    }
    /* Does not fit, or is not a valid String: find out which, and say so. */
    size_t n = string_check(w, s);
    uint8_t *p = n != SIZE_MAX ? aml__emit(w, hdr + n + 2) : NULL;
    if (p)
        string_put(p + hdr, s, n);
    return p;
}

void aml_string(struct aml_writer *w, const char *s)
{
    if (!aml__begin(w, CL_DATA, "String"))
        return;
    if (string_emit(w, 0, s))
        term_done(w);
}

/* Buffer (size) {init}: like iasl, only the initializer is written; the
 * interpreter zero-fills the rest up to BufferSize (ACPI 6.4, 19.6.10). */
void aml_buffer_sized(struct aml_writer *w, size_t size, const void *init, size_t init_len)
{
    if (!aml__begin(w, CL_DATA, "Buffer"))
        return;
    if (init_len > size) {
        aml__fail(w, AML_E_COUNT, "Buffer (%Z): %Z initializer bytes do not fit", size, init_len);
        return;
    }
    if (init_len && !init) {
        aml__fail(w, AML_E_ARG, "Buffer: NULL data");
        return;
    }
    if (size > MAX_STREAM || !int_fits(w, size, "Buffer size"))
        return;
    unsigned il = int_size(size, w->int_bytes);
    unsigned n = pkglen_size(il + init_len);
    if (!n) {
        aml__fail(w, AML_E_RANGE, "Buffer of %Z bytes is too large for a PkgLength", init_len);
        return;
    }
    uint8_t *p = aml__emit(w, 1 + n + il + init_len);
    if (!p)
        return;
    p[0] = 0x11;
    pkglen_put(p + 1, (uint32_t)(n + il + init_len), n);
    p += 1 + n;
    p += int_put(p, size, w->int_bytes);
    if (init_len)
        acpigen_memmove(p, init, init_len);
    term_done(w);
}

void aml_buffer(struct aml_writer *w, const void *data, size_t len)
{
    aml_buffer_sized(w, len, data, len);
}

void aml_eisaid(struct aml_writer *w, const char *id)
{
    uint32_t v = 0;
    size_t i = 0;

    if (!aml__begin(w, CL_DATA, "EISAID"))
        return;
    if (!id) {
        aml__fail(w, AML_E_ARG, "EISAID: NULL pointer");
        return;
    }
    for (; i < 7 && id[i]; i++) {
        if (i < 3) {
            if (id[i] < 'A' || id[i] > 'Z') {
                aml__fail(w, AML_E_STRING, "EISAID %q: character %u must be an uppercase letter A-Z",
                          id, (unsigned)i + 1);
                return;
            }
            v = (v << 5) | (uint32_t)(id[i] - '@');
        } else {
            int h = acpigen_hexdigit(id[i]);
            if (h < 0) {
                aml__fail(w, AML_E_STRING, "EISAID %q: character %u must be a hex digit",
                          id, (unsigned)i + 1);
                return;
            }
            v = (v << 4) | (uint32_t)h;
        }
    }
    if (i != 7 || id[7]) {
        aml__fail(w, AML_E_STRING, "EISAID %q must be 7 characters (3 letters, 4 hex digits)", id);
        return;
    }
    /* The compressed ID is stored big-endian inside a little-endian integer. */
    v = (v >> 24) | ((v >> 8) & 0xFF00) | ((v << 8) & 0xFF0000) | (v << 24);
    uint8_t tmp[9];
    unsigned n = int_put(tmp, v, w->int_bytes);
    uint8_t *p = aml__emit(w, n);
    if (!p)
        return;
    for (unsigned k = 0; k < n; k++)
        p[k] = tmp[k];
    term_done(w);
}

void aml_touuid(struct aml_writer *w, const char *uuid)
{
    /* Byte order of the 16-byte buffer: the first three fields are stored
     * little-endian, the last two as written (ACPI 6.4, 19.6.142). */
    static const uint8_t order[16] = { 3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15 };
    uint8_t raw[16], out[16];
    unsigned nb = 0;

    if (!aml__begin(w, CL_DATA, "ToUUID"))
        return;
    if (!uuid) {
        aml__fail(w, AML_E_ARG, "ToUUID: NULL pointer");
        return;
    }
    for (unsigned i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (uuid[i] != '-')
                goto bad;
            continue;
        }
        int hi = acpigen_hexdigit(uuid[i]);
        int lo = hi < 0 ? -1 : acpigen_hexdigit(uuid[++i]);
        if (lo < 0)
            goto bad;
        raw[nb++] = (uint8_t)(hi << 4 | lo);
    }
    if (uuid[36])
        goto bad;
    for (unsigned i = 0; i < 16; i++)
        out[i] = raw[order[i]];
    aml_buffer(w, out, sizeof(out));
    return;
bad:
    aml__fail(w, AML_E_STRING, "ToUUID %q is not of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
              uuid);
}

static void package_open(struct aml_writer *w, uint32_t limit)
{
    if (!aml__begin(w, CL_DATA, "Package"))
        return;
    size_t at = w->len + 1;
    struct aml_frame *f = push(w, F_PACKAGE, OP_PACKAGE, at);
    if (!f)
        return;
    f->limit = limit;
    f->argc = limit != UINT32_MAX;       /* 1: declared size */
    uint8_t *p = aml__emit(w, 3);      /* opcode, PkgLength, NumElements */
    if (p)
        p[0] = 0x12;
}

void aml_package(struct aml_writer *w) { package_open(w, UINT32_MAX); }
void aml_package_sized(struct aml_writer *w, uint32_t n)
{
    if (!w->err && n == UINT32_MAX) {
        aml__fail(w, AML_E_RANGE, "Package (%U): too many elements", (uint64_t)n);
        return;
    }
    package_open(w, n);
}

static void close_package(struct aml_writer *w, const struct aml_frame *f)
{
    uint64_t count = f->argc ? f->limit : f->count;
    uint8_t tmp[9];
    unsigned extra;

    if (count <= 255) {
        tmp[0] = (uint8_t)count;
        extra = 1;
    } else {
        extra = int_put(tmp, count, w->int_bytes);   /* VarNumElements is a TermArg */
    }
    uint8_t *p = close_prefix(w, f->start, 2, extra, "Package");
    if (!p)
        return;
    if (count > 255)
        w->buf[f->start - 1] = 0x13;                  /* VarPackageOp */
    for (unsigned i = 0; i < extra; i++)
        p[i] = tmp[i];
}

/* ---- names, locals, args ---------------------------------------------- */

static void simple_term(struct aml_writer *w, unsigned cls, const char *what, uint8_t b0,
                        uint8_t b1, unsigned n)
{
    if (!aml__begin(w, cls, what))
        return;
    uint8_t *p = aml__emit(w, n);
    if (!p)
        return;
    p[0] = b0;
    if (n > 1)
        p[1] = b1;
    term_done(w);
}

static const struct aml_frame *enclosing_method(const struct aml_writer *w)
{
    for (unsigned i = w->depth; i--;)
        if (w->frames[i].op == OP_METHOD)
            return &w->frames[i];
    return NULL;
}

void aml_name(struct aml_writer *w, const char *namestring)
{
    unsigned segs;

    if (!aml__begin(w, CL_NAMEREF, "name reference"))
        return;
    size_t n = name_check(w, namestring, "name reference", &segs);
    uint8_t *p = n ? aml__emit(w, n) : NULL;
    if (!p)
        return;
    name_put(p, namestring, segs);
    term_done(w);
}

void aml_local(struct aml_writer *w, unsigned n)
{
    if (w->err)
        return;
    if (n > 7) {
        aml__fail(w, AML_E_RANGE, "Local%u does not exist (Local0-Local7)", n);
        return;
    }
    if (!enclosing_method(w)) {
        aml__fail(w, AML_E_SHAPE, "Local%u used outside a Method", n);
        return;
    }
    simple_term(w, CL_VAR, "Local", (uint8_t)(0x60 + n), 0, 1);
}

void aml_arg(struct aml_writer *w, unsigned n)
{
    if (w->err)
        return;
    if (n > 6) {
        aml__fail(w, AML_E_RANGE, "Arg%u does not exist (Arg0-Arg6)", n);
        return;
    }
    const struct aml_frame *m = enclosing_method(w);
    if (!m) {
        aml__fail(w, AML_E_SHAPE, "Arg%u used outside a Method", n);
        return;
    }
    if (n >= m->argc) {
        aml__fail(w, AML_E_RANGE, "Arg%u used in a Method that takes %u argument(s)", n,
                  (unsigned)m->argc);
        return;
    }
    simple_term(w, CL_VAR, "Arg", (uint8_t)(0x68 + n), 0, 1);
}

void aml_null_target(struct aml_writer *w) { simple_term(w, CL_NULL, "NullName target", 0x00, 0, 1); }
void aml_debug(struct aml_writer *w) { simple_term(w, CL_DEBUG, "Debug", EXT, 0x31, 2); }

/* ---- named objects and blocks ----------------------------------------- */

/*
 * Write opcode [PkgLength] NameString and `extra` bytes for the caller, and
 * open a frame.  Returns where the extra bytes go, or NULL on error.
 */
static inline uint8_t *open_named(struct aml_writer *w, enum op_id op, enum fkind kind, int has_pkglen,
                           const char *name, size_t extra)
{
    const struct op_desc *d = &ops[op];
    unsigned segs = 1;
    uint8_t seg[4];

    if (!aml__begin(w, d->cls, d->asl))
        return NULL;
    int fast = nameseg4(name, seg);
    size_t nl = fast ? 4 : name_check(w, name, d->asl, &segs);
    if (!nl)
        return NULL;
    size_t oplen = d->ext ? 2 : 1, at = w->len + oplen;
    if (!push(w, kind, op, at))
        return NULL;
    uint8_t *p = aml__emit(w, oplen + (has_pkglen ? 1 : 0) + nl + extra);
    if (!p)
        return NULL;
    if (d->ext)
        *p++ = EXT;
    *p++ = d->code;
    if (has_pkglen)
        p++;
    if (fast) {
        p[0] = seg[0];
        p[1] = seg[1];
        p[2] = seg[2];
        p[3] = seg[3];
    } else {
        name_put(p, name, segs);
    }
    return p + nl;
}

void aml_name_decl(struct aml_writer *w, const char *name)
{
    open_named(w, OP_NAME, F_OP, 0, name, 0);
}

static SLOW_PATH void name_string_slow(struct aml_writer *w, const char *name,
                                                       const char *s)
{
    if (!aml__begin(w, CL_STMT, "Name"))
        return;
    aml_name_decl(w, name);
    aml_string(w, s);
}

/* Short names, no room, invalid Strings, not in a TermList: say which. */
static SLOW_PATH void name_string_general(struct aml_writer *w, const char *name, const char *s)
{
    uint8_t seg[4];

    if (in_termlist(w) && nameseg4(name, seg)) {
        uint8_t *p = string_emit(w, 5, s);
        if (p) {
            p[0] = 0x08;
            p[1] = seg[0];
            p[2] = seg[1];
            p[3] = seg[2];
            p[4] = seg[3];
        }
        return;
    }
    name_string_slow(w, name, s);
}

void aml_name_string(struct aml_writer *w, const char *name, const char *s)
{
    uint32_t seg;

    /* NameOp NameSeg StringPrefix chars NUL, written in place; other
     * lengths, and every error, take the general route. */
    if (in_termlist(w) && s && nameseg_exact(name, &seg)) {
        size_t n = acpigen_strlen(s), len = w->len;
        if (n - 4 <= 12 && w->cap - len >= n + 7) {
            uint8_t *p = w->buf + len;
            if (copy_short_ascii(p + 6, s, n)) {
                p[0] = 0x08;
                __builtin_memcpy(p + 1, &seg, 4);
                p[5] = 0x0D;
                p[6 + n] = 0;
                w->len = len + n + 7;
                return;
            }
        }
    }
    name_string_general(w, name, s);
}

static SLOW_PATH void name_int_slow(struct aml_writer *w, const char *name,
                                                    uint64_t value)
{
    if (!aml__begin(w, CL_STMT, "Name"))
        return;
    aml_name_decl(w, name);
    aml_int(w, value);
}

/* Any value, short names, too little room: the encoding in full. */
static SLOW_PATH void name_int_general(struct aml_writer *w, const char *name, uint64_t value)
{
    uint8_t seg[4];

    if (in_termlist(w) && nameseg4(name, seg) && (w->int_bytes == 8 || value <= 0xFFFFFFFFu)) {
        unsigned n = int_size(value, w->int_bytes);
        if (5 + n <= w->cap - w->len) {
            uint8_t *p = w->buf + w->len;
            w->len += 5 + n;
            p[0] = 0x08;
            p[1] = seg[0];
            p[2] = seg[1];
            p[3] = seg[2];
            p[4] = seg[3];
            int_put(p + 5, value, w->int_bytes);
            return;
        }
    }
    name_int_slow(w, name, value);
}

void aml_name_int(struct aml_writer *w, const char *name, uint64_t value)
{
    uint32_t seg;

    /* _UID, _ADR, _STA values: Zero/One, BytePrefix or WordPrefix. */
    if (in_termlist(w) && value <= 0xFFFF && w->cap - w->len >= 8 && nameseg_exact(name, &seg)) {
        uint8_t *p = w->buf + w->len;
        p[0] = 0x08;
        __builtin_memcpy(p + 1, &seg, 4);
        if (value <= 1) {
            p[5] = (uint8_t)value;
            w->len += 6;
        } else if (value <= 0xFF) {
            p[5] = 0x0A;
            p[6] = (uint8_t)value;
            w->len += 7;
        } else {
            p[5] = 0x0B;
            put_le16(p + 6, (uint16_t)value);
            w->len += 8;
        }
        return;
    }
    name_int_general(w, name, value);
}

void aml_scope(struct aml_writer *w, const char *name)
{
    open_named(w, OP_SCOPE, F_BLOCK, 1, name, 0);
}

static SLOW_PATH void device_slow(struct aml_writer *w, const char *name)
{
    open_named(w, OP_DEVICE, F_BLOCK, 1, name, 0);
}

void aml_device(struct aml_writer *w, const char *name)
{
    uint32_t seg;

    /* Guests have one Device per vCPU: keep the plain NameSeg case short.
     * ExtOpPrefix DeviceOp PkgLength (filled by aml_end) NameSeg. */
    if (in_termlist(w) && w->depth < AML_MAX_DEPTH && w->cap - w->len >= 7 &&
        nameseg_exact(name, &seg)) {
        uint8_t *p = w->buf + w->len;
        struct aml_frame *f = &w->frames[w->depth++];
        f->start = (uint32_t)w->len + 2;
        f->count = 0;
        f->limit = 0;
        f->kind = F_BLOCK;
        f->op = OP_DEVICE;
        f->filled = 0;
        f->argc = 0;
        f->next = CTX_TERMLIST;
        w->top = CTX_TERMLIST;
        w->len += 7;
        p[0] = EXT;
        p[1] = 0x82;
        __builtin_memcpy(p + 3, &seg, 4);
        return;
    }
    device_slow(w, name);
}

void aml_method(struct aml_writer *w, const char *name, unsigned argc, int serialized,
                unsigned sync_level)
{
    if (w->err)
        return;
    if (argc > 7 || sync_level > 15) {
        aml__fail(w, AML_E_RANGE, "Method %q: %s %u out of range 0..%u", name,
                  argc > 7 ? "ArgCount" : "SyncLevel", argc > 7 ? argc : sync_level,
                  argc > 7 ? 7u : 15u);
        return;
    }
    uint8_t *p = open_named(w, OP_METHOD, F_BLOCK, 1, name, 1);
    if (!p)
        return;
    *p = (uint8_t)(argc | (serialized ? 0x08 : 0) | (sync_level << 4));
    w->frames[w->depth - 1].argc = (uint8_t)argc;
}

void aml_call(struct aml_writer *w, const char *name, unsigned nargs)
{
    unsigned segs;

    if (!aml__begin(w, CL_REFEXPR, "method invocation"))
        return;
    if (nargs > 7) {
        aml__fail(w, AML_E_RANGE, "call of %q: %u arguments, a Method takes at most 7", name, nargs);
        return;
    }
    size_t nl = name_check(w, name, "method invocation", &segs);
    if (!nl)
        return;
    if (nargs) {
        struct aml_frame *f = push(w, F_OP, OP_CALL, w->len);
        if (!f)
            return;
        f->argc = (uint8_t)nargs;
    }
    uint8_t *p = aml__emit(w, nl);
    if (!p)
        return;
    name_put(p, name, segs);
    if (!nargs)
        term_done(w);
}

void aml_processor(struct aml_writer *w, const char *name, uint8_t proc_id, uint32_t pblk_addr,
                   uint8_t pblk_len)
{
    uint8_t *p = open_named(w, OP_PROCESSOR, F_BLOCK, 1, name, 6);
    if (!p)
        return;
    p[0] = proc_id;
    put_le32(p + 1, pblk_addr);
    p[5] = pblk_len;
}

void aml_power_resource(struct aml_writer *w, const char *name, uint8_t system_level,
                        uint16_t resource_order)
{
    uint8_t *p = open_named(w, OP_POWERRES, F_BLOCK, 1, name, 3);
    if (!p)
        return;
    p[0] = system_level;
    put_le16(p + 1, resource_order);
}

void aml_alias(struct aml_writer *w, const char *source, const char *alias)
{
    unsigned s1, s2;

    if (!aml__begin(w, CL_STMT, "Alias"))
        return;
    size_t n1 = name_check(w, source, "Alias source", &s1);
    size_t n2 = n1 ? name_check(w, alias, "Alias name", &s2) : 0;
    uint8_t *p = n2 ? aml__emit(w, 1 + n1 + n2) : NULL;
    if (!p)
        return;
    p[0] = 0x06;
    name_put(p + 1, source, s1);
    name_put(p + 1 + n1, alias, s2);
    term_done(w);
}

void aml_external(struct aml_writer *w, const char *name, enum aml_object_type type, unsigned argc)
{
    unsigned segs;

    if (!aml__begin(w, CL_STMT, "External"))
        return;
    if ((unsigned)type > AML_OBJ_BUFFER_FIELD || argc > 7) {
        aml__fail(w, AML_E_RANGE, "External %q: %s %u out of range", name,
                  argc > 7 ? "argument count" : "object type", argc > 7 ? argc : (unsigned)type);
        return;
    }
    size_t nl = name_check(w, name, "External", &segs);
    uint8_t *p = nl ? aml__emit(w, 3 + nl) : NULL;
    if (!p)
        return;
    p[0] = 0x15;
    name_put(p + 1, name, segs);
    p[1 + nl] = (uint8_t)type;
    p[2 + nl] = (uint8_t)argc;
    term_done(w);
}

void aml_mutex(struct aml_writer *w, const char *name, unsigned sync_level)
{
    unsigned segs;

    if (!aml__begin(w, CL_STMT, "Mutex"))
        return;
    if (sync_level > 15) {
        aml__fail(w, AML_E_RANGE, "Mutex %q: SyncLevel %u out of range 0..15", name, sync_level);
        return;
    }
    size_t nl = name_check(w, name, "Mutex", &segs);
    uint8_t *p = nl ? aml__emit(w, 3 + nl) : NULL;
    if (!p)
        return;
    p[0] = EXT;
    p[1] = 0x01;
    name_put(p + 2, name, segs);
    p[2 + nl] = (uint8_t)sync_level;
    term_done(w);
}

void aml_operation_region(struct aml_writer *w, const char *name, enum aml_region_space space)
{
    if (!w->err && (unsigned)space > AML_PCI_BAR_TARGET) {
        aml__fail(w, AML_E_RANGE, "OperationRegion %q: region space %u is not supported", name,
                  (unsigned)space);
        return;
    }
    uint8_t *p = open_named(w, OP_OPREGION, F_OP, 0, name, 1);
    if (p)
        *p = (uint8_t)space;
}

void aml_field(struct aml_writer *w, const char *region, enum aml_field_access access,
               enum aml_field_lock lock, enum aml_field_update update)
{
    if (w->err)
        return;
    if ((unsigned)access > AML_BUFFER_ACC || (unsigned)lock > AML_LOCK ||
        (unsigned)update > AML_WRITE_AS_ZEROS) {
        aml__fail(w, AML_E_RANGE, "Field %q: access %u, lock %u, update %u: out of range",
                  region, (unsigned)access, (unsigned)lock, (unsigned)update);
        return;
    }
    uint8_t *p = open_named(w, OP_FIELD, F_FIELD, 1, region, 1);
    if (p)
        *p = (uint8_t)(access | (lock << 4) | (update << 5));
}

/* Field unit lengths use the PkgLength layout but do not count themselves. */
static void field_len(struct aml_writer *w, uint8_t lead, const char *nameseg, uint32_t bits,
                      const char *what)
{
    struct aml_frame *f = &w->frames[w->depth - 1];
    unsigned n = bits <= 0x3F ? 1 : bits <= 0xFFF ? 2 : bits <= 0xFFFFF ? 3 : bits <= 0xFFFFFFF ? 4 : 0;

    if (!n) {
        aml__fail(w, AML_E_RANGE, "%s: %u bits is longer than a field unit can be", what, bits);
        return;
    }
    if (bits > UINT32_MAX - f->count) {
        aml__fail(w, AML_E_RANGE, "%s: field list longer than 2^32 bits", what);
        return;
    }
    uint8_t *p = aml__emit(w, (nameseg ? 4 : 1) + n);
    if (!p)
        return;
    if (nameseg) {
        name_put(p, nameseg, 1);
        p += 4;
    } else {
        *p++ = lead;
    }
    pkglen_put(p, bits, n);
    f->count += bits;
}

void aml_field_unit(struct aml_writer *w, const char *nameseg, uint32_t bits)
{
    unsigned segs;

    if (!aml__begin(w, CL_FUNIT, "field unit"))
        return;
    if (!name_check(w, nameseg, "field unit", &segs))
        return;
    if (segs != 1 || nameseg[0] == '\\' || nameseg[0] == '^') {
        aml__fail(w, AML_E_NAME, "field unit %q must be a single NameSeg", nameseg);
        return;
    }
    field_len(w, 0, nameseg, bits, "field unit");
}

void aml_field_reserved(struct aml_writer *w, uint32_t bits)
{
    if (!aml__begin(w, CL_FUNIT, "reserved field"))
        return;
    field_len(w, 0x00, NULL, bits, "reserved field");
}

void aml_field_offset(struct aml_writer *w, uint32_t byte_offset)
{
    if (!aml__begin(w, CL_FUNIT, "Offset"))
        return;
    uint32_t pos = w->frames[w->depth - 1].count;
    if (byte_offset > UINT32_MAX / 8 || (uint64_t)byte_offset * 8 < pos) {
        aml__fail(w, AML_E_RANGE, "Offset (%u): the field list is already at bit %u",
                  byte_offset, pos);
        return;
    }
    if ((uint64_t)byte_offset * 8 > pos)   /* iasl writes nothing for a no-op Offset */
        field_len(w, 0x00, NULL, byte_offset * 8 - pos, "Offset");
}

static void create_field(struct aml_writer *w, enum op_id op, const char *name)
{
    unsigned segs;
    const struct op_desc *d = &ops[op];

    if (!aml__begin(w, d->cls, d->asl))
        return;
    size_t nl = name_check(w, name, d->asl, &segs);
    if (!nl)
        return;
    struct aml_frame *f = push(w, F_OP, op, w->len);
    if (!f)
        return;
    f->count = (uint32_t)(w->len + 1);   /* where the name goes for now */
    f->limit = (uint32_t)nl;
    uint8_t *p = aml__emit(w, 1 + nl);
    if (!p)
        return;
    p[0] = d->code;
    name_put(p + 1, name, segs);
}

void aml_create_dword_field(struct aml_writer *w, const char *name)
{
    create_field(w, OP_CREATE_DWORD, name);
}

void aml_create_qword_field(struct aml_writer *w, const char *name)
{
    create_field(w, OP_CREATE_QWORD, name);
}

/* ---- operators and statements ----------------------------------------- */

static void open_op(struct aml_writer *w, enum op_id op)
{
    const struct op_desc *d = &ops[op];

    if (!aml__begin(w, d->cls, d->asl))
        return;
    if (!push(w, F_OP, op, w->len))
        return;
    uint8_t *p = aml__emit(w, d->ext ? 2 : 1);
    if (!p)
        return;
    if (d->ext)
        *p++ = EXT;
    *p = d->code;
}

void aml_acquire(struct aml_writer *w, uint16_t timeout_ms)
{
    open_op(w, OP_ACQUIRE);
    if (!w->err)
        w->frames[w->depth - 1].limit = timeout_ms;
}

void aml_release(struct aml_writer *w) { open_op(w, OP_RELEASE); }
void aml_notify(struct aml_writer *w) { open_op(w, OP_NOTIFY); }
void aml_sleep(struct aml_writer *w) { open_op(w, OP_SLEEP); }

void aml_return(struct aml_writer *w)
{
    if (!w->err && !enclosing_method(w)) {
        aml__fail(w, AML_E_SHAPE, "Return outside a Method");
        return;
    }
    open_op(w, OP_RETURN);
}

void aml_store(struct aml_writer *w) { open_op(w, OP_STORE); }
void aml_add(struct aml_writer *w) { open_op(w, OP_ADD); }
void aml_subtract(struct aml_writer *w) { open_op(w, OP_SUBTRACT); }
void aml_multiply(struct aml_writer *w) { open_op(w, OP_MULTIPLY); }
void aml_and(struct aml_writer *w) { open_op(w, OP_AND); }
void aml_or(struct aml_writer *w) { open_op(w, OP_OR); }
void aml_xor(struct aml_writer *w) { open_op(w, OP_XOR); }
void aml_not(struct aml_writer *w) { open_op(w, OP_NOT); }
void aml_shift_left(struct aml_writer *w) { open_op(w, OP_SHL); }
void aml_shift_right(struct aml_writer *w) { open_op(w, OP_SHR); }
void aml_increment(struct aml_writer *w) { open_op(w, OP_INC); }
void aml_decrement(struct aml_writer *w) { open_op(w, OP_DEC); }
void aml_land(struct aml_writer *w) { open_op(w, OP_LAND); }
void aml_lor(struct aml_writer *w) { open_op(w, OP_LOR); }
void aml_lnot(struct aml_writer *w) { open_op(w, OP_LNOT); }
void aml_lequal(struct aml_writer *w) { open_op(w, OP_LEQUAL); }
void aml_lgreater(struct aml_writer *w) { open_op(w, OP_LGREATER); }
void aml_lless(struct aml_writer *w) { open_op(w, OP_LLESS); }
void aml_index(struct aml_writer *w) { open_op(w, OP_INDEX); }
void aml_derefof(struct aml_writer *w) { open_op(w, OP_DEREFOF); }
void aml_refof(struct aml_writer *w) { open_op(w, OP_REFOF); }
void aml_sizeof(struct aml_writer *w) { open_op(w, OP_SIZEOF); }
void aml_concatenate(struct aml_writer *w) { open_op(w, OP_CONCAT); }
void aml_to_buffer(struct aml_writer *w) { open_op(w, OP_TOBUFFER); }
void aml_to_integer(struct aml_writer *w) { open_op(w, OP_TOINTEGER); }

/* ---- control flow ------------------------------------------------------- */

static void open_block(struct aml_writer *w, enum op_id op, enum fkind kind)
{
    const struct op_desc *d = &ops[op];

    if (!aml__begin(w, d->cls, d->asl))
        return;
    if (!push(w, kind, op, w->len + 1))
        return;
    uint8_t *p = aml__emit(w, 2);   /* opcode and the PkgLength byte */
    if (p)
        p[0] = d->code;
}

/* If and While are legal in a table's TermList too (run at load time):
 * iasl itself wraps External declarations in a top-level If (Zero). */
void aml_if(struct aml_writer *w)
{
    open_block(w, OP_IF, F_IF);
}

void aml_else(struct aml_writer *w)
{
    if (w->err)
        return;
    if (w->else_at != w->len || w->else_depth != w->depth) {
        aml__fail(w, AML_E_SHAPE, "Else does not directly follow the end of an If");
        return;
    }
    open_block(w, OP_ELSE, F_BLOCK);
}

void aml_while(struct aml_writer *w)
{
    open_block(w, OP_WHILE, F_WHILE);
}

void aml_break(struct aml_writer *w)
{
    if (w->err)
        return;
    for (unsigned i = w->depth; i--;) {
        if (w->frames[i].kind == F_WHILE) {
            simple_term(w, CL_STMT, "Break", 0xA5, 0, 1);
            return;
        }
        if (w->frames[i].op == OP_METHOD)
            break;
    }
    aml__fail(w, AML_E_SHAPE, "Break outside a While");
}

/* Bytes that are already a complete TermList (a device body that
 * acpi_aml_check_body() accepted): the writer cannot see inside them, so
 * they are only allowed where statements are, and only as a whole. */
void aml_raw_terms(struct aml_writer *w, const void *aml, size_t len)
{
    if (!aml__begin(w, CL_STMT, "raw TermList"))
        return;
    if (!aml && len) {
        aml__fail(w, AML_E_ARG, "raw TermList: NULL pointer");
        return;
    }
    uint8_t *p = aml__emit(w, len);
    if (!p)
        return;
    if (len)
        acpigen_memmove(p, aml, len);
    term_done(w);
}

/* ---- ResourceTemplate (descriptors are in aml_rt.c) ------------------- */

void aml_resource_template(struct aml_writer *w)
{
    if (!aml__begin(w, CL_DATA, "ResourceTemplate"))
        return;
    if (!push(w, F_RT, OP_RT, w->len + 1))
        return;
    uint8_t *p = aml__emit(w, 4);   /* BufferOp, PkgLength, BytePrefix size */
    if (p)
        p[0] = 0x11;
}

static void close_rt(struct aml_writer *w, const struct aml_frame *f)
{
    uint8_t *p = aml__emit(w, 2);
    uint8_t tmp[9];

    if (!p)
        return;
    p[0] = 0x79;    /* EndTag; a zero checksum byte means "not checked" */
    p[1] = 0x00;
    size_t size = w->len - (f->start + 3);
    unsigned il = int_put(tmp, size, w->int_bytes);
    p = close_prefix(w, f->start, 3, il, "ResourceTemplate");
    if (!p)
        return;
    for (unsigned i = 0; i < il; i++)
        p[i] = tmp[i];
}

/* ---- closing ------------------------------------------------------------ */

static SLOW_PATH void end_slow(struct aml_writer *w)
{
    if (w->err)
        return;
    if (!w->depth) {
        aml__fail(w, AML_E_NESTING, "aml_end: no open block to close");
        return;
    }
    const struct aml_frame *f = &w->frames[w->depth - 1];
    switch (f->kind) {
    case F_OP:
        aml__fail(w, AML_E_SHAPE, "aml_end: %s is still waiting for %u more operand(s)",
                  ops[f->op].asl, nops(f) - f->filled);
        return;
    case F_IF:
    case F_WHILE:
        if (!f->filled) {
            aml__fail(w, AML_E_SHAPE, "aml_end: %s has no predicate", ops[f->op].asl);
            return;
        }
        /* fall through */
    case F_BLOCK:
    case F_FIELD:
        if (!close_prefix(w, f->start, 1, 0, ops[f->op].asl))
            return;
        break;
    case F_PACKAGE:
        close_package(w, f);
        break;
    case F_RT:
        close_rt(w, f);
        break;
    case F_TABLE:
        close_table(w, f->start);
        break;
    }
    if (w->err)
        return;
    enum fkind kind = (enum fkind)f->kind;
    w->depth--;
    sync_top(w);
    if (kind == F_IF) {
        w->else_at = w->len;
        w->else_depth = w->depth;
    }
    if (kind != F_TABLE)
        term_done(w);
}

void aml_end(struct aml_writer *w)
{
    /* Fast path: a Scope/Device/Method/... body short enough for a 1-byte
     * PkgLength, closed inside a TermList: no byte moves, nothing to count. */
    if (w->top == CTX_TERMLIST) {       /* no error, a frame open */
        const struct aml_frame *t = &w->frames[w->depth - 1];
        size_t body = w->len - t->start - 1;
        if (t->kind == F_BLOCK && body <= 62 &&
            (w->depth == 1 || t[-1].kind <= F_BLOCK)) {
            w->buf[t->start] = (uint8_t)(body + 1);
            w->top = --w->depth ? t[-1].next : (uint8_t)CTX_NONE;
            return;
        }
    }
    end_slow(w);
}
