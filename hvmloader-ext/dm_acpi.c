/*
 * dm_acpi.c - hvmx_dm_acpi(): the dm-acpi step of hvmloader (see
 * hvmloader_ext.h).  The order matters: keys, one copy of the area,
 * judging on the copy, then every allocation and table written into new
 * memory, and only at the end the RSDP, so a failure at any step leaves
 * hvmloader's set as it was.
 */
#include "hvmloader_ext.h"

#include <stdarg.h>

#include "acpigen/checksum.h"
#include "acpigen/dmacpi.h"
#include "aml/aml_encode.h"
#include "base/mem.h"
#include "base/msg.h"

#define HDR 36u

static void logf_(const struct hvmx_ops *ops, const char *fmt, ...)
{
    char line[160 + ACPI_DM_REASON_MAX];
    va_list ap;

    va_start(ap, fmt);
    msg_vformat(line, sizeof(line), fmt, ap);
    va_end(ap);
    ops->log(ops->ctx, line);
}

static int fail(const struct hvmx_ops *ops, struct hvmx_result *res, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    msg_vformat(res->error, sizeof(res->error), fmt, ap);
    va_end(ap);
    if (ops && ops->log)
        logf_(ops, "dm-acpi: %s (tables left as they were)", res->error);
    return -1;
}

/* A key's value as a number; 1 when absent, 0 when read, -1 on error. */
static int read_key(const struct hvmx_ops *ops, const char *key, uint64_t *v,
                    struct hvmx_result *res)
{
    char buf[32], err[128];
    int n = ops->xs_read(ops->ctx, key, buf, sizeof(buf));

    if (n < 0)
        return 1;
    if ((size_t)n > sizeof(buf))
        return fail(ops, res, "xenstore %s: the reader returned %U bytes for a %Z-byte buffer",
                    key, (uint64_t)n, sizeof(buf));
    if (acpi_dm_parse_number(buf, (size_t)n, key, v, err, sizeof(err)))
        return fail(ops, res, "%s", err);
    return 0;
}

/* A root table (RSDT: 4-byte entries, XSDT: 8) that hvmloader built: its
 * signature, a length that is a header plus whole entries, its checksum. */
static int check_sdt(const struct hvmx_ops *ops, struct hvmx_result *res, const uint8_t *t,
                     const char *sig, unsigned esize, uint32_t *n)
{
    uint32_t len = get_le32(t + 4);

    if (t[0] != (uint8_t)sig[0] || t[1] != (uint8_t)sig[1] || t[2] != (uint8_t)sig[2] ||
        t[3] != (uint8_t)sig[3])
        return fail(ops, res, "hvmloader's %s has signature %q", sig,
                    (const char[5]){ (char)t[0], (char)t[1], (char)t[2], (char)t[3], 0 });
    if (len < HDR || (len - HDR) % esize || acpi_sum8(t, len))
        return fail(ops, res, "hvmloader's %s (%U bytes) is not a valid table", sig,
                    (uint64_t)len);
    *n = (len - HDR) / esize;
    return 0;
}

/* The one copy of the area: each byte read once, four at a time where the
 * source is aligned (a byte loop was a tenth of the whole step). */
static void copy_area(uint8_t *dst, const volatile uint8_t *src, size_t len)
{
    size_t i = 0;

    for (; i < len && ((uintptr_t)(src + i) & 3); i++)
        dst[i] = src[i];
    for (; len - i >= 4; i += 4) {
        uint32_t w = *(const volatile uint32_t *)(const volatile void *)(src + i);
        __builtin_memcpy(dst + i, &w, 4);   /* memory order; one store */
    }
    for (; i < len; i++)
        dst[i] = src[i];
}

static void *alloc(const struct hvmx_ops *ops, size_t size, size_t align, enum hvmx_mem kind)
{
    return size ? ops->alloc(ops->ctx, size, align, kind) : NULL;
}

/* A table in table memory: its copy from the blob area copy. */
static int place(const struct hvmx_ops *ops, struct hvmx_result *res, const uint8_t *table,
                 uint32_t len, uint64_t *pa)
{
    uint8_t *p = alloc(ops, len, 16, HVMX_MEM_TABLE);

    if (!p)
        return fail(ops, res, "no room for a %U-byte table in the ACPI area", (uint64_t)len);
    acpigen_memmove(p, table, len);
    *pa = ops->virt_to_phys(ops->ctx, p);
    return 0;
}

