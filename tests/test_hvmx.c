/*
 * test_hvmx.c - hvmloader-ext (hvmloader-ext/dm_acpi.c) in a simulated
 * hvmloader: guest memory as one identity-mapped buffer, a xenstore of two
 * keys, bump allocators for table and scratch memory, and a table set of
 * hvmloader's own (RSDP, RSDT, XSDT, FACP, a DSDT with \_SB.C000-C003 and
 * VGEN, an SSDT with \_SB.PCI0) built here, not by libacpigen's builder.
 *
 *   test_hvmx [AREAS-DIR]
 *
 * For every area file in AREAS-DIR (the hostile catalogue, written by
 * test_dm_hostile --write-corpus; see test_hvmx.sh) the loader must give
 * exactly what the toolstack's functions give on the same area (same
 * verdict counts, one log line per verdict in the toolstack's words, the
 * accepted tables and the DMACPI SSDT byte for byte,
 * appended to the RSDT and XSDT with every checksum right; given only the
 * RSDP, it finds the rest itself), and, with the
 * allocator failing at each of its calls in turn, leave hvmloader's
 * tables untouched.  A writer thread that keeps changing the area while
 * the loader runs must only ever get results of one snapshot.
 */
#include "cunit_main.h"

#include "hvmloader_ext.h"

#include "acpigen/aml.h"
#include "acpigen/checksum.h"
#include "acpigen/dmacpi.h"
#include "acpigen/nsscan.h"

#include <dirent.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MEM_SIZE      (48u << 20)
#define TABLE_BASE    0x00100000u   /* hvmloader's set, then TABLE allocations */
#define TABLE_END     0x00400000u
#define SCRATCH_BASE  0x00400000u
#define SCRATCH_END   0x01E00000u
#define AREA_BASE     0x02000000u   /* the device model's blob area */

struct sim {
    uint8_t *mem;
    uint32_t table_next, scratch_next;
    const char *addr, *len;         /* the xenstore values; NULL: absent */
    int allocs, fail_at;            /* alloc() number fail_at returns NULL (-1: never) */
    char log[1 << 16];              /* the first lines */
    size_t log_len;
    char last[512];                 /* the last line */
};

static int xs_read(void *ctx, const char *key, char *buf, size_t cap)
{
    struct sim *s = ctx;
    const char *v = !strcmp(key, HVMX_XS_ADDRESS) ? s->addr :
                    !strcmp(key, HVMX_XS_LENGTH) ? s->len : NULL;
    size_t n;

    if (!v)
        return -1;
    n = strlen(v);
    if (n > cap)
        n = cap;
    memcpy(buf, v, n);
    return (int)n;
}

static void *sim_alloc(void *ctx, size_t size, size_t align, enum hvmx_mem kind)
{
    struct sim *s = ctx;
    uint32_t *next = kind == HVMX_MEM_TABLE ? &s->table_next : &s->scratch_next;
    uint32_t end = kind == HVMX_MEM_TABLE ? TABLE_END : SCRATCH_END;
    uint32_t at = (*next + (uint32_t)align - 1) & ~((uint32_t)align - 1);

    if (s->allocs++ == s->fail_at || at > end || size > end - at)
        return NULL;
    *next = at + (uint32_t)size;
    return s->mem + at;
}

static uint64_t v2p(void *ctx, const void *p)
{
    struct sim *s = ctx;
    return (uint64_t)((const uint8_t *)p - s->mem);
}

static const volatile void *p2v(void *ctx, uint64_t pa, size_t len)
{
    struct sim *s = ctx;
    if (pa > MEM_SIZE || len > MEM_SIZE - pa)
        return NULL;
    return s->mem + pa;
}

