/*
 * test_hwdom.c - the hardware-domain rewrite (acpi_host_set_init,
 * acpi_hwdom_build) on the host tables SeaBIOS built for QEMU's pc and q35
 * (tests/fixtures/host-tables/, with their addresses from the kernel's
 * log): every new table read back field by field against the host's, the
 * manifest, the dropped tables, and each error with its message; the
 * image never written past its end, at any size.
 *
 * Expectations come from the fixture bytes as read, never from numbers
 * copied out of them, so a recapture with another QEMU still tests.
 */
#define _GNU_SOURCE
#include "cunit_main.h"

#include <acpigen/actbl.h>
#include <acpigen/checksum.h>
#include <acpigen/hwdom.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGION (64u * 1024)
#define BASE 0x7000000u
#define GUARD 64

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t le32(const uint8_t *p) { return le16(p) | (uint32_t)le16(p + 2) << 16; }
static uint64_t le64(const uint8_t *p) { return le32(p) | (uint64_t)le32(p + 4) << 32; }

/* One fixture: its files and the addresses dmesg-acpi.txt gives them. */
struct fixture {
    const char *machine;
    struct acpi_host_table t[ACPI_HOST_MAX_TABLES];
    uint8_t *data[ACPI_HOST_MAX_TABLES];
    char name[ACPI_HOST_MAX_TABLES][256];
    unsigned n;
};

static struct fixture fx[2] = { { .machine = "pc" }, { .machine = "q35" } };
static uint8_t image[REGION + GUARD];
static struct acpi_host_set set;
static struct acpi_hwdom_tables out;
static const struct acpi_hwdom_layout layout = { .base = BASE, .size = REGION };

static uint8_t *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    uint8_t *d = NULL;
    long n;

    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (d = malloc((size_t)n)) && fread(d, 1, (size_t)n, f) != (size_t)n) {
        free(d);
        d = NULL;
    }
    *len = d ? (size_t)n : 0;
    fclose(f);
    return d;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static void load(struct fixture *f)
{
    const char *top = getenv("top_srcdir");
    char dir[512], path[1024], line[256];
    struct dirent **ents;
    int n;

    snprintf(dir, sizeof(dir), "%s/tests/fixtures/host-tables/%s", top ? top : ".", f->machine);
    n = scandir(dir, &ents, NULL, by_name);
    if (n < 0) {
        fprintf(stderr, "cannot read %s\n", dir);
        exit(1);
    }
    for (int i = 0; i < n; i++) {
        size_t l = strlen(ents[i]->d_name);
        if (l > 4 && !strcmp(ents[i]->d_name + l - 4, ".dat") && f->n < ACPI_HOST_MAX_TABLES) {
            snprintf(path, sizeof(path), "%s/%s", dir, ents[i]->d_name);
            snprintf(f->name[f->n], sizeof(f->name[0]), "%s", ents[i]->d_name);
            f->data[f->n] = read_file(path, &f->t[f->n].size);
            if (!f->data[f->n]) {
                fprintf(stderr, "cannot read %s\n", path);
                exit(1);
            }
            f->t[f->n].data = f->data[f->n];
            f->t[f->n].name = f->name[f->n];
            f->n++;
        }
        free(ents[i]);
    }
    free(ents);
    snprintf(path, sizeof(path), "%s/dmesg-acpi.txt", dir);
    FILE *d = fopen(path, "r");
    if (!d) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(1);
    }
    while (fgets(line, sizeof(line), d)) {
        char sig[5];
        unsigned long long addr;
        if (sscanf(line, "ACPI: %4s 0x%llx", sig, &addr) != 2)
            continue;
        for (unsigned i = 0; i < f->n; i++)
            if (!memcmp(f->data[i], sig, 4))
                f->t[i].address = addr;
    }
    fclose(d);
}

static int find_host(const struct fixture *f, const char *sig)
{
    for (unsigned i = 0; i < f->n; i++)
        if (!memcmp(f->t[i].data, sig, 4))
            return (int)i;
    return -1;
}

static int init_set(const struct acpi_host_table *t, unsigned n)
{
    int rc = acpi_host_set_init(&set, t, n);
    if (rc)
        fprintf(stderr, "\n  acpi_host_set_init: %s\n", set.error);
    return rc;
}

static int build_cfg(const struct acpi_hwdom_config *c, const struct acpi_hwdom_layout *lp)
{
    memset(image, 0xEE, sizeof(image));
    int rc = acpi_hwdom_build(c, &set, lp ? lp : &layout, image, REGION, &out);
    for (unsigned i = REGION; i < sizeof(image); i++)
        if (image[i] != 0xEE) {
            CU_FAIL("written past the end of the image");
            break;
        }
    return rc;
}