/* One of hvmloader's own tables at pa (nobody else writes them, so the
 * volatile mapping is read like memory), or NULL if it cannot be mapped. */
static const uint8_t *map_table(const struct hvmx_ops *ops, uint64_t pa)
{
    const volatile uint8_t *h = ops->phys_to_virt(ops->ctx, pa, HDR);
    const uint8_t *p = (const uint8_t *)(uintptr_t)h;
    uint32_t len;

    if (!h)
        return NULL;
    len = get_le32(p + 4);
    if (len < HDR || !ops->phys_to_virt(ops->ctx, pa, len))
        return NULL;
    return p;
}

/* The DSDT (through the FADT) and the SSDTs of the root table's entries,
 * when the caller did not name them. */
static int find_aml(const struct hvmx_ops *ops, struct hvmx_result *res, struct hvmx_tables *t,
                    const uint8_t *root, unsigned esize, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *e = root + HDR + esize * i;
        uint64_t pa = esize == 8 ? get_le64(e) : get_le32(e);
        const uint8_t *tb = map_table(ops, pa);

        if (!tb)
            return fail(ops, res, "entry %u of hvmloader's %s (%X) is no table", i,
                        esize == 8 ? "XSDT" : "RSDT", pa);
        if (tb[0] == 'F' && tb[1] == 'A' && tb[2] == 'C' && tb[3] == 'P') {
            uint32_t len = get_le32(tb + 4);
            uint64_t d = len >= 148 && get_le64(tb + 140) ? get_le64(tb + 140) :
                         len >= 44 ? get_le32(tb + 40) : 0;
            t->dsdt = d ? map_table(ops, d) : NULL;
            if (!t->dsdt)
                return fail(ops, res, "hvmloader's FADT names no DSDT that can be read (%X)", d);
        } else if (tb[0] == 'S' && tb[1] == 'S' && tb[2] == 'D' && tb[3] == 'T') {
            if (t->n_ssdt == HVMX_MAX_SSDT)
                return fail(ops, res, "hvmloader has more than %u SSDTs", HVMX_MAX_SSDT);
            t->ssdt[t->n_ssdt++] = tb;
        }
    }
    if (!t->dsdt)
        return fail(ops, res, "hvmloader's tables have no FADT");
    return 0;
}

static int scan_names(const struct hvmx_ops *ops, struct hvmx_result *res,
                      const struct hvmx_tables *t, struct acpi_nameset *names)
{
    char err[192];

    if (acpi_nameset_add_aml(names, t->dsdt, get_le32(t->dsdt + 4), err, sizeof(err)))
        return fail(ops, res, "hvmloader's DSDT: %s", err);
    for (unsigned i = 0; i < t->n_ssdt; i++)
        if (!t->ssdt[i] || acpi_nameset_add_aml(names, t->ssdt[i], get_le32(t->ssdt[i] + 4), err,
                                                sizeof(err)))
            return fail(ops, res, "hvmloader's SSDT %u: %s", i,
                        t->ssdt[i] ? err : "NULL pointer");
    return 0;
}

/*
 * A verdict line is built by appending its pieces, not by msg_vformat():
 * hvmloader logs one per blob, and parsing the format for each was a third
 * of the whole step.  The text is what
 *     "dm-acpi: blob %u at %X: %s %s, %u bytes: %s%s"
 * gives (tests/test_hvmx.c compares the two on the hostile catalogue),
 * cut the same way should it ever not fit (it always does: the reason is
 * shorter than ACPI_DM_REASON_MAX, the rest under 100 bytes).
 */
struct line {
    char *p;
    size_t n, last;         /* last: cap - 1, room for the NUL */
};

static void put_cut(struct line *l, const char *s, size_t len)
{
    while (len-- && l->n < l->last)
        l->p[l->n++] = *s++;
}

/* A literal: its constant length makes the copy a few stores. */
#define PUT_LIT(l, s) do {                                              \
        if (sizeof(s) - 1 <= (l)->last - (l)->n) {                      \
            __builtin_memcpy((l)->p + (l)->n, s, sizeof(s) - 1);        \
            (l)->n += sizeof(s) - 1;                                    \
        } else {                                                        \
            put_cut(l, s, sizeof(s) - 1);                               \
        }                                                               \
    } while (0)

