/*
 * aml_writer.c - the core of the streaming AML writer (see acpigen/aml.h for
 * the model): the output buffer and errors, the frame stack, NameStrings,
 * DefinitionBlock and the closing of every block.  The constructors are in
 * aml_data.c, aml_named.c, aml_ops.c and aml_rt.c.
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
#include "aml/aml_writer.h"
#include "acpigen/checksum.h"
#include "base/mem.h"
#include "base/msg.h"

#include <stdarg.h>

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif


/*
 * One row per construct (see struct op_desc); the only place arity is
 * defined.
 */
const struct op_desc aml__ops[] = {
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

/* ---- errors and the output buffer ---------------------------------- */

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

/* ---- writer -------------------------------------------------------- */

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
    const char *s = aml__ops[f->op].operands;
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
                      aml__ops[f->op].asl, nops(f) - f->filled);
        else    /* blocks record their PkgLength; report where the opcode is */
            aml__fail(w, AML_E_NESTING, "%s opened at offset %U was never closed (aml_end missing)",
                      aml__ops[f->op].asl,
                      (uint64_t)(f->kind == F_TABLE ? f->start : f->start - 1u - aml__ops[f->op].ext));
    }
    if (!w->err && len)
        *len = w->len;
    return w->err;
}

/* ---- term bookkeeping ---------------------------------------------- */

int aml__begin_slow(struct aml_writer *w, unsigned cls, const char *what)
{
    if (w->err)
        return 0;
    enum aml_ctx c = w->depth ? (enum aml_ctx)w->frames[w->depth - 1].next : CTX_TERMLIST;
    if (!(cls & IN(c))) {
        aml__fail(w, AML_E_SHAPE, "%s cannot be %s%s%s", what, ctx_names[c],
                  w->depth ? " of " : " at the top level",
                  w->depth ? aml__ops[w->frames[w->depth - 1].op].asl : "");
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

/* ---- encoders ------------------------------------------------------ */

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

/* ---- names --------------------------------------------------------- */

#define L3(x) NC_LEAD | NC_SEG, NC_LEAD | NC_SEG, NC_LEAD | NC_SEG
const uint8_t aml__name_class[256] = {
    ['0'] = NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG, NC_SEG,
    ['A'] = L3(A), L3(D), L3(G), L3(J), L3(M), L3(P), L3(S), L3(V), NC_LEAD | NC_SEG,
    NC_LEAD | NC_SEG,
    ['_'] = NC_LEAD | NC_SEG,
};
#undef L3

int aml__seg_char(char c, int lead)
{
    return aml__name_class[(unsigned char)c] & (lead ? NC_LEAD : NC_SEG);
}

/*
 * Check a NameString and return the size of its encoding, or 0 after
 * recording an error.  `segs` returns the number of NameSegs.
 */
size_t aml__name_check(struct aml_writer *w, const char *s, const char *what, unsigned *segs)
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

/* Write a NameString that aml__name_check() accepted. */
void aml__name_put(uint8_t *p, const char *s, unsigned segs)
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

/* ---- DefinitionBlock ----------------------------------------------- */

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
                  aml__ops[w->frames[w->depth - 1].op].asl);
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

/* ---- closing ------------------------------------------------------- */

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
                  aml__ops[f->op].asl, nops(f) - f->filled);
        return;
    case F_IF:
    case F_WHILE:
        if (!f->filled) {
            aml__fail(w, AML_E_SHAPE, "aml_end: %s has no predicate", aml__ops[f->op].asl);
            return;
        }
        /* fall through */
    case F_BLOCK:
    case F_FIELD:
        if (!close_prefix(w, f->start, 1, 0, aml__ops[f->op].asl))
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