static const struct acpi_table_info *new_table(const char *sig)
{
    for (unsigned i = 0; i < out.set.n_tables; i++)
        if (!strcmp(out.set.tables[i].signature, sig))
            return &out.set.tables[i];
    return NULL;
}

static const uint8_t *new_bytes(const char *sig)
{
    const struct acpi_table_info *t = new_table(sig);
    return t ? image + t->offset : NULL;
}

static const struct acpi_hwdom_record *record(const char *sig)
{
    for (unsigned i = 0; i < out.n_records; i++)
        if (!strcmp(out.records[i].signature, sig))
            return &out.records[i];
    return NULL;
}

/* The fixture's set, built with a config of 2 online of 3 vCPUs hiding COM1. */
static void default_cfg(struct acpi_hwdom_config *c, const struct fixture *f)
{
    acpi_hwdom_config_init(c);
    c->vcpus = 2;
    c->maxvcpus = 3;
    c->stao_paths[0] = !strcmp(f->machine, "pc") ? "\\_SB.PCI0.S08.COM1" : "\\_SB.PCI0.SF8.COM1";
    c->n_stao_paths = 1;
}

/* ---- host set ------------------------------------------------------------ */

static void test_host_set_fixtures(void)
{
    for (int m = 0; m < 2; m++) {
        struct fixture *f = &fx[m];
        CU_ASSERT_FATAL(init_set(f->t, f->n) == 0);
        CU_ASSERT_EQUAL(set.n, f->n);
        CU_ASSERT_EQUAL(set.fadt, find_host(f, "FACP"));
        CU_ASSERT_EQUAL(set.dsdt, find_host(f, "DSDT"));
        CU_ASSERT_EQUAL(set.facs, find_host(f, "FACS"));
        CU_ASSERT_EQUAL(set.madt, find_host(f, "APIC"));
        for (unsigned i = 0; i < f->n; i++)
            CU_ASSERT_NOT_EQUAL(f->t[i].address, 0);   /* every one is in dmesg */
    }
}

/* A copy of the pc set with table i replaced by bytes d[0..len). */
static int set_with(int i, const uint8_t *d, size_t len, char *err, size_t errlen)
{
    struct acpi_host_table t[ACPI_HOST_MAX_TABLES];
    memcpy(t, fx[0].t, sizeof(t));
    t[i].data = d;
    t[i].size = len;
    int rc = acpi_host_set_init(&set, t, fx[0].n);
    snprintf(err, errlen, "%s", set.error);
    return rc;
}

static void expect_set_error(int i, const uint8_t *d, size_t len, const char *want)
{
    char err[256];
    CU_ASSERT_EQUAL(set_with(i, d, len, err, sizeof(err)), -1);
    if (!strstr(err, want)) {
        fprintf(stderr, "\n  got \"%s\", want \"%s\"\n", err, want);
        CU_FAIL("error message");
    }
}

static void test_host_set_errors(void)
{
    const struct fixture *f = &fx[0];
    int h = find_host(f, "HPET"), fa = find_host(f, "FACS");
    CU_ASSERT_FATAL(h >= 0 && fa >= 0);
    size_t len = f->t[h].size;
    uint8_t *d = malloc(len + 1);
    CU_ASSERT_FATAL(d != NULL);

    memcpy(d, f->data[h], len);
    expect_set_error(h, d, len - 1, "HPET.dat\" (table): its length field says");
    expect_set_error(h, d, len - 1, "(truncated)");
    d[len] = 0;
    expect_set_error(h, d, len + 1, "(trailing bytes)");
    d[20] ^= 1;
    expect_set_error(h, d, len, "HPET.dat\": checksum wrong");
    d[20] ^= 1;
    d[0] = 'h';
    expect_set_error(h, d, len, "signature byte 1");
    d[0] = 'H';
    expect_set_error(h, d, 20, "shorter than a table header");
    expect_set_error(fa, f->data[fa], 40, "shorter than a FACS");
    /* A second FADT in the place of the HPET. */
    expect_set_error(h, f->data[find_host(f, "FACP")], f->t[find_host(f, "FACP")].size,
                     "two FACP tables");
    CU_ASSERT_EQUAL(set_with(h, d, len, (char[256]){ 0 }, 256), 0);
    free(d);

    /* No MADT: the set of all but the APIC. */
    struct acpi_host_table t[ACPI_HOST_MAX_TABLES];
    unsigned n = 0;
    for (unsigned i = 0; i < f->n; i++)
        if (memcmp(f->data[i], "APIC", 4))
            t[n++] = f->t[i];
    CU_ASSERT_EQUAL(acpi_host_set_init(&set, t, n), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(set.error, "no APIC (MADT)"));

    /* The RSDP as acpidump shows it: 20 bytes, revision 0. */
    uint8_t rsdp[20] = { 'R', 'S', 'D', ' ', 'P', 'T', 'R', ' ', 0, 'B', 'O', 'C', 'H', 'S', ' ' };
    rsdp[8] = acpi_checksum(rsdp, 20);
    memcpy(t, f->t, sizeof(t));
    t[f->n] = (struct acpi_host_table){ .data = rsdp, .size = 20, .name = "RSDP", .address = 0xF59D0 };
    CU_ASSERT_EQUAL(init_set(t, f->n + 1), 0);
    CU_ASSERT_STRING_EQUAL(set.sig[f->n], "RSDP");
    rsdp[8]++;
    CU_ASSERT_EQUAL(acpi_host_set_init(&set, t, f->n + 1), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(set.error, "RSDP checksum wrong"));
}

