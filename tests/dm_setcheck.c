/*
 * dm_setcheck.c - the table-set invariants of dm_setcheck.h.  Written
 * without the library's helpers (only acpi_ns_scan, as a second opinion on
 * the names the DMACPI SSDT defines), so a bug in the code under test cannot
 * hide itself.
 */
#include "dm_setcheck.h"

#include "acpigen/nsscan.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *const dm_owned_sigs[] = {
    "RSD ", "RSDT", "XSDT", "FACP", "FACS", "DSDT", "SSDT", "APIC", "STAO",
    "HPET", "WAET", "SRAT", "SLIT", "TCPA", "TPM2",
};
const unsigned dm_n_owned_sigs = sizeof(dm_owned_sigs) / sizeof(dm_owned_sigs[0]);

#define MAX_ENTRIES (ACPI_GUEST_MAX_TABLES + 8)

struct ctx {
    const struct dm_set_expect *e;
    const uint8_t *img;
    size_t img_len;
    char *why;
    size_t cap;
    int failed;
};

static int fail(struct ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct ctx *c, const char *fmt, ...)
{
    va_list ap;

    if (!c->failed && c->cap) {
        va_start(ap, fmt);
        vsnprintf(c->why, c->cap, fmt, ap);
        va_end(ap);
    }
    c->failed = 1;
    return -1;
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p)
{
    return le32(p) | (uint64_t)le32(p + 4) << 32;
}

static uint8_t sum(const uint8_t *p, size_t n)
{
    uint8_t s = 0;
    while (n--)
        s = (uint8_t)(s + *p++);
    return s;
}

static int is_owned(const uint8_t *sig)
{
    for (unsigned i = 0; i < dm_n_owned_sigs; i++)
        if (!memcmp(sig, dm_owned_sigs[i], 4))
            return 1;
    return 0;
}

static int is_allowed(const struct acpi_dm_policy *p, const uint8_t *sig)
{
    for (unsigned i = 0; i < p->n_allow && i < ACPI_DM_MAX_ALLOW; i++)
        if (!memcmp(sig, p->allow[i], 4))
            return 1;
    return 0;
}

/* ACPI 6.4, 20.2.2: LeadNameChar is A-Z or _, NameChar adds 0-9. */
static int valid_nameseg(const uint8_t *n)
{
    for (int i = 0; i < 4; i++) {
        int ok = (n[i] >= 'A' && n[i] <= 'Z') || n[i] == '_' || (i && n[i] >= '0' && n[i] <= '9');
        if (!ok)
            return 0;
    }
    return 1;
}

static int str_ends(const char *s, size_t cap)
{
    return memchr(s, '\0', cap) != NULL;
}

/* ---- the verdicts against the area ------------------------------------- */

