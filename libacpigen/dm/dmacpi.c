/*
 * dmacpi.c - judge what a device model hands over in its dm-acpi area
 * (docs/dm-acpi.md is the ABI): the policy, the xenstore numbers that
 * locate the area, and the walk over its blobs.
 *
 * Everything the device model wrote is untrusted.  Lengths are compared
 * in 64-bit arithmetic against what is left of the area before any byte
 * behind them is read, so no size the device model picks can wrap or read
 * past the copy we were given.  Each reason names the value that was
 * wrong; the blob's index and offset are fields of its verdict.
 */
#include "acpigen/dmacpi.h"
#include "acpigen/nsscan.h"
#include "acpigen/checksum.h"

#include <stdarg.h>

#include "aml/aml_encode.h"
#include "aml/aml_parse.h"
#include "aml/aml_plain.h"
#include "base/mem.h"
#include "base/msg.h"
#include "dm/nameset.h"

#define FOUR_GIB 0x100000000ull
#define TABLE_HEADER 36u
/* A table slot of the guest set stays free for the DMACPI SSDT. */
#define MAX_DM_TABLES (ACPI_GUEST_MAX_EXTRA - 1)

/* Signatures the toolstack (or hvmloader, for HVM guests) builds itself:
 * rule 1.  "RSD " is how the RSDP ("RSD PTR ") starts.  DSDT and SSDT are
 * rule 1 too, with their own message (their AML has another way in). */
static const char owned[][5] = {
    "RSD ", "RSDT", "XSDT", "FACP", "FACS", "APIC", "STAO",
    "HPET", "WAET", "SRAT", "SLIT", "TCPA", "TPM2",
};

static int same4(const uint8_t *a, const char *b)
{
    return a[0] == (uint8_t)b[0] && a[1] == (uint8_t)b[1] && a[2] == (uint8_t)b[2] &&
           a[3] == (uint8_t)b[3];
}