static void sim_log(void *ctx, const char *line)
{
    struct sim *s = ctx;
    snprintf(s->last, sizeof(s->last), "%s", line);
    int n = snprintf(s->log + s->log_len, sizeof(s->log) - s->log_len, "%s\n", line);
    if (n > 0 && (size_t)n < sizeof(s->log) - s->log_len)
        s->log_len += (size_t)n;
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p)
{
    return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

static void set32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void set64(uint8_t *p, uint64_t v)
{
    set32(p, (uint32_t)v);
    set32(p + 4, (uint32_t)(v >> 32));
}

/* A header-only table, or the header of a table of len bytes. */
static void header(uint8_t *t, const char *sig, uint32_t len)
{
    memset(t, 0, 36);
    memcpy(t, sig, 4);
    set32(t + 4, len);
    t[8] = 1;
    memcpy(t + 10, "Xen   ", 6);
    memcpy(t + 16, "HVM     ", 8);
    memcpy(t + 28, "HVML", 4);
}

static void seal(uint8_t *t)
{
    t[9] = 0;
    t[9] = acpi_checksum(t, le32(t + 4));
}

static uint32_t aml_table(struct sim *s, uint32_t at, int dsdt)
{
    struct aml_writer w;
    size_t len = 0;
    char name[5];

    aml_writer_init(&w, s->mem + at, 4096);
    aml_definition_block(&w, dsdt ? "DSDT" : "SSDT", 2, "Xen", "HVM", 0);
    aml_scope(&w, "\\_SB");
    for (int i = 0; dsdt && i < 4; i++) {
        memcpy(name, "C000", 5);
        name[3] = (char)('0' + i);
        aml_device(&w, name);
        aml_name_string(&w, "_HID", "ACPI0007");
        aml_end(&w);
    }
    aml_device(&w, dsdt ? "VGEN" : "PCI0");
    aml_name_string(&w, "_HID", dsdt ? "XEN0000" : "PNP0A03");
    aml_end(&w);
    aml_end(&w);
    aml_end(&w);
    CU_ASSERT_FATAL(aml_writer_finish(&w, &len) == AML_OK);
    return (uint32_t)len;
}

/* hvmloader's set, as hvmloader lays it out; t points into s->mem. */
static void hvmloader_set(struct sim *s, struct hvmx_tables *t)
{
    uint32_t at = TABLE_BASE, dsdt, ssdt, facp, rsdt, xsdt, rsdp;

    memset(s->mem + TABLE_BASE, 0, TABLE_END - TABLE_BASE);
    dsdt = at;
    at += (aml_table(s, dsdt, 1) + 15) & ~15u;
    ssdt = at;
    at += (aml_table(s, ssdt, 0) + 15) & ~15u;
    facp = at;
    header(s->mem + facp, "FACP", 36 + 8);
    set32(s->mem + facp + 40, dsdt);
    seal(s->mem + facp);
    at += 48;
    rsdt = at;
    header(s->mem + rsdt, "RSDT", 36 + 8);
    set32(s->mem + rsdt + 36, facp);
    set32(s->mem + rsdt + 40, ssdt);
    seal(s->mem + rsdt);
    at += 48;
    xsdt = at;
    header(s->mem + xsdt, "XSDT", 36 + 16);
    set64(s->mem + xsdt + 36, facp);
    set64(s->mem + xsdt + 44, ssdt);
    seal(s->mem + xsdt);
    at += 64;
    rsdp = at;
    uint8_t *r = s->mem + rsdp;
    memcpy(r, "RSD PTR ", 8);
    memcpy(r + 9, "Xen   ", 6);
    r[15] = 2;
    set32(r + 16, rsdt);
    set32(r + 20, 36);
    set64(r + 24, xsdt);
    r[8] = acpi_checksum(r, 20);
    r[32] = acpi_checksum(r, 36);
    at += 48;
    s->table_next = at;
    s->scratch_next = SCRATCH_BASE;
    s->allocs = 0;
    s->fail_at = -1;
    s->log_len = 0;
    s->log[0] = 0;
    memset(t, 0, sizeof(*t));
    t->rsdp = r;
    t->rsdt = s->mem + rsdt;
    t->xsdt = s->mem + xsdt;
    t->dsdt = s->mem + dsdt;
    t->ssdt[0] = s->mem + ssdt;
    t->n_ssdt = 1;
}

static const struct hvmx_ops *ops_for(struct sim *s)
{
    static _Thread_local struct hvmx_ops o;
    o = (struct hvmx_ops){ s, xs_read, sim_alloc, v2p, p2v, sim_log };
    return &o;
}

static void config(struct hvmx_config *c)
{
    char err[128];

    memset(c, 0, sizeof(*c));
    acpi_dm_policy_init(&c->policy);
    CU_ASSERT_FATAL(acpi_dm_policy_allow(&c->policy, "NFIT", err, sizeof(err)) == 0);
    c->policy.max_blobs = HVMX_MAX_BLOBS_DEFAULT;
    strcpy(c->oem_id, "Xen");
}

static struct sim *new_sim(void)
{
    struct sim *s = calloc(1, sizeof(*s));
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    s->mem = calloc(1, MEM_SIZE);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s->mem);
    return s;
}