static int check_result(struct ctx *c, const struct acpi_dm_result *r, const uint8_t *area,
                        size_t area_len)
{
    const struct acpi_dm_policy *p = c->e->policy;
    uint32_t acc = 0, rej = 0, tables = 0, devices = 0;
    size_t at = 0;

    if (r->n > r->cap)
        return fail(c, "result: %u blobs judged, room for %u", r->n, r->cap);
    if (!str_ends(r->stop_reason, sizeof(r->stop_reason)))
        return fail(c, "result: stop_reason is not NUL-terminated");
    for (uint32_t i = 0; i < r->n; i++) {
        const struct acpi_dm_blob *b = &r->blobs[i];
        if (b->index != i || b->offset != at)
            return fail(c, "blob %u: index %u offset %u, want index %u offset %zu", i, b->index,
                        b->offset, i, at);
        if (at + 8 > area_len || b->size < 8 || b->size > area_len - at)
            return fail(c, "blob %u at %u: size %u does not fit the area of %zu bytes", i,
                        b->offset, b->size, area_len);
        if (b->type != le32(area + at) || b->size != le32(area + at + 4))
            return fail(c, "blob %u: type %u size %u, the area says %u %u", i, b->type, b->size,
                        le32(area + at), le32(area + at + 4));
        if (!str_ends(b->name, sizeof(b->name)) || !str_ends(b->reason, sizeof(b->reason)))
            return fail(c, "blob %u: name or reason not NUL-terminated", i);
        /* A reason cut to fit says so (docs/dm-acpi.md, limits). */
        size_t rl = strlen(b->reason);
        if (rl == sizeof(b->reason) - 1 && strcmp(b->reason + rl - 3, "..."))
            return fail(c, "blob %u: reason cut without \"...\": \"%s\"", i, b->reason);
        if (!b->accepted) {
            if (!b->reason[0])
                return fail(c, "blob %u: rejected without a reason", i);
            rej++;
            at += b->size;
            continue;
        }
        acc++;
        if (b->reason[0])
            return fail(c, "blob %u: accepted with reason \"%s\"", i, b->reason);
        const uint8_t *d = area + at + 8;
        uint32_t dlen = b->size - 8;
        if (b->type == ACPI_DM_BLOB_TABLE) {
            tables++;
            if (b->data != d || b->data_len != dlen)
                return fail(c, "blob %u: data/data_len do not point at the table", i);
            if (dlen < 36 || le32(d + 4) != dlen || sum(d, dlen))
                return fail(c, "blob %u: accepted a table with length %u (blob data %u) and "
                            "byte sum %u", i, dlen >= 8 ? le32(d + 4) : 0, dlen,
                            dlen >= 36 ? sum(d, dlen) : 0);
            if (is_owned(d) || !is_allowed(p, d))
                return fail(c, "blob %u: accepted table %.4s the policy does not allow", i, d);
            if (memcmp(b->name, d, 4))
                return fail(c, "blob %u: name \"%s\" is not the signature %.4s", i, b->name, d);
            for (uint32_t j = 0; j < i; j++)
                if (r->blobs[j].accepted && r->blobs[j].type == ACPI_DM_BLOB_TABLE &&
                    !memcmp(area + r->blobs[j].offset + 8, d, 4))
                    return fail(c, "blobs %u and %u: two %.4s tables accepted", j, i, d);
        } else if (b->type == ACPI_DM_BLOB_NSDEV) {
            devices++;
            if (dlen < 4 || b->data != d + 4 || b->data_len != dlen - 4)
                return fail(c, "blob %u: data/data_len do not point at the device body", i);
            if (!valid_nameseg(d))
                return fail(c, "blob %u: accepted a device with the invalid NameSeg %.4s", i, d);
            if (memcmp(b->name, d, 4))
                return fail(c, "blob %u: name \"%s\" is not the NameSeg %.4s", i, b->name, d);
            for (unsigned k = 0; k < c->e->n_taken; k++)
                if (!memcmp(d, c->e->taken[k], 4))
                    return fail(c, "blob %u: accepted device %.4s, which \\_SB already has", i, d);
            for (uint32_t j = 0; j < i; j++)
                if (r->blobs[j].accepted && r->blobs[j].type == ACPI_DM_BLOB_NSDEV &&
                    !memcmp(area + r->blobs[j].offset + 8, d, 4))
                    return fail(c, "blobs %u and %u: two devices %.4s accepted", j, i, d);
        } else {
            return fail(c, "blob %u: accepted unknown type %u", i, b->type);
        }
        at += b->size;
    }
    if (acc != r->n_accepted || rej != r->n_rejected || tables != r->n_tables ||
        devices != r->n_devices)
        return fail(c, "result counts accepted %u rejected %u tables %u devices %u, the blobs "
                    "say %u %u %u %u", r->n_accepted, r->n_rejected, r->n_tables, r->n_devices,
                    acc, rej, tables, devices);
    if (r->stopped) {
        if (!r->stop_reason[0])
            return fail(c, "result: stopped without a reason");
        if (r->stop_offset != at)
            return fail(c, "result: stopped at %u, the last judged blob ends at %zu",
                        r->stop_offset, at);
    } else {
        if (r->stop_reason[0])
            return fail(c, "result: not stopped but stop_reason \"%s\"", r->stop_reason);
        if (at != area_len)
            return fail(c, "result: walk complete but the blobs end at %zu of %zu", at, area_len);
    }
    return 0;
}

/* ---- the image ------------------------------------------------------------ */

struct range {
    size_t off, len;
    char sig[5];
};

/* A table at guest address addr: inside the image, a length that covers its
 * header and stays inside, and a zero checksum.  Returns its offset. */
static long table_at(struct ctx *c, uint64_t addr, const char *sig, const char *who)
{
    uint64_t base = c->e->base;

    if (addr < base || addr - base > c->img_len || c->img_len - (addr - base) < 36)
        return fail(c, "%s: table at 0x%llx is outside the image [0x%llx, 0x%llx)", who,
                    (unsigned long long)addr, (unsigned long long)base,
                    (unsigned long long)(base + c->img_len));
    size_t off = (size_t)(addr - base);
    const uint8_t *t = c->img + off;
    uint32_t len = le32(t + 4);
    if (len < 36 || len > c->img_len - off)
        return fail(c, "%s: %.4s at 0x%llx has length %u, outside the image of %zu bytes", who,
                    t, (unsigned long long)addr, len, c->img_len);
    if (sum(t, len))
        return fail(c, "%s: %.4s at 0x%llx: bytes sum to %u, not 0", who, t,
                    (unsigned long long)addr, sum(t, len));
    if (sig && memcmp(t, sig, 4))
        return fail(c, "%s: table at 0x%llx is %.4s, want %s", who, (unsigned long long)addr, t,
                     sig);
    return (long)off;
}

