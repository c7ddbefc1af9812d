/*
 * test_dmacpi.c - dm-acpi ingestion (acpigen/dmacpi.h): the policy, the
 * xenstore numbers, the area check, the \_SB name set, the walk with every
 * per-blob and structural verdict, the DMACPI SSDT against iasl's output,
 * the table set acpi_guest_build_dm() produces (walked from the RSDP), a
 * 10,000-device area, and that every message the tests provoke is listed in
 * docs/dm-acpi.md (and its worked example really ingests).
 */
#define _POSIX_C_SOURCE 200809L

#include "cunit_main.h"

#include <acpigen/checksum.h>
#include <acpigen/dmacpi.h>
#include <acpigen/guest.h>
#include <acpigen/nsscan.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGION (1u << 20)
#define BASE 0x7000000u
#define MAX_TEST_BLOBS 16384

static uint8_t image[REGION];
static uint8_t guid_page[ACPI_GUID_PAGE_SIZE];
static struct acpi_guest_tables out;
static struct acpi_dm_blob blobs[MAX_TEST_BLOBS];
/* ACPI_DM_NAMESET_SLOTS(ACPI_GUEST_MAX_VCPUS + 16 + MAX_TEST_BLOBS), which is
 * not a constant expression (test_policy checks the value). */
#define NAME_SLOTS 65536
static uint32_t name_slots[NAME_SLOTS];
static uint8_t ssdt_buf[ACPI_DM_SSDT_MAX(512 * 1024)];
static const struct acpi_layout layout = { .base = BASE, .size = REGION };

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t le32(const uint8_t *p) { return le16(p) | (uint32_t)le16(p + 2) << 16; }
static uint64_t le64(const uint8_t *p) { return le32(p) | (uint64_t)le32(p + 4) << 32; }
static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* ---- every message a test provokes, for the documentation check -------- */

#define MAX_SEEN 256
static char seen[MAX_SEEN][256];
static unsigned n_seen;

static void saw(const char *msg)
{
    if (!*msg)                  /* an accepted blob's empty reason */
        return;
    for (unsigned i = 0; i < n_seen; i++)
        if (!strcmp(seen[i], msg))
            return;
    if (n_seen < MAX_SEEN)
        snprintf(seen[n_seen++], sizeof(seen[0]), "%s", msg);
    else
        CU_FAIL("too many distinct messages for the documentation check");
}

/* Assert a message exactly, and remember it. */
#define ASSERT_MSG(got, want)                                                  \
    do {                                                                       \
        saw(got);                                                              \
        if (strcmp((got), (want)))                                             \
            fprintf(stderr, "\n  got  \"%s\"\n  want \"%s\"\n", (got), (want)); \
        CU_ASSERT_STRING_EQUAL((got), (want));                                 \
    } while (0)

/* ---- building areas ------------------------------------------------------ */

struct area {
    uint8_t b[512 * 1024];
    size_t len;
};
static struct area A;

static void area_reset(struct area *a) { a->len = 0; }

static uint8_t *area_blob(struct area *a, uint32_t type, uint32_t size_field, size_t data_len)
{
    uint8_t *p = a->b + a->len;
    CU_ASSERT_FATAL(a->len + 8 + data_len <= sizeof(a->b));
    put32(p, type);
    put32(p + 4, size_field);
    memset(p + 8, 0, data_len);
    a->len += 8 + data_len;
    return p + 8;
}

/* A table of `len` data bytes: header with sig, Length len + length_delta,
 * revision 1, QEMU's OEM IDs, body bytes 0x40.., checksum right plus
 * sum_delta. */
static uint8_t *area_table(struct area *a, const char *sig, uint32_t len, int length_delta,
                           int sum_delta)
{
    uint8_t *t = area_blob(a, ACPI_DM_BLOB_TABLE, 8 + len, len);
    memcpy(t, sig, len < 4 ? len : 4);
    if (len >= 36) {
        put32(t + 4, (uint32_t)((int64_t)len + length_delta));
        t[8] = 1;
        memcpy(t + 10, "BOCHS BXPCNFIT", 14);
        put32(t + 24, 1);
        memcpy(t + 28, "BXPC", 4);
        put32(t + 32, 1);
        for (uint32_t i = 36; i < len; i++)
            t[i] = (uint8_t)(0x40 + i);
        t[9] = (uint8_t)(acpi_checksum(t, len) + t[9] + sum_delta);
    }
    return t;
}

static void area_device(struct area *a, const char *name, size_t name_len, const uint8_t *body,
                        size_t body_len)
{
    uint8_t *d = area_blob(a, ACPI_DM_BLOB_NSDEV, (uint32_t)(8 + name_len + body_len),
                           name_len + body_len);
    memcpy(d, name, name_len);
    if (body_len)
        memcpy(d + name_len, body, body_len);
}

/* Device bodies (hand-assembled; the ASL is beside each). */
static const uint8_t hid_0012[] = {     /* Name (_HID, "ACPI0012") */
    0x08, '_', 'H', 'I', 'D', 0x0D, 'A', 'C', 'P', 'I', '0', '0', '1', '2', 0x00,
};
static const uint8_t dev1_body[] = {
    0x08, '_', 'H', 'I', 'D', 0x0D, 'A', 'C', 'P', 'I', '1', '2', '3', '4', 0x00,
    0x14, 0x09, '_', 'S', 'T', 'A', 0x00, 0xA4, 0x0A, 0x0F,    /* Method (_STA) { Return (0x0F) } */
};
static const uint8_t scope_body[] = { 0x10, 0x05, 'F', 'O', 'O', '_' };     /* Scope (FOO) {} */
/* Name (\FOO, 1) */
static const uint8_t root_name_body[] = { 0x08, '\\', 'F', 'O', 'O', '_', 0x01 };
static const uint8_t cut_body[] = { 0x08, '_', 'H' };                       /* cut short */

static void policy_nfit(struct acpi_dm_policy *p)
{
    char err[ACPI_DM_REASON_MAX];
    acpi_dm_policy_init(p);
    CU_ASSERT_EQUAL_FATAL(acpi_dm_policy_allow(p, "NFIT", err, sizeof(err)), 0);
}

static struct acpi_dm_work work_all(void)
{
    return (struct acpi_dm_work){
        .blobs = blobs, .n_blobs = MAX_TEST_BLOBS,
        .name_slots = name_slots, .n_name_slots = sizeof(name_slots) / sizeof(name_slots[0]),
        .ssdt = ssdt_buf, .ssdt_cap = sizeof(ssdt_buf),
    };
}

static void guest_cfg(struct acpi_guest_config *c, uint32_t maxvcpus, int vmgenid)
{
    acpi_guest_config_init(c, ACPI_GUEST_DOMU);
    c->vcpus = 1;
    c->maxvcpus = maxvcpus;
    c->vmgenid = vmgenid;
    for (int i = 0; i < 16; i++)
        c->vmgenid_guid[i] = (uint8_t)(0x11 * i);
}

static int build_dm(const struct acpi_guest_config *c, const struct acpi_dm_policy *p,
                    struct acpi_dm_result *res)
{
    struct acpi_dm_work w = work_all();
    memset(image, 0xEE, sizeof(image));
    memset(res, 0, sizeof(*res));
    int rc = acpi_guest_build_dm(c, &layout, image, sizeof(image), guid_page, A.b, A.len, p,
                                 &w, res, &out);
    if (rc)
        fprintf(stderr, "\n  acpi_guest_build_dm: %s\n", out.error);
    return rc;
}

/* ---- policy ---------------------------------------------------------------- */