static void free_sim(struct sim *s)
{
    free(s->mem);
    free(s);
}

/* Whether the set the RSDP now describes holds: RSDP checksums, RSDT and
 * XSDT with the same entries, each a table inside memory with a right
 * checksum.  Returns the number of entries, or -1 (with the reason). */
static int set_entries(const struct sim *s, uint64_t *ents, int max)
{
    const uint8_t *rsdp = NULL;
    for (uint32_t a = TABLE_BASE; a + 36 <= TABLE_END; a += 16)
        if (!memcmp(s->mem + a, "RSD PTR ", 8)) {
            rsdp = s->mem + a;
            break;
        }
    if (!rsdp || acpi_sum8(rsdp, 20) || acpi_sum8(rsdp, 36))
        return -1;
    uint32_t rsdt = le32(rsdp + 16);
    uint64_t xsdt = le64(rsdp + 24);
    if (rsdt + 36 > MEM_SIZE || xsdt + 36 > MEM_SIZE)
        return -1;
    const uint8_t *R = s->mem + rsdt, *X = s->mem + xsdt;
    uint32_t rl = le32(R + 4), xl = le32(X + 4);
    if (memcmp(R, "RSDT", 4) || memcmp(X, "XSDT", 4) || rl > TABLE_END - rsdt ||
        xl > TABLE_END - xsdt || acpi_sum8(R, rl) || acpi_sum8(X, xl) || (rl - 36) % 4 ||
        (xl - 36) % 8 || (rl - 36) / 4 != (xl - 36) / 8)
        return -1;
    int n = (int)(rl - 36) / 4;
    if (n > max)
        return -1;
    for (int i = 0; i < n; i++) {
        uint64_t a = le64(X + 36 + 8 * i);
        if (a != le32(R + 36 + 4 * i) || a + 36 > TABLE_END ||
            le32(s->mem + a + 4) > TABLE_END - a || acpi_sum8(s->mem + a, le32(s->mem + a + 4)))
            return -1;
        ents[i] = a;
    }
    return n;
}

static uint8_t *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    uint8_t *p = NULL;
    long sz;

    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (sz = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        p = malloc((size_t)sz + 1);
        if (p && fread(p, 1, (size_t)sz, f) != (size_t)sz) {
            free(p);
            p = NULL;
        }
        *n = (size_t)sz;
    }
    fclose(f);
    return p;
}

/* What the toolstack's functions make of the same area and names. */
struct expect {
    int ok;                         /* the area passes acpi_dm_check_area */
    uint32_t n_acc, n_rej;
    uint32_t n_blobs;               /* verdicts, in e->blobs */
    const uint8_t *add[4096];
    uint32_t add_len[4096];
    uint32_t n_add;
    uint8_t *ssdt;
    struct acpi_dm_blob *blobs;
    uint32_t *slots;
};

static void expect(const struct hvmx_config *c, const struct hvmx_tables *t, const uint8_t *area,
                   size_t len, struct expect *e)
{
    char err[256];
    struct acpi_nameset ns;
    struct acpi_dm_result r;
    uint32_t cap = (uint32_t)(len / 8) + 1;

    memset(e, 0, sizeof(*e));
    if (acpi_dm_check_area(AREA_BASE, len, &c->policy, err, sizeof(err)))
        return;
    e->ok = 1;
    if (cap > c->policy.max_blobs)
        cap = c->policy.max_blobs;
    size_t slots = ACPI_DM_NAMESET_SLOTS(4096 + cap);
    e->slots = calloc(slots, 4);
    e->blobs = calloc(cap, sizeof(*e->blobs));
    e->ssdt = malloc(ACPI_DM_SSDT_MAX(len));
    CU_ASSERT_FATAL(e->slots && e->blobs && e->ssdt);
    CU_ASSERT_FATAL(acpi_nameset_init(&ns, e->slots, slots) == 0);
    CU_ASSERT_FATAL(acpi_nameset_add_aml(&ns, t->dsdt, le32(t->dsdt + 4), err, sizeof(err)) == 0);
    CU_ASSERT_FATAL(acpi_nameset_add_aml(&ns, t->ssdt[0], le32(t->ssdt[0] + 4), err,
                                         sizeof(err)) == 0);
    memset(&r, 0, sizeof(r));
    r.blobs = e->blobs;
    r.cap = cap;
    CU_ASSERT_FATAL(acpi_dm_ingest(area, len, &c->policy, &ns, &r) >= 0);
    e->n_acc = r.n_accepted;
    e->n_rej = r.n_rejected;
    e->n_blobs = r.n;
    for (uint32_t i = 0; i < r.n && e->n_add < 4095; i++)
        if (r.blobs[i].accepted && r.blobs[i].type == ACPI_DM_BLOB_TABLE) {
            e->add[e->n_add] = r.blobs[i].data;
            e->add_len[e->n_add++] = r.blobs[i].data_len;
        }
    long sl = acpi_dm_build_ssdt(&r, c->oem_id, c->oem_revision, e->ssdt, ACPI_DM_SSDT_MAX(len),
                                 err, sizeof(err));
    CU_ASSERT_FATAL(sl >= 0);
    if (sl > 0) {
        e->add[e->n_add] = e->ssdt;
        e->add_len[e->n_add++] = (uint32_t)sl;
    }
}

