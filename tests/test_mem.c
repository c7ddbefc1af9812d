/*
 * test_mem.c - base/ as the freestanding build (hvmloader-ext) compiles it,
 * against byte loops: memmove/memset/strlen of base/mem.c (hosted builds
 * use the C library's) at every length up to 40 between every pair of
 * offsets in a 64-byte window, so overlapping moves in both directions and
 * every alignment of either end are covered, with guard bytes around the
 * window; and acpi_sum8() of base/checksum.c with the 32-bit lanes a
 * 32-bit target gets (test_checksum covers the 64-bit ones).
 */
#include "cunit_main.h"

#include <string.h>

#include "acpigen/checksum.h"
#include "base/mem.h"

#define WIN 64
#define GUARD 16

static void fill(uint8_t *b, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        b[i] = (uint8_t)(seed * 131 + i * 7 + 1);
}

static void test_memmove(void)
{
    uint8_t got[WIN + 2 * GUARD], want[WIN + 2 * GUARD];
    unsigned bad = 0;

    for (size_t len = 0; len <= 40; len++)
        for (size_t from = 0; from + len <= WIN; from++)
            for (size_t to = 0; to + len <= WIN; to++) {
                fill(got, sizeof(got), (unsigned)(len + from));
                memcpy(want, got, sizeof(want));
                uint8_t tmp[WIN];
                for (size_t i = 0; i < len; i++)        /* the reference: via a copy */
                    tmp[i] = want[GUARD + from + i];
                for (size_t i = 0; i < len; i++)
                    want[GUARD + to + i] = tmp[i];
                void *r = acpigen_memmove(got + GUARD + to, got + GUARD + from, len);
                if (r != got + GUARD + to || memcmp(got, want, sizeof(got)))
                    bad++;
            }
    CU_ASSERT_EQUAL(bad, 0);
}

static void test_memset(void)
{
    uint8_t got[WIN + 2 * GUARD], want[WIN + 2 * GUARD];
    unsigned bad = 0;

    for (size_t len = 0; len <= 40; len++)
        for (size_t at = 0; at + len <= WIN; at++) {
            fill(got, sizeof(got), (unsigned)len);
            memcpy(want, got, sizeof(want));
            for (size_t i = 0; i < len; i++)
                want[GUARD + at + i] = 0xA5;
            if (acpigen_memset(got + GUARD + at, 0x1A5, len) != got + GUARD + at ||
                memcmp(got, want, sizeof(got)))
                bad++;
        }
    CU_ASSERT_EQUAL(bad, 0);
}

static void test_strlen(void)
{
    char s[WIN];

    memset(s, 'x', sizeof(s));
    for (size_t n = 0; n < WIN; n++) {
        s[n] = '\0';
        CU_ASSERT_EQUAL(acpigen_strlen(s), n);
        s[n] = 'x';
    }
}

/* Every length up to 2100 (past 128 loads of 4 bytes, where the lanes
 * fold) at four alignments, on varied bytes and on all 0xFF (the lanes'
 * largest sums). */
static void test_sum8_lanes32(void)
{
    static uint8_t buf[2100 + 8];
    unsigned bad = 0;

    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < sizeof(buf); i++)
            buf[i] = pass ? 0xFF : (uint8_t)(i * 37 + (i >> 7));
        for (size_t at = 0; at < 4; at++)
            for (size_t len = 0; len + at <= sizeof(buf) - 8; len++) {
                uint8_t want = 0;
                for (size_t i = 0; i < len; i++)
                    want = (uint8_t)(want + buf[at + i]);
                bad += acpi_sum8(buf + at, len) != want;
            }
    }
    CU_ASSERT_EQUAL(bad, 0);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("base/ as freestanding builds compile it");

    add_test(s, "acpigen_memmove: every length, offset pair and overlap", test_memmove);
    add_test(s, "acpigen_memset: every length and offset", test_memset);
    add_test(s, "acpigen_strlen", test_strlen);
    add_test(s, "acpi_sum8 with 32-bit lanes: every length, four alignments", test_sum8_lanes32);
}