static void test_policy(void)
{
    struct acpi_dm_policy p;
    char err[ACPI_DM_REASON_MAX];
    static const char *const owned[] = {
        "DSDT", "SSDT", "RSDT", "XSDT", "FACP", "FACS", "APIC", "STAO",
        "HPET", "WAET", "SRAT", "SLIT", "TCPA", "TPM2",
    };

    CU_ASSERT_EQUAL(ACPI_DM_NAMESET_SLOTS(ACPI_GUEST_MAX_VCPUS + 16 + MAX_TEST_BLOBS), NAME_SLOTS);
    memset(&p, 0xA5, sizeof(p));
    acpi_dm_policy_init(&p);
    CU_ASSERT_EQUAL(p.n_allow, 0);
    CU_ASSERT_EQUAL(p.max_area, 1u << 20);
    CU_ASSERT_EQUAL(p.max_blobs, 65536u);
    CU_ASSERT_EQUAL(p.max_depth, 32u);

    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "NFIT", err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "NFIT", err, sizeof(err)), 0);   /* once only */
    CU_ASSERT_EQUAL(p.n_allow, 1);
    CU_ASSERT_STRING_EQUAL(p.allow[0], "NFIT");

    for (size_t i = 0; i < sizeof(owned) / sizeof(owned[0]); i++) {
        char want[ACPI_DM_REASON_MAX];
        CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, owned[i], err, sizeof(err)), -1);
        snprintf(want, sizeof(want),
                 "policy: %s is built by the toolstack (rule 1) and cannot be allowed", owned[i]);
        ASSERT_MSG(err, want);
    }
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "nfit", err, sizeof(err)), -1);
    ASSERT_MSG(err, "policy: signature \"nfit\" is not 4 characters A-Z, 0-9 or _");
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "NFITS", err, sizeof(err)), -1);
    ASSERT_MSG(err, "policy: signature \"NFITS\" is not 4 characters A-Z, 0-9 or _");
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "NFI", err, sizeof(err)), -1);
    ASSERT_MSG(err, "policy: signature \"NFI\" is not 4 characters A-Z, 0-9 or _");
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "NF T", err, sizeof(err)), -1);
    ASSERT_MSG(err, "policy: signature \"NF T\" is not 4 characters A-Z, 0-9 or _");
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, NULL, err, sizeof(err)), -1);
    ASSERT_MSG(err, "policy: NULL argument");
    CU_ASSERT_EQUAL(p.n_allow, 1);

    /* 16 fit, the 17th does not. */
    for (unsigned i = 1; i < ACPI_DM_MAX_ALLOW; i++) {
        char sig[5] = { 'X', 'T', (char)('A' + i / 10), (char)('0' + i % 10), 0 };
        CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, sig, err, sizeof(err)), 0);
    }
    CU_ASSERT_EQUAL(p.n_allow, 16);
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "BGRT", err, sizeof(err)), -1);
    ASSERT_MSG(err, "policy: cannot allow BGRT: the list is full (16 signatures)");
    CU_ASSERT_EQUAL(p.n_allow, 16);
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "XTB5", err, sizeof(err)), 0);  /* already there */
}

/* ---- xenstore numbers ------------------------------------------------------ */

#define AD "dm-acpi/address "
#define NOTDEC " is not a decimal digit (no sign, blank or suffix)"
#define MORE16 ": more than 16 hex digits"

static void test_parse_number(void)
{
    static const struct { const char *s; uint64_t v; } ok[] = {
        { "0", 0 }, { "1", 1 }, { "4096", 4096 }, { "4294967296", 4294967296ull },
        { "18446744073709551615", UINT64_MAX }, { "0x0", 0 }, { "0XfC000000", 0xFC000000u },
        { "0xFFFFFFFFFFFFFFFF", UINT64_MAX }, { "0x0000000000000001", 1 },
        { "0xdeadBEEF", 0xDEADBEEFu },
    };
    static const struct { const char *s; const char *msg; } bad[] = {
        { "", AD "\"\": empty, expected 0x and hex digits or a decimal number" },
        { "0x", AD "\"0x\": no hex digit after 0x" },
        { "0X", AD "\"0X\": no hex digit after 0x" },
        { "+1", AD "\"+1\": byte 0" NOTDEC },
        { "-1", AD "\"-1\": byte 0" NOTDEC },
        { " 1", AD "\" 1\": byte 0" NOTDEC },
        { "1 ", AD "\"1 \": byte 1" NOTDEC },
        { "0 ", AD "\"0 \": byte 1" NOTDEC },
        { "12k", AD "\"12k\": byte 2" NOTDEC },
        { "012", AD "\"012\": leading zero (only \"0\" itself may start with 0; "
                 "hex needs 0x)" },
        { "00", AD "\"00\": leading zero (only \"0\" itself may start with 0; "
                "hex needs 0x)" },
        { "0x1g", AD "\"0x1g\": byte 3 is not a hex digit" },
        { "0x 1", AD "\"0x 1\": byte 2 is not a hex digit" },
        { "0x10000000000000000", AD "\"0x10000000000000000\"" MORE16 },
        { "0x00000000000000001", AD "\"0x00000000000000001\"" MORE16 },
        { "18446744073709551616", AD "\"18446744073709551616\": larger than 2^64-1" },
        { "99999999999999999999", AD "\"99999999999999999999\": larger than 2^64-1" },
    };
    char err[256];
    uint64_t v;

    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        v = 12345;
        int rc = acpi_dm_parse_number(ok[i].s, strlen(ok[i].s), "dm-acpi/address", &v, err,
                                      sizeof(err));
        if (rc)
            fprintf(stderr, "\n  %s: %s\n", ok[i].s, err);
        CU_ASSERT_EQUAL(rc, 0);
        CU_ASSERT_EQUAL(v, ok[i].v);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        v = 12345;
        CU_ASSERT_EQUAL(acpi_dm_parse_number(bad[i].s, strlen(bad[i].s), "dm-acpi/address", &v,
                                             err, sizeof(err)), -1);
        CU_ASSERT_EQUAL(v, 12345);          /* untouched on error */
        ASSERT_MSG(err, bad[i].msg);
    }
    /* Not NUL-terminated: only len bytes count; an embedded NUL is shown. */
    CU_ASSERT_EQUAL(acpi_dm_parse_number("4096junk", 4, "dm-acpi/length", &v, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(v, 4096);
    CU_ASSERT_EQUAL(acpi_dm_parse_number("0x10zz", 4, "dm-acpi/length", &v, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(v, 16);
    CU_ASSERT_EQUAL(acpi_dm_parse_number("1\0", 2, "dm-acpi/length", &v, err, sizeof(err)), -1);
    ASSERT_MSG(err, "dm-acpi/length \"1\\x00\": byte 1 is not a decimal digit "
                    "(no sign, blank or suffix)");
    /* Long junk is cut in the message. */
    char longs[100];
    memset(longs, '7', sizeof(longs));
    CU_ASSERT_EQUAL(acpi_dm_parse_number(longs, sizeof(longs), "dm-acpi/length", &v, err,
                                         sizeof(err)), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "7777...\": larger than 2^64-1"));
    saw(err);
}

static void test_check_area(void)
{
    struct acpi_dm_policy p;
    char err[256];

    acpi_dm_policy_init(&p);
    CU_ASSERT_EQUAL(acpi_dm_check_area(0xFC000000u, 4096, &p, err, sizeof(err)), 0);
    /* Ends at 4 GiB exactly. */
    CU_ASSERT_EQUAL(acpi_dm_check_area(0xFFFFF000u, 0x1000, &p, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_dm_check_area(0, 1, &p, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_dm_check_area(0xFC000000u, 1u << 20, &p, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_dm_check_area(0xFC000000u, 1u << 20, NULL, err, sizeof(err)), 0);

    CU_ASSERT_EQUAL(acpi_dm_check_area(0xFC000000u, 0, &p, err, sizeof(err)), -1);
    ASSERT_MSG(err, "dm-acpi area length is 0 "
                    "(a device model with nothing to pass writes no keys)");
    CU_ASSERT_EQUAL(acpi_dm_check_area(0xFFFFF000u, 0x1001, &p, err, sizeof(err)), -1);
    ASSERT_MSG(err, "dm-acpi area at 0xFFFFF000 of 4097 bytes runs past 4 GiB");
    CU_ASSERT_EQUAL(acpi_dm_check_area(0xFFFFFFFFFFFFFFFFull, 1, &p, err, sizeof(err)), -1);
    ASSERT_MSG(err, "dm-acpi area at 0xFFFFFFFFFFFFFFFF of 1 bytes runs past 4 GiB");
    CU_ASSERT_EQUAL(acpi_dm_check_area(0x100000000ull, 16, &p, err, sizeof(err)), -1);
    ASSERT_MSG(err, "dm-acpi area at 0x100000000 of 16 bytes runs past 4 GiB");
    CU_ASSERT_EQUAL(acpi_dm_check_area(0x1000, (1u << 20) + 1, &p, err, sizeof(err)), -1);
    ASSERT_MSG(err, "dm-acpi area of 1048577 bytes is larger than the limit of 1048576 bytes");
    CU_ASSERT_EQUAL(acpi_dm_check_area(0x1000, UINT64_MAX, NULL, err, sizeof(err)), -1);
    ASSERT_MSG(err, "dm-acpi area of 18446744073709551615 bytes is larger than the limit of "
                    "1048576 bytes");
    p.max_area = 4096;
    CU_ASSERT_EQUAL(acpi_dm_check_area(0x1000, 4096, &p, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_dm_check_area(0x1000, 4097, &p, err, sizeof(err)), -1);
    ASSERT_MSG(err, "dm-acpi area of 4097 bytes is larger than the limit of 4096 bytes");
}

/* ---- the name set ---------------------------------------------------------- */

static uint32_t seg(const char *s) { return ACPI_NAMESEG(s[0], s[1], s[2], s[3]); }

static uint32_t nth_name(unsigned i)
{
    static const char c36[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    return ACPI_NAMESEG('N', c36[i / 1296 % 36], c36[i / 36 % 36], c36[i % 36]);
}

/* The slot a name takes in an empty 16-slot set: observed, not computed. */
static int home_slot(uint32_t name)
{
    uint32_t s[16];
    struct acpi_nameset set;
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 16), 0);
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_add(&set, name), 1);
    for (int i = 0; i < 16; i++)
        if (s[i] == name)
            return i;
    return -1;
}

static void test_nameset(void)
{
    uint32_t s[64], big[4096];
    struct acpi_nameset set;

    CU_ASSERT_EQUAL(acpi_nameset_init(&set, s, 15), -1);
    CU_ASSERT_EQUAL(acpi_nameset_init(&set, s, 48), -1);
    CU_ASSERT_EQUAL(acpi_nameset_init(&set, s, 8), -1);
    CU_ASSERT_EQUAL(acpi_nameset_init(&set, NULL, 64), -1);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, seg("C000")), -1);   /* failed init: unusable */
    memset(s, 0xFF, sizeof(s));
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 64), 0);
    CU_ASSERT_EQUAL(set.n, 0);
    CU_ASSERT_FALSE(acpi_nameset_has(&set, seg("C000")));         /* slots were cleared */
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, seg("C000")), 1);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, seg("C000")), 0);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, seg("VGEN")), 1);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, 0), -1);               /* 0 is the empty slot */
    CU_ASSERT_EQUAL(set.n, 2);
    CU_ASSERT_TRUE(acpi_nameset_has(&set, seg("C000")));
    CU_ASSERT_TRUE(acpi_nameset_has(&set, seg("VGEN")));
    CU_ASSERT_FALSE(acpi_nameset_has(&set, seg("C001")));
    CU_ASSERT_FALSE(acpi_nameset_has(&set, seg("000C")));
    CU_ASSERT_FALSE(acpi_nameset_has(&set, 0));

    /* Full: 16 slots hold 8 names; the 9th new one is refused, a known one
     * still answers 0, and every probe for an absent name still ends. */
    uint32_t s16[16];
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s16, 16), 0);
    for (unsigned i = 0; i < 8; i++)
        CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name(i)), 1);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name(8)), -1);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name(3)), 0);
    CU_ASSERT_EQUAL(set.n, 8);
    for (unsigned i = 0; i < 8; i++)
        CU_ASSERT_TRUE(acpi_nameset_has(&set, nth_name(i)));
    for (unsigned i = 8; i < 2000; i++)
        CU_ASSERT_FALSE(acpi_nameset_has(&set, nth_name(i)));

    /* Collisions: find names with the same home slot (17 names suffice for
     * two; slot 15 gives the wrap to slot 0), observed through the slots. */
    int home[64];
    int a = -1, b = -1, c = -1, w1 = -1, w2 = -1;
    for (int i = 0; i < 64; i++)
        home[i] = home_slot(nth_name((unsigned)i));
    for (int i = 0; i < 64 && a < 0; i++)
        for (int j = 0; j < i && a < 0; j++)
            if (home[i] == home[j]) {
                a = j;
                b = i;
            }
    for (int i = 0; i < 64 && a >= 0 && c < 0; i++)
        if (home[i] == home[a] && i != a && i != b)
            c = i;
    for (int i = 0; i < 64; i++)
        if (home[i] == 15) {
            if (w1 < 0) w1 = i; else if (w2 < 0) w2 = i;
        }
    CU_ASSERT_FATAL(a >= 0 && b >= 0);
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s16, 16), 0);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name((unsigned)a)), 1);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name((unsigned)b)), 1);
    CU_ASSERT_EQUAL(s16[home[a]], nth_name((unsigned)a));
    CU_ASSERT_EQUAL(s16[(home[a] + 1) & 15], nth_name((unsigned)b));
    CU_ASSERT_TRUE(acpi_nameset_has(&set, nth_name((unsigned)a)));
    CU_ASSERT_TRUE(acpi_nameset_has(&set, nth_name((unsigned)b)));
    if (c >= 0)     /* a third with the same home, absent: the probe walks past both */
        CU_ASSERT_FALSE(acpi_nameset_has(&set, nth_name((unsigned)c)));
    if (w1 >= 0 && w2 >= 0) {
        CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s16, 16), 0);
        CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name((unsigned)w1)), 1);
        CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name((unsigned)w2)), 1);
        CU_ASSERT_EQUAL(s16[0], nth_name((unsigned)w2));        /* wrapped around */
        CU_ASSERT_TRUE(acpi_nameset_has(&set, nth_name((unsigned)w2)));
    }

    /* Many names: all found, none invented. */
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, big, 4096), 0);
    for (unsigned i = 0; i < 2048; i++)
        CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name(2 * i)), 1);
    CU_ASSERT_EQUAL(acpi_nameset_add(&set, nth_name(1)), -1);
    unsigned found = 0, ghosts = 0;
    for (unsigned i = 0; i < 4096; i++) {
        found += acpi_nameset_has(&set, nth_name(i)) && i % 2 == 0;
        ghosts += acpi_nameset_has(&set, nth_name(i)) && i % 2 == 1;
    }
    CU_ASSERT_EQUAL(found, 2048);
    CU_ASSERT_EQUAL(ghosts, 0);
}

