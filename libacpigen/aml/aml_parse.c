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

/* Opcode flags. */
#define F_DEF   0x01u   /* defines a name: only where a statement goes */
#define F_STMT  0x02u   /* a StatementOpcode: only where a statement goes */
#define F_DATA  0x04u   /* may be a Package element (DataRefObject) */
#define F_HOOK  0x08u   /* the op hook gives a verdict (Scope, Load, ...) */

struct op_info {
    const char *name;
    const char *shape;
    uint8_t flags;
};

static const struct op_info ops[256] = {
    [0x00] = { "Zero", "", F_DATA },
    [0x01] = { "One", "", F_DATA },
    [0x06] = { "Alias", "ND", F_DEF },
    [0x08] = { "Name", "DT", F_DEF },
    [0x0A] = { "ByteConst", "b", F_DATA },
    [0x0B] = { "WordConst", "w", F_DATA },
    [0x0C] = { "DWordConst", "d", F_DATA },
    [0x0D] = { "String", "", F_DATA },
    [0x0E] = { "QWordConst", "q", F_DATA },
    [0x10] = { "Scope", "PCL", F_DEF | F_HOOK },
    [0x11] = { "Buffer", "PTZ", F_DATA },
    [0x12] = { "Package", "PbK", F_DATA },
    [0x13] = { "VarPackage", "PTK", F_DATA },
    [0x14] = { "Method", "PYM", F_DEF },
    [0x15] = { "External", "X", F_DEF },
    [0x60] = { "Local0", "", 0 }, [0x61] = { "Local1", "", 0 },
    [0x62] = { "Local2", "", 0 }, [0x63] = { "Local3", "", 0 },
    [0x64] = { "Local4", "", 0 }, [0x65] = { "Local5", "", 0 },
    [0x66] = { "Local6", "", 0 }, [0x67] = { "Local7", "", 0 },
    [0x68] = { "Arg0", "", 0 }, [0x69] = { "Arg1", "", 0 },
    [0x6A] = { "Arg2", "", 0 }, [0x6B] = { "Arg3", "", 0 },
    [0x6C] = { "Arg4", "", 0 }, [0x6D] = { "Arg5", "", 0 },
    [0x6E] = { "Arg6", "", 0 },
    [0x70] = { "Store", "TS", 0 },
    [0x71] = { "RefOf", "S", 0 },
    [0x72] = { "Add", "TTS", 0 },
    [0x73] = { "Concatenate", "TTS", 0 },
    [0x74] = { "Subtract", "TTS", 0 },
    [0x75] = { "Increment", "S", 0 },
    [0x76] = { "Decrement", "S", 0 },
    [0x77] = { "Multiply", "TTS", 0 },
    [0x78] = { "Divide", "TTSS", 0 },
    [0x79] = { "ShiftLeft", "TTS", 0 },
    [0x7A] = { "ShiftRight", "TTS", 0 },
    [0x7B] = { "And", "TTS", 0 },
    [0x7C] = { "NAnd", "TTS", 0 },
    [0x7D] = { "NOr", "TTS", 0 },
    [0x7E] = { "Or", "TTS", 0 },
    [0x7F] = { "Xor", "TTS", 0 },
    [0x80] = { "Not", "TS", 0 },
    [0x81] = { "FindSetLeftBit", "TS", 0 },
    [0x82] = { "FindSetRightBit", "TS", 0 },
    [0x83] = { "DerefOf", "T", 0 },
    [0x84] = { "ConcatenateResTemplate", "TTS", 0 },
    [0x85] = { "Mod", "TTS", 0 },
    [0x86] = { "Notify", "ST", F_STMT },
    [0x87] = { "SizeOf", "S", 0 },
    [0x88] = { "Index", "TTS", 0 },
    [0x89] = { "Match", "TbTbTT", 0 },
    [0x8A] = { "CreateDWordField", "TTD", F_DEF },
    [0x8B] = { "CreateWordField", "TTD", F_DEF },
    [0x8C] = { "CreateByteField", "TTD", F_DEF },
    [0x8D] = { "CreateBitField", "TTD", F_DEF },
    [0x8E] = { "ObjectType", "S", 0 },
    [0x8F] = { "CreateQWordField", "TTD", F_DEF },
    [0x90] = { "LAnd", "TT", 0 },
    [0x91] = { "LOr", "TT", 0 },
    [0x92] = { "LNot", "T", 0 },
    [0x93] = { "LEqual", "TT", 0 },
    [0x94] = { "LGreater", "TT", 0 },
    [0x95] = { "LLess", "TT", 0 },
    [0x96] = { "ToBuffer", "TS", 0 },
    [0x97] = { "ToDecimalString", "TS", 0 },
    [0x98] = { "ToHexString", "TS", 0 },
    [0x99] = { "ToInteger", "TS", 0 },
    [0x9C] = { "ToString", "TTS", 0 },
    [0x9D] = { "CopyObject", "TS", 0 },
    [0x9E] = { "Mid", "TTTS", 0 },
    [0x9F] = { "Continue", "", F_STMT },
    [0xA0] = { "If", "PTL", F_STMT },
    [0xA1] = { "Else", "PL", F_STMT },
    [0xA2] = { "While", "PTL", F_STMT },
    [0xA3] = { "Noop", "", F_STMT },
    [0xA4] = { "Return", "T", F_STMT },
    [0xA5] = { "Break", "", F_STMT },
    [0xCC] = { "BreakPoint", "", F_STMT },
    [0xFF] = { "Ones", "", F_DATA },
};