static void put_cstr(struct line *l, const char *s)
{
    while (*s && l->n < l->last)
        l->p[l->n++] = *s++;
}

/* msg.h's %u and %X (after its "0x") for 32-bit values: no leading
 * zeros, upper-case hex. */
static void put_dec(struct line *l, uint32_t v)
{
    char tmp[10];
    unsigned i = sizeof(tmp);

    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put_cut(l, tmp + i, sizeof(tmp) - i);
}

static void put_hex(struct line *l, uint32_t v)
{
    char tmp[8];
    unsigned i = sizeof(tmp);

    do {
        tmp[--i] = "0123456789ABCDEF"[v & 15];
        v >>= 4;
    } while (v);
    put_cut(l, tmp + i, sizeof(tmp) - i);
}

static void log_verdict(const struct hvmx_ops *ops, const struct acpi_dm_blob *b)
{
    char buf[160 + ACPI_DM_REASON_MAX];
    struct line l = { buf, 0, sizeof(buf) - 1 };

    PUT_LIT(&l, "dm-acpi: blob ");
    put_dec(&l, b->index);
    PUT_LIT(&l, " at 0x");
    put_hex(&l, b->offset);
    if (b->type == ACPI_DM_BLOB_TABLE)
        PUT_LIT(&l, ": table ");
    else if (b->type == ACPI_DM_BLOB_NSDEV)
        PUT_LIT(&l, ": device ");
    else
        PUT_LIT(&l, ": type? ");
    put_cstr(&l, b->name);
    PUT_LIT(&l, ", ");
    put_dec(&l, b->size);
    if (b->accepted) {
        PUT_LIT(&l, " bytes: accepted");
    } else {
        PUT_LIT(&l, " bytes: rejected: ");
        put_cstr(&l, b->reason);
    }
    buf[l.n] = '\0';
    ops->log(ops->ctx, buf);
}

static void log_verdicts(const struct hvmx_ops *ops, const struct acpi_dm_result *r)
{
    for (uint32_t i = 0; i < r->n; i++)
        log_verdict(ops, &r->blobs[i]);
    if (r->stopped)
        logf_(ops, "dm-acpi: walk stopped at %X: %s", (uint64_t)r->stop_offset, r->stop_reason);
    logf_(ops, "dm-acpi: %u accepted, %u rejected", r->n_accepted, r->n_rejected);
}

int hvmx_dm_acpi(const struct hvmx_ops *ops, const struct hvmx_config *cfg,
                 struct hvmx_tables *t, struct hvmx_result *res)
{
    uint64_t addr = 0, len = 0;
    char err[192];
    int a, l;

    if (!res)
        return -1;
    acpigen_memset(res, 0, sizeof(*res));
    if (!ops || !ops->xs_read || !ops->alloc || !ops->virt_to_phys || !ops->phys_to_virt ||
        !ops->log || !cfg || !t || !t->rsdp || t->n_ssdt > HVMX_MAX_SSDT ||
        (t->n_ssdt && !t->dsdt))
        return fail(ops && ops->log ? ops : NULL, res, "hvmx_dm_acpi: NULL or bad argument");

    /* ---- the keys: both or neither */
    a = read_key(ops, HVMX_XS_ADDRESS, &addr, res);
    if (a < 0)
        return -1;
    l = read_key(ops, HVMX_XS_LENGTH, &len, res);
    if (l < 0)
        return -1;
    if (a && l)
        return 0;
    if (a || l)
        return fail(ops, res, "xenstore has %s but not %s", a ? HVMX_XS_LENGTH : HVMX_XS_ADDRESS,
                    a ? HVMX_XS_ADDRESS : HVMX_XS_LENGTH);
    res->present = 1;
    res->address = addr;
    res->length = len;
    if (acpi_dm_check_area(addr, len, &cfg->policy, err, sizeof(err)))
        return fail(ops, res, "%s", err);