static void test_nameset_guest(void)
{
    struct acpi_guest_config c;
    struct acpi_nameset set;
    uint32_t s[1024], small[64];
    char err[256], name[5];

    guest_cfg(&c, 128, 1);
    memset(image, 0xEE, sizeof(image));
    CU_ASSERT_EQUAL_FATAL(acpi_guest_build(&c, &layout, image, sizeof(image), guid_page, &out), 0);
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 1024), 0);
    int rc = acpi_nameset_add_guest(&set, &out, err, sizeof(err));
    if (rc)
        fprintf(stderr, "\n  %s\n", err);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    for (unsigned i = 0; i < 128; i++) {
        snprintf(name, sizeof(name), "C%03X", i);
        CU_ASSERT_TRUE(acpi_nameset_has(&set, seg(name)));
    }
    CU_ASSERT_TRUE(acpi_nameset_has(&set, seg("VGEN")));
    CU_ASSERT_FALSE(acpi_nameset_has(&set, seg("C080")));
    /* Root names too: \_SB.VGIA would shadow \VGIA for VGEN's methods. */
    CU_ASSERT_TRUE(acpi_nameset_has(&set, seg("VGIA")));
    CU_ASSERT_TRUE(acpi_nameset_has(&set, seg("_SB_")));
    CU_ASSERT_FALSE(acpi_nameset_has(&set, seg("_HID")));     /* inside a device */
    CU_ASSERT_FALSE(acpi_nameset_has(&set, seg("ADDR")));     /* \_SB.VGEN.ADDR */
    CU_ASSERT_FALSE(acpi_nameset_has(&set, seg("_STA")));
    CU_ASSERT_EQUAL(set.n, 128 + 1 + 2);

    /* With a GED (HW-reduced vmgenid on a GSI): GED0 too. */
    c.ioapic = 1;
    c.vmgenid_gsi = 23;
    CU_ASSERT_EQUAL_FATAL(acpi_guest_build(&c, &layout, image, sizeof(image), guid_page, &out), 0);
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 1024), 0);
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_add_guest(&set, &out, err, sizeof(err)), 0);
    CU_ASSERT_TRUE(acpi_nameset_has(&set, seg("GED0")));
    CU_ASSERT_EQUAL(set.n, 128 + 2 + 2);

    /* Too little room: an error naming the name that did not fit. */
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, small, 64), 0);
    CU_ASSERT_EQUAL(acpi_nameset_add_guest(&set, &out, err, sizeof(err)), -1);
    ASSERT_MSG(err, "\\_SB name scan: no room for C01F in the name set (64 slots)");
    CU_ASSERT_EQUAL(acpi_nameset_add_guest(NULL, &out, err, sizeof(err)), -1);
    ASSERT_MSG(err, "\\_SB name scan: NULL argument");
}

/* ---- the walk: every per-blob verdict --------------------------------------- */

struct expect {
    int accepted;
    const char *name;
    const char *reason;         /* exact, or a prefix when prefix is set */
    int prefix;
};

static void check_verdicts(const struct acpi_dm_result *res, const struct expect *e, unsigned n)
{
    CU_ASSERT_EQUAL_FATAL(res->n, n);
    for (unsigned i = 0; i < n; i++) {
        const struct acpi_dm_blob *b = &res->blobs[i];
        CU_ASSERT_EQUAL(b->index, i);
        CU_ASSERT_EQUAL(b->accepted, e[i].accepted);
        if (strcmp(b->name, e[i].name))
            fprintf(stderr, "\n  blob %u: name \"%s\", want \"%s\"\n", i, b->name, e[i].name);
        CU_ASSERT_STRING_EQUAL(b->name, e[i].name);
        if (e[i].prefix) {
            saw(b->reason);
            if (strncmp(b->reason, e[i].reason, strlen(e[i].reason)))
                fprintf(stderr, "\n  blob %u: \"%s\" does not start with \"%s\"\n", i,
                        b->reason, e[i].reason);
            CU_ASSERT_EQUAL(strncmp(b->reason, e[i].reason, strlen(e[i].reason)), 0);
            CU_ASSERT(strlen(b->reason) > strlen(e[i].reason));
        } else {
            if (strcmp(b->reason, e[i].reason))
                fprintf(stderr, "\n  blob %u:", i);
            ASSERT_MSG(b->reason, e[i].reason);
        }
        if (b->accepted) {
            CU_ASSERT_PTR_NOT_NULL(b->data);
        } else {
            CU_ASSERT_PTR_NULL(b->data);
            CU_ASSERT_EQUAL(b->data_len, 0);
        }
    }
}