static int is_upper_or_us(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

/* A table signature: four characters A-Z, 0-9 or _ (digits anywhere:
 * "TPM2", "SLIC", "BGRT" ... and vendor tables). */
static int valid_signature(const uint8_t *s)
{
    for (int i = 0; i < 4; i++)
        if (!is_upper_or_us(s[i]) && !is_digit(s[i]))
            return 0;
    return 1;
}

/* ACPI 6.4, 20.2.2: LeadNameChar is A-Z or _, then A-Z, 0-9 or _. */
static int valid_nameseg(const uint8_t *s)
{
    if (!is_upper_or_us(s[0]))
        return 0;
    for (int i = 1; i < 4; i++)
        if (!is_upper_or_us(s[i]) && !is_digit(s[i]))
            return 0;
    return 1;
}

static int is_dsdt_or_ssdt(const uint8_t *s)
{
    return same4(s, "DSDT") || same4(s, "SSDT");
}

static int is_owned(const uint8_t *s)
{
    for (size_t i = 0; i < sizeof(owned) / sizeof(owned[0]); i++)
        if (same4(s, owned[i]))
            return 1;
    return 0;
}

/* The signature or NameSeg as a string for names and messages: printable
 * ASCII as it is, anything else as '?'; n < 4 when the blob is shorter. */
static void show_name(char out[5], const uint8_t *s, size_t n)
{
    size_t i = 0;

    for (; i < n && i < 4; i++)
        out[i] = s[i] >= 0x20 && s[i] < 0x7F ? (char)s[i] : '?';
    out[i] = '\0';
}

/* ---- policy ------------------------------------------------------------- */

void acpi_dm_policy_init(struct acpi_dm_policy *p)
{
    if (!p)
        return;
    acpigen_memset(p, 0, sizeof(*p));
    p->max_area = ACPI_DM_AREA_MAX_DEFAULT;
    p->max_blobs = ACPI_DM_MAX_BLOBS;
    p->max_depth = ACPI_NS_BODY_DEPTH;
}

int acpi_dm_policy_allow(struct acpi_dm_policy *p, const char *sig, char *err, size_t errlen)
{
    if (!p || !sig) {
        msg_format(err, err ? errlen : 0, "policy: NULL argument");
        return -1;
    }
    const uint8_t *s = (const uint8_t *)sig;
    size_t n = 0;
    while (n < 5 && sig[n])
        n++;
    if (n != 4 || !valid_signature(s)) {
        msg_format(err, err ? errlen : 0,
                   "policy: signature %q is not 4 characters A-Z, 0-9 or _", sig);
        return -1;
    }
    if (is_dsdt_or_ssdt(s) || is_owned(s)) {
        msg_format(err, err ? errlen : 0,
                   "policy: %s is built by the toolstack (rule 1) and cannot be allowed", sig);
        return -1;
    }
    unsigned have = p->n_allow < ACPI_DM_MAX_ALLOW ? p->n_allow : ACPI_DM_MAX_ALLOW;
    for (unsigned i = 0; i < have; i++)
        if (same4(s, p->allow[i]))
            return 0;           /* allowed already: the list holds each once */
    if (p->n_allow >= ACPI_DM_MAX_ALLOW) {
        msg_format(err, err ? errlen : 0,
                   "policy: cannot allow %s: the list is full (%u signatures)", sig,
                   (unsigned)ACPI_DM_MAX_ALLOW);
        return -1;
    }
    acpigen_memmove(p->allow[p->n_allow], sig, 4);
    p->allow[p->n_allow][4] = '\0';
    p->n_allow++;
    return 0;
}

/* ---- the xenstore numbers ----------------------------------------------- */

/* s[0..len) quoted as msg.h's %q does it (the text need not end in a NUL
 * and may hold one): "..." with \xNN for bytes that are not printable, cut
 * after 40 bytes. */
static void quote(char *out, size_t cap, const char *s, size_t len)
{
    size_t o = 0;

    if (!cap)
        return;
#define PUT(c) do { if (o + 1 < cap) out[o++] = (c); } while (0)
    PUT('"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (i == 40) {
            PUT('.'); PUT('.'); PUT('.');
            break;
        }
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
            PUT('\\'); PUT('x');
            PUT("0123456789ABCDEF"[c >> 4]);
            PUT("0123456789ABCDEF"[c & 15]);
        } else {
            PUT((char)c);
        }
    }
    PUT('"');
#undef PUT
    out[o] = '\0';
}

