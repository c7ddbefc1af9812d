/*
 * aml_named.c - named objects and the blocks that open with a name: Name
 * (with the one-call Name forms), Scope, Device, Method, method calls,
 * Processor, PowerResource, Alias, External, Mutex, OperationRegion, Field
 * and its units, CreateDWordField/CreateQWordField; see acpigen/aml.h.
 */
#include "aml/aml_writer.h"
#include "base/mem.h"

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
 * Write opcode [PkgLength] NameString and `extra` bytes for the caller, and
 * open a frame.  Returns where the extra bytes go, or NULL on error.
 */
static inline uint8_t *open_named(struct aml_writer *w, enum op_id op, enum fkind kind, int has_pkglen,
                           const char *name, size_t extra)
{
    const struct op_desc *d = &aml__ops[op];
    unsigned segs = 1;
    uint8_t seg[4];

    if (!aml__begin(w, d->cls, d->asl))
        return NULL;
    int fast = nameseg4(name, seg);
    size_t nl = fast ? 4 : aml__name_check(w, name, d->asl, &segs);
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
        aml__name_put(p, name, segs);
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
        uint8_t *p = aml__string_emit(w, 5, s);
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

void aml__device_raw(struct aml_writer *w, const char *name, const void *body, size_t len)
{
    uint32_t seg;
    unsigned n = pkglen_size(4 + len);

    /* The body's length is known, so the PkgLength is written first and
     * nothing moves: the bytes aml_device(), aml_raw_terms() and aml_end()
     * would give.  Anything unusual (and every error) goes their way. */
    if (in_termlist(w) && w->depth < AML_MAX_DEPTH && n && (body || !len) &&
        nameseg_exact(name, &seg)) {
        uint8_t *p = aml__emit(w, 2 + n + 4 + len);
        if (!p)
            return;
        p[0] = EXT;
        p[1] = 0x82;
        pkglen_put(p + 2, (uint32_t)(n + 4 + len), n);
        __builtin_memcpy(p + 2 + n, &seg, 4);
        if (len)
            acpigen_memmove(p + 2 + n + 4, body, len);
        return;
    }
    aml_device(w, name);
    aml_raw_terms(w, body, len);
    aml_end(w);
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
    size_t nl = aml__name_check(w, name, "method invocation", &segs);
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
    aml__name_put(p, name, segs);
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
    size_t n1 = aml__name_check(w, source, "Alias source", &s1);
    size_t n2 = n1 ? aml__name_check(w, alias, "Alias name", &s2) : 0;
    uint8_t *p = n2 ? aml__emit(w, 1 + n1 + n2) : NULL;
    if (!p)
        return;
    p[0] = 0x06;
    aml__name_put(p + 1, source, s1);
    aml__name_put(p + 1 + n1, alias, s2);
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
    size_t nl = aml__name_check(w, name, "External", &segs);
    uint8_t *p = nl ? aml__emit(w, 3 + nl) : NULL;
    if (!p)
        return;
    p[0] = 0x15;
    aml__name_put(p + 1, name, segs);
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
    size_t nl = aml__name_check(w, name, "Mutex", &segs);
    uint8_t *p = nl ? aml__emit(w, 3 + nl) : NULL;
    if (!p)
        return;
    p[0] = EXT;
    p[1] = 0x01;
    aml__name_put(p + 2, name, segs);
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
        aml__name_put(p, nameseg, 1);
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
    if (!aml__name_check(w, nameseg, "field unit", &segs))
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
    const struct op_desc *d = &aml__ops[op];

    if (!aml__begin(w, d->cls, d->asl))
        return;
    size_t nl = aml__name_check(w, name, d->asl, &segs);
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
    aml__name_put(p + 1, name, segs);
}

void aml_create_dword_field(struct aml_writer *w, const char *name)
{
    create_field(w, OP_CREATE_DWORD, name);
}

void aml_create_qword_field(struct aml_writer *w, const char *name)
{
    create_field(w, OP_CREATE_QWORD, name);
}