static void test_rules(void)
{
    struct acpi_guest_config c;
    struct acpi_dm_policy p;
    struct acpi_dm_result res;
    uint8_t *t;

    area_reset(&A);
    area_table(&A, "NFIT", 52, 0, 0);                                   /* 0 */
    area_table(&A, "DSDT", 40, 0, 0);                                   /* 1 rule 1 */
    area_table(&A, "SSDT", 40, 0, 0);                                   /* 2 */
    area_table(&A, "APIC", 44, 0, 0);                                   /* 3 */
    area_table(&A, "FACP", 276, 0, 0);                                  /* 4 */
    t = area_table(&A, "RSD ", 36, 0, 0);                               /* 5 an RSDP */
    memcpy(t + 4, "PTR ", 4);
    area_table(&A, "nfit", 40, 0, 0);                                   /* 6 */
    area_table(&A, "NF\001T", 40, 0, 0);                                /* 7 */
    area_table(&A, "BGRT", 56, 0, 0);                                   /* 8 rule 2 */
    area_table(&A, "NFIT", 52, -12, 0);                                 /* 9 */
    area_table(&A, "NFIT", 52, +8, 0);                                  /* 10 */
    area_table(&A, "NFIT", 52, 0, 1);                                   /* 11 */
    area_table(&A, "NFIT", 40, 0, 0);                                   /* 12 duplicate */
    area_table(&A, "NFIT", 20, 0, 0);                                   /* 13 */
    area_table(&A, "NF", 2, 0, 0);                                      /* 14 */
    area_blob(&A, 2, 8 + 4, 4);                                         /* 15 */
    area_blob(&A, 0xFFFFFFFFu, 8, 0);                                   /* 16 */
    area_device(&A, "NVD", 3, NULL, 0);                                 /* 17 */
    area_device(&A, "nvdr", 4, hid_0012, sizeof(hid_0012));             /* 18 */
    area_device(&A, "1ABC", 4, hid_0012, sizeof(hid_0012));             /* 19 */
    area_device(&A, "AB-C", 4, hid_0012, sizeof(hid_0012));             /* 20 */
    area_device(&A, "\001BCD", 4, hid_0012, sizeof(hid_0012));          /* 21 */
    area_device(&A, "_XYZ", 4, hid_0012, sizeof(hid_0012));             /* 22 */
    area_device(&A, "_SB_", 4, hid_0012, sizeof(hid_0012));             /* 23 */
    area_device(&A, "C001", 4, hid_0012, sizeof(hid_0012));             /* 24 rule 3 */
    area_device(&A, "VGEN", 4, hid_0012, sizeof(hid_0012));             /* 25 */
    area_device(&A, "NVDR", 4, hid_0012, sizeof(hid_0012));             /* 26 ok */
    area_device(&A, "NVDR", 4, dev1_body, sizeof(dev1_body));           /* 27 taken now */
    area_device(&A, "BADS", 4, scope_body, sizeof(scope_body));         /* 28 */
    area_device(&A, "BADR", 4, root_name_body, sizeof(root_name_body)); /* 29 */
    area_device(&A, "BADC", 4, cut_body, sizeof(cut_body));             /* 30 */
    area_device(&A, "DEV1", 4, dev1_body, sizeof(dev1_body));           /* 31 ok */
    area_device(&A, "EMPT", 4, NULL, 0);                                /* 32 ok, empty body */
    area_table(&A, "NFIT", 36, 0, 0);                                   /* 33 duplicate */
    area_device(&A, "VGIA", 4, hid_0012, sizeof(hid_0012));             /* 34 a root name */

    static const struct expect e[] = {
        { 1, "NFIT", "", 0 },
        { 0, "DSDT", "DSDT is built by the toolstack: AML must come as namespace devices "
                     "(type 1 blobs), not as a table", 0 },
        { 0, "SSDT", "SSDT is built by the toolstack: AML must come as namespace devices "
                     "(type 1 blobs), not as a table", 0 },
        { 0, "APIC", "APIC is built by the toolstack and cannot come from the device model "
                     "(rule 1)", 0 },
        { 0, "FACP", "FACP is built by the toolstack and cannot come from the device model "
                     "(rule 1)", 0 },
        { 0, "RSD ", "RSD  is built by the toolstack and cannot come from the device model "
                     "(rule 1)", 0 },
        { 0, "nfit", "signature \"nfit\" is not 4 characters A-Z, 0-9 or _", 0 },
        { 0, "NF?T", "signature \"NF\\x01T\" is not 4 characters A-Z, 0-9 or _", 0 },
        { 0, "BGRT", "BGRT is not allowed for this domain (rule 2); allowed: NFIT", 0 },
        { 0, "NFIT", "table length 40 does not match the blob's 52 data bytes", 0 },
        { 0, "NFIT", "table length 60 does not match the blob's 52 data bytes", 0 },
        { 0, "NFIT", "table checksum is wrong: its bytes sum to 1, not 0", 0 },
        { 0, "NFIT", "NFIT again: the table of blob 0 was accepted already", 0 },
        { 0, "NFIT", "table of 20 bytes is shorter than the 36-byte table header", 0 },
        { 0, "NF", "table of 2 bytes is shorter than the 36-byte table header", 0 },
        { 0, "", "unknown blob type 2 (0 is an ACPI table, 1 a namespace device)", 0 },
        { 0, "", "unknown blob type 4294967295 (0 is an ACPI table, 1 a namespace device)", 0 },
        { 0, "NVD", "device of 3 bytes has no room for its 4-byte NameSeg", 0 },
        { 0, "nvdr", "NameSeg \"nvdr\" is not valid: A-Z or _ first, then A-Z, 0-9 or _", 0 },
        { 0, "1ABC", "NameSeg \"1ABC\" is not valid: A-Z or _ first, then A-Z, 0-9 or _", 0 },
        { 0, "AB-C", "NameSeg \"AB-C\" is not valid: A-Z or _ first, then A-Z, 0-9 or _", 0 },
        { 0, "?BCD", "NameSeg \"\\x01BCD\" is not valid: A-Z or _ first, then A-Z, 0-9 or _", 0 },
        { 0, "_XYZ", "NameSeg _XYZ starts with _, which is reserved for names the ACPI spec "
                     "defines", 0 },
        { 0, "_SB_", "NameSeg _SB_ starts with _, which is reserved for names the ACPI spec "
                     "defines", 0 },
        { 0, "C001", "name C001 already exists in \\_SB or at the root (rule 3)", 0 },
        { 0, "VGEN", "name VGEN already exists in \\_SB or at the root (rule 3)", 0 },
        { 1, "NVDR", "", 0 },
        { 0, "NVDR", "name NVDR already exists in \\_SB or at the root (rule 3)", 0 },
        { 0, "BADS", "body rejected: ", 1 },
        { 0, "BADR", "body rejected: ", 1 },
        { 0, "BADC", "body rejected: ", 1 },
        { 1, "DEV1", "", 0 },
        { 1, "EMPT", "", 0 },
        { 0, "NFIT", "NFIT again: the table of blob 0 was accepted already", 0 },
        { 0, "VGIA", "name VGIA already exists in \\_SB or at the root (rule 3)", 0 },
    };

    guest_cfg(&c, 4, 1);
    policy_nfit(&p);
    CU_ASSERT_EQUAL_FATAL(build_dm(&c, &p, &res), 0);
    CU_ASSERT_EQUAL(res.stopped, 0);
    CU_ASSERT_STRING_EQUAL(res.stop_reason, "");
    check_verdicts(&res, e, sizeof(e) / sizeof(e[0]));
    CU_ASSERT_EQUAL(res.n_accepted, 4);
    CU_ASSERT_EQUAL(res.n_rejected, res.n - 4);
    CU_ASSERT_EQUAL(res.n_tables, 1);
    CU_ASSERT_EQUAL(res.n_devices, 3);

    /* Offsets and sizes as the headers say; data points into the area. */
    size_t off = 0;
    for (unsigned i = 0; i < res.n; i++) {
        CU_ASSERT_EQUAL(res.blobs[i].offset, off);
        CU_ASSERT_EQUAL(res.blobs[i].size, le32(A.b + off + 4));
        CU_ASSERT_EQUAL(res.blobs[i].type, le32(A.b + off));
        off += res.blobs[i].size;
    }
    CU_ASSERT_EQUAL(off, A.len);
    CU_ASSERT_PTR_EQUAL(res.blobs[0].data, A.b + 8);
    CU_ASSERT_EQUAL(res.blobs[0].data_len, 52);
    CU_ASSERT_PTR_EQUAL(res.blobs[26].data, A.b + res.blobs[26].offset + 12);
    CU_ASSERT_EQUAL(res.blobs[26].data_len, sizeof(hid_0012));
    CU_ASSERT_EQUAL(res.blobs[32].data_len, 0);

    /* The body check's own words follow "body rejected: ". */
    for (unsigned i = 28; i <= 30; i++)
        CU_ASSERT(strlen(res.blobs[i].reason) > strlen("body rejected: ") + 5);
}