/* ---- the rewrite ----------------------------------------------------------- */

/* Host MADT entries of one type, concatenated. */
static size_t host_entries(const uint8_t *madt, uint8_t type, uint8_t *buf)
{
    size_t n = 0;
    for (uint32_t off = 44; off + 2 <= le32(madt + 4); off += madt[off + 1])
        if (madt[off] == type) {
            memcpy(buf + n, madt + off, madt[off + 1]);
            n += madt[off + 1];
        }
    return n;
}

static void check_madt(const struct fixture *f, const struct acpi_hwdom_config *c)
{
    const uint8_t *m = new_bytes("APIC"), *hm = f->data[find_host(f, "APIC")];
    CU_ASSERT_FATAL(m != NULL);
    uint32_t len = le32(m + 4);
    CU_ASSERT_EQUAL(acpi_sum8(m, len), 0);
    CU_ASSERT_EQUAL(memcmp(m + 10, "Xen\0\0\0HWDOM\0\0\0", 14), 0);
    CU_ASSERT_EQUAL(le32(m + 36), 0xFEE00000u);
    CU_ASSERT_EQUAL(le32(m + 40), le32(hm + 40) & 1);
    uint32_t off = 44, cpu = 0;
    uint8_t want[1024], got[1024];
    size_t gn = 0, wn;
    while (off < len) {
        const uint8_t *e = m + off;
        CU_ASSERT_FATAL(e[1] >= 2 && off + e[1] <= len);
        if (e[0] == 0 || e[0] == 9) {
            uint32_t id = e[0] == 0 ? e[3] : le32(e + 4);
            uint32_t uid = e[0] == 0 ? e[2] : le32(e + 12);
            uint32_t fl = le32(e + (e[0] == 0 ? 4 : 8));
            CU_ASSERT_EQUAL(uid, cpu);
            CU_ASSERT_EQUAL(id, c->apic_ids ? c->apic_ids[cpu] : 2 * cpu);
            CU_ASSERT_EQUAL(e[0], id <= 254 && cpu <= 254 ? 0 : 9);
            CU_ASSERT_EQUAL(fl, cpu < c->vcpus ? 1u : 2u);
            CU_ASSERT_EQUAL(gn, 0);     /* processors come first */
            cpu++;
        } else {
            CU_ASSERT(e[0] == 1 || e[0] == 2);
            memcpy(got + gn, e, e[1]);
            gn += e[1];
        }
        off += e[1];
    }
    CU_ASSERT_EQUAL(cpu, c->maxvcpus);
    /* IO APICs and overrides: the host's, byte for byte, in that order. */
    wn = host_entries(hm, 1, want);
    wn += host_entries(hm, 2, want + wn);
    CU_ASSERT(wn > 0);
    assert_bytes_eq("MADT IO APIC and override entries", got, gn, want, wn);
    uint8_t nmi[64];
    CU_ASSERT(host_entries(hm, 4, nmi) > 0);   /* SeaBIOS has one: it was dropped */
    const struct acpi_hwdom_record *r = record("APIC");
    CU_ASSERT_FATAL(r != NULL);
    CU_ASSERT_EQUAL(r->action, ACPI_HWDOM_REPLACED);
    CU_ASSERT_EQUAL(r->address, new_table("APIC")->address);
    CU_ASSERT_PTR_NOT_NULL(strstr(r->why, " NMI (Xen's) and "));
}

