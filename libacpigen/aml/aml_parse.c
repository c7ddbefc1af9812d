/*
 * aml_parse.c - the bounded AML TermList walker (see aml_parse.h).
 *
 * Every opcode is described by a shape: one character per operand, in
 * encoding order.  The walker keeps a stack of frames, each pointing at the
 * rest of its shape; the loop in aml__parse_run() takes the next operand of
 * the innermost frame, and an operand that is itself an operator pushes a
 * frame of its own.  Shape characters:
 *
 *   P  PkgLength: the construct ends where it says (checked against the end
 *      of the enclosing construct)
 *   T  TermArg (a NameString here is a method call)
 *   S  SuperName or Target (a NameString here is a plain reference; the
 *      NullName of an empty Target is the same byte as Zero)
 *   N  NameString referring to an existing object
 *   D  NameString defining an object
 *   O  NameString defining an object whose TermList follows (Device, ...)
 *   C  NameString of a Scope()
 *   Y  NameString defining a Method, then its MethodFlags byte
 *   X  NameString, ObjectType byte, ArgumentCount byte (External)
 *   b w d q  ByteData, WordData, DWordData, QWordData
 *   L  TermList up to the end of the construct
 *   M  TermList of a Method body (skipped when only names are wanted)
 *   K  Package elements up to the end of the construct
 *   F  FieldList up to the end of the construct
 *   Z  bytes up to the end of the construct (a Buffer's initializer)
 */
#include "aml/aml_parse.h"

#include <stdarg.h>

#include "base/msg.h"

/* The walker's few small helpers sit on the path of every byte: the
 * compiler's own choice keeps some of them out of line. */
#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* Opcode flags. */
#define F_DEF   0x01u   /* defines a name: only where a statement goes */
#define F_STMT  0x02u   /* a StatementOpcode: only where a statement goes */
#define F_DATA  0x04u   /* may be a Package element (DataRefObject) */
#define F_HOOK  0x08u   /* the op hook gives a verdict (Scope, Load, ...) */

/* How term() takes an opcode's operands, fixed by its shape so that no
 * shape is looked at twice: the kind must agree with the shape. */
enum op_kind {
    K_NONE,     /* no such opcode */
    K_LEAF,     /* no operands */
    K_FIXED,    /* one b/w/d/q: `width` bytes */
    K_STRING,   /* String: ASCII up to a NUL */
    K_FLAT,     /* names and fixed data only: read at once, no frame */
    K_NEST,     /* a term, list or PkgLength among them: a frame */
    K_ARG1,     /* K_NEST of shape "T" (Return, DerefOf, ...) */
    K_NAMEOP,   /* K_NEST of shape "DT" (Name) */
    K_METHOD,   /* K_NEST of shape "PYM" (Method) */
};

struct op_info {
    const char *name;
    const char *shape;
    uint8_t flags;
    uint8_t kind;
    uint8_t width;
};

#define LEAF(n, fl)         { n, "", fl, K_LEAF, 0 }
#define FIXED(n, s, w, fl)  { n, s, fl, K_FIXED, w }
#define STRING(n, fl)       { n, "", fl, K_STRING, 0 }
#define FLAT(n, s, fl)      { n, s, fl, K_FLAT, 0 }
#define NEST(n, s, fl)      { n, s, fl, K_NEST, 0 }
#define ARG1(n, fl)         { n, "T", fl, K_ARG1, 0 }
#define NAMEOP(n, fl)       { n, "DT", fl, K_NAMEOP, 0 }
#define METHOD(n, fl)       { n, "PYM", fl, K_METHOD, 0 }