/* Rule 2's list of allowed signatures: "none", and cut with "..." when long. */
static void test_rule2_list(void)
{
    struct acpi_dm_policy p;
    struct acpi_dm_result res = { .blobs = blobs, .cap = 4 };
    struct acpi_nameset set;
    uint32_t s[16];
    char err[ACPI_DM_REASON_MAX];

    area_reset(&A);
    area_table(&A, "NFIT", 40, 0, 0);
    acpi_dm_policy_init(&p);
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 16), 0);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    CU_ASSERT_EQUAL(res.n_accepted, 0);
    ASSERT_MSG(blobs[0].reason, "NFIT is not allowed for this domain (rule 2); allowed: none");

    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "SRAU", err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, "BERT", err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    ASSERT_MSG(blobs[0].reason,
               "NFIT is not allowed for this domain (rule 2); allowed: SRAU, BERT");
    for (unsigned i = 2; i < ACPI_DM_MAX_ALLOW; i++) {
        char sig[5] = { 'X', 'T', (char)('A' + i / 10), (char)('0' + i % 10), 0 };
        CU_ASSERT_EQUAL(acpi_dm_policy_allow(&p, sig, err, sizeof(err)), 0);
    }
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    const char *r = blobs[0].reason;
    saw(r);
    const char *pre = "NFIT is not allowed for this domain (rule 2); allowed: SRAU, BERT, XTA2, ";
    CU_ASSERT_EQUAL(strncmp(r, pre, strlen(pre)), 0);
    CU_ASSERT(strlen(r) < ACPI_DM_REASON_MAX);
    CU_ASSERT(strlen(r) > 100);
    CU_ASSERT_STRING_EQUAL(r + strlen(r) - 5, ", ...");
    CU_ASSERT_PTR_NULL(strstr(r, "XTB5"));      /* the last one did not fit */
}

/* ---- the walk: structural stops ------------------------------------------------ */

static void test_structural(void)
{
    struct acpi_dm_policy p;
    struct acpi_dm_result res;
    struct acpi_nameset set;
    uint32_t s[64];
    char want[ACPI_DM_REASON_MAX];

    policy_nfit(&p);
    /* Two good blobs, then a header whose size is wrong. */
    static const uint32_t sizes[] = { 0, 7, 1, 0xFFFFFFFFu, 0x80000000u, 21 };
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        area_reset(&A);
        area_table(&A, "NFIT", 40, 0, 0);
        area_device(&A, "NVDR", 4, hid_0012, sizeof(hid_0012));
        size_t third = A.len;
        area_blob(&A, ACPI_DM_BLOB_NSDEV, sizes[k], 12);    /* 20 bytes in all */
        res = (struct acpi_dm_result){ .blobs = blobs, .cap = MAX_TEST_BLOBS };
        CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 64), 0);
        CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 1);
        CU_ASSERT_EQUAL(res.stopped, 1);
        CU_ASSERT_EQUAL(res.stop_offset, third);
        CU_ASSERT_EQUAL(res.n, 2);
        CU_ASSERT_EQUAL(res.n_accepted, 2);
        CU_ASSERT_TRUE(blobs[0].accepted && blobs[1].accepted);
        if (sizes[k] < 8)
            snprintf(want, sizeof(want), "blob size %u is smaller than the 8-byte blob header",
                     sizes[k]);
        else
            snprintf(want, sizeof(want), "blob size %u runs past the end of the area "
                     "(20 bytes left)", sizes[k]);
        ASSERT_MSG(res.stop_reason, want);
    }

    /* Exactly to the end is fine. */
    area_reset(&A);
    area_table(&A, "NFIT", 40, 0, 0);
    area_blob(&A, 7, 20, 12);
    res = (struct acpi_dm_result){ .blobs = blobs, .cap = MAX_TEST_BLOBS };
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    CU_ASSERT_EQUAL(res.n, 2);

    /* Trailing bytes too few for a header (a padded area). */
    for (size_t tail = 1; tail < 8; tail++) {
        area_reset(&A);
        area_table(&A, "NFIT", 40, 0, 0);
        memset(A.b + A.len, 0, tail);
        A.len += tail;
        res = (struct acpi_dm_result){ .blobs = blobs, .cap = MAX_TEST_BLOBS };
        CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 1);
        CU_ASSERT_EQUAL(res.stop_offset, 48);
        CU_ASSERT_EQUAL(res.n_accepted, 1);
        snprintf(want, sizeof(want), "only %zu bytes left, too few for an 8-byte blob header",
                 tail);
        ASSERT_MSG(res.stop_reason, want);
    }

    /* Blob count: the policy's limit, then the caller's room. */
    area_reset(&A);
    area_table(&A, "NFIT", 40, 0, 0);
    area_device(&A, "NVD0", 4, NULL, 0);
    area_device(&A, "NVD1", 4, NULL, 0);
    p.max_blobs = 2;
    res = (struct acpi_dm_result){ .blobs = blobs, .cap = MAX_TEST_BLOBS };
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 64), 0);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 1);
    CU_ASSERT_EQUAL(res.n, 2);
    CU_ASSERT_EQUAL(res.n_accepted, 2);
    CU_ASSERT_EQUAL(res.stop_offset, 48 + 12);
    ASSERT_MSG(res.stop_reason, "more than 2 blobs (the policy's limit)");
    p.max_blobs = 0;                        /* the default: 65536 */
    res = (struct acpi_dm_result){ .blobs = blobs, .cap = 1 };
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 64), 0);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 1);
    CU_ASSERT_EQUAL(res.n, 1);
    CU_ASSERT_EQUAL(res.stop_offset, 48);
    ASSERT_MSG(res.stop_reason, "more than 1 blobs (the caller's result has room for no more)");

    /* An area over the limit is not walked at all. */
    p.max_area = 64;
    res = (struct acpi_dm_result){ .blobs = blobs, .cap = MAX_TEST_BLOBS };
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 1);
    CU_ASSERT_EQUAL(res.n, 0);
    CU_ASSERT_EQUAL(res.stop_offset, 0);
    ASSERT_MSG(res.stop_reason, "area of 72 bytes is larger than the limit of 64 bytes");
    p.max_area = 72;
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 64), 0);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    CU_ASSERT_EQUAL(res.n_accepted, 3);

    /* An empty area: nothing to do; bad arguments: -1. */
    res = (struct acpi_dm_result){ .blobs = blobs, .cap = MAX_TEST_BLOBS, .n = 99 };
    CU_ASSERT_EQUAL(acpi_dm_ingest(NULL, 0, &p, &set, &res), 0);
    CU_ASSERT_EQUAL(res.n, 0);
    CU_ASSERT_EQUAL(res.stopped, 0);
    CU_ASSERT_EQUAL(acpi_dm_ingest(NULL, 8, &p, &set, &res), -1);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, NULL, &set, &res), -1);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, NULL, &res), -1);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, NULL), -1);
    res.blobs = NULL;
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), -1);
}

/* Body nesting: the policy's depth reaches acpi_aml_check_body. */
static void test_depth(void)
{
    struct acpi_dm_policy p;
    struct acpi_dm_result res;
    struct acpi_nameset set;
    uint32_t s[64];
    uint8_t body[64 * 8], tmp[64 * 8];
    size_t n = 0;

    /* Device (D39_) { Device (D38_) { ... } } 40 deep, built inside out with
     * minimal PkgLengths: taken with depth 64, not with the default 32. */
    for (int i = 39; i >= 0; i--) {
        size_t len = 4 + n, k = 0;
        tmp[k++] = 0x5B;
        tmp[k++] = 0x82;
        if (len + 1 < 64) {
            tmp[k++] = (uint8_t)(len + 1);
        } else {
            tmp[k++] = (uint8_t)(0x40 | ((len + 2) & 0x0F));
            tmp[k++] = (uint8_t)((len + 2) >> 4);
        }
        tmp[k++] = 'D';
        tmp[k++] = (uint8_t)('0' + i / 10);
        tmp[k++] = (uint8_t)('0' + i % 10);
        tmp[k++] = '_';
        memcpy(tmp + k, body, n);
        n += k;
        memcpy(body, tmp, n);
    }
    area_reset(&A);
    area_device(&A, "DEEP", 4, body, n);
    acpi_dm_policy_init(&p);
    res = (struct acpi_dm_result){ .blobs = blobs, .cap = 4 };
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 64), 0);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    CU_ASSERT_EQUAL(res.n_accepted, 0);
    CU_ASSERT_EQUAL(strncmp(blobs[0].reason, "body rejected: ", 15), 0);
    saw(blobs[0].reason);
    p.max_depth = 64;
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    if (!blobs[0].accepted)
        fprintf(stderr, "\n  depth 64: %s\n", blobs[0].reason);
    CU_ASSERT_EQUAL(res.n_accepted, 1);
}