/* After ExtOpPrefix 0x5B. */
static const struct op_info ext_ops[0x89] = {
    [0x01] = { "Mutex", "Db", F_DEF },
    [0x02] = { "Event", "D", F_DEF },
    [0x12] = { "CondRefOf", "SS", 0 },
    [0x13] = { "CreateField", "TTTD", F_DEF },
    [0x1F] = { "LoadTable", "TTTTTT", F_HOOK },
    [0x20] = { "Load", "NS", F_STMT | F_HOOK },
    [0x21] = { "Stall", "T", F_STMT },
    [0x22] = { "Sleep", "T", F_STMT },
    [0x23] = { "Acquire", "Sw", 0 },
    [0x24] = { "Signal", "S", F_STMT },
    [0x25] = { "Wait", "ST", 0 },
    [0x26] = { "Reset", "S", F_STMT },
    [0x27] = { "Release", "S", F_STMT },
    [0x28] = { "FromBCD", "TS", 0 },
    [0x29] = { "ToBCD", "TS", 0 },
    [0x2A] = { "Unload", "S", F_STMT | F_HOOK },
    [0x30] = { "Revision", "", F_DATA },
    [0x31] = { "Debug", "", 0 },
    [0x32] = { "Fatal", "bdT", F_STMT },
    [0x33] = { "Timer", "", 0 },
    [0x80] = { "OperationRegion", "DbTT", F_DEF },
    [0x81] = { "Field", "PNbF", F_DEF },
    [0x82] = { "Device", "POL", F_DEF },
    [0x83] = { "Processor", "PObdbL", F_DEF },
    [0x84] = { "PowerResource", "PObwL", F_DEF },
    [0x85] = { "ThermalZone", "POL", F_DEF },
    [0x86] = { "IndexField", "PNNbF", F_DEF },
    [0x87] = { "BankField", "PNNTbF", F_DEF },
    [0x88] = { "DataTableRegion", "DTTT", F_DEF },
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

/* NameSeg characters: 1 = may lead (A-Z, _), 2 = may follow (A-Z, 0-9, _). */
#define SEG_LEAD 1u
#define SEG_NEXT 2u
#define SEG_AZ(c) [c] = SEG_LEAD | SEG_NEXT
static const uint8_t seg_class[256] = {
    ['0'] = SEG_NEXT, ['1'] = SEG_NEXT, ['2'] = SEG_NEXT, ['3'] = SEG_NEXT, ['4'] = SEG_NEXT,
    ['5'] = SEG_NEXT, ['6'] = SEG_NEXT, ['7'] = SEG_NEXT, ['8'] = SEG_NEXT, ['9'] = SEG_NEXT,
    SEG_AZ('A'), SEG_AZ('B'), SEG_AZ('C'), SEG_AZ('D'), SEG_AZ('E'), SEG_AZ('F'), SEG_AZ('G'),
    SEG_AZ('H'), SEG_AZ('I'), SEG_AZ('J'), SEG_AZ('K'), SEG_AZ('L'), SEG_AZ('M'), SEG_AZ('N'),
    SEG_AZ('O'), SEG_AZ('P'), SEG_AZ('Q'), SEG_AZ('R'), SEG_AZ('S'), SEG_AZ('T'), SEG_AZ('U'),
    SEG_AZ('V'), SEG_AZ('W'), SEG_AZ('X'), SEG_AZ('Y'), SEG_AZ('Z'), SEG_AZ('_'),
};

static int seg_lead(uint8_t c)
{
    return seg_class[c] & SEG_LEAD;
}

/* The bytes that can start a NameString in a term position (0x00 is Zero
 * there, and NullName only in a Target, where it is the same byte). */
static int name_lead(uint8_t c)
{
    return seg_lead(c) || c == '\\' || c == '^' || c == 0x2E || c == 0x2F;
}

static int need(struct aml__parser *p, size_t limit, size_t n, const char *what)
{
    if (limit - p->pos < n)
        return aml__parse_fail(p, p->pos, "%s needs %Z bytes but %Z are left",
                               what, n, limit - p->pos);
    return 0;
}

static int check_seg(struct aml__parser *p, size_t at)
{
    const uint8_t *s = p->aml + at;

    if ((seg_class[s[0]] & SEG_LEAD) && (seg_class[s[1]] & seg_class[s[2]] &
                                         seg_class[s[3]] & SEG_NEXT))
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
static int parse_ns(struct aml__parser *p, size_t limit, struct aml__parse_ns *ns)
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

/* A NameString that must name something (not a lone NullName). */
static int parse_name(struct aml__parser *p, size_t limit, struct aml__parse_ns *ns,
                      const struct aml__parse_frame *f)
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
    size_t start = p->pos - 1;

    for (size_t i = p->pos; i < limit; i++) {
        uint8_t c = p->aml[i];
        if (!c) {
            p->pos = i + 1;
            return 0;
        }
        if (c > 0x7F)
            return aml__parse_fail(p, i, "String byte %X is not ASCII (0x01-0x7F)", (uint64_t)c);
    }
    return aml__parse_fail(p, start, "String has no terminating NUL before the end");
}

static int push(struct aml__parser *p, const char *shape, uint16_t op, size_t start)
{
    struct aml__parse_frame *f;

    if (p->nframes > p->max_depth)
        return aml__parse_fail(p, start, "nesting deeper than %u (%s)", p->max_depth,
                               aml__parse_op_name(op));
    f = &p->frames[p->nframes];
    f->shape = shape;
    f->end = p->frames[p->nframes - 1].end;
    f->start = start;
    f->op = op;
    f->scoped = 0;
    f->user = 0;
    p->nframes++;
    return 0;
}

static int call_name(struct aml__parser *p, struct aml__parse_frame *f,
                     const struct aml__parse_ns *ns, enum aml__parse_role role,
                     unsigned arg, unsigned arg2)
{
    return p->hooks->name ? p->hooks->name(p, f, ns, role, arg, arg2) : 0;
}

/* One operand character of a shape that is not a nested term. */
static int raw(struct aml__parser *p, char c, struct aml__parse_frame *f)
{
    struct aml__parse_ns ns;
    unsigned a, b;

    switch (c) {
    case 'P':
        return pkg_length(p, f);
    case 'b':
    case 'w':
    case 'd':
    case 'q': {
        size_t n = c == 'b' ? 1 : c == 'w' ? 2 : c == 'd' ? 4 : 8;
        if (need(p, f->end, n, aml__parse_op_name(f->op)))
            return -1;
        p->pos += n;
        return 0;
    }
    case 'N':
        return parse_name(p, f->end, &ns, f);
    case 'D':
    case 'O':
    case 'C':
        if (parse_name(p, f->end, &ns, f))
            return -1;
        return call_name(p, f, &ns, c == 'D' ? AML_PARSE_DEFINE :
                         c == 'O' ? AML_PARSE_OPEN : AML_PARSE_SCOPE, 0, 0);
    case 'Y':
        if (parse_name(p, f->end, &ns, f) || need(p, f->end, 1, "MethodFlags"))
            return -1;
        a = p->aml[p->pos++] & 7;
        return call_name(p, f, &ns, AML_PARSE_METHOD, a, 0);
    case 'X':
        if (parse_name(p, f->end, &ns, f) || need(p, f->end, 2, "External"))
            return -1;
        a = p->aml[p->pos];
        b = p->aml[p->pos + 1];
        p->pos += 2;
        return call_name(p, f, &ns, AML_PARSE_EXTERNAL, a, b);
    case 'Z':
        p->pos = f->end;
        return 0;
    default:
        return aml__parse_fail(p, f->start, "internal error: bad shape of %s",
                               aml__parse_op_name(f->op));
    }
}

/* Whether a shape holds operands that are terms or lists (so the opcode
 * needs a frame); the others are read at once. */
static int nests(const char *shape)
{
    for (; *shape; shape++)
        if (*shape == 'T' || *shape == 'S' || *shape == 'L' || *shape == 'M' ||
            *shape == 'K' || *shape == 'F' || *shape == 'P')
            return 1;
    return 0;
}

/* A NameString where a term goes. */
static int name_term(struct aml__parser *p, enum where at, size_t limit)
{
    struct aml__parse_ns ns;
    unsigned argc = 0;

    if (parse_ns(p, limit, &ns))
        return -1;
    if ((at == AT_STMT || at == AT_ARG) && p->hooks->argc) {
        int rc = p->hooks->argc(p, &ns, &argc);
        if (rc)
            return rc;
    }
    if (argc > 7)
        argc = 7;
    if (!argc)
        return 0;
    return push(p, call_shape + 7 - argc, AML_PARSE_OP_CALL, ns.offset);
}

static int term(struct aml__parser *p, enum where at)
{
    const struct aml__parse_frame *top = &p->frames[p->nframes - 1];
    size_t start = p->pos, limit = top->end;
    const struct op_info *oi;
    uint16_t op;
    uint8_t b;

    if (start >= limit)
        return aml__parse_fail(p, start,
                               "%s is missing an operand: its enclosing construct ends here",
                               aml__parse_op_name(top->op));
    b = p->aml[start];
    if (name_lead(b))
        return name_term(p, at, limit);
    if (b == 0x5B) {
        if (limit - start < 2)
            return aml__parse_fail(p, start,
                                   "ExtOpPrefix 0x5B is the last byte: no opcode follows");
        op = (uint16_t)(0x5B00 | p->aml[start + 1]);
        oi = op_info(op);
        if (!oi)
            return aml__parse_fail(p, start, "unknown extended opcode 0x5B %X",
                                   (uint64_t)p->aml[start + 1]);
    } else {
        op = b;
        oi = op_info(op);
        if (!oi)
            return aml__parse_fail(p, start, "unknown opcode %X", (uint64_t)b);
    }
    if (at == AT_ELEM && !(oi->flags & F_DATA))
        return aml__parse_fail(p, start, "%s cannot be a Package element", oi->name);
    if (at != AT_STMT && (oi->flags & (F_DEF | F_STMT)))
        return aml__parse_fail(p, start, "%s cannot stand where an operand is expected", oi->name);
    if ((oi->flags & F_HOOK) && p->hooks->op) {
        int rc = p->hooks->op(p, op, start);
        if (rc)
            return rc;
    }
    p->pos = start + (op > 0xFF ? 2 : 1);
    if (op == 0x0D)
        return string(p, limit);
    if (!nests(oi->shape)) {
        /* Fixed data and names only: read them now, without a frame. */
        struct aml__parse_frame tmp;
        tmp.shape = oi->shape;
        tmp.end = limit;
        tmp.start = start;
        tmp.op = op;
        tmp.scoped = 0;
        tmp.user = 0;
        for (const char *s = oi->shape; *s; s++)
            if (raw(p, *s, &tmp))
                return -1;
        return 0;
    }
    return push(p, oi->shape, op, start);
}

/* FieldElement := NamedField | ReservedField | AccessField |
 * ExtendedAccessField | ConnectField. */
static int field_element(struct aml__parser *p, struct aml__parse_frame *f)
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
        if (need(p, f->end, 2, "AccessField"))
            return -1;
        p->pos += 2;
        return 0;
    case 0x03:      /* ExtendedAccessField: AccessType, ExtendedAccessAttrib, AccessLength */
        p->pos++;
        if (need(p, f->end, 3, "ExtendedAccessField"))
            return -1;
        p->pos += 3;
        return 0;
    case 0x02:      /* ConnectField: NameString or BufferData */
        p->pos++;
        if (p->pos < f->end && p->aml[p->pos] == 0x11)
            return term(p, AT_ELEM);
        return parse_name(p, f->end, &ns, f);
    default:
        if (!seg_lead(b))
            return aml__parse_fail(p, at, "byte %X does not start a FieldList element",
                                   (uint64_t)b);
        if (need(p, f->end, 4, "NamedField") || check_seg(p, at))
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

int aml__parse_run(struct aml__parser *p)
{
    struct aml__parse_frame *f;

    if (p->max_depth > ACPI_NS_MAX_DEPTH)
        p->max_depth = ACPI_NS_MAX_DEPTH;
    p->pos = 0;
    p->nframes = 1;
    f = &p->frames[0];
    f->shape = "L";
    f->end = p->len;
    f->start = 0;
    f->op = 0;
    f->scoped = 0;
    f->user = 0;

    while (p->nframes) {
        int rc;
        char c;

        f = &p->frames[p->nframes - 1];
        c = *f->shape;
        switch (c) {
        case '\0':
            if (f->scoped && p->hooks->close)
                p->hooks->close(p, f);
            p->nframes--;
            continue;
        case 'L':
        case 'M':
        case 'K':
        case 'F':
            if (p->pos == f->end || (c == 'M' && p->skip_method_bodies)) {
                p->pos = f->end;
                f->shape++;
                continue;
            }
            rc = c == 'F' ? field_element(p, f) : term(p, c == 'K' ? AT_ELEM : AT_STMT);
            break;
        case 'T':
        case 'S':
            f->shape++;
            rc = term(p, c == 'T' ? AT_ARG : AT_REF);
            break;
        default:
            f->shape++;
            rc = raw(p, c, f);
            break;
        }
        if (rc)
            return rc;
    }
    return 0;
}