static void check_fadt(const struct fixture *f)
{
    const uint8_t *t = new_bytes("FACP"), *h = f->data[find_host(f, "FACP")];
    CU_ASSERT_FATAL(t != NULL);
    uint32_t len = le32(h + 4);
    CU_ASSERT_EQUAL(le32(t + 4), len);
    CU_ASSERT_EQUAL(acpi_sum8(t, len), 0);
    CU_ASSERT_EQUAL(le32(t + 112) & ACPI_FADT_HW_REDUCED_ACPI, 0);
    CU_ASSERT_EQUAL(t[55], 0);
    CU_ASSERT_EQUAL(t[95], 0);
    CU_ASSERT_EQUAL(le16(t + 96), 101);
    CU_ASSERT_EQUAL(le16(t + 98), 1001);
    CU_ASSERT_EQUAL(t[104], 0);
    CU_ASSERT_EQUAL(t[105], 0);
    /* Every other byte is the host's. */
    for (uint32_t i = 0; i < len; i++) {
        if (i == 9 || i == 55 || i == 95 || (i >= 96 && i < 100) || i == 104 || i == 105)
            continue;
        if (t[i] != h[i]) {
            fprintf(stderr, "\n  FADT byte %u: 0x%02x, host 0x%02x\n", i, t[i], h[i]);
            CU_FAIL("FADT byte changed");
        }
    }
    CU_ASSERT_EQUAL(le32(t + 40), f->t[find_host(f, "DSDT")].address);
    CU_ASSERT_EQUAL(le32(t + 36), f->t[find_host(f, "FACS")].address);
}

static void check_stao(const struct acpi_hwdom_config *c)
{
    const uint8_t *s = new_bytes("STAO");
    CU_ASSERT_FATAL(s != NULL);
    uint32_t len = le32(s + 4);
    CU_ASSERT_EQUAL(acpi_sum8(s, len), 0);
    CU_ASSERT_EQUAL(s[36], c->stao_uart ? 1 : 0);
    const char *p = (const char *)s + 37;
    for (unsigned i = 0; i < c->n_stao_paths; i++) {
        /* \_SB.PCI0.S08.COM1 as \_SB_.PCI0.S08_.COM1 */
        char want[128];
        size_t n = 0, seg = 0;
        for (const char *q = c->stao_paths[i];; q++) {
            if (*q == '.' || !*q) {
                while (seg && seg++ < 4)
                    want[n++] = '_';
                seg = 0;
                if (!*q)
                    break;
                want[n++] = '.';
            } else {
                want[n++] = *q;
                if (*q != '\\')
                    seg++;
            }
        }
        want[n] = '\0';
        CU_ASSERT_STRING_EQUAL(p, want);
        p += strlen(p) + 1;
    }
    CU_ASSERT_EQUAL((const uint8_t *)p, s + len);
    const struct acpi_hwdom_record *r = record("STAO");
    CU_ASSERT_FATAL(r != NULL);
    CU_ASSERT_EQUAL(r->action, ACPI_HWDOM_ADDED);
}

/* XSDT and RSDT: the new FADT, MADT and STAO and every kept host table but
 * the DSDT and FACS, at their host addresses; the RSDP points at both. */
static void check_root(const struct fixture *f, unsigned dropped)
{
    const uint8_t *x = new_bytes("XSDT"), *r = new_bytes("RSDT"), *p = new_bytes("RSDP");
    CU_ASSERT_FATAL(x && r && p);
    unsigned n = (le32(x + 4) - 36) / 8;
    CU_ASSERT_EQUAL(acpi_sum8(x, le32(x + 4)), 0);
    CU_ASSERT_EQUAL(acpi_sum8(r, le32(r + 4)), 0);
    CU_ASSERT_EQUAL(le32(r + 4), 36 + 4 * n);
    CU_ASSERT_EQUAL(memcmp(p, "RSD PTR ", 8), 0);
    CU_ASSERT_EQUAL(acpi_sum8(p, 20), 0);
    CU_ASSERT_EQUAL(acpi_sum8(p, 36), 0);
    CU_ASSERT_EQUAL(p[15], 2);
    CU_ASSERT_EQUAL(le32(p + 16), new_table("RSDT")->address);
    CU_ASSERT_EQUAL(le64(p + 24), new_table("XSDT")->address);
    CU_ASSERT_EQUAL(out.set.rsdp_address, new_table("RSDP")->address);
    /* host tables minus DSDT, FACS, APIC, FACP and the dropped, plus 3 new */
    CU_ASSERT_EQUAL(n, f->n - 4 - dropped + 3);
    CU_ASSERT_EQUAL(le64(x + 36), new_table("FACP")->address);
    for (unsigned k = 0; k < n; k++)
        CU_ASSERT_EQUAL(le64(x + 36 + 8 * k), le32(r + 36 + 4 * k));
    for (unsigned i = 0; i < f->n; i++) {
        const char *sig = (const char *)f->data[i];
        unsigned hits = 0;
        for (unsigned k = 0; k < n; k++)
            hits += le64(x + 36 + 8 * k) == f->t[i].address;
        const struct acpi_hwdom_record *rec = NULL;
        for (unsigned k = 0; k < out.n_records; k++)
            if (out.records[k].name == f->t[i].name)
                rec = &out.records[k];
        CU_ASSERT_FATAL(rec != NULL);
        CU_ASSERT_EQUAL(memcmp(rec->signature, sig, 4), 0);
        CU_ASSERT_EQUAL(rec->host_address, f->t[i].address);
        int listed = rec->action == ACPI_HWDOM_KEPT && memcmp(sig, "DSDT", 4) &&
                     memcmp(sig, "FACS", 4);
        CU_ASSERT_EQUAL(hits, listed ? 1u : 0u);
        if (rec->action == ACPI_HWDOM_KEPT)
            CU_ASSERT_EQUAL(rec->address, f->t[i].address);
    }
    for (unsigned k = 0; k < n; k++) {
        uint64_t a = le64(x + 36 + 8 * k);
        CU_ASSERT(a < BASE || a >= BASE + REGION ||
                  !memcmp(image + (a - BASE), "FACP", 4) || !memcmp(image + (a - BASE), "APIC", 4) ||
                  !memcmp(image + (a - BASE), "STAO", 4));
    }
}