/* A reason too long for the verdict is cut to 124 characters and ends in
 * "...": the body check's own message for a Scope after 0x1000 Noops is
 * long enough (checked, so the test cannot pass without cutting). */
static void test_long_reason(void)
{
    struct acpi_dm_policy p;
    struct acpi_dm_result res = { .blobs = blobs, .cap = 4 };
    struct acpi_nameset set;
    uint32_t s[64];
    static uint8_t body[0x1000 + 6];
    char msg[ACPI_NS_MSG_MAX], full[512];

    memset(body, 0xA3, 0x1000);                       /* Noop */
    memcpy(body + 0x1000, scope_body, sizeof(scope_body));
    CU_ASSERT_EQUAL_FATAL(acpi_aml_check_body(body, sizeof(body), 0, msg, sizeof(msg)), -1);
    snprintf(full, sizeof(full), "body rejected: %s", msg);
    if (strlen(full) < ACPI_DM_REASON_MAX)
        fprintf(stderr, "\n  \"%s\" is too short to test the cut\n", full);
    CU_ASSERT_FATAL(strlen(full) >= ACPI_DM_REASON_MAX);

    area_reset(&A);
    area_device(&A, "LONG", 4, body, sizeof(body));
    acpi_dm_policy_init(&p);
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 64), 0);
    CU_ASSERT_EQUAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    const char *r = blobs[0].reason;
    saw(r);
    CU_ASSERT_EQUAL(blobs[0].accepted, 0);
    CU_ASSERT_EQUAL(strlen(r), ACPI_DM_REASON_MAX - 1);
    CU_ASSERT_EQUAL(strncmp(r, full, ACPI_DM_REASON_MAX - 4), 0);
    CU_ASSERT_STRING_EQUAL(r + ACPI_DM_REASON_MAX - 4, "...");
}

/* ---- the DMACPI SSDT against iasl ------------------------------------------------ */

/*
 * iasl 20200925, `iasl -p dm dm.asl` of:
 *
 *   DefinitionBlock ("", "SSDT", 2, "Xen", "DMACPI", 0x00000007)
 *   {
 *       Scope (\_SB)
 *       {
 *           Device (NVDR)
 *           {
 *               Name (_HID, "ACPI0012")
 *           }
 *           Device (DEV1)
 *           {
 *               Name (_HID, "ACPI1234")
 *               Method (_STA, 0, NotSerialized) { Return (0x0F) }
 *           }
 *       }
 *   }
 */
static const uint8_t iasl_dm[] = {
    0x53, 0x53, 0x44, 0x54, 0x61, 0x00, 0x00, 0x00, 0x02, 0x2f, 0x58, 0x65,
    0x6e, 0x00, 0x00, 0x00, 0x44, 0x4d, 0x41, 0x43, 0x50, 0x49, 0x00, 0x00,
    0x07, 0x00, 0x00, 0x00, 0x49, 0x4e, 0x54, 0x4c, 0x25, 0x09, 0x20, 0x20,
    0x10, 0x3c, 0x5c, 0x5f, 0x53, 0x42, 0x5f, 0x5b, 0x82, 0x14, 0x4e, 0x56,
    0x44, 0x52, 0x08, 0x5f, 0x48, 0x49, 0x44, 0x0d, 0x41, 0x43, 0x50, 0x49,
    0x30, 0x30, 0x31, 0x32, 0x00, 0x5b, 0x82, 0x1e, 0x44, 0x45, 0x56, 0x31,
    0x08, 0x5f, 0x48, 0x49, 0x44, 0x0d, 0x41, 0x43, 0x50, 0x49, 0x31, 0x32,
    0x33, 0x34, 0x00, 0x14, 0x09, 0x5f, 0x53, 0x54, 0x41, 0x00, 0xa4, 0x0a,
    0x0f
};

static void test_ssdt_vs_iasl(void)
{
    struct acpi_dm_policy p;
    struct acpi_dm_result res = { .blobs = blobs, .cap = 8 };
    struct acpi_nameset set;
    uint32_t s[64];
    uint8_t buf[512];
    char err[256];

    area_reset(&A);
    area_device(&A, "NVDR", 4, hid_0012, sizeof(hid_0012));
    area_table(&A, "BGRT", 40, 0, 0);                   /* rejected: not in the SSDT */
    area_device(&A, "DEV1", 4, dev1_body, sizeof(dev1_body));
    acpi_dm_policy_init(&p);
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&set, s, 64), 0);
    CU_ASSERT_EQUAL_FATAL(acpi_dm_ingest(A.b, A.len, &p, &set, &res), 0);
    CU_ASSERT_EQUAL_FATAL(res.n_devices, 2);

    memset(buf, 0xEE, sizeof(buf));
    long n = acpi_dm_build_ssdt(&res, "Xen", 7, buf, sizeof(buf), err, sizeof(err));
    if (n < 0)
        fprintf(stderr, "\n  %s\n", err);
    CU_ASSERT_EQUAL_FATAL(n, (long)sizeof(iasl_dm));
    /* Same bytes but the checksum (9) and the creator (28..35). */
    assert_bytes_eq("header to OEM revision", buf, 9, iasl_dm, 9);
    assert_bytes_eq("OEM IDs", buf + 10, 18, iasl_dm + 10, 18);
    assert_bytes_eq("AML", buf + 36, (size_t)n - 36, iasl_dm + 36, sizeof(iasl_dm) - 36);
    CU_ASSERT_EQUAL(memcmp(buf + 28, "XACG", 4), 0);
    CU_ASSERT_EQUAL(le32(buf + 32), 1);
    CU_ASSERT_EQUAL(acpi_sum8(buf, (size_t)n), 0);
    CU_ASSERT_EQUAL(buf[n], 0xEE);              /* nothing written past the table */

    /* Too small a buffer, no device, bad arguments. */
    CU_ASSERT_EQUAL(acpi_dm_build_ssdt(&res, "Xen", 7, buf, 60, err, sizeof(err)), -1);
    ASSERT_MSG(err, "DMACPI SSDT: buffer of 60 bytes is too small for 2 devices");
    CU_ASSERT_EQUAL(acpi_dm_build_ssdt(&res, NULL, 7, buf, sizeof(buf), err, sizeof(err)), -1);
    ASSERT_MSG(err, "DMACPI SSDT: NULL argument");
    blobs[0].accepted = blobs[2].accepted = 0;
    CU_ASSERT_EQUAL(acpi_dm_build_ssdt(&res, "Xen", 7, NULL, 0, err, sizeof(err)), 0);
}

/* ---- the table set: walked from the RSDP ------------------------------------------- */

static const uint8_t *at(uint64_t addr, uint32_t len)
{
    CU_ASSERT_FATAL(addr >= BASE && addr - BASE + len <= REGION);
    return image + (addr - BASE);
}

/* Walk RSDP -> XSDT and RSDT: every checksum, the same tables in both, in
 * order; return the XSDT entries' addresses. */
static unsigned walk(uint64_t *addrs, unsigned max)
{
    const uint8_t *r = at(out.rsdp_address, 36);
    CU_ASSERT_EQUAL(memcmp(r, "RSD PTR ", 8), 0);
    CU_ASSERT_EQUAL(acpi_sum8(r, 20), 0);
    CU_ASSERT_EQUAL(acpi_sum8(r, 36), 0);
    const uint8_t *x = at(le64(r + 24), 36), *rs = at(le32(r + 16), 36);
    CU_ASSERT_EQUAL(memcmp(x, "XSDT", 4), 0);
    CU_ASSERT_EQUAL(memcmp(rs, "RSDT", 4), 0);
    CU_ASSERT_EQUAL(acpi_sum8(x, le32(x + 4)), 0);
    CU_ASSERT_EQUAL(acpi_sum8(rs, le32(rs + 4)), 0);
    unsigned n = (le32(x + 4) - 36) / 8;
    CU_ASSERT_EQUAL(le32(rs + 4), 36 + 4 * n);
    CU_ASSERT_FATAL(n <= max);
    for (unsigned i = 0; i < n; i++) {
        addrs[i] = le64(x + 36 + 8 * i);
        CU_ASSERT_EQUAL(le32(rs + 36 + 4 * i), addrs[i]);
        const uint8_t *t = at(addrs[i], 36);
        CU_ASSERT_EQUAL(acpi_sum8(t, le32(t + 4)), 0);
        if (!memcmp(t, "FACP", 4)) {            /* and the DSDT behind the FADT */
            uint64_t dsdt = le64(t + 140) ? le64(t + 140) : le32(t + 40);
            const uint8_t *d = at(dsdt, 36);
            CU_ASSERT_EQUAL(memcmp(d, "DSDT", 4), 0);
            CU_ASSERT_EQUAL(acpi_sum8(d, le32(d + 4)), 0);
        }
    }
    return n;
}