static void free_expect(struct expect *e)
{
    free(e->slots);
    free(e->blobs);
    free(e->ssdt);
}

static void put_area(struct sim *s, const uint8_t *area, size_t len, char *a, char *l)
{
    memset(s->mem + AREA_BASE, 0, MEM_SIZE - AREA_BASE);
    memcpy(s->mem + AREA_BASE, area, len);
    sprintf(a, "0x%x", AREA_BASE);
    sprintf(l, "%zu", len);
    s->addr = a;
    s->len = l;
}

/* The log starts with one line per verdict, as the format the toolstack's
 * messages use would print it (%X: 0x and upper-case hex); the lines that
 * fit in s->log are compared.  Returns the number of lines that differ. */
static int check_verdict_lines(const char *name, const struct sim *s, const struct expect *e)
{
    const char *at = s->log, *end = s->log + s->log_len;
    char want[512];

    for (uint32_t i = 0; i < e->n_blobs; i++) {
        const struct acpi_dm_blob *b = &e->blobs[i];
        int n = snprintf(want, sizeof(want), "dm-acpi: blob %u at 0x%X: %s %s, %u bytes: %s%s\n",
                         b->index, b->offset, b->type == ACPI_DM_BLOB_TABLE ? "table" :
                         b->type == ACPI_DM_BLOB_NSDEV ? "device" : "type?", b->name, b->size,
                         b->accepted ? "accepted" : "rejected: ", b->accepted ? "" : b->reason);
        if ((size_t)(end - at) < (size_t)n)
            return 0;               /* past what the log keeps */
        if (memcmp(at, want, (size_t)n)) {
            const char *nl = memchr(at, '\n', (size_t)(end - at));
            fprintf(stderr, "%s: verdict line %u is\n  %.*s\nnot\n  %s", name, i,
                    (int)(nl ? nl - at : end - at), at, want);
            return 1;
        }
        at += n;
    }
    return 0;
}

/* One area: the loader against the reference, then every allocation
 * failure.  Returns the number of failed checks (also CU-asserted). */