static void test_rewrite_fixtures(void)
{
    for (int m = 0; m < 2; m++) {
        struct fixture *f = &fx[m];
        struct acpi_hwdom_config c;
        default_cfg(&c, f);
        CU_ASSERT_FATAL(init_set(f->t, f->n) == 0);
        int rc = build_cfg(&c, NULL);
        if (rc)
            fprintf(stderr, "\n  %s: %s\n", f->machine, out.set.error);
        CU_ASSERT_FATAL(rc == 0);
        check_madt(f, &c);
        check_fadt(f);
        check_stao(&c);
        check_root(f, 0);
        /* Every host table once in the manifest, the STAO and three root tables added. */
        CU_ASSERT_EQUAL(out.n_records, f->n + 4);
        CU_ASSERT_EQUAL(record("DSDT")->action, ACPI_HWDOM_KEPT);
        CU_ASSERT_EQUAL(record("FACS")->action, ACPI_HWDOM_KEPT);
        CU_ASSERT_EQUAL(record("HPET")->action, ACPI_HWDOM_KEPT);
        CU_ASSERT_EQUAL(record("RSDP")->action, ACPI_HWDOM_REPLACED);
        CU_ASSERT_EQUAL(record("XSDT")->action, ACPI_HWDOM_ADDED);
        CU_ASSERT_EQUAL(out.set.image_len % 4096, 0);
        CU_ASSERT_EQUAL(out.set.regions[0].address, BASE);
    }
}

static void test_vcpus(void)
{
    struct fixture *f = &fx[1];
    struct acpi_hwdom_config c;
    static uint32_t ids[300];
    CU_ASSERT_FATAL(init_set(f->t, f->n) == 0);
    /* Past APIC ID 254 (vCPU 128) and UID 254: x2APIC entries. */
    default_cfg(&c, f);
    c.vcpus = 130;
    c.maxvcpus = 260;
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    check_madt(f, &c);
    /* Given APIC IDs. */
    for (unsigned i = 0; i < 8; i++)
        ids[i] = 7 - i;
    c.vcpus = 1;
    c.maxvcpus = 8;
    c.apic_ids = ids;
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    check_madt(f, &c);
    ids[3] = ids[5];
    CU_ASSERT_EQUAL(build_cfg(&c, NULL), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.set.error, "same APIC ID"));
}

/* The pc MADT with an NMI source, an x2APIC NMI, a local APIC address
 * override and an entry of an unknown type appended: all dropped, counted. */
static void test_madt_entries(void)
{
    struct fixture g = fx[0];
    int madt = find_host(&g, "APIC");
    size_t ml = g.t[madt].size;
    static const uint8_t more[] = {
        3, 8, 0x0D, 0, 9, 0, 0, 0,                          /* NMI source, GSI 9 */
        10, 12, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 1, 0, 0, 0,   /* x2APIC NMI, all, LINT1 */
        5, 12, 0, 0, 0, 0, 0xE0, 0xFE, 0, 0, 0, 0,          /* LAPIC address override */
        0x7F, 4, 0, 0,                                      /* unknown */
    };
    uint8_t *md = malloc(ml + sizeof(more));
    CU_ASSERT_FATAL(md != NULL);
    memcpy(md, g.data[madt], ml);
    memcpy(md + ml, more, sizeof(more));
    md[4] = (uint8_t)(ml + sizeof(more));
    md[9] = 0;
    md[9] = acpi_checksum(md, ml + sizeof(more));
    g.t[madt].data = md;
    g.t[madt].size = ml + sizeof(more);
    g.data[madt] = md;
    struct acpi_hwdom_config c;
    default_cfg(&c, &g);
    CU_ASSERT_FATAL(init_set(g.t, g.n) == 0);
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    check_madt(&g, &c);
    CU_ASSERT_PTR_NOT_NULL(strstr(record("APIC")->why, "3 NMI (Xen's) and 2 other entries dropped"));
    free(md);
}

