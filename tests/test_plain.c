/*
 * test_plain.c - the quick yes for plain device bodies (aml_plain.c)
 * against the walker it stands in for: on plain bodies, on every
 * truncation, every value of every byte, every byte dropped and every
 * byte inserted, at nesting limits 1, 2 and 32.  Whenever the quick path
 * says yes, the walker must accept; and acpi_aml_check_body() must give
 * exactly the walker's verdict and message, whichever of the two decided.
 * Built from the core's sources (the functions are internal).
 */
#include "cunit_main.h"

#include <acpigen/nsscan.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aml/aml_plain.h"

/* What device models write: the bench's device (bench_dm.c), a _CRS,
 * every integer constant, Strings, empty and multi-statement Methods, and
 * multi-byte PkgLengths on both Method and Buffer. */
static const uint8_t dev_bench[] = {
    0x08, '_', 'H', 'I', 'D', 0x0D, 'X', 'E', 'N', 'A', '0', '0', '0', '1', 0x00,
    0x08, '_', 'U', 'I', 'D', 0x0B, 0x34, 0x12,
    0x14, 0x09, '_', 'S', 'T', 'A', 0x00, 0xA4, 0x0A, 0x0F,
};
static const uint8_t dev_crs[] = {
    0x08, '_', 'H', 'I', 'D', 0x0C, 0x41, 0xD0, 0x0C, 0x02,     /* EisaId */
    0x08, '_', 'C', 'R', 'S', 0x11, 0x11, 0x0A, 0x0E,
    0x86, 0x09, 0x00, 0x01, 0x00, 0x00, 0xD0, 0xFE, 0x00, 0x10, 0x00, 0x00, 0x79, 0x00,
    0x08, 'V', 'A', 'L', '0', 0x00, 0x08, 'V', 'A', 'L', '1', 0x01,
    0x08, 'V', 'A', 'L', '2', 0xFF, 0x08, 'V', 'A', 'L', '3', 0x0E,
    1, 2, 3, 4, 5, 6, 7, 8,
    0x14, 0x06, 'N', 'O', 'P', '_', 0x08,                       /* empty body */
    0x14, 0x0C, 'T', 'W', 'O', '_', 0x01, 0xA4, 0x00, 0xA4, 0x0D, 'a', 0x00,
};
/* Method (_STR) { Return ("<70 characters>") }: a 2-byte PkgLength;
 * Name (BIG_, Buffer (Zero) {<80 bytes>}): a 2-byte PkgLength. */
static uint8_t dev_long[256];
static size_t dev_long_len;

static void make_long(void)
{
    size_t n = 0, m;

    dev_long[n++] = 0x14;
    m = 2 + 4 + 1 + 1 + 1 + 71;
    dev_long[n++] = (uint8_t)(0x40 | (m & 0x0F));
    dev_long[n++] = (uint8_t)(m >> 4);
    memcpy(dev_long + n, "_STR", 4);
    n += 4;
    dev_long[n++] = 0x00;
    dev_long[n++] = 0xA4;
    dev_long[n++] = 0x0D;
    for (int i = 0; i < 70; i++)
        dev_long[n++] = (uint8_t)(' ' + i);
    dev_long[n++] = 0x00;
    dev_long[n++] = 0x08;
    memcpy(dev_long + n, "BIG_", 4);
    n += 4;
    dev_long[n++] = 0x11;
    m = 2 + 1 + 80;
    dev_long[n++] = (uint8_t)(0x40 | (m & 0x0F));
    dev_long[n++] = (uint8_t)(m >> 4);
    dev_long[n++] = 0x00;
    for (int i = 0; i < 80; i++)
        dev_long[n++] = (uint8_t)(i * 7);
    dev_long_len = n;
}

static unsigned n_plain, n_checked;