    /* ---- hvmloader's root tables, checked before anything is spent */
    uint8_t *rsdp = t->rsdp;
    uint32_t n_r, n_x = 0;
    if (!(rsdp[0] == 'R' && rsdp[1] == 'S' && rsdp[2] == 'D' && rsdp[3] == ' ') ||
        acpi_sum8(rsdp, 20) || (rsdp[15] >= 2 && acpi_sum8(rsdp, 36)))
        return fail(ops, res, "hvmloader's RSDP is not valid");
    if (!t->rsdt) {
        t->rsdt = map_table(ops, get_le32(rsdp + 16));
        if (rsdp[15] >= 2 && get_le64(rsdp + 24))
            t->xsdt = map_table(ops, get_le64(rsdp + 24));
        if (!t->rsdt || (rsdp[15] >= 2 && get_le64(rsdp + 24) && !t->xsdt))
            return fail(ops, res, "the RSDT or XSDT the RSDP points to cannot be read");
    }
    int has_x = rsdp[15] >= 2 && t->xsdt;
    if (rsdp[15] >= 2 && get_le64(rsdp + 24) && !t->xsdt)
        return fail(ops, res, "the RSDP points to an XSDT at %X that was not passed",
                    get_le64(rsdp + 24));
    if (ops->virt_to_phys(ops->ctx, t->rsdt) != get_le32(rsdp + 16) ||
        (has_x && ops->virt_to_phys(ops->ctx, t->xsdt) != get_le64(rsdp + 24)))
        return fail(ops, res, "the RSDT/XSDT passed are not the ones the RSDP points to");
    if (check_sdt(ops, res, t->rsdt, "RSDT", 4, &n_r) ||
        (has_x && check_sdt(ops, res, t->xsdt, "XSDT", 8, &n_x)))
        return -1;
    if (!t->dsdt && find_aml(ops, res, t, has_x ? t->xsdt : t->rsdt, has_x ? 8 : 4,
                             has_x ? n_x : n_r))
        return -1;
    if (t->dsdt[0] != 'D' || get_le32(t->dsdt + 4) < HDR)
        return fail(ops, res, "hvmloader's DSDT is not a DSDT");

    /* ---- one copy of the area: the device model may still be writing */
    const volatile uint8_t *src = ops->phys_to_virt(ops->ctx, addr, (size_t)len);
    uint8_t *area = alloc(ops, (size_t)len, 8, HVMX_MEM_SCRATCH);
    if (!src)
        return fail(ops, res, "the area at %X (%U bytes) cannot be mapped", addr, len);
    if (!area)
        return fail(ops, res, "no scratch memory for a copy of the %U-byte area", len);
    copy_area(area, src, (size_t)len);

    /* ---- judge the copy against hvmloader's namespace */
    uint32_t cap = (uint32_t)(len / ACPI_DM_BLOB_HEADER) + 1;
    uint32_t max_blobs = cfg->policy.max_blobs ? cfg->policy.max_blobs : ACPI_DM_MAX_BLOBS;
    if (cap > max_blobs)
        cap = max_blobs;
    size_t aml = get_le32(t->dsdt + 4);
    for (unsigned i = 0; i < t->n_ssdt; i++)
        aml += t->ssdt[i] ? get_le32(t->ssdt[i] + 4) : 0;
    size_t n_slots = ACPI_DM_NAMESET_SLOTS(aml / 4 + cap);
    struct acpi_dm_blob *blobs = alloc(ops, cap * sizeof(*blobs), 8, HVMX_MEM_SCRATCH);
    uint32_t *slots = alloc(ops, n_slots * sizeof(*slots), 8, HVMX_MEM_SCRATCH);
    size_t ssdt_cap = ACPI_DM_SSDT_MAX(len);
    uint8_t *ssdt = alloc(ops, ssdt_cap, 8, HVMX_MEM_SCRATCH);
    if (!blobs || !slots || !ssdt)
        return fail(ops, res, "no scratch memory to judge %u blobs (%Z bytes)", cap,
                    cap * sizeof(*blobs) + n_slots * sizeof(*slots) + ssdt_cap);
    struct acpi_nameset names;
    if (acpi_nameset_init(&names, slots, n_slots))
        return fail(ops, res, "name set of %Z slots", n_slots);
    if (scan_names(ops, res, t, &names))
        return -1;
    struct acpi_dm_result r;
    acpigen_memset(&r, 0, sizeof(r));
    r.blobs = blobs;
    r.cap = cap;
    if (acpi_dm_ingest(area, (size_t)len, &cfg->policy, &names, &r) < 0)
        return fail(ops, res, "the dm-acpi policy is not valid");
    log_verdicts(ops, &r);
    res->n_accepted = r.n_accepted;
    res->n_rejected = r.n_rejected;
    long ssdt_len = acpi_dm_build_ssdt(&r, cfg->oem_id, cfg->oem_revision, ssdt, ssdt_cap, err,
                                       sizeof(err));
    if (ssdt_len < 0)
        return fail(ops, res, "%s", err);