/* A header-only table with a valid checksum. */
static uint8_t *stub(const char *sig)
{
    uint8_t *t = calloc(1, 36);
    memcpy(t, sig, 4);
    t[4] = 36;
    t[8] = 1;
    t[9] = acpi_checksum(t, 36);
    return t;
}

static void test_dropped(void)
{
    static const char *const drop[] = { "SRAT", "SLIT", "MPST", "PMTT", "SBST", "DMAR", "IVRS" };
    const unsigned nd = sizeof(drop) / sizeof(drop[0]);
    struct fixture *f = &fx[0];
    struct acpi_host_table t[ACPI_HOST_MAX_TABLES];
    uint8_t *stubs[8];
    struct acpi_hwdom_config c;
    struct fixture g = *f;

    memcpy(t, f->t, sizeof(t));
    for (unsigned i = 0; i < nd; i++) {
        stubs[i] = stub(drop[i]);
        t[f->n + i] = (struct acpi_host_table){ .data = stubs[i], .size = 36, .name = drop[i],
                                                .address = 0x1000000 + 0x100 * i };
        g.t[f->n + i] = t[f->n + i];
        g.data[f->n + i] = stubs[i];
    }
    g.n = f->n + nd;
    CU_ASSERT_FATAL(init_set(t, g.n) == 0);
    default_cfg(&c, f);
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    check_root(&g, nd);
    for (unsigned i = 0; i < nd; i++) {
        const struct acpi_hwdom_record *r = record(drop[i]);
        CU_ASSERT_FATAL(r != NULL);
        CU_ASSERT_EQUAL(r->action, ACPI_HWDOM_DROPPED);
        CU_ASSERT_EQUAL(r->address, 0);
        CU_ASSERT_PTR_NOT_NULL(strstr(r->why, i < 5 ? "not presented until vNUMA exists" : "the hypervisor owns the IOMMU"));
    }
    /* The config names one more table the hypervisor owns. */
    memcpy(c.owned[0], "HPET", 5);
    c.n_owned = 1;
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    check_root(&g, nd + 1);
    CU_ASSERT_EQUAL(record("HPET")->action, ACPI_HWDOM_DROPPED);
    memcpy(c.owned[0], "HPTE", 5);
    CU_ASSERT_EQUAL(build_cfg(&c, NULL), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.set.error, "\"HPTE\" is not among the host's"));
    memcpy(c.owned[0], "FACP", 5);
    CU_ASSERT_EQUAL(build_cfg(&c, NULL), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.set.error, "cannot do without a FACP"));
    for (unsigned i = 0; i < nd; i++)
        free(stubs[i]);
}

static void expect_build_error(const struct acpi_hwdom_config *c,
                               const struct acpi_hwdom_layout *lp, const char *want)
{
    CU_ASSERT_EQUAL(build_cfg(c, lp), -1);
    if (!strstr(out.set.error, want)) {
        fprintf(stderr, "\n  got \"%s\", want \"%s\"\n", out.set.error, want);
        CU_FAIL("error message");
    }
    for (unsigned i = 0; i < REGION; i++)
        if (image[i]) {
            CU_FAIL("image not zeroed after an error");
            break;
        }
    CU_ASSERT_EQUAL(out.n_records, 0);
}

static void test_stao_paths(void)
{
    struct fixture *f = &fx[0];
    struct acpi_hwdom_config c;
    CU_ASSERT_FATAL(init_set(f->t, f->n) == 0);
    default_cfg(&c, f);
    c.stao_paths[0] = "\\_SB.PCI0.S08.COM2";
    expect_build_error(&c, NULL, "\"\\_SB.PCI0.S08.COM2\" is not defined in the host's namespace");
    c.stao_paths[0] = "\\_SB.PCI0.S08.COM1._HID";
    expect_build_error(&c, NULL, "is a Name in the host's namespace");
    c.stao_paths[0] = "\\_SB";
    expect_build_error(&c, NULL, "is only a Scope");
    /* A field unit of the PCI root's config space (QEMU's PCI0 has PCIU). */
    c.stao_paths[0] = "\\_SB.PCI0.PCIU";
    expect_build_error(&c, NULL, "is a field unit");
    c.stao_paths[0] = "_SB.PCI0";
    expect_build_error(&c, NULL, "must be an absolute path");
    c.stao_paths[0] = "\\_SB.PCI0.COM12";
    expect_build_error(&c, NULL, "segment longer than 4 characters");
    c.stao_paths[0] = "\\_SB..PCI0";
    expect_build_error(&c, NULL, "empty segment");
    /* Several, the UART flag off. */
    c.stao_paths[0] = "\\_SB.PCI0.S08.LPT1";
    c.stao_paths[1] = "\\_SB.HPET";
    c.stao_paths[2] = "\\_SB.PCI0.S08.COM1";
    c.n_stao_paths = 3;
    c.stao_uart = 0;
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    check_stao(&c);
    /* None: no scan, an STAO with the UART flag only. */
    c.n_stao_paths = 0;
    c.stao_uart = 1;
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    check_stao(&c);
}