static void test_build_nfit(void)
{
    struct acpi_guest_config c;
    struct acpi_dm_policy p;
    struct acpi_dm_result res;
    uint64_t addrs[ACPI_GUEST_MAX_TABLES];
    uint8_t nfit[96];

    area_reset(&A);
    uint8_t *t = area_table(&A, "NFIT", 96, 0, 0);
    memcpy(nfit, t, sizeof(nfit));
    area_device(&A, "NVDR", 4, hid_0012, sizeof(hid_0012));
    guest_cfg(&c, 2, 1);
    policy_nfit(&p);
    CU_ASSERT_EQUAL_FATAL(build_dm(&c, &p, &res), 0);
    CU_ASSERT_EQUAL(res.n_accepted, 2);

    unsigned n = walk(addrs, ACPI_GUEST_MAX_TABLES), found_nfit = 0, found_ssdt = 0;
    for (unsigned i = 0; i < n; i++) {
        const uint8_t *p8 = at(addrs[i], 36);
        if (!memcmp(p8, "NFIT", 4)) {
            found_nfit++;
            assert_bytes_eq("NFIT as the device model sent it", p8, le32(p8 + 4), nfit,
                            sizeof(nfit));
            CU_ASSERT_EQUAL(i, n - 2);          /* after our own, before the DMACPI SSDT */
        }
        if (!memcmp(p8, "SSDT", 4) && !memcmp(p8 + 16, "DMACPI\0\0", 8)) {
            found_ssdt++;
            CU_ASSERT_EQUAL(i, n - 1);
            CU_ASSERT_EQUAL(memcmp(p8 + 10, "Xen\0\0\0", 6), 0);
            /* Scope (\_SB) { Device (NVDR) { body } } */
            static const uint8_t aml[] = { 0x10, 0x1C, '\\', '_', 'S', 'B', '_',
                                           0x5B, 0x82, 0x14, 'N', 'V', 'D', 'R' };
            CU_ASSERT_EQUAL(le32(p8 + 4), 36 + sizeof(aml) + sizeof(hid_0012));
            assert_bytes_eq("DMACPI SSDT wrapper", p8 + 36, sizeof(aml), aml, sizeof(aml));
            assert_bytes_eq("DMACPI SSDT body", p8 + 36 + sizeof(aml), sizeof(hid_0012),
                            hid_0012, sizeof(hid_0012));
        }
    }
    CU_ASSERT_EQUAL(found_nfit, 1);
    CU_ASSERT_EQUAL(found_ssdt, 1);
    /* The manifest lists them too. */
    CU_ASSERT_STRING_EQUAL(out.tables[out.n_tables - 5].signature, "NFIT");
    CU_ASSERT_STRING_EQUAL(out.tables[out.n_tables - 4].oem_table_id, "DMACPI");

    /* Nothing accepted: the table set of a plain build. */
    static uint8_t plain[REGION];
    CU_ASSERT_EQUAL_FATAL(acpi_guest_build(&c, &layout, plain, sizeof(plain), guid_page, &out), 0);
    size_t plain_len = out.image_len;
    area_reset(&A);
    area_table(&A, "BGRT", 40, 0, 0);
    CU_ASSERT_EQUAL_FATAL(build_dm(&c, &p, &res), 0);
    CU_ASSERT_EQUAL(res.n_accepted, 0);
    CU_ASSERT_EQUAL(out.image_len, plain_len);
    assert_bytes_eq("image without DM additions", image, plain_len, plain, plain_len);
}

/* Two NFITs in the area: only the first gets in; a structural stop after
 * accepted blobs keeps them in the set. */
static void test_build_stop(void)
{
    struct acpi_guest_config c;
    struct acpi_dm_policy p;
    struct acpi_dm_result res;
    uint64_t addrs[ACPI_GUEST_MAX_TABLES];

    area_reset(&A);
    area_table(&A, "NFIT", 40, 0, 0);
    area_device(&A, "NVDR", 4, hid_0012, sizeof(hid_0012));
    area_blob(&A, ACPI_DM_BLOB_NSDEV, 0, 4);
    guest_cfg(&c, 1, 0);
    policy_nfit(&p);
    CU_ASSERT_EQUAL_FATAL(build_dm(&c, &p, &res), 0);
    CU_ASSERT_EQUAL(res.stopped, 1);
    CU_ASSERT_EQUAL(res.n_accepted, 2);
    unsigned n = walk(addrs, ACPI_GUEST_MAX_TABLES), nfit = 0, dm = 0;
    for (unsigned i = 0; i < n; i++) {
        const uint8_t *t = at(addrs[i], 36);
        nfit += !memcmp(t, "NFIT", 4);
        dm += !memcmp(t, "SSDT", 4) && !memcmp(t + 16, "DMACPI", 6);
    }
    CU_ASSERT_EQUAL(nfit, 1);
    CU_ASSERT_EQUAL(dm, 1);
}

static void test_build_errors(void)
{
    struct acpi_guest_config c;
    struct acpi_dm_policy p;
    struct acpi_dm_result res;
    struct acpi_dm_work w = work_all();
    static const uint8_t fake[40] = { 'N', 'F', 'I', 'T', 40 };

    guest_cfg(&c, 2, 0);
    policy_nfit(&p);
    area_reset(&A);
    area_device(&A, "NVDR", 4, hid_0012, sizeof(hid_0012));

    c.extra[0] = fake;
    c.n_extra = 1;
    CU_ASSERT_EQUAL(acpi_guest_build_dm(&c, &layout, image, sizeof(image), guid_page, A.b, A.len,
                                        &p, &w, &res, &out), -1);
    ASSERT_MSG(out.error, "acpi_guest_build_dm: cfg->n_extra is 1, must be 0 "
                          "(the accepted tables go there)");
    c.n_extra = 0;
    CU_ASSERT_EQUAL(acpi_guest_build_dm(&c, &layout, image, sizeof(image), guid_page, NULL, 8,
                                        &p, &w, &res, &out), -1);
    ASSERT_MSG(out.error, "acpi_guest_build_dm: NULL argument");

    /* Storage errors after the first build leave the image zeroed. */
    static const uint8_t zero[4096];
    w.n_name_slots = 100;
    memset(image, 0xEE, sizeof(image));
    CU_ASSERT_EQUAL(acpi_guest_build_dm(&c, &layout, image, sizeof(image), guid_page, A.b, A.len,
                                        &p, &w, &res, &out), -1);
    ASSERT_MSG(out.error, "dm-acpi: work->name_slots: 100 slots is not a power of two of at "
                          "least 16");
    assert_bytes_eq("image zeroed", image, sizeof(zero), zero, sizeof(zero));
    w = work_all();
    w.n_name_slots = 16;                /* 8 names: \_SB_, C000-C006 */
    c.maxvcpus = 20;
    CU_ASSERT_EQUAL(acpi_guest_build_dm(&c, &layout, image, sizeof(image), guid_page, A.b, A.len,
                                        &p, &w, &res, &out), -1);
    ASSERT_MSG(out.error, "dm-acpi: \\_SB name scan: no room for C007 in the name set (16 slots)");
    c.maxvcpus = 2;
    w = work_all();
    w.ssdt_cap = 40;
    memset(image, 0xEE, sizeof(image));
    CU_ASSERT_EQUAL(acpi_guest_build_dm(&c, &layout, image, sizeof(image), guid_page, A.b, A.len,
                                        &p, &w, &res, &out), -1);
    ASSERT_MSG(out.error, "dm-acpi: DMACPI SSDT: buffer of 40 bytes is too small for 1 devices");
    assert_bytes_eq("image zeroed", image, sizeof(zero), zero, sizeof(zero));
    w = work_all();
    w.blobs = NULL;
    CU_ASSERT_EQUAL(acpi_guest_build_dm(&c, &layout, image, sizeof(image), guid_page, A.b, A.len,
                                        &p, &w, &res, &out), -1);
    ASSERT_MSG(out.error, "dm-acpi: work->blobs is NULL or the policy lists more than 16 "
                          "signatures");

    /* A region with no room for what was accepted: acpi_guest_build's error. */
    struct acpi_layout tiny = { .base = BASE, .size = 4096 };
    area_reset(&A);
    area_table(&A, "NFIT", 3900, 0, 0);
    w = work_all();
    CU_ASSERT_EQUAL(acpi_guest_build_dm(&c, &tiny, image, sizeof(image), guid_page, A.b, A.len,
                                        &p, &w, &res, &out), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.error, "region too small"));

    /* The same with vmgenid: the first build filled the GUID page, the
     * failed second one must not leave it behind. */
    struct acpi_layout two_pages = { .base = BASE, .size = 8192 };
    guest_cfg(&c, 2, 1);
    memset(guid_page, 0xEE, sizeof(guid_page));
    w = work_all();
    CU_ASSERT_EQUAL(acpi_guest_build_dm(&c, &two_pages, image, sizeof(image), guid_page, A.b,
                                        A.len, &p, &w, &res, &out), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.error, "region too small"));
    CU_ASSERT_EQUAL(res.n_accepted, 1);     /* the NFIT got past ingest */
    assert_bytes_eq("GUID page zeroed", guid_page, sizeof(guid_page), zero, sizeof(zero));
    assert_bytes_eq("image zeroed", image, 8192 - 4096, zero, sizeof(zero));
}