static const struct op_info ops[256] = {
    [0x00] = LEAF("Zero", F_DATA),
    [0x01] = LEAF("One", F_DATA),
    [0x06] = FLAT("Alias", "ND", F_DEF),
    [0x08] = NAMEOP("Name", F_DEF),
    [0x0A] = FIXED("ByteConst", "b", 1, F_DATA),
    [0x0B] = FIXED("WordConst", "w", 2, F_DATA),
    [0x0C] = FIXED("DWordConst", "d", 4, F_DATA),
    [0x0D] = STRING("String", F_DATA),
    [0x0E] = FIXED("QWordConst", "q", 8, F_DATA),
    [0x10] = NEST("Scope", "PCL", F_DEF | F_HOOK),
    [0x11] = NEST("Buffer", "PTZ", F_DATA),
    [0x12] = NEST("Package", "PbK", F_DATA),
    [0x13] = NEST("VarPackage", "PTK", F_DATA),
    [0x14] = METHOD("Method", F_DEF),
    [0x15] = FLAT("External", "X", F_DEF),
    [0x60] = LEAF("Local0", 0), [0x61] = LEAF("Local1", 0),
    [0x62] = LEAF("Local2", 0), [0x63] = LEAF("Local3", 0),
    [0x64] = LEAF("Local4", 0), [0x65] = LEAF("Local5", 0),
    [0x66] = LEAF("Local6", 0), [0x67] = LEAF("Local7", 0),
    [0x68] = LEAF("Arg0", 0), [0x69] = LEAF("Arg1", 0),
    [0x6A] = LEAF("Arg2", 0), [0x6B] = LEAF("Arg3", 0),
    [0x6C] = LEAF("Arg4", 0), [0x6D] = LEAF("Arg5", 0),
    [0x6E] = LEAF("Arg6", 0),
    [0x70] = NEST("Store", "TS", 0),
    [0x71] = NEST("RefOf", "S", 0),
    [0x72] = NEST("Add", "TTS", 0),
    [0x73] = NEST("Concatenate", "TTS", 0),
    [0x74] = NEST("Subtract", "TTS", 0),
    [0x75] = NEST("Increment", "S", 0),
    [0x76] = NEST("Decrement", "S", 0),
    [0x77] = NEST("Multiply", "TTS", 0),
    [0x78] = NEST("Divide", "TTSS", 0),
    [0x79] = NEST("ShiftLeft", "TTS", 0),
    [0x7A] = NEST("ShiftRight", "TTS", 0),
    [0x7B] = NEST("And", "TTS", 0),
    [0x7C] = NEST("NAnd", "TTS", 0),
    [0x7D] = NEST("NOr", "TTS", 0),
    [0x7E] = NEST("Or", "TTS", 0),
    [0x7F] = NEST("Xor", "TTS", 0),
    [0x80] = NEST("Not", "TS", 0),
    [0x81] = NEST("FindSetLeftBit", "TS", 0),
    [0x82] = NEST("FindSetRightBit", "TS", 0),
    [0x83] = ARG1("DerefOf", 0),
    [0x84] = NEST("ConcatenateResTemplate", "TTS", 0),
    [0x85] = NEST("Mod", "TTS", 0),
    [0x86] = NEST("Notify", "ST", F_STMT),
    [0x87] = NEST("SizeOf", "S", 0),
    [0x88] = NEST("Index", "TTS", 0),
    [0x89] = NEST("Match", "TbTbTT", 0),
    [0x8A] = NEST("CreateDWordField", "TTD", F_DEF),
    [0x8B] = NEST("CreateWordField", "TTD", F_DEF),
    [0x8C] = NEST("CreateByteField", "TTD", F_DEF),
    [0x8D] = NEST("CreateBitField", "TTD", F_DEF),
    [0x8E] = NEST("ObjectType", "S", 0),
    [0x8F] = NEST("CreateQWordField", "TTD", F_DEF),
    [0x90] = NEST("LAnd", "TT", 0),
    [0x91] = NEST("LOr", "TT", 0),
    [0x92] = ARG1("LNot", 0),
    [0x93] = NEST("LEqual", "TT", 0),
    [0x94] = NEST("LGreater", "TT", 0),
    [0x95] = NEST("LLess", "TT", 0),
    [0x96] = NEST("ToBuffer", "TS", 0),
    [0x97] = NEST("ToDecimalString", "TS", 0),
    [0x98] = NEST("ToHexString", "TS", 0),
    [0x99] = NEST("ToInteger", "TS", 0),
    [0x9C] = NEST("ToString", "TTS", 0),
    [0x9D] = NEST("CopyObject", "TS", 0),
    [0x9E] = NEST("Mid", "TTTS", 0),
    [0x9F] = LEAF("Continue", F_STMT),
    [0xA0] = NEST("If", "PTL", F_STMT),
    [0xA1] = NEST("Else", "PL", F_STMT),
    [0xA2] = NEST("While", "PTL", F_STMT),
    [0xA3] = LEAF("Noop", F_STMT),
    [0xA4] = ARG1("Return", F_STMT),
    [0xA5] = LEAF("Break", F_STMT),
    [0xCC] = LEAF("BreakPoint", F_STMT),
    [0xFF] = LEAF("Ones", F_DATA),
};