static int pkglength(const uint8_t *t, size_t at, size_t end, size_t *value, size_t *bytes)
{
    if (at >= end)
        return -1;
    unsigned n = t[at] >> 6;
    if (at + 1 + n > end)
        return -1;
    size_t v = n ? t[at] & 0x0F : t[at] & 0x3F;
    for (unsigned i = 0; i < n; i++)
        v |= (size_t)t[at + 1 + i] << (4 + 8 * i);
    *value = v;
    *bytes = 1 + n;
    return 0;
}

struct names_ctx {
    struct ctx *c;
    const struct acpi_dm_result *r;
    const uint8_t *area;
};

/* Every name the DMACPI SSDT defines must be \_SB itself (its Scope) or lie
 * inside one of the accepted devices. */
static int name_inside(void *arg, const struct acpi_ns_name *n)
{
    struct names_ctx *nc = arg;
    char path[ACPI_NS_MAX_SEGS * 5 + 2];

    acpi_ns_format(n, path, sizeof(path));
    if (n->nsegs >= 1 && n->segs[0] == ACPI_NAMESEG('_', 'S', 'B', '_')) {
        if (n->nsegs == 1 && n->opcode == 0x10)
            return 0;
        for (uint32_t i = 0; n->nsegs >= 2 && i < nc->r->n; i++) {
            const struct acpi_dm_blob *b = &nc->r->blobs[i];
            if (b->accepted && b->type == ACPI_DM_BLOB_NSDEV &&
                le32(nc->area + b->offset + 8) == n->segs[1])
                return 0;
        }
    }
    fail(nc->c, "DMACPI SSDT defines %s (opcode 0x%x at %zu), outside the accepted devices",
         path, n->opcode, n->offset);
    return 1;
}

/* The DMACPI SSDT: Scope (\_SB) { Device (NAME) { body } ... } with exactly
 * the accepted devices, in area order, each body byte for byte. */
static int check_dm_ssdt(struct ctx *c, size_t off, const struct acpi_dm_result *r,
                         const uint8_t *area)
{
    const uint8_t *t = c->img + off;
    size_t len = le32(t + 4), v, nb, at = 36, end;
    char err[ACPI_NS_MSG_MAX];

    if (memcmp(t + 16, "DMACPI\0\0", 8))
        return fail(c, "the devices' SSDT has table ID %.8s, want DMACPI", t + 16);
    if (t[8] != 2)
        return fail(c, "DMACPI SSDT: revision %u, want 2", t[8]);
    if (strncmp((const char *)t + 10, c->e->oem_id, strlen(c->e->oem_id)))
        return fail(c, "DMACPI SSDT: OEM ID %.6s, want %s", t + 10, c->e->oem_id);
    if (len < 38 || t[36] != 0x10 || pkglength(t, 37, len, &v, &nb) || 37 + v != len)
        return fail(c, "DMACPI SSDT: not one Scope spanning the table");
    at = 37 + nb;
    if (at + 5 > len || memcmp(t + at, "\\_SB_", 5))
        return fail(c, "DMACPI SSDT: the Scope is not \\_SB_");
    at += 5;
    end = len;
    for (uint32_t i = 0; i < r->n; i++) {
        const struct acpi_dm_blob *b = &r->blobs[i];
        if (!b->accepted || b->type != ACPI_DM_BLOB_NSDEV)
            continue;
        const uint8_t *name = area + b->offset + 8, *body = name + 4;
        size_t body_len = b->size - 12;
        if (at + 2 > end || t[at] != 0x5B || t[at + 1] != 0x82 ||
            pkglength(t, at + 2, end, &v, &nb) || at + 2 + v > end || v < nb + 4)
            return fail(c, "DMACPI SSDT: no Device at %zu for blob %u (%.4s)", at, i, name);
        size_t dev_end = at + 2 + v, p = at + 2 + nb;
        if (memcmp(t + p, name, 4))
            return fail(c, "DMACPI SSDT: Device at %zu is %.4s, blob %u is %.4s", at, t + p, i,
                        name);
        p += 4;
        if (dev_end - p != body_len || memcmp(t + p, body, body_len))
            return fail(c, "DMACPI SSDT: Device %.4s body (%zu bytes) is not blob %u's (%zu "
                        "bytes)", name, dev_end - p, i, body_len);
        at = dev_end;
    }
    if (at != end)
        return fail(c, "DMACPI SSDT: %zu bytes after the last accepted device", end - at);

    struct names_ctx nc = { c, r, area };
    int rc = acpi_ns_scan(t + 36, len - 36, name_inside, &nc, err, sizeof(err));
    if (c->failed)
        return -1;
    if (rc != 0)
        return fail(c, "acpi_ns_scan cannot read the DMACPI SSDT it helped build: %s", err);
    return 0;
}