/* ---- a large area (its speed is bench/bench_dm.c's, not a test's) --------------- */

static void test_large_area(void)
{
    struct acpi_guest_config c;
    struct acpi_dm_policy p;
    struct acpi_dm_result res;

    /* 10,000 devices, each Name (_UID, i) (plus one NFIT), behind 128 vCPUs. */
    area_reset(&A);
    area_table(&A, "NFIT", 40, 0, 0);
    for (unsigned i = 0; i < 10000; i++) {
        const uint8_t body[] = { 0x08, '_', 'U', 'I', 'D', 0x0B, (uint8_t)i, (uint8_t)(i >> 8) };
        uint32_t nm = nth_name(i);
        area_device(&A, (const char *)&nm, 4, body, sizeof(body));
    }
    guest_cfg(&c, 128, 1);
    policy_nfit(&p);
    CU_ASSERT_EQUAL_FATAL(build_dm(&c, &p, &res), 0);
    CU_ASSERT_EQUAL(res.n_accepted, 10001);
    CU_ASSERT_EQUAL(res.n_devices, 10000);
    const struct acpi_table_info *dm = &out.tables[out.n_tables - 4];   /* XSDT, RSDT, RSDP after */
    CU_ASSERT_STRING_EQUAL(dm->signature, "SSDT");
    /* Scope: op, 3-byte PkgLength, \_SB_; each Device: op (2), PkgLength (1), NameSeg, body. */
    CU_ASSERT_EQUAL(dm->length, 36 + 1 + 3 + 5 + 10000 * (2 + 1 + 4 + 8));
}

/* ---- docs/dm-acpi.md ------------------------------------------------------------ */

static char *read_doc(void)
{
    const char *top = getenv("top_srcdir");
    char path[4096];
    snprintf(path, sizeof(path), "%s/docs/dm-acpi.md", top ? top : "..");
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "\n  cannot open %s\n", path);
        return NULL;
    }
    static char doc[1 << 18];
    size_t n = fread(doc, 1, sizeof(doc) - 1, f);
    fclose(f);
    doc[n] = '\0';
    return doc;
}

/* A template matches when its fixed text matches exactly and each <word>
 * stands for one or more characters. */
static int glob(const char *t, const char *s)
{
    if (!*t)
        return !*s;
    if (*t == '<') {
        const char *e = t + 1;
        while ((*e >= 'a' && *e <= 'z') || *e == '-')
            e++;
        if (*e == '>' && e > t + 1) {
            for (const char *p = s + 1; p <= s + strlen(s); p++)
                if (*s && glob(e + 1, p))
                    return 1;
            return 0;
        }
    }
    return *s == *t && glob(t + 1, s + 1);
}

/* The templates: the first cell of each table row in the "Error texts"
 * section, when it is one `...` span (the meaning column's examples are
 * not templates). */
static unsigned doc_templates(char *doc, char **tpl, unsigned max)
{
    unsigned n = 0;
    char *sec = strstr(doc, "\n## Error texts");
    if (!sec)
        return 0;
    char *end = strstr(sec + 1, "\n## ");
    for (char *line = sec + 1; line && (!end || line < end) && n < max; ) {
        char *nl = strchr(line, '\n');
        if (!strncmp(line, "| `", 3)) {
            char *q = strstr(line + 3, "` |");
            if (q && (!nl || q < nl)) {
                *q = '\0';
                tpl[n++] = line + 3;
            }
        }
        line = nl ? nl + 1 : NULL;
    }
    return n;
}

static void test_docs_errors(void)
{
    char *doc = read_doc();
    char *tpl[512];
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    unsigned n = doc_templates(doc, tpl, 512);
    CU_ASSERT_FATAL(n >= 30);
    CU_ASSERT(n_seen >= 40);
    for (unsigned i = 0; i < n_seen; i++) {
        int ok = 0;
        for (unsigned k = 0; k < n && !ok; k++)
            ok = glob(tpl[k], seen[i]);
        if (!ok)
            fprintf(stderr, "\n  not in docs/dm-acpi.md: \"%s\"\n", seen[i]);
        CU_ASSERT_TRUE(ok);
    }
    /* The matcher itself. */
    CU_ASSERT_TRUE(glob("name <name> already exists in \\_SB",
                        "name C001 already exists in \\_SB"));
    CU_ASSERT_FALSE(glob("name <name> already exists in \\_SB", "name  already exists in \\_SB"));
    CU_ASSERT_FALSE(glob("name <name> already exists", "name C001 already exists in \\_SB"));
}

/* The worked example: the hex in the ```hex block ingests as the doc says. */
static void test_docs_example(void)
{
    char *doc = read_doc();
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    char *p = strstr(doc, "```hex\n");
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    char *end = strstr(p + 7, "```");
    CU_ASSERT_PTR_NOT_NULL_FATAL(end);
    area_reset(&A);
    for (char *line = p + 7; line < end; ) {
        char *nl = strchr(line, '\n');
        char *q = strchr(line, ':');
        CU_ASSERT_FATAL(q && q < nl);
        CU_ASSERT_EQUAL(strtoul(line, NULL, 16), A.len);    /* offsets as printed */
        for (q++; q < nl && *q != '#'; q++) {
            unsigned v;
            if (*q == ' ')
                continue;
            CU_ASSERT_FATAL(sscanf(q, "%2x", &v) == 1);
            A.b[A.len++] = (uint8_t)v;
            q++;
        }
        line = nl + 1;
    }
    CU_ASSERT_EQUAL(A.len, 75);

    struct acpi_guest_config c;
    struct acpi_dm_policy p8;
    struct acpi_dm_result res;
    guest_cfg(&c, 2, 0);
    policy_nfit(&p8);
    CU_ASSERT_EQUAL_FATAL(build_dm(&c, &p8, &res), 0);
    CU_ASSERT_EQUAL(res.stopped, 0);
    CU_ASSERT_EQUAL(res.n, 2);
    CU_ASSERT_EQUAL(res.n_tables, 1);
    CU_ASSERT_EQUAL(res.n_devices, 1);
    CU_ASSERT_STRING_EQUAL(res.blobs[0].name, "NFIT");
    CU_ASSERT_STRING_EQUAL(res.blobs[1].name, "NVDR");
}

void register_tests(void)
{
    CU_pSuite s = add_suite("dmacpi");
    add_test(s, "policy: defaults, allow, owned, malformed, full", test_policy);
    add_test(s, "xenstore numbers: accepted and refused forms", test_parse_number);
    add_test(s, "area: length and 4 GiB limits", test_check_area);
    add_test(s, "name set: add, has, full, collisions", test_nameset);
    add_test(s, "name set: the names a guest's tables put in \\_SB", test_nameset_guest);
    add_test(s, "walk: every per-blob verdict", test_rules);
    add_test(s, "walk: rule 2 lists what is allowed", test_rule2_list);
    add_test(s, "walk: structural stops keep what came before", test_structural);
    add_test(s, "walk: body nesting limit", test_depth);
    add_test(s, "walk: a long reason is cut with ...", test_long_reason);
    add_test(s, "DMACPI SSDT equals iasl's", test_ssdt_vs_iasl);
    add_test(s, "table set: NFIT and devices, walked from the RSDP", test_build_nfit);
    add_test(s, "table set: a structural stop keeps accepted blobs", test_build_stop);
    add_test(s, "table set: errors", test_build_errors);
    add_test(s, "10,000 devices in one area", test_large_area);
    add_test(s, "docs/dm-acpi.md: the worked example ingests", test_docs_example);
    add_test(s, "docs/dm-acpi.md: every message is documented", test_docs_errors);
}