/* After ExtOpPrefix 0x5B. */
static const struct op_info ext_ops[0x89] = {
    [0x01] = FLAT("Mutex", "Db", F_DEF),
    [0x02] = FLAT("Event", "D", F_DEF),
    [0x12] = NEST("CondRefOf", "SS", 0),
    [0x13] = NEST("CreateField", "TTTD", F_DEF),
    [0x1F] = NEST("LoadTable", "TTTTTT", F_HOOK),
    [0x20] = NEST("Load", "NS", F_STMT | F_HOOK),
    [0x21] = ARG1("Stall", F_STMT),
    [0x22] = ARG1("Sleep", F_STMT),
    [0x23] = NEST("Acquire", "Sw", 0),
    [0x24] = NEST("Signal", "S", F_STMT),
    [0x25] = NEST("Wait", "ST", 0),
    [0x26] = NEST("Reset", "S", F_STMT),
    [0x27] = NEST("Release", "S", F_STMT),
    [0x28] = NEST("FromBCD", "TS", 0),
    [0x29] = NEST("ToBCD", "TS", 0),
    [0x2A] = NEST("Unload", "S", F_STMT | F_HOOK),
    [0x30] = LEAF("Revision", F_DATA),
    [0x31] = LEAF("Debug", 0),
    [0x32] = NEST("Fatal", "bdT", F_STMT),
    [0x33] = LEAF("Timer", 0),
    [0x80] = NEST("OperationRegion", "DbTT", F_DEF),
    [0x81] = NEST("Field", "PNbF", F_DEF),
    [0x82] = NEST("Device", "POL", F_DEF),
    [0x83] = NEST("Processor", "PObdbL", F_DEF),
    [0x84] = NEST("PowerResource", "PObwL", F_DEF),
    [0x85] = NEST("ThermalZone", "POL", F_DEF),
    [0x86] = NEST("IndexField", "PNNbF", F_DEF),
    [0x87] = NEST("BankField", "PNNTbF", F_DEF),
    [0x88] = NEST("DataTableRegion", "DTTT", F_DEF),
};

/* Argument shapes of method calls: the last argc characters. */
static const char call_shape[] = "TTTTTTT";

/* Where a term stands. */
enum where {
    AT_STMT,    /* TermList */
    AT_ARG,     /* TermArg */
    AT_REF,     /* SuperName / Target */
    AT_ELEM,    /* Package element */
};

static const struct op_info *op_info(uint16_t op)
{
    if (op <= 0xFF)
        return ops[op].name ? &ops[op] : NULL;
    if ((op >> 8) == 0x5B && (op & 0xFF) < sizeof(ext_ops) / sizeof(ext_ops[0]))
        return ext_ops[op & 0xFF].name ? &ext_ops[op & 0xFF] : NULL;
    return NULL;
}

const char *aml__parse_op_name(uint16_t op)
{
    const struct op_info *oi;

    if (op == AML_PARSE_OP_CALL)
        return "method call";
    oi = op_info(op);
    return oi ? oi->name : "opcode";
}

int aml__parse_fail(struct aml__parser *p, size_t offset, const char *fmt, ...)
{
    char tail[ACPI_NS_MSG_MAX];
    va_list ap;

    if (!p->err || !p->errlen)
        return -1;
    va_start(ap, fmt);
    msg_vformat(tail, sizeof(tail), fmt, ap);
    va_end(ap);
    msg_format(p->err, p->errlen, "offset %X: %s", (uint64_t)offset, tail);
    return -1;
}

uint32_t aml__parse_seg(const struct aml__parse_ns *ns, unsigned i)
{
    const uint8_t *s = ns->segs + 4 * (size_t)i;

    return ACPI_NAMESEG(s[0], s[1], s[2], s[3]);
}

void aml__parse_ns_text(const struct aml__parse_ns *ns, char *buf, size_t cap)
{
    size_t n = 0;

#define PUT(c) do { if (n + 1 < cap) buf[n++] = (c); } while (0)
    if (!cap)
        return;
    if (ns->root)
        PUT('\\');
    for (unsigned i = 0; i < ns->parents && i < 8; i++)
        PUT('^');
    if (ns->parents > 8) {
        PUT('.'); PUT('.'); PUT('.');
    }
    for (unsigned i = 0; i < ns->nsegs && i < 4; i++) {
        if (i)
            PUT('.');
        for (unsigned j = 0; j < 4; j++)
            PUT((char)ns->segs[4 * i + j]);     /* validated: A-Z 0-9 _ */
    }
    if (ns->nsegs > 4) {
        PUT('.'); PUT('.'); PUT('.');
    }
    buf[n] = '\0';
#undef PUT
}

/* NameSeg characters, classed as aml_parse.h says, so that one load tells
 * a name from an opcode. */
#define SEG_LEAD AML_SEG_LEAD
#define SEG_NEXT AML_SEG_NEXT
#define SEG_PFX  AML_SEG_PFX
#define SEG_AZ(c) [c] = SEG_LEAD | SEG_NEXT
#define seg_class aml__seg_class
const uint8_t aml__seg_class[256] = {   /* aml_plain.c reads it too */
    ['0'] = SEG_NEXT, ['1'] = SEG_NEXT, ['2'] = SEG_NEXT, ['3'] = SEG_NEXT, ['4'] = SEG_NEXT,
    ['5'] = SEG_NEXT, ['6'] = SEG_NEXT, ['7'] = SEG_NEXT, ['8'] = SEG_NEXT, ['9'] = SEG_NEXT,
    SEG_AZ('A'), SEG_AZ('B'), SEG_AZ('C'), SEG_AZ('D'), SEG_AZ('E'), SEG_AZ('F'), SEG_AZ('G'),
    SEG_AZ('H'), SEG_AZ('I'), SEG_AZ('J'), SEG_AZ('K'), SEG_AZ('L'), SEG_AZ('M'), SEG_AZ('N'),
    SEG_AZ('O'), SEG_AZ('P'), SEG_AZ('Q'), SEG_AZ('R'), SEG_AZ('S'), SEG_AZ('T'), SEG_AZ('U'),
    SEG_AZ('V'), SEG_AZ('W'), SEG_AZ('X'), SEG_AZ('Y'), SEG_AZ('Z'), SEG_AZ('_'),
    ['\\'] = SEG_PFX, ['^'] = SEG_PFX, [0x2E] = SEG_PFX, [0x2F] = SEG_PFX,
};