static int run_area(const char *name, const uint8_t *area, size_t len)
{
    struct sim *s = new_sim();
    struct hvmx_tables t;
    struct hvmx_config c;
    struct hvmx_result res;
    struct expect e;
    char a[32], l[32];
    static uint64_t ents[8192];
    int bad = 0;

    config(&c);
    hvmloader_set(s, &t);
    if (len > MEM_SIZE - AREA_BASE)
        len = MEM_SIZE - AREA_BASE;
    put_area(s, area, len, a, l);
    expect(&c, &t, area, len, &e);
    uint32_t set_end = s->table_next;
    uint8_t *before = malloc(set_end - TABLE_BASE);
    memcpy(before, s->mem + TABLE_BASE, set_end - TABLE_BASE);

    /* As hvmloader would call it: the RSDP only, the rest found from it. */
    struct hvmx_tables only = { .rsdp = t.rsdp };
    int rc = hvmx_dm_acpi(ops_for(s), &c, &only, &res);
    int n = set_entries(s, ents, 8192);
    if (!e.ok) {
        if (rc != -1 || memcmp(before, s->mem + TABLE_BASE, set_end - TABLE_BASE)) {
            fprintf(stderr, "%s: a refused area gave rc %d or changed the tables\n", name, rc);
            bad++;
        }
    } else if (rc != 0 || res.n_accepted != e.n_acc || res.n_rejected != e.n_rej ||
               n != (int)(2 + e.n_add) || res.n_tables_added != e.n_add) {
        fprintf(stderr, "%s: rc %d (%s), %u/%u accepted/rejected (want %u/%u), %d entries "
                "(want %u)\n", name, rc, res.error, res.n_accepted, res.n_rejected, e.n_acc,
                e.n_rej, n, 2 + e.n_add);
        bad++;
    } else {
        if (memcmp(before, s->mem + TABLE_BASE, set_end - TABLE_BASE - 48) ||
            ents[0] != le64(t.xsdt + 36) || ents[1] != le64(t.xsdt + 44)) {
            fprintf(stderr, "%s: hvmloader's own tables changed\n", name);
            bad++;
        }
        bad += check_verdict_lines(name, s, &e);
        for (uint32_t i = 0; i < e.n_add; i++) {
            const uint8_t *got = s->mem + ents[2 + i];
            if (le32(got + 4) != e.add_len[i] || memcmp(got, e.add[i], e.add_len[i])) {
                fprintf(stderr, "%s: added table %u differs from the reference\n", name, i);
                bad++;
            }
        }
    }
    /* Every allocation failing in turn: the tables exactly as before. */
    int total = s->allocs;
    for (int k = 0; k < total; k++) {
        hvmloader_set(s, &t);
        put_area(s, area, len, a, l);
        s->fail_at = k;
        rc = hvmx_dm_acpi(ops_for(s), &c, &t, &res);
        if (rc != -1 || memcmp(before, s->mem + TABLE_BASE, set_end - TABLE_BASE) ||
            !strstr(s->last, "tables left as they were")) {
            fprintf(stderr, "%s: allocation %d of %d failing: rc %d, tables %s\n", name, k,
                    total, rc,
                    memcmp(before, s->mem + TABLE_BASE, set_end - TABLE_BASE) ? "changed"
                                                                               : "intact");
            bad++;
            break;
        }
    }
    CU_ASSERT_EQUAL(bad, 0);
    free(before);
    free_expect(&e);
    free_sim(s);
    return bad;
}

static void test_catalogue(void)
{
    const char *dir = cunit_argc > 1 ? cunit_argv[1] : NULL;
    DIR *d;
    struct dirent *de;
    int files = 0, bad = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    d = opendir(dir);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    while ((de = readdir(d))) {
        char path[4096];
        size_t n = 0;
        uint8_t *area;

        if (!strstr(de->d_name, ".bin"))
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
        area = read_file(path, &n);
        CU_ASSERT_PTR_NOT_NULL_FATAL(area);
        bad += run_area(de->d_name, area, n);
        files++;
        free(area);
    }
    closedir(d);
    printf("\n  hvmx: %d catalogue areas, %d failed\n", files, bad);
    CU_ASSERT(files >= 50);
}

/* Keys: absent (nothing done), half there, malformed. */
static void test_keys(void)
{
    static const struct { const char *addr, *len, *says; int rc; } c[] = {
        { NULL, NULL, NULL, 0 },
        { "0x2000000", NULL, "but not hvmloader/dm-acpi/length", -1 },
        { NULL, "16", "but not hvmloader/dm-acpi/address", -1 },
        { "0x20000zz", "16", "hvmloader/dm-acpi/address", -1 },
        { "0x2000000", "-1", "hvmloader/dm-acpi/length", -1 },
        { "0x2000000", "0", "length", -1 },
        { "0xFFFFFFF0", "4096", "4 GiB", -1 },
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        struct sim *s = new_sim();
        struct hvmx_tables t;
        struct hvmx_config cf;
        struct hvmx_result res;

        config(&cf);
        hvmloader_set(s, &t);
        uint32_t end = s->table_next;
        uint8_t *before = malloc(end - TABLE_BASE);
        memcpy(before, s->mem + TABLE_BASE, end - TABLE_BASE);
        s->addr = c[i].addr;
        s->len = c[i].len;
        int rc = hvmx_dm_acpi(ops_for(s), &cf, &t, &res);
        if (rc != c[i].rc || (c[i].says && !strstr(res.error, c[i].says)))
            fprintf(stderr, "keys %zu: rc %d, error \"%s\"\n", i, rc, res.error);
        CU_ASSERT_EQUAL(rc, c[i].rc);
        CU_ASSERT_EQUAL(res.present, c[i].rc == 0 ? 0 : res.present);
        if (c[i].says)
            CU_ASSERT_PTR_NOT_NULL(strstr(res.error, c[i].says));
        CU_ASSERT_EQUAL(memcmp(before, s->mem + TABLE_BASE, end - TABLE_BASE), 0);
        CU_ASSERT_EQUAL(s->table_next, end);
        free(before);
        free_sim(s);
    }
}

