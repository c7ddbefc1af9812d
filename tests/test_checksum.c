/*
 * test_checksum.c - acpi_sum8() against a plain byte loop, at every length
 * around the vector widths and at unaligned starts, plus acpi_checksum().
 */
#include "cunit_main.h"

#include <acpigen/checksum.h>
#include <stdlib.h>

static uint8_t reference_sum(const uint8_t *p, size_t n)
{
    unsigned s = 0;
    for (size_t i = 0; i < n; i++)
        s += p[i];
    return (uint8_t)s;
}

static void test_sum_matches_bytewise(void)
{
    static uint8_t b[70000];
    unsigned bad = 0;

    srand(7);
    for (size_t i = 0; i < sizeof(b); i++)
        b[i] = (uint8_t)rand();
    /* 0xFF bytes maximise lane growth: 128+ SWAR rounds must not carry. */
    for (size_t i = 40000; i < sizeof(b); i++)
        b[i] = 0xFF;
    for (size_t n = 0; n < sizeof(b) - 16; n += n < 300 ? 1 : 997)
        for (size_t off = 0; off < 8; off++)
            bad += acpi_sum8(b + off, n) != reference_sum(b + off, n);
    bad += acpi_sum8(b + 40000, 29000) != reference_sum(b + 40000, 29000);
    CU_ASSERT_EQUAL(bad, 0);
}

static void test_checksum_zeroes_table(void)
{
    uint8_t t[36] = "SSDT";
    for (int i = 10; i < 36; i++)
        t[i] = (uint8_t)(i * 37);
    t[9] = 0;
    t[9] = acpi_checksum(t, sizeof(t));
    CU_ASSERT_EQUAL(acpi_sum8(t, sizeof(t)), 0);
    CU_ASSERT_NOT_EQUAL(t[9], 0);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("checksum");
    add_test(s, "acpi_sum8 equals a byte loop", test_sum_matches_bytewise);
    add_test(s, "acpi_checksum makes a table sum to zero", test_checksum_zeroes_table);
}