static int seg_lead(uint8_t c)
{
    return seg_class[c] & SEG_LEAD;
}

/* The bytes that can start a NameString in a term position (0x00 is Zero
 * there, and NullName only in a Target, where it is the same byte). */
static ALWAYS_INLINE int name_lead(uint8_t c)
{
    return seg_class[c] & (SEG_LEAD | SEG_PFX);
}

/* Four bytes that make a valid NameSeg. */
static ALWAYS_INLINE int seg_ok(const uint8_t *s)
{
    return (seg_class[s[0]] & SEG_LEAD) && (seg_class[s[1]] & seg_class[s[2]] &
                                            seg_class[s[3]] & SEG_NEXT);
}

/* The message of need(), apart so that the check inlines small.  what
 * names the operand, or is NULL for the opcode op itself. */
static int need_fail(struct aml__parser *p, size_t limit, size_t n, const char *what,
                     uint16_t op)
{
    return aml__parse_fail(p, p->pos, "%s needs %Z bytes but %Z are left",
                           what ? what : aml__parse_op_name(op), n, limit - p->pos);
}

static ALWAYS_INLINE int need(struct aml__parser *p, size_t limit, size_t n, const char *what,
                              uint16_t op)
{
    return limit - p->pos < n ? need_fail(p, limit, n, what, op) : 0;
}

static int check_seg(struct aml__parser *p, size_t at)
{
    const uint8_t *s = p->aml + at;

    if (seg_ok(s))
        return 0;
    for (unsigned j = 0; j < 4; j++) {
        uint8_t c = s[j];
        if (!(seg_class[c] & (j ? SEG_NEXT : SEG_LEAD)))
            return aml__parse_fail(p, at + j, "byte %X cannot be %s of a NameSeg (%s)",
                                   (uint64_t)c, j ? "a later character" : "the first character",
                                   j ? "A-Z, 0-9 or _" : "A-Z or _");
    }
    return 0;
}

/* NameString := <RootChar NamePath> | <PrefixPath NamePath>, NamePath :=
 * NameSeg | DualNamePath | MultiNamePath | NullName. */
static int parse_ns_any(struct aml__parser *p, size_t limit, struct aml__parse_ns *ns)
{
    size_t pos = p->pos;
    unsigned n;

    ns->offset = pos;
    ns->root = 0;
    ns->parents = 0;
    if (pos < limit && p->aml[pos] == '\\') {
        ns->root = 1;
        pos++;
    } else {
        while (pos < limit && p->aml[pos] == '^') {
            ns->parents++;
            pos++;
        }
    }
    if (pos >= limit)
        return aml__parse_fail(p, ns->offset, "NameString runs past the end");
    switch (p->aml[pos]) {
    case 0x00:
        n = 0;
        pos++;
        break;
    case 0x2E:
        n = 2;
        pos++;
        break;
    case 0x2F:
        if (limit - pos < 2)
            return aml__parse_fail(p, pos, "MultiNamePrefix without its SegCount");
        n = p->aml[pos + 1];
        if (!n)
            return aml__parse_fail(p, pos, "MultiNamePrefix with a SegCount of 0");
        pos += 2;
        break;
    default:
        n = 1;
        break;
    }
    if (limit - pos < 4 * (size_t)n)
        return aml__parse_fail(p, ns->offset,
                               "NameString of %u NameSegs needs %Z bytes but %Z are left",
                               n, 4 * (size_t)n, limit - pos);
    for (unsigned i = 0; i < n; i++)
        if (check_seg(p, pos + 4 * (size_t)i))
            return -1;
    ns->segs = p->aml + pos;
    ns->nsegs = n;
    p->pos = pos + 4 * (size_t)n;
    return 0;
}

/* Most names are one bare NameSeg: parse_ns_any() would take it the same
 * way, and gives the message when this test fails. */
static ALWAYS_INLINE void one_seg(struct aml__parse_ns *ns, const uint8_t *aml, size_t pos)
{
    ns->offset = pos;
    ns->root = 0;
    ns->parents = 0;
    ns->segs = aml + pos;
    ns->nsegs = 1;
}

static ALWAYS_INLINE int parse_ns(struct aml__parser *p, size_t limit,
                                  struct aml__parse_ns *ns)
{
    if (limit - p->pos >= 4 && seg_ok(p->aml + p->pos)) {
        one_seg(ns, p->aml, p->pos);
        p->pos += 4;
        return 0;
    }
    return parse_ns_any(p, limit, ns);
}