/* ---- a device model that keeps writing ------------------------------------ */

/* Area version v: an NFIT whose one body byte is v (checksum right), and a
 * device NVDR.  Two versions differ in that byte and the checksum only, so
 * any mix of them has a wrong checksum. */
static size_t version(uint8_t *a, uint8_t v)
{
    uint8_t nfit[40];
    size_t n = 0;

    header(nfit, "NFIT", sizeof(nfit));
    memset(nfit + 36, 0, 4);
    nfit[38] = v;
    seal(nfit);
    set32(a + n, ACPI_DM_BLOB_TABLE);
    set32(a + n + 4, 8 + sizeof(nfit));
    memcpy(a + n + 8, nfit, sizeof(nfit));
    n += 8 + sizeof(nfit);
    static const uint8_t body[] = { 0x08, '_', 'H', 'I', 'D', 0x0D, 'A', 'C', 'P', 'I', '0',
                                    '0', '1', '2', 0x00 };
    set32(a + n, ACPI_DM_BLOB_NSDEV);
    set32(a + n + 4, 8 + 4 + sizeof(body));
    memcpy(a + n + 8, "NVDR", 4);
    memcpy(a + n + 12, body, sizeof(body));
    return n + 12 + sizeof(body);
}

struct writer {
    struct sim *s;
    uint8_t v[2][128];
    size_t len;
    atomic_int stop;
    unsigned long rounds;
};

static void *write_loop(void *arg)
{
    struct writer *w = arg;
    volatile uint8_t *area = w->s->mem + AREA_BASE;

    while (!atomic_load(&w->stop)) {
        const uint8_t *src = w->v[w->rounds++ & 1];
        for (size_t i = 0; i < w->len; i++)
            area[i] = src[i];
    }
    return NULL;
}

static void test_concurrent_writer(void)
{
    struct sim *s = new_sim();
    struct writer w = { .s = s };
    struct hvmx_tables t;
    struct hvmx_config c;
    struct hvmx_result res;
    static uint64_t ents[16];
    char a[32], l[32];
    pthread_t th;
    int runs = 0, bad = 0, nfit_taken = 0;

    config(&c);
    w.len = version(w.v[0], 0x11);
    CU_ASSERT_EQUAL_FATAL(version(w.v[1], 0x22), w.len);
    hvmloader_set(s, &t);
    put_area(s, w.v[0], w.len, a, l);
    CU_ASSERT_FATAL(pthread_create(&th, NULL, write_loop, &w) == 0);
    for (runs = 0; runs < 2000; runs++) {
        hvmloader_set(s, &t);
        s->addr = a;
        s->len = l;
        int rc = hvmx_dm_acpi(ops_for(s), &c, &t, &res);
        int n = set_entries(s, ents, 16);
        if (rc != 0 || n < 2) {
            fprintf(stderr, "run %d: rc %d (%s), set %d\n", runs, rc, res.error, n);
            bad++;
            continue;
        }
        for (int i = 2; i < n; i++) {
            const uint8_t *tb = s->mem + ents[i];
            if (!memcmp(tb, "NFIT", 4)) {
                nfit_taken++;
                if (memcmp(tb, w.v[0] + 8, 40) && memcmp(tb, w.v[1] + 8, 40)) {
                    fprintf(stderr, "run %d: the NFIT added is neither version\n", runs);
                    bad++;
                }
            } else if (memcmp(tb, "SSDT", 4)) {
                fprintf(stderr, "run %d: table %.4s added\n", runs, (const char *)tb);
                bad++;
            }
        }
    }
    atomic_store(&w.stop, 1);
    pthread_join(th, NULL);
    printf("\n  hvmx: %d runs against a writer that rewrote the area %lu times: NFIT taken %d "
           "times, %d bad results\n", runs, w.rounds, nfit_taken, bad);
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT(nfit_taken > 0);
    free_sim(s);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("hvmloader-ext");

    add_test(s, "dm-acpi keys", test_keys);
    add_test(s, "the hostile catalogue, against the toolstack's result", test_catalogue);
    add_test(s, "a device model writing the area meanwhile", test_concurrent_writer);
}