static void test_errors(void)
{
    struct fixture *f = &fx[0];
    struct acpi_hwdom_config c;
    struct acpi_host_table t[ACPI_HOST_MAX_TABLES];
    int h = find_host(f, "HPET"), fadt = find_host(f, "FACP"), madt = find_host(f, "APIC");

    CU_ASSERT_FATAL(init_set(f->t, f->n) == 0);
    default_cfg(&c, f);
    c.vcpus = 0;
    expect_build_error(&c, NULL, "vcpus is 0");
    c.vcpus = 4;
    expect_build_error(&c, NULL, "vcpus (4) is larger than maxvcpus (3)");
    default_cfg(&c, f);
    struct acpi_hwdom_layout lp = { .base = 0xFFFFF000u, .size = REGION };
    expect_build_error(&c, &lp, "must lie below 4 GiB");
    lp = (struct acpi_hwdom_layout){ .base = (uint32_t)f->t[h].address & ~0xFFFu, .size = REGION };
    expect_build_error(&c, &lp, "overlaps the host's");
    lp = (struct acpi_hwdom_layout){ .base = BASE, .size = 200 };
    expect_build_error(&c, &lp, "region too small");

    /* A kept table whose address the dump did not give. */
    memcpy(t, f->t, sizeof(t));
    t[h].address = 0;
    CU_ASSERT_FATAL(init_set(t, f->n) == 0);
    expect_build_error(&c, NULL, "host HPET \"HPET.dat\": its host address is unknown");
    /* The DSDT not where the FADT says. */
    memcpy(t, f->t, sizeof(t));
    t[find_host(f, "DSDT")].address += 16;
    CU_ASSERT_FATAL(init_set(t, f->n) == 0);
    expect_build_error(&c, NULL, "but the host FADT points at");

    /* A HW-reduced host FADT; a MADT entry running past the end; no IO APIC. */
    size_t fl = f->t[fadt].size, ml = f->t[madt].size;
    uint8_t *fd = malloc(fl), *md = malloc(ml);
    memcpy(fd, f->data[fadt], fl);
    fd[112 + 2] |= 0x10;    /* bit 20 */
    fd[9] = 0;
    fd[9] = acpi_checksum(fd, fl);
    memcpy(t, f->t, sizeof(t));
    t[fadt].data = fd;
    CU_ASSERT_FATAL(init_set(t, f->n) == 0);
    expect_build_error(&c, NULL, "the host is HW-reduced");
    /* The fields Xen takes away, set by the host: cleared. */
    fd[112 + 2] &= (uint8_t)~0x10;
    fd[55] = 0x80;
    fd[95] = 0x85;
    fd[96] = 10;
    fd[97] = 0;
    fd[104] = 1;
    fd[105] = 3;
    fd[9] = 0;
    fd[9] = acpi_checksum(fd, fl);
    CU_ASSERT_FATAL(init_set(t, f->n) == 0);
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    check_fadt(f);
    const uint8_t *nf = new_bytes("FACP");
    CU_ASSERT(nf[55] == 0 && nf[95] == 0 && le16(nf + 96) == 101 && nf[104] == 0 && nf[105] == 0);

    /* A FADT of 40 bytes, exactly allocated: refused without reading on (ASan). */
    uint8_t *sf = malloc(40);
    memcpy(sf, f->data[fadt], 40);
    sf[4] = 40;
    sf[9] = 0;
    sf[9] = acpi_checksum(sf, 40);
    memcpy(t, f->t, sizeof(t));
    t[fadt].data = sf;
    t[fadt].size = 40;
    CU_ASSERT_FATAL(init_set(t, f->n) == 0);
    expect_build_error(&c, NULL, "host FADT \"FACP.dat\": 40 bytes, shorter than ACPI 1.0's 116");
    free(sf);

    memcpy(md, f->data[madt], ml);
    md[ml - 5] = 7;         /* the last entry (6 bytes) now claims 7 */
    md[9] = 0;
    md[9] = acpi_checksum(md, ml);
    memcpy(t, f->t, sizeof(t));
    t[madt].data = md;
    CU_ASSERT_FATAL(init_set(t, f->n) == 0);
    expect_build_error(&c, NULL, "past the end of the table");
    memcpy(md, f->data[madt], ml);
    for (uint32_t off = 44; off < ml; off += md[off + 1])
        if (md[off] == 1)
            md[off] = 0x7F;     /* an unknown type instead of the IO APIC */
    md[9] = 0;
    md[9] = acpi_checksum(md, ml);
    CU_ASSERT_FATAL(init_set(t, f->n) == 0);
    expect_build_error(&c, NULL, "no IO APIC entry");
    free(fd);
    free(md);
}