int acpi_dm_parse_number(const char *s, size_t len, const char *what, uint64_t *out,
                         char *err, size_t errlen)
{
    char q[4 * 40 + 8];
    uint64_t v = 0;

    if (!what)
        what = "value";
    if (!out || (!s && len)) {
        msg_format(err, err ? errlen : 0, "%s: NULL argument", what);
        return -1;
    }
    quote(q, sizeof(q), s, len);
    if (len == 0) {
        msg_format(err, err ? errlen : 0,
                   "%s %s: empty, expected 0x and hex digits or a decimal number", what, q);
        return -1;
    }
    if (len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        if (len == 2) {
            msg_format(err, err ? errlen : 0, "%s %s: no hex digit after 0x", what, q);
            return -1;
        }
        for (size_t i = 2; i < len; i++) {
            int d = acpigen_hexdigit(s[i]);
            if (d < 0) {
                msg_format(err, err ? errlen : 0, "%s %s: byte %Z is not a hex digit", what, q, i);
                return -1;
            }
            if (i - 2 == 16) {
                msg_format(err, err ? errlen : 0, "%s %s: more than 16 hex digits", what, q);
                return -1;
            }
            v = v << 4 | (uint64_t)d;
        }
        *out = v;
        return 0;
    }
    if (s[0] == '0' && len > 1 && is_digit((uint8_t)s[1])) {
        msg_format(err, err ? errlen : 0,
                   "%s %s: leading zero (only \"0\" itself may start with 0; hex needs 0x)",
                   what, q);
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        if (!is_digit((uint8_t)s[i])) {
            msg_format(err, err ? errlen : 0,
                       "%s %s: byte %Z is not a decimal digit (no sign, blank or suffix)",
                       what, q, i);
            return -1;
        }
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (UINT64_MAX - d) / 10) {
            msg_format(err, err ? errlen : 0, "%s %s: larger than 2^64-1", what, q);
            return -1;
        }
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

int acpi_dm_check_area(uint64_t address, uint64_t length, const struct acpi_dm_policy *p,
                       char *err, size_t errlen)
{
    uint64_t max = p && p->max_area ? p->max_area : ACPI_DM_AREA_MAX_DEFAULT;

    if (length == 0) {
        msg_format(err, err ? errlen : 0,
                   "dm-acpi area length is 0 (a device model with nothing to pass writes no keys)");
        return -1;
    }
    if (length > max) {
        msg_format(err, err ? errlen : 0,
                   "dm-acpi area of %U bytes is larger than the limit of %U bytes", length, max);
        return -1;
    }
    if (address > FOUR_GIB || length > FOUR_GIB - address) {
        msg_format(err, err ? errlen : 0,
                   "dm-acpi area at %X of %U bytes runs past 4 GiB", address, length);
        return -1;
    }
    return 0;
}

/* ---- the walk ------------------------------------------------------------ */

struct walk {
    const struct acpi_dm_policy *p;
    struct acpi_nameset *names;
    struct acpi_dm_result *res;
    unsigned n_allow;
    unsigned depth;
    unsigned max_tables;
    uint32_t first[ACPI_DM_MAX_ALLOW];  /* blob index of the table accepted per allowed sig */
};

#define NONE 0xFFFFFFFFu

/* The reason, cut with "..." when it does not fit (a body check message
 * can be long): a reader must see that something is missing. */
static void reject(struct acpi_dm_blob *b, const char *fmt, ...)
{
    char full[ACPI_DM_REASON_MAX + ACPI_NS_MSG_MAX];
    va_list ap;

    va_start(ap, fmt);
    msg_vformat(full, sizeof(full), fmt, ap);
    va_end(ap);
    size_t n = acpigen_strlen(full);
    if (n < sizeof(b->reason)) {
        acpigen_memmove(b->reason, full, n + 1);
        return;
    }
    n = sizeof(b->reason) - 4;
    acpigen_memmove(b->reason, full, n);
    acpigen_memmove(b->reason + n, "...", 4);
}

/* "<sig> is not allowed ...; allowed: NFIT, SRAT": as many signatures as
 * fit in the reason, then "...". */
static void reject_not_allowed(struct walk *k, struct acpi_dm_blob *b)
{
    char *r = b->reason;
    const size_t cap = sizeof(b->reason);

    msg_format(r, cap, "%s is not allowed for this domain (rule 2); allowed: ", b->name);
    size_t n = acpigen_strlen(r);
    if (!k->n_allow) {
        msg_format(r + n, cap - n, "none");
        return;
    }
    for (unsigned i = 0; i < k->n_allow; i++) {
        size_t need = (i ? 2 : 0) + 4;
        char sig[5];
        int last = i + 1 == k->n_allow;
        if (n + need + (last ? 0 : 5) >= cap) {     /* keep room for ", ..." */
            msg_format(r + n, cap - n, "%s...", i ? ", " : "");
            return;
        }
        show_name(sig, (const uint8_t *)k->p->allow[i], 4);
        msg_format(r + n, cap - n, "%s%s", i ? ", " : "", sig);
        n += need;
    }
}

static void judge_table(struct walk *k, struct acpi_dm_blob *b, const uint8_t *d, uint32_t n)
{
    struct acpi_dm_result *res = k->res;
    unsigned slot = 0;
    char q[24];

    show_name(b->name, d, n);
    if (n < TABLE_HEADER) {
        reject(b, "table of %u bytes is shorter than the 36-byte table header", n);
        return;
    }
    if (is_dsdt_or_ssdt(d)) {
        reject(b, "%s is built by the toolstack: AML must come as namespace devices "
               "(type 1 blobs), not as a table", b->name);
        return;
    }
    if (is_owned(d)) {
        reject(b, "%s is built by the toolstack and cannot come from the device model (rule 1)",
               b->name);
        return;
    }
    if (!valid_signature(d)) {
        quote(q, sizeof(q), (const char *)d, 4);
        reject(b, "signature %s is not 4 characters A-Z, 0-9 or _", q);
        return;
    }
    while (slot < k->n_allow && !same4(d, k->p->allow[slot]))
        slot++;
    if (slot == k->n_allow) {
        reject_not_allowed(k, b);
        return;
    }
    uint32_t length = get_le32(d + 4);
    if (length != n) {
        reject(b, "table length %u does not match the blob's %u data bytes", length, n);
        return;
    }
    uint8_t sum = acpi_sum8(d, n);
    if (sum) {
        reject(b, "table checksum is wrong: its bytes sum to %u, not 0", (unsigned)sum);
        return;
    }
    if (k->first[slot] != NONE) {
        reject(b, "%s again: the table of blob %u was accepted already", b->name, k->first[slot]);
        return;
    }
    if (res->n_tables >= k->max_tables) {
        reject(b, "too many tables: the table set takes at most %u from the device model",
               k->max_tables);
        return;
    }
    k->first[slot] = b->index;
    b->accepted = 1;
    b->data = d;
    b->data_len = n;
    res->n_tables++;
}

static void judge_device(struct walk *k, struct acpi_dm_blob *b, const uint8_t *d, uint32_t n)
{
    char msg[ACPI_NS_MSG_MAX], q[24];
    int found;

    if (n >= 4 && (aml__seg_class[d[0]] & AML_SEG_LEAD) &&
        (aml__seg_class[d[1]] & aml__seg_class[d[2]] & aml__seg_class[d[3]] & AML_SEG_NEXT)) {
        /* A valid NameSeg (the test valid_nameseg() makes, from the
         * walker's table) is printable as it stands. */
        __builtin_memcpy(b->name, d, 4);
        b->name[4] = '\0';
    } else {
        show_name(b->name, d, n);
        if (n < 4) {
            reject(b, "device of %u bytes has no room for its 4-byte NameSeg", n);
            return;
        }
        if (!valid_nameseg(d)) {
            quote(q, sizeof(q), (const char *)d, 4);
            reject(b, "NameSeg %s is not valid: A-Z or _ first, then A-Z, 0-9 or _", q);
            return;
        }
    }
    if (d[0] == '_') {
        reject(b, "NameSeg %s starts with _, which is reserved for names the ACPI spec defines",
               b->name);
        return;
    }
    /* One probe for the lookup and the insertion: only the body check
     * comes in between, and it does not touch the set. */
    uint32_t seg = get_le32(d);
    uint32_t slot = acpi__nameset_find(k->names, seg, &found);
    if (found) {
        reject(b, "name %s already exists in \\_SB or at the root (rule 3)", b->name);
        return;
    }
    /* acpi_aml_check_body() without its argument checks: d is there and
     * k->depth was defaulted and capped for the whole walk. */
    msg[0] = '\0';
    if (aml__check_body_fast(d + 4, n - 4, k->depth, msg, sizeof(msg)) != 0) {
        reject(b, "body rejected: %s", msg);
        return;
    }
    if (acpi__nameset_put(k->names, slot, seg) < 0) {
        reject(b, "name %s does not fit in the name set (the caller's storage is full)",
               b->name);
        return;
    }
    b->accepted = 1;
    b->data = d + 4;
    b->data_len = n - 4;
    k->res->n_devices++;
}

static int stop(struct acpi_dm_result *res, uint64_t off, const char *fmt, ...)
{
    va_list ap;

    res->stopped = 1;
    res->stop_offset = (uint32_t)off;
    va_start(ap, fmt);
    msg_vformat(res->stop_reason, sizeof(res->stop_reason), fmt, ap);
    va_end(ap);
    return 1;
}

int acpi_dm_ingest(const uint8_t *area, size_t len, const struct acpi_dm_policy *p,
                   struct acpi_nameset *names, struct acpi_dm_result *res)
{
    struct walk k = { .p = p, .names = names, .res = res };

    if (!res)
        return -1;
    res->n = res->n_accepted = res->n_rejected = res->n_tables = res->n_devices = 0;
    res->stopped = 0;
    res->stop_offset = 0;
    res->stop_reason[0] = '\0';
    if (!p || !names || !names->slots || (!area && len) || (!res->blobs && res->cap) ||
        p->n_allow > ACPI_DM_MAX_ALLOW)
        return -1;

    k.max_tables = p->max_tables && p->max_tables < MAX_DM_TABLES ? p->max_tables
                                                                  : MAX_DM_TABLES;
    uint64_t max_area = p->max_area ? p->max_area : ACPI_DM_AREA_MAX_DEFAULT;
    uint32_t max_blobs = p->max_blobs && p->max_blobs < ACPI_DM_MAX_BLOBS ? p->max_blobs
                                                                         : ACPI_DM_MAX_BLOBS;
    k.n_allow = p->n_allow;
    k.depth = p->max_depth ? p->max_depth : ACPI_NS_BODY_DEPTH;
    if (k.depth > ACPI_NS_MAX_DEPTH)
        k.depth = ACPI_NS_MAX_DEPTH;        /* as acpi_aml_check_body() caps it */
    for (unsigned i = 0; i < ACPI_DM_MAX_ALLOW; i++)
        k.first[i] = NONE;

    if ((uint64_t)len > max_area)
        return stop(res, 0, "area of %U bytes is larger than the limit of %U bytes",
                    (uint64_t)len, max_area);

    /* len <= max_area < 4 GiB from here: offsets fit in 32 bits. */
    uint64_t off = 0;
    while (off < len) {
        uint64_t left = len - off;
        if (left < ACPI_DM_BLOB_HEADER)
            return stop(res, off, "only %U bytes left, too few for an 8-byte blob header", left);
        uint32_t type = get_le32(area + off), size = get_le32(area + off + 4);
        if (size < ACPI_DM_BLOB_HEADER)
            return stop(res, off, "blob size %u is smaller than the 8-byte blob header", size);
        if (size > left)
            return stop(res, off, "blob size %u runs past the end of the area (%U bytes left)",
                        size, left);
        if (res->n >= max_blobs)
            return stop(res, off, "more than %u blobs (the policy's limit)", max_blobs);
        if (res->n >= res->cap)
            return stop(res, off, "more than %u blobs (the caller's result has room for no more)",
                        res->cap);

        /* Every field set, not the whole verdict cleared: the reason is a
         * string, and only its first byte need be there before it is
         * written (a 170-byte clear per blob was a sixth of the walk). */
        struct acpi_dm_blob *b = &res->blobs[res->n];
        b->index = res->n;
        b->offset = (uint32_t)off;
        b->type = type;
        b->size = size;
        b->name[0] = '\0';
        b->accepted = 0;
        b->reason[0] = '\0';
        b->data = NULL;
        b->data_len = 0;
        const uint8_t *d = area + off + ACPI_DM_BLOB_HEADER;
        uint32_t n = size - ACPI_DM_BLOB_HEADER;
        if (type == ACPI_DM_BLOB_TABLE)
            judge_table(&k, b, d, n);
        else if (type == ACPI_DM_BLOB_NSDEV)
            judge_device(&k, b, d, n);
        else
            reject(b, "unknown blob type %u (0 is an ACPI table, 1 a namespace device)", type);
        if (b->accepted)
            res->n_accepted++;
        else
            res->n_rejected++;
        res->n++;
        off += size;
    }
    return 0;
}