/* A NameString that must name something (not a lone NullName). */
static ALWAYS_INLINE int parse_name(struct aml__parser *p, size_t limit,
                                    struct aml__parse_ns *ns, const struct aml__parse_frame *f)
{
    if (parse_ns(p, limit, ns))
        return -1;
    if (!ns->nsegs && !ns->root && !ns->parents)
        return aml__parse_fail(p, ns->offset, "%s has a NullName where a name is required",
                               aml__parse_op_name(f->op));
    return 0;
}

/* The PkgLength encoding: lead byte bits 7-6 count the bytes that follow;
 * alone, bits 5-0 are the value; otherwise bits 3-0 are its low nibble
 * (bits 5-4 must be zero) and each following byte adds 8 bits. */
static int pkg_value(struct aml__parser *p, size_t limit, uint32_t *value, unsigned *enc)
{
    size_t at = p->pos;
    uint8_t lead;
    unsigned nb;

    if (at >= limit)
        return aml__parse_fail(p, at, "PkgLength missing at the end");
    lead = p->aml[at];
    nb = lead >> 6;
    if (limit - at < 1 + (size_t)nb)
        return aml__parse_fail(p, at, "PkgLength of %u bytes runs past the end (%Z bytes left)",
                               nb + 1, limit - at);
    if (!nb) {
        *value = lead & 0x3F;
    } else {
        if (lead & 0x30)
            return aml__parse_fail(p, at, "PkgLength lead byte %X has reserved bits 4-5 set",
                                   (uint64_t)lead);
        *value = lead & 0x0F;
        for (unsigned i = 0; i < nb; i++)
            *value |= (uint32_t)p->aml[at + 1 + i] << (4 + 8 * i);
    }
    *enc = nb + 1;
    p->pos = at + 1 + nb;
    return 0;
}

/* A PkgLength that bounds the construct of frame f. */
static int pkg_length(struct aml__parser *p, struct aml__parse_frame *f)
{
    size_t at = p->pos;
    uint32_t v;
    unsigned enc;

    if (pkg_value(p, f->end, &v, &enc))
        return -1;
    if (v < enc)
        return aml__parse_fail(p, at, "PkgLength %u of %s is shorter than its own %u-byte encoding",
                               v, aml__parse_op_name(f->op), enc);
    if (v > f->end - at)
        return aml__parse_fail(p, at, "PkgLength %u runs past the end (%Z bytes left)",
                               v, f->end - at);
    f->end = at + v;
    return 0;
}

static int string(struct aml__parser *p, size_t limit)
{
    const uint8_t *s = p->aml + p->pos, *end = p->aml + limit;

    /* One test per byte for both the NUL and a byte above 0x7F. */
    for (; s < end; s++) {
        uint8_t c = *s;
        if ((uint8_t)(c - 1) < 0x7F)
            continue;
        if (!c) {
            p->pos = (size_t)(s - p->aml) + 1;
            return 0;
        }
        return aml__parse_fail(p, (size_t)(s - p->aml), "String byte %X is not ASCII (0x01-0x7F)",
                               (uint64_t)c);
    }
    return aml__parse_fail(p, p->pos - 1, "String has no terminating NUL before the end");
}

static int call_name(struct aml__parser *p, struct aml__parse_frame *f,
                     const struct aml__parse_ns *ns, enum aml__parse_role role,
                     unsigned arg, unsigned arg2)
{
    const struct aml__parse_hooks *h = p->hooks;

    if (!h->name || (!ns->root && !ns->parents && (h->skip_plain & 1u << role)))
        return 0;
    return h->name(p, f, ns, role, arg, arg2);
}

/* One operand of an opcode of kind K_FLAT (the main loop reads the
 * operands of the others itself): their shapes are "ND", "X", "Db", "D". */
static int raw(struct aml__parser *p, char c, struct aml__parse_frame *f)
{
    struct aml__parse_ns ns;
    unsigned a, b;

    switch (c) {
    case 'b':
        if (need(p, f->end, 1, NULL, f->op))
            return -1;
        p->pos++;
        return 0;
    case 'N':
        return parse_name(p, f->end, &ns, f);
    case 'D':
        if (parse_name(p, f->end, &ns, f))
            return -1;
        return call_name(p, f, &ns, AML_PARSE_DEFINE, 0, 0);
    case 'X':
        if (parse_name(p, f->end, &ns, f) || need(p, f->end, 2, "External", 0))
            return -1;
        a = p->aml[p->pos];
        b = p->aml[p->pos + 1];
        p->pos += 2;
        return call_name(p, f, &ns, AML_PARSE_EXTERNAL, a, b);
    default:
        return aml__parse_fail(p, f->start, "internal error: bad shape of %s",
                               aml__parse_op_name(f->op));
    }
}