int dm_check_set(const struct dm_set_expect *e, const uint8_t *image,
                 const struct acpi_guest_tables *out, const struct acpi_dm_result *res,
                 const uint8_t *area, size_t area_len, char *why, size_t cap)
{
    struct ctx c = { .e = e, .img = image, .why = why, .cap = cap };
    struct range seen[MAX_ENTRIES + 4];
    unsigned n_seen = 0;
    long off;

    if (cap)
        why[0] = '\0';
    if (check_result(&c, res, area, area_len))
        return -1;
    if (out->image != image)
        return fail(&c, "out->image is not the caller's buffer");
    if (!out->image_len || out->image_len > e->region)
        return fail(&c, "image_len %zu outside (0, %zu]", out->image_len, e->region);
    c.img_len = out->image_len;
    /* Nothing was written past the tables (compared a block at a time: the
     * fuzzer instruments every comparison of a byte loop). */
    static uint8_t poison_block[4096];
    memset(poison_block, e->poison, sizeof(poison_block));
    for (size_t i = out->image_len; i < e->region; i += sizeof(poison_block)) {
        size_t n = e->region - i < sizeof(poison_block) ? e->region - i : sizeof(poison_block);
        if (memcmp(image + i, poison_block, n)) {
            while (image[i] == e->poison)
                i++;
            return fail(&c, "image byte %zu, past image_len %zu, was written (0x%02x)", i,
                        out->image_len, image[i]);
        }
    }

    /* RSDP (ACPI 6.4, 5.2.5.3). */
    uint64_t ra = out->rsdp_address;
    if (ra < e->base || ra - e->base > c.img_len || c.img_len - (ra - e->base) < 36)
        return fail(&c, "RSDP at 0x%llx is outside the image", (unsigned long long)ra);
    const uint8_t *rsdp = image + (ra - e->base);
    if (memcmp(rsdp, "RSD PTR ", 8) || sum(rsdp, 20) || sum(rsdp, 36) || rsdp[15] != 2 ||
        le32(rsdp + 20) != 36)
        return fail(&c, "RSDP: bad signature, checksum, revision or length");
    seen[n_seen++] = (struct range){ (size_t)(ra - e->base), 36, "RSDP" };

    long xo = table_at(&c, le64(rsdp + 24), "XSDT", "RSDP.XsdtAddress");
    long ro = xo < 0 ? -1 : table_at(&c, le32(rsdp + 16), "RSDT", "RSDP.RsdtAddress");
    if (xo < 0 || ro < 0)
        return -1;
    uint32_t xlen = le32(image + xo + 4), rlen = le32(image + ro + 4);
    if ((xlen - 36) % 8 || (rlen - 36) % 4 || (xlen - 36) / 8 != (rlen - 36) / 4)
        return fail(&c, "XSDT (%u bytes) and RSDT (%u bytes) do not hold whole, equal lists",
                    xlen, rlen);
    unsigned n = (xlen - 36) / 8;
    seen[n_seen++] = (struct range){ (size_t)xo, xlen, "XSDT" };
    seen[n_seen++] = (struct range){ (size_t)ro, rlen, "RSDT" };

    unsigned want = e->n_base_sigs + res->n_tables + (res->n_devices ? 1 : 0);
    if (n != want)
        return fail(&c, "XSDT lists %u tables, want %u (%u built + %u accepted tables%s)", n,
                    want, e->n_base_sigs, res->n_tables, res->n_devices ? " + DMACPI SSDT" : "");
    if (n > MAX_ENTRIES)
        return fail(&c, "XSDT lists %u tables", n);

    uint32_t next_blob = 0;
    for (unsigned i = 0; i < n; i++) {
        uint64_t a = le64(image + xo + 36 + 8 * i);
        char who[32];
        if (a != le32(image + ro + 36 + 4 * i))
            return fail(&c, "XSDT entry %u (0x%llx) and RSDT entry differ (0x%x)", i,
                        (unsigned long long)a, le32(image + ro + 36 + 4 * i));
        snprintf(who, sizeof(who), "XSDT entry %u", i);
        if ((off = table_at(&c, a, NULL, who)) < 0)
            return -1;
        const uint8_t *t = image + off;
        uint32_t len = le32(t + 4);
        seen[n_seen] = (struct range){ (size_t)off, len, "" };
        memcpy(seen[n_seen++].sig, t, 4);
        if (i < e->n_base_sigs) {
            if (memcmp(t, e->base_sigs[i], 4))
                return fail(&c, "XSDT entry %u is %.4s, want %s", i, t, e->base_sigs[i]);
            continue;
        }
        if (i < e->n_base_sigs + res->n_tables) {
            while (next_blob < res->n &&
                   !(res->blobs[next_blob].accepted && res->blobs[next_blob].type == 0))
                next_blob++;
            const struct acpi_dm_blob *b = &res->blobs[next_blob++];
            const uint8_t *d = area + b->offset + 8;
            if (len != b->size - 8 || memcmp(t, d, len))
                return fail(&c, "XSDT entry %u (%.4s) is not accepted blob %u byte for byte", i,
                            t, b->index);
            continue;
        }
        if (memcmp(t, "SSDT", 4))
            return fail(&c, "XSDT entry %u is %.4s, want the DMACPI SSDT", i, t);
        if (check_dm_ssdt(&c, (size_t)off, res, area))
            return -1;
    }

    /* FADT -> DSDT: DSDT (offset 40) and X_DSDT (140) agree where set. */
    off = (long)seen[3].off;
    if (memcmp(seen[3].sig, "FACP", 4) || seen[3].len < 148)
        return fail(&c, "the first XSDT entry is not a FADT of at least 148 bytes");
    uint64_t d32 = le32(image + off + 40), d64 = le64(image + off + 140);
    if ((!d32 && !d64) || (d32 && d64 && d32 != d64))
        return fail(&c, "FADT: DSDT 0x%llx and X_DSDT 0x%llx", (unsigned long long)d32,
                    (unsigned long long)d64);
    long dso = table_at(&c, d64 ? d64 : d32, "DSDT", "FADT.X_DSDT");
    if (dso < 0)
        return -1;
    seen[n_seen++] = (struct range){ (size_t)dso, le32(image + dso + 4), "DSDT" };

    for (unsigned i = 0; i < n_seen; i++)
        for (unsigned j = i + 1; j < n_seen; j++)
            if (seen[i].off < seen[j].off + seen[j].len && seen[j].off < seen[i].off + seen[i].len)
                return fail(&c, "%s at %zu (+%zu) overlaps %s at %zu (+%zu)", seen[i].sig,
                            seen[i].off, seen[i].len, seen[j].sig, seen[j].off, seen[j].len);

    /* The manifest lists what the guest can reach, nothing else, inside the image. */
    if (out->n_tables != n_seen)
        return fail(&c, "manifest lists %u tables, the guest reaches %u", out->n_tables, n_seen);
    for (unsigned i = 0; i < out->n_tables; i++) {
        const struct acpi_table_info *ti = &out->tables[i];
        unsigned k = 0;
        while (k < n_seen && seen[k].off != ti->offset)
            k++;
        if (k == n_seen || ti->address != e->base + ti->offset || ti->length != seen[k].len ||
            memcmp(ti->signature, seen[k].sig, 4))
            return fail(&c, "manifest entry %u (%s at 0x%llx, %u bytes) is no table the guest "
                        "reaches", i, ti->signature, (unsigned long long)ti->address, ti->length);
    }
    return 0;
}

int dm_check_failed(const struct dm_set_expect *e, const uint8_t *image,
                    const struct acpi_guest_tables *out, char *why, size_t cap)
{
    struct ctx c = { .e = e, .why = why, .cap = cap };

    if (cap)
        why[0] = '\0';
    if (!out->error[0] || !str_ends(out->error, sizeof(out->error)))
        return fail(&c, "build failed without an error text");
    if (out->image || out->image_len)
        return fail(&c, "build failed but out->image is set (%zu bytes)", out->image_len);
    for (size_t i = 0; i < e->region; i++)
        if (image[i] != 0 && image[i] != e->poison)
            return fail(&c, "build failed but image byte %zu is 0x%02x (half-built tables?)", i,
                        image[i]);
    return 0;
}
