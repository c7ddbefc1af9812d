/*
 * aml_data.c - AML data objects (Integer, the patchable DWord/QWord slots,
 * String, Buffer, EISAID, ToUUID, Package) and the simple references
 * (NameString, LocalN, ArgN, NullName, Debug); see acpigen/aml.h.
 */
#include "aml/aml_writer.h"
#include "base/mem.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

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
 * Write `hdr` bytes of prefix (the caller fills them in later), then the
 * String s, copied first and checked in place when it fits in the room left
 * (what lands beyond len before a failed check is within the buffer and is
 * overwritten later); returns where the prefix goes, or NULL after an error.
 */
uint8_t *aml__string_emit(struct aml_writer *w, size_t hdr, const char *s)
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
    if (aml__string_emit(w, 0, s))
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

/* ---- names, locals, args ------------------------------------------- */

void aml__simple_term(struct aml_writer *w, unsigned cls, const char *what, uint8_t b0,
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

const struct aml_frame *aml__enclosing_method(const struct aml_writer *w)
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
    size_t n = aml__name_check(w, namestring, "name reference", &segs);
    uint8_t *p = n ? aml__emit(w, n) : NULL;
    if (!p)
        return;
    aml__name_put(p, namestring, segs);
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
    if (!aml__enclosing_method(w)) {
        aml__fail(w, AML_E_SHAPE, "Local%u used outside a Method", n);
        return;
    }
    aml__simple_term(w, CL_VAR, "Local", (uint8_t)(0x60 + n), 0, 1);
}

void aml_arg(struct aml_writer *w, unsigned n)
{
    if (w->err)
        return;
    if (n > 6) {
        aml__fail(w, AML_E_RANGE, "Arg%u does not exist (Arg0-Arg6)", n);
        return;
    }
    const struct aml_frame *m = aml__enclosing_method(w);
    if (!m) {
        aml__fail(w, AML_E_SHAPE, "Arg%u used outside a Method", n);
        return;
    }
    if (n >= m->argc) {
        aml__fail(w, AML_E_RANGE, "Arg%u used in a Method that takes %u argument(s)", n,
                  (unsigned)m->argc);
        return;
    }
    aml__simple_term(w, CL_VAR, "Arg", (uint8_t)(0x68 + n), 0, 1);
}

void aml_null_target(struct aml_writer *w) { aml__simple_term(w, CL_NULL, "NullName target", 0x00, 0, 1); }

void aml_debug(struct aml_writer *w) { aml__simple_term(w, CL_DEBUG, "Debug", EXT, 0x31, 2); }