/* The flags that make an opcode wrong where it stands, F_DATA inverted
 * (see the term in aml__parse_run()): operators that define or are
 * statements only in a TermList, and only data in a Package. */
static const uint8_t misplaced[] = {
    [AT_STMT] = 0,
    [AT_ARG] = F_DEF | F_STMT,
    [AT_REF] = F_DEF | F_STMT,
    [AT_ELEM] = F_DATA | F_DEF | F_STMT,
};

/* The opcode at pos when it is a term that ends with its own bytes (a
 * constant, a String, a local) and fits where it stands (at), needs no op
 * hook, and its fixed data is there; NULL for anything else (a NameString,
 * 0x5B, an operator, an error), which the loop then reads the general way. */
static ALWAYS_INLINE const struct op_info *leaf_at(const uint8_t *aml, size_t pos, size_t end,
                                                  enum where at)
{
    const struct op_info *oi;

    if (pos >= end)
        return NULL;
    oi = &ops[aml[pos]];
    if ((oi->kind != K_LEAF && oi->kind != K_FIXED && oi->kind != K_STRING) ||
        ((oi->flags ^ F_DATA) & misplaced[at]) || (oi->flags & F_HOOK) ||
        end - pos - 1 < oi->width)
        return NULL;
    return oi;
}

/* FieldElement := NamedField | ReservedField | AccessField |
 * ExtendedAccessField | ConnectField.  *buffer is set when a ConnectField's
 * BufferData follows at p->pos: the caller reads it as a Package element. */
static int field_element(struct aml__parser *p, struct aml__parse_frame *f, int *buffer)
{
    size_t at = p->pos;
    uint8_t b = p->aml[at];
    uint32_t bits;
    unsigned enc;
    struct aml__parse_ns ns;

    switch (b) {
    case 0x00:      /* ReservedField: a length in bits */
        p->pos++;
        return pkg_value(p, f->end, &bits, &enc);
    case 0x01:      /* AccessField: AccessType, AccessAttrib */
        p->pos++;
        if (need(p, f->end, 2, "AccessField", 0))
            return -1;
        p->pos += 2;
        return 0;
    case 0x03:      /* ExtendedAccessField: AccessType, ExtendedAccessAttrib, AccessLength */
        p->pos++;
        if (need(p, f->end, 3, "ExtendedAccessField", 0))
            return -1;
        p->pos += 3;
        return 0;
    case 0x02:      /* ConnectField: NameString or BufferData */
        p->pos++;
        if (p->pos < f->end && p->aml[p->pos] == 0x11) {
            *buffer = 1;
            return 0;
        }
        return parse_name(p, f->end, &ns, f);
    default:
        if (!seg_lead(b))
            return aml__parse_fail(p, at, "byte %X does not start a FieldList element",
                                   (uint64_t)b);
        if (need(p, f->end, 4, "NamedField", 0) || check_seg(p, at))
            return -1;
        ns.offset = at;
        ns.segs = p->aml + at;
        ns.nsegs = 1;
        ns.parents = 0;
        ns.root = 0;
        p->pos += 4;
        if (pkg_value(p, f->end, &bits, &enc))
            return -1;
        return call_name(p, f, &ns, AML_PARSE_FIELD_UNIT, 0, 0);
    }
}

/*
 * The walk.  f is the innermost open construct; its position in the
 * input, the rest of its shape and its end are kept in pos, sh and end
 * (f->end is always written when end changes; f->shape when a frame is
 * pushed above it), and p->pos / p->nframes are brought up to date
 * before anything outside this loop runs (hooks, the helpers above).
 * Each operand of the innermost frame is one trip through the loop; an
 * operand that is a term is read at `term:`, and an operator pushes a
 * frame for its own operands.
 */