/* Every host FADT, MADT and DSDT cut short (length and checksum fixed, so
 * the set takes it), each in a buffer of exactly its size: the build
 * succeeds or fails with a message, never reading past it (ASan). */
static void test_truncations(void)
{
    static const char *const sigs[] = { "FACP", "APIC", "DSDT" };
    unsigned built = 0, refused = 0;
    for (int m = 0; m < 2; m++) {
        struct fixture *f = &fx[m];
        struct acpi_hwdom_config c;
        default_cfg(&c, f);
        for (unsigned k = 0; k < 3; k++) {
            int i = find_host(f, sigs[k]);
            CU_ASSERT_FATAL(i >= 0);
            for (size_t len = 36; len < f->t[i].size; len++) {
                struct acpi_host_table t[ACPI_HOST_MAX_TABLES];
                uint8_t *d = malloc(len);
                memcpy(d, f->data[i], len);
                d[4] = (uint8_t)len;
                d[5] = (uint8_t)(len >> 8);
                d[9] = 0;
                d[9] = acpi_checksum(d, len);
                memcpy(t, f->t, sizeof(t));
                t[i].data = d;
                t[i].size = len;
                CU_ASSERT_FATAL(acpi_host_set_init(&set, t, f->n) == 0);
                if (build_cfg(&c, NULL) == 0)
                    built++;
                else if (out.set.error[0])
                    refused++;
                else
                    CU_FAIL("failed without a message");
                free(d);
            }
        }
    }
    /* Cut DSDTs mostly still parse up to where they end or are refused;
     * both outcomes occur. */
    CU_ASSERT(built > 0 && refused > 0);
}

/* At every image size below what the set needs, the build fails cleanly
 * and writes nothing past the size it was given. */
static void test_every_size(void)
{
    struct fixture *f = &fx[1];
    struct acpi_hwdom_config c;
    CU_ASSERT_FATAL(init_set(f->t, f->n) == 0);
    default_cfg(&c, f);
    CU_ASSERT_FATAL(build_cfg(&c, NULL) == 0);
    size_t need = 0;
    for (unsigned i = 0; i < out.set.n_tables; i++)
        if (out.set.tables[i].offset + out.set.tables[i].length > need)
            need = out.set.tables[i].offset + out.set.tables[i].length;
    CU_ASSERT(need > 300 && need < REGION);
    unsigned failed = 0;
    for (size_t cap = 0; cap < need; cap++) {
        uint8_t *buf = malloc(cap + 1);     /* ASan catches a write past cap */
        struct acpi_hwdom_layout lp = { .base = BASE, .size = cap };
        if (acpi_hwdom_build(&c, &set, &lp, buf, cap, &out) != -1 ||
            !strstr(out.set.error, "region too small"))
            failed++;
        free(buf);
    }
    CU_ASSERT_EQUAL(failed, 0);
    uint8_t *buf = malloc(need);
    struct acpi_hwdom_layout lp = { .base = BASE, .size = need };
    CU_ASSERT_EQUAL(acpi_hwdom_build(&c, &set, &lp, buf, need, &out), 0);
    free(buf);
}

void register_tests(void)
{
    load(&fx[0]);
    load(&fx[1]);
    CU_pSuite s = add_suite("hwdom");
    add_test(s, "host sets of the pc and q35 fixtures", test_host_set_fixtures);
    add_test(s, "host table errors", test_host_set_errors);
    add_test(s, "rewrite of the pc and q35 fixtures", test_rewrite_fixtures);
    add_test(s, "vCPUs: x2APIC, given APIC IDs", test_vcpus);
    add_test(s, "MADT: NMI entries, overrides, unknown types dropped", test_madt_entries);
    add_test(s, "dropped tables", test_dropped);
    add_test(s, "STAO namepaths against the host namespace", test_stao_paths);
    add_test(s, "build errors", test_errors);
    add_test(s, "every image size", test_every_size);
    add_test(s, "host FADT, MADT and DSDT cut at every length", test_truncations);
}