/* One body, from an exactly sized heap copy (ASan sees any read past it). */
static void check_one(const uint8_t *bytes, size_t len)
{
    static const unsigned depths[] = { 1, 2, 32 };
    uint8_t *b = malloc(len ? len : 1);
    char e1[ACPI_NS_MSG_MAX], e2[ACPI_NS_MSG_MAX];

    CU_ASSERT_FATAL(b != NULL);
    memcpy(b, bytes, len);
    int plain = aml__plain_body(b, len);
    n_plain += plain;
    n_checked++;
    for (unsigned i = 0; i < sizeof(depths) / sizeof(depths[0]); i++) {
        e1[0] = e2[0] = 'x';
        int walk = aml__check_body_walk(b, len, depths[i], e1, sizeof(e1));
        if (!walk)
            e1[0] = '\0';           /* the walker writes nothing on success */
        int pub = acpi_aml_check_body(b, len, depths[i], e2, sizeof(e2));
        if (plain && depths[i] >= 2 && walk != 0) {
            printf("\n  quick yes, walker says no (depth %u): %s\n", depths[i], e1);
            CU_FAIL("the quick path accepted what the walker refuses");
        }
        if (pub != walk || strcmp(e1, e2)) {
            printf("\n  depth %u: walker %d \"%s\", acpi_aml_check_body %d \"%s\"\n",
                   depths[i], walk, e1, pub, e2);
            CU_FAIL("acpi_aml_check_body differs from the walker");
        }
    }
    free(b);
}

static void plain_accepted(const uint8_t *b, size_t len)
{
    CU_ASSERT(aml__plain_body(b, len) == 1);
    check_one(b, len);
}

/* Every truncation, byte value, dropped and inserted byte of b. */
static void mutate_all(const uint8_t *b, size_t len)
{
    uint8_t *m = malloc(len + 1);

    CU_ASSERT_FATAL(m != NULL);
    for (size_t n = 0; n <= len; n++)
        check_one(b, n);
    for (size_t i = 0; i < len; i++) {
        memcpy(m, b, len);
        for (unsigned v = 0; v < 256; v++) {
            m[i] = (uint8_t)v;
            check_one(m, len);
        }
        memcpy(m, b, i);
        memcpy(m + i, b + i + 1, len - i - 1);
        check_one(m, len - 1);
        for (unsigned v = 0; v < 256; v += 17) {
            memcpy(m, b, i);
            m[i] = (uint8_t)v;
            memcpy(m + i + 1, b + i, len - i);
            check_one(m, len + 1);
        }
    }
    free(m);
}

static void test_plain_bodies(void)
{
    plain_accepted(dev_bench, sizeof(dev_bench));
    plain_accepted(dev_crs, sizeof(dev_crs));
    plain_accepted(dev_long, dev_long_len);
    plain_accepted(dev_crs, 0);
}

/* Bodies the quick path leaves to the walker although they are fine. */
static void test_left_to_walker(void)
{
    static const uint8_t local[] = { 0x08, 'A', 'B', 'C', 'D', 0x60 };          /* Local0 */
    static const uint8_t dev[] = { 0x5B, 0x82, 0x05, 'S', 'U', 'B', '_' };     /* Device */
    static const uint8_t ref[] = { 0x14, 0x0A, 'M', '_', '_', '_', 0x00, 0xA4, 'X', 'Y', 'Z', '_' };
    static const uint8_t store[] = { 0x14, 0x09, 'M', '_', '_', '_', 0x00, 0x70, 0x01, 0x60 };

    CU_ASSERT(aml__plain_body(local, sizeof(local)) == 0);
    CU_ASSERT(aml__plain_body(dev, sizeof(dev)) == 0);
    CU_ASSERT(aml__plain_body(ref, sizeof(ref)) == 0);
    CU_ASSERT(aml__plain_body(store, sizeof(store)) == 0);
    check_one(local, sizeof(local));
    check_one(dev, sizeof(dev));
    check_one(ref, sizeof(ref));
    check_one(store, sizeof(store));
}

static void test_mutations(void)
{
    n_plain = n_checked = 0;
    mutate_all(dev_bench, sizeof(dev_bench));
    mutate_all(dev_crs, sizeof(dev_crs));
    mutate_all(dev_long, dev_long_len);
    printf("\n  %u bodies checked, %u of them taken by the quick path\n", n_checked, n_plain);
    CU_ASSERT(n_plain > 0 && n_plain < n_checked);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("plain device bodies");

    make_long();
    add_test(s, "plain bodies: quick yes, walker yes", test_plain_bodies);
    add_test(s, "valid bodies left to the walker", test_left_to_walker);
    add_test(s, "every truncation, byte value, dropped and inserted byte", test_mutations);
}