int aml__parse_run(struct aml__parser *p)
{
    const uint8_t *aml = p->aml;
    const struct aml__parse_hooks *h = p->hooks;
    struct aml__parse_frame *const base = p->frames;
    struct aml__parse_frame *f = base;
    const int skip = p->skip_method_bodies;
    const char *sh;
    size_t pos = 0, end;
    unsigned max;
    int rc;

#define SYNC() (p->pos = pos, p->nframes = (unsigned)(f - base) + 1, f->shape = sh)
    if (p->max_depth > ACPI_NS_MAX_DEPTH)
        p->max_depth = ACPI_NS_MAX_DEPTH;
    max = p->max_depth;
    p->pos = 0;
    p->nframes = 1;
    f->shape = sh = "L";
    f->end = end = p->len;
    f->start = 0;
    f->op = 0;
    f->scoped = 0;
    f->user = 0;

    for (;;) {
        const struct op_info *oi, *leaf;
        struct aml__parse_ns ns;
        enum aml__parse_role role;
        enum where at;
        unsigned a = 0, a2 = 0;
        size_t start;
        uint16_t op;
        uint8_t b;
        char c = *sh;

        switch (c) {
        case '\0':
            if (f->scoped && h->close) {
                SYNC();
                h->close(p, f);
            }
            if (f == base) {
                p->pos = pos;
                p->nframes = 0;
                return 0;
            }
            f--;
            sh = f->shape;
            end = f->end;
            continue;
        case 'L':
        case 'M':
        case 'K':
            if (pos == end || (c == 'M' && skip)) {
                pos = end;
                sh++;
                continue;
            }
            at = c == 'K' ? AT_ELEM : AT_STMT;
            goto term;
        case 'F': {
            int buffer = 0;
            if (pos == end) {
                sh++;
                continue;
            }
            SYNC();
            rc = field_element(p, f, &buffer);
            if (rc)
                return rc;
            pos = p->pos;
            if (!buffer)
                continue;
            at = AT_ELEM;
            goto term;
        }
        case 'T':
        case 'S':
            sh++;
            at = c == 'T' ? AT_ARG : AT_REF;
            goto term;
        case 'P':
            sh++;
            /* A one-byte PkgLength that fits (small blocks: most of
             * them); anything else, and every error, in pkg_length(). */
            if (pos < end && aml[pos] < 0x40 && aml[pos] && aml[pos] <= end - pos) {
                end = pos + aml[pos];
                f->end = end;
                pos++;
                continue;
            }
            SYNC();
            if (pkg_length(p, f))
                return -1;
            pos = p->pos;
            end = f->end;
            continue;
        case 'b':
        case 'w':
        case 'd':
        case 'q':
            sh++;
            a = c == 'b' ? 1 : c == 'w' ? 2 : c == 'd' ? 4 : 8;
            if (end - pos < a) {
                p->pos = pos;
                return need_fail(p, end, a, NULL, f->op);
            }
            pos += a;
            continue;
        case 'Z':
            sh++;
            pos = end;
            continue;
        case 'N':
        case 'D':
        case 'O':
        case 'C':
        case 'Y':
        case 'X':
            sh++;
            if (end - pos >= 4 && seg_ok(aml + pos)) {
                one_seg(&ns, aml, pos);
                pos += 4;
            } else {
                p->pos = pos;
                if (parse_ns_any(p, end, &ns))
                    return -1;
                pos = p->pos;
                if (!ns.nsegs && !ns.root && !ns.parents)
                    return aml__parse_fail(p, ns.offset,
                                           "%s has a NullName where a name is required",
                                           aml__parse_op_name(f->op));
            }
            if (c == 'N')
                continue;
            if (c == 'Y') {
                if (end == pos) {
                    p->pos = pos;
                    return need_fail(p, end, 1, "MethodFlags", 0);
                }
                a = aml[pos++] & 7;
                role = AML_PARSE_METHOD;
            } else if (c == 'X') {
                if (end - pos < 2) {
                    p->pos = pos;
                    return need_fail(p, end, 2, "External", 0);
                }
                a = aml[pos];
                a2 = aml[pos + 1];
                pos += 2;
                role = AML_PARSE_EXTERNAL;
            } else {
                role = c == 'D' ? AML_PARSE_DEFINE : c == 'O' ? AML_PARSE_OPEN : AML_PARSE_SCOPE;
            }
            if (h->name && (ns.root || ns.parents || !(h->skip_plain & 1u << role))) {
                SYNC();
                rc = h->name(p, f, &ns, role, a, a2);
                if (rc)
                    return rc;
            }
            continue;
        default:
            return aml__parse_fail(p, f->start, "internal error: bad shape of %s",
                                   aml__parse_op_name(f->op));
        }

    term:
        /* A term at pos, an operand of f standing at `at`. */
        start = pos;
        if (start >= end)
            return aml__parse_fail(p, start,
                                   "%s is missing an operand: its enclosing construct ends here",
                                   aml__parse_op_name(f->op));
        b = aml[start];
        if (name_lead(b)) {
            /* A NameString: a method call when the argc hook says it
             * takes arguments, which then follow as the call's frame. */
            if (end - pos >= 4 && seg_ok(aml + pos)) {
                one_seg(&ns, aml, pos);
                pos += 4;
            } else {
                p->pos = pos;
                if (parse_ns_any(p, end, &ns))
                    return -1;
                pos = p->pos;
            }
            if ((at == AT_STMT || at == AT_ARG) && h->argc) {
                SYNC();
                rc = h->argc(p, &ns, &a);
                if (rc)
                    return rc;
            }
            if (a > 7)
                a = 7;
            if (!a)
                continue;
            start = ns.offset;
            op = AML_PARSE_OP_CALL;
            oi = NULL;
            goto push;
        }
        if (b == 0x5B) {
            if (end - start < 2)
                return aml__parse_fail(p, start,
                                       "ExtOpPrefix 0x5B is the last byte: no opcode follows");
            op = (uint16_t)(0x5B00 | aml[start + 1]);
            oi = op_info(op);
            if (!oi)
                return aml__parse_fail(p, start, "unknown extended opcode 0x5B %X",
                                       (uint64_t)aml[start + 1]);
            pos = start + 2;
        } else {
            op = b;
            oi = &ops[b];
            if (oi->kind == K_NONE)
                return aml__parse_fail(p, start, "unknown opcode %X", (uint64_t)b);
            pos = start + 1;
        }
        if ((oi->flags ^ F_DATA) & misplaced[at]) {
            if (at == AT_ELEM && !(oi->flags & F_DATA))
                return aml__parse_fail(p, start, "%s cannot be a Package element", oi->name);
            return aml__parse_fail(p, start, "%s cannot stand where an operand is expected",
                                   oi->name);
        }
        if ((oi->flags & F_HOOK) && h->op) {
            SYNC();
            rc = h->op(p, op, start);
            if (rc)
                return rc;
        }
        switch (oi->kind) {
        case K_LEAF:
            continue;
        case K_FIXED:
            if (end - pos < oi->width) {
                p->pos = pos;
                return need_fail(p, end, oi->width, NULL, op);
            }
            pos += oi->width;
            continue;
        case K_STRING:
            p->pos = pos;
            if (string(p, end))
                return -1;
            pos = p->pos;
            continue;
        case K_FLAT: {
            /* Fixed data and names only: read them now, without a frame. */
            struct aml__parse_frame tmp;
            tmp.shape = oi->shape;
            tmp.end = end;
            tmp.start = start;
            tmp.op = op;
            tmp.scoped = 0;
            tmp.user = 0;
            SYNC();
            for (const char *s = oi->shape; *s; s++) {
                rc = raw(p, *s, &tmp);
                if (rc)
                    return rc;
            }
            pos = p->pos;
            continue;
        }
        case K_ARG1:
            /* Its one operand a constant or a String: read here, with the
             * checks the loop would make, and no frame to push and pop. */
            if ((unsigned)(f - base) + 1 <= max && (leaf = leaf_at(aml, pos, end, AT_ARG))) {
                pos += 1 + leaf->width;
                if (leaf->kind == K_STRING) {
                    p->pos = pos;
                    if (string(p, end))
                        return -1;
                    pos = p->pos;
                }
                continue;
            }
            break;
        case K_NAMEOP:
            /* Name (NameSeg, constant or String), the most common statement
             * of a device body, the same way; the name hook gets the frame
             * Name would have had. */
            if ((unsigned)(f - base) + 1 <= max && end - pos >= 4 && seg_ok(aml + pos) &&
                (leaf = leaf_at(aml, pos + 4, end, AT_ARG))) {
                struct aml__parse_frame *nf = f + 1;
                nf->shape = "";
                nf->end = end;
                nf->start = start;
                nf->op = op;
                nf->scoped = 0;
                nf->user = 0;
                one_seg(&ns, aml, pos);
                pos += 4;
                if (h->name && !(h->skip_plain & 1u << AML_PARSE_DEFINE)) {
                    SYNC();
                    p->nframes++;
                    rc = h->name(p, nf, &ns, AML_PARSE_DEFINE, 0, 0);
                    if (rc)
                        return rc;
                }
                pos += 1 + leaf->width;
                if (leaf->kind == K_STRING) {
                    p->pos = pos;
                    if (string(p, end))
                        return -1;
                    pos = p->pos;
                }
                if (nf->scoped && h->close) {
                    SYNC();
                    p->nframes++;
                    h->close(p, nf);
                }
                continue;
            }
            break;
        case K_METHOD:
            /* A one-byte PkgLength, a NameSeg and the flags inside it: its
             * frame is pushed with the body (M) next, as the loop would
             * after reading those three. */
            if ((unsigned)(f - base) + 1 <= max && pos < end && aml[pos] < 0x40 &&
                aml[pos] >= 6 && aml[pos] <= end - pos && seg_ok(aml + pos + 1)) {
                f->shape = sh;
                f++;
                f->end = end = pos + aml[pos];
                f->start = start;
                f->op = op;
                f->scoped = 0;
                f->user = 0;
                sh = oi->shape + 2;
                one_seg(&ns, aml, pos + 1);
                a = aml[pos + 5] & 7;
                pos += 6;
                if (h->name && !(h->skip_plain & 1u << AML_PARSE_METHOD)) {
                    SYNC();
                    rc = h->name(p, f, &ns, AML_PARSE_METHOD, a, 0);
                    if (rc)
                        return rc;
                }
                continue;
            }
            break;
        default:
            break;
        }

    push:
        /* A frame for the operands of op (oi NULL: a method call's). */
        if ((unsigned)(f - base) + 1 > max)
            return aml__parse_fail(p, start, "nesting deeper than %u (%s)", max,
                                   aml__parse_op_name(op));
        f->shape = sh;
        f++;
        sh = oi ? oi->shape : call_shape + 7 - a;
        f->end = end;
        f->start = start;
        f->op = op;
        f->scoped = 0;
        f->user = 0;
    }
#undef SYNC
}