    /* ---- the additions, in blob order, the DMACPI SSDT last */
    uint32_t n_add = r.n_tables + (ssdt_len > 0);
    if (!n_add)
        return 0;
    uint64_t *pa = alloc(ops, n_add * sizeof(*pa), 8, HVMX_MEM_SCRATCH);
    if (!pa)
        return fail(ops, res, "no scratch memory for %u table addresses", n_add);
    uint32_t k = 0;
    for (uint32_t i = 0; i < r.n; i++)
        if (r.blobs[i].accepted && r.blobs[i].type == ACPI_DM_BLOB_TABLE &&
            place(ops, res, r.blobs[i].data, r.blobs[i].data_len, &pa[k++]))
            return -1;
    if (ssdt_len > 0 && place(ops, res, ssdt, (uint32_t)ssdt_len, &pa[k++]))
        return -1;
    for (uint32_t i = 0; i < k; i++)
        if (pa[i] > 0xFFFFFFFFu)
            return fail(ops, res, "table memory at %X is above 4 GiB (no RSDT entry for it)",
                        pa[i]);

    /* ---- new RSDT and XSDT: the old entries, then ours */
    uint32_t rlen = HDR + 4 * (n_r + k), xlen = HDR + 8 * (n_x + k);
    uint8_t *rsdt = alloc(ops, rlen, 16, HVMX_MEM_TABLE);
    uint8_t *xsdt = has_x ? alloc(ops, xlen, 16, HVMX_MEM_TABLE) : NULL;
    if (!rsdt || (has_x && !xsdt))
        return fail(ops, res, "no room for the new RSDT/XSDT in the ACPI area");
    acpigen_memmove(rsdt, t->rsdt, HDR + 4 * n_r);
    for (uint32_t i = 0; i < k; i++)
        put_le32(rsdt + HDR + 4 * (n_r + i), (uint32_t)pa[i]);
    put_le32(rsdt + 4, rlen);
    rsdt[9] = 0;
    rsdt[9] = acpi_checksum(rsdt, rlen);
    if (has_x) {
        acpigen_memmove(xsdt, t->xsdt, HDR + 8 * n_x);
        for (uint32_t i = 0; i < k; i++)
            put_le64(xsdt + HDR + 8 * (n_x + i), pa[i]);
        put_le32(xsdt + 4, xlen);
        xsdt[9] = 0;
        xsdt[9] = acpi_checksum(xsdt, xlen);
    }

    /* ---- the RSDP last, in one copy */
    uint8_t nr[36];
    unsigned rsdp_len = rsdp[15] >= 2 ? 36 : 20;
    uint64_t rpa = ops->virt_to_phys(ops->ctx, rsdt);
    if (rpa > 0xFFFFFFFFu)
        return fail(ops, res, "the new RSDT at %X is above 4 GiB", rpa);
    acpigen_memmove(nr, rsdp, rsdp_len);
    put_le32(nr + 16, (uint32_t)rpa);
    nr[8] = 0;
    nr[8] = acpi_checksum(nr, 20);
    if (rsdp_len == 36) {
        if (has_x)
            put_le64(nr + 24, ops->virt_to_phys(ops->ctx, xsdt));
        nr[32] = 0;
        nr[32] = acpi_checksum(nr, 36);
    }
    acpigen_memmove(rsdp, nr, rsdp_len);
    t->rsdt = rsdt;
    if (has_x)
        t->xsdt = xsdt;
    res->n_tables_added = k;
    logf_(ops, "dm-acpi: %u table(s) added; RSDT at %X%s", k, rpa, has_x ? ", XSDT moved too" : "");
    return 0;
}
