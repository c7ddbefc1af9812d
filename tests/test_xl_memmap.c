/*
 * test_xl_memmap.c - xl-plugin/memmap.c: the PVH memory map libxl 4.17
 * gives a domU, and the check that keeps the ACPI region in pages of its
 * own, clear of RAM, the low 1 MiB and the fixed MMIO ranges.  Every
 * refusal is checked by its exact message, every edge on both sides (the
 * last refused byte and the first allowed one).
 */
#include "cunit_main.h"

#include "../xl-plugin/memmap.h"

#include <stdio.h>
#include <string.h>

static char err[512];

/* The check's verdict; on a refusal err must be the message wanted. */
static void expect(const struct xl_e820_entry *map, unsigned n, uint32_t replace, uint64_t base,
                   uint64_t size, const char *want)
{
    int r;

    memset(err, 0, sizeof(err));
    r = xl_region_check(map, n, replace, base, size, "region", err, sizeof(err));
    if (!want) {
        if (r)
            fprintf(stderr, "\n  0x%llx+0x%llx: unexpected refusal: %s\n",
                    (unsigned long long)base, (unsigned long long)size, err);
        CU_ASSERT_EQUAL(r, 0);
        return;
    }
    CU_ASSERT_EQUAL(r, -1);
    if (strcmp(err, want))
        fprintf(stderr, "\n  got:  %s\n  want: %s\n", err, want);
    CU_ASSERT_STRING_EQUAL(err, want);
}

/* ---- the model ------------------------------------------------------------ */

static void test_model_small(void)
{
    struct xl_e820_entry m[XL_PVH_MODEL_ENTRIES];
    int n = xl_memmap_pvh_model(256, m, XL_PVH_MODEL_ENTRIES);

    CU_ASSERT_EQUAL_FATAL(n, 5);
    CU_ASSERT(m[0].addr == 0 && m[0].size == 0x10000000 && m[0].type == XL_E820_RAM);
    CU_ASSERT(m[1].addr == 0xFEC00000 && m[1].size == 0x1000 && m[1].type == XL_E820_RESERVED);
    CU_ASSERT(m[2].addr == 0xFEE00000 && m[2].size == 0x100000 && m[2].type == XL_E820_RESERVED);
    CU_ASSERT(m[3].addr == 0xFEFF8000 && m[3].size == 0x8000 && m[3].type == XL_E820_RESERVED);
    CU_ASSERT(m[4].addr == 0xFF000000 && m[4].size == 0x1000000 && m[4].type == XL_E820_RESERVED);
}

/* Exactly the lowmem end fits below; one MiB more goes to 4 GiB. */
static void test_model_split(void)
{
    struct xl_e820_entry m[XL_PVH_MODEL_ENTRIES];
    int n = xl_memmap_pvh_model(0xF0000000 >> 20, m, XL_PVH_MODEL_ENTRIES);

    CU_ASSERT_EQUAL(n, 5);
    CU_ASSERT(m[0].size == 0xF0000000);
    n = xl_memmap_pvh_model((0xF0000000 >> 20) + 1, m, XL_PVH_MODEL_ENTRIES);
    CU_ASSERT_EQUAL_FATAL(n, 6);
    CU_ASSERT(m[0].size == 0xF0000000);
    CU_ASSERT(m[5].addr == 0x100000000ull && m[5].size == 0x100000 && m[5].type == XL_E820_RAM);
    n = xl_memmap_pvh_model(8192, m, XL_PVH_MODEL_ENTRIES);
    CU_ASSERT_EQUAL_FATAL(n, 6);
    CU_ASSERT(m[5].addr == 0x100000000ull && m[5].size == 0x200000000ull - 0xF0000000);
    /* Sorted, no overlap, each entry page-aligned. */
    for (int i = 0; i < n; i++) {
        CU_ASSERT(m[i].addr % 4096 == 0 && m[i].size % 4096 == 0);
        if (i)
            CU_ASSERT(m[i - 1].addr + m[i - 1].size <= m[i].addr);
    }
}

static void test_model_cap(void)
{
    struct xl_e820_entry m[XL_PVH_MODEL_ENTRIES];

    memset(m, 0xA5, sizeof(m));
    CU_ASSERT_EQUAL(xl_memmap_pvh_model(8192, m, 5), -1);
    CU_ASSERT_EQUAL(m[0].type, 0xA5A5A5A5u);        /* nothing written half-way */
    CU_ASSERT_EQUAL(xl_memmap_pvh_model(256, m, 5), 5);
    CU_ASSERT_EQUAL(xl_memmap_pvh_model(256, m, 4), -1);
    /* An absurd maxmem saturates instead of wrapping the high entry. */
    CU_ASSERT_EQUAL_FATAL(xl_memmap_pvh_model(UINT64_MAX, m, XL_PVH_MODEL_ENTRIES), 6);
    CU_ASSERT(m[5].addr + m[5].size > m[5].addr);
}

/* ---- the check ------------------------------------------------------------ */

static struct xl_e820_entry map[XL_PVH_MODEL_ENTRIES];
static unsigned n_map;

static void model(uint64_t mib)
{
    int n = xl_memmap_pvh_model(mib, map, XL_PVH_MODEL_ENTRIES);
    CU_ASSERT_FATAL(n > 0);
    n_map = (unsigned)n;
}

static void test_default_region_fits(void)
{
    model(2048);
    expect(map, n_map, 0, 0xFC000000, 0x100000, NULL);
    model(0xF0000000 >> 20);        /* the most RAM below the MMIO hole */
    expect(map, n_map, 0, 0xFC000000, 0x100000, NULL);
    model(65536);                   /* and with RAM above 4 GiB */
    expect(map, n_map, 0, 0xFC000000, 0x100000, NULL);
}

/* Touching a range is fine, one byte (here: one page) into it is not. */
static void test_adjacency(void)
{
    model(256);
    expect(map, n_map, 0, 0x10000000, 0x1000, NULL);     /* right after RAM */
    expect(map, n_map, 0, 0x0FFFF000, 0x1000,
           "region 0xffff000-0xfffffff overlaps guest RAM 0x0-0xfffffff");
    expect(map, n_map, 0, 0xFEBFF000, 0x1000, NULL);     /* right before the IO APIC */
    expect(map, n_map, 0, 0xFEBFF000, 0x2000,
           "region 0xfebff000-0xfec00fff overlaps guest reserved 0xfec00000-0xfec00fff");
    expect(map, n_map, 0, 0xFEC01000, 0x1000, NULL);     /* right after it */
    expect(map, n_map, 0, 0xFEDFF000, 0x1000, NULL);     /* before the local APIC */
    expect(map, n_map, 0, 0xFEDFF000, 0x2000,
           "region 0xfedff000-0xfee00fff overlaps guest reserved 0xfee00000-0xfeefffff");
    expect(map, n_map, 0, 0xFEF00000, 0xF8000, NULL);    /* between LAPIC and special pages */
    expect(map, n_map, 0, 0xFEF00000, 0xF9000,
           "region 0xfef00000-0xfeff8fff overlaps guest reserved 0xfeff8000-0xfeffffff");
    expect(map, n_map, 0, 0xFFFFF000, 0x1000,
           "region 0xfffff000-0xffffffff overlaps guest reserved 0xff000000-0xffffffff");
}

/* The byte granularity of the overlap test, on a map read from a guest
 * that need not be page-aligned. */
static void test_one_byte_overlap(void)
{
    const struct xl_e820_entry m[] = { { 0x200000, 0x1001, XL_E820_RAM } };

    expect(m, 1, 0, 0x202000, 0x1000, NULL);
    expect(m, 1, 0, 0x201000, 0x1000,
           "region 0x201000-0x201fff overlaps guest RAM 0x200000-0x201000");
    expect(m, 1, 0, 0x1FF000, 0x1000, NULL);
}

static void test_alignment(void)
{
    model(256);
    expect(map, n_map, 0, 0xFC000003, 0x100000,
           "region 0xfc000003-0xfc100002 is not page-aligned: guest memory is populated and "
           "typed in 4096-byte pages");
    expect(map, n_map, 0, 0xFC000000, 0xFFFFF,
           "region 0xfc000000-0xfc0ffffe is not page-aligned: guest memory is populated and "
           "typed in 4096-byte pages");
    expect(map, n_map, 0, 0xFC000800, 0x1000,
           "region 0xfc000800-0xfc0017ff is not page-aligned: guest memory is populated and "
           "typed in 4096-byte pages");
}

static void test_empty_and_wrap(void)
{
    expect(NULL, 0, 0, 0xFC000000, 0, "region at 0xfc000000 is empty (size 0)");
    expect(NULL, 0, 0, 0xFFFFFFFFFFFFF000ull, 0x2000,
           "region 0xfffffffffffff000 + 0x2000 wraps around the 64-bit address space");
    /* Ending exactly at 2^64 does not wrap, but is far above 4 GiB. */
    expect(NULL, 0, 0, 0xFFFFFFFFFFFFF000ull, 0x1000,
           "region 0xfffffffffffff000-0xffffffffffffffff does not end below 4 GiB: the VMGENID "
           "address (VGIA) and the RSDT's pointers are 32-bit");
    /* A guest's entry that runs past 2^64 still covers what is above it. */
    const struct xl_e820_entry m[] = { { 0x80000000, UINT64_MAX, XL_E820_RAM } };
    expect(m, 1, 0, 0xFC000000, 0x1000,
           "region 0xfc000000-0xfc000fff overlaps guest RAM 0x80000000-0xffffffffffffffff");
}

static void test_4gib(void)
{
    model(256);
    expect(map, n_map, 0, 0xFEF00000, 0x1000, NULL);
    expect(map, n_map, 0, 0x100000000ull, 0x1000,
           "region 0x100000000-0x100000fff does not end below 4 GiB: the VMGENID address (VGIA) "
           "and the RSDT's pointers are 32-bit");
    /* The last page below 4 GiB is refused for the top 16 MiB, not for 4 GiB. */
    expect(NULL, 0, 0, 0xFFFFF000, 0x1000, NULL);
    expect(NULL, 0, 0, 0xFFFFF000, 0x2000,
           "region 0xfffff000-0x100000fff does not end below 4 GiB: the VMGENID address (VGIA) "
           "and the RSDT's pointers are 32-bit");
}

static void test_low_1mib(void)
{
    expect(NULL, 0, 0, 0x100000, 0x1000, NULL);
    expect(NULL, 0, 0, 0xFF000, 0x1000,
           "region 0xff000-0xfffff overlaps the low 1 MiB 0x0-0xfffff");
    expect(NULL, 0, 0, 0xFF000, 0x2000,
           "region 0xff000-0x100fff overlaps the low 1 MiB 0x0-0xfffff");
    /* Checked before the entries: RAM at 0 is not what is named. */
    model(256);
    expect(map, n_map, 0, 0x1000, 0x1000,
           "region 0x1000-0x1fff overlaps the low 1 MiB 0x0-0xfffff");
    CU_ASSERT_EQUAL(xl_region_conflict(map, n_map, 0, 0x1000, 0x1000), -1);
}

/* Entries the caller is about to replace (libxl's ACPI ranges) do not
 * count; every other type does. */
static void test_replace_mask(void)
{
    const struct xl_e820_entry m[] = {
        { 0x0, 0x10000000, XL_E820_RAM },
        { 0xFC000000, 0x2000, XL_E820_ACPI },
        { 0xFC002000, 0x1000, XL_E820_NVS },
        { 0xFC003000, 0x1000, 7 },
        { 0xFC004000, 0x1000, 40 },         /* beyond the mask's 32 bits */
    };
    const uint32_t acpi_nvs = (1u << XL_E820_ACPI) | (1u << XL_E820_NVS);

    expect(m, 5, 0, 0xFC000000, 0x3000,
           "region 0xfc000000-0xfc002fff overlaps guest ACPI 0xfc000000-0xfc001fff");
    expect(m, 5, 1u << XL_E820_ACPI, 0xFC000000, 0x3000,
           "region 0xfc000000-0xfc002fff overlaps guest NVS 0xfc002000-0xfc002fff");
    expect(m, 5, acpi_nvs, 0xFC000000, 0x3000, NULL);
    expect(m, 5, acpi_nvs, 0xFC000000, 0x4000,
           "region 0xfc000000-0xfc003fff overlaps guest type 7 0xfc003000-0xfc003fff");
    expect(m, 5, acpi_nvs | 1u << 7, 0xFC000000, 0x4000, NULL);
    expect(m, 5, 0xFFFFFFFFu, 0xFC000000, 0x5000,
           "region 0xfc000000-0xfc004fff overlaps guest type 40 0xfc004000-0xfc004fff");
    /* Replacing RAM is the caller's business too. */
    expect(m, 5, 1u << XL_E820_RAM, 0x100000, 0x1000, NULL);
    CU_ASSERT_EQUAL(xl_region_conflict(m, 5, 1u << XL_E820_ACPI, 0xFC000000, 0x3000), 2);
}

static void test_what_region_and_truncation(void)
{
    const struct xl_e820_entry m[] = { { 0x0, 0x10000000, XL_E820_RAM } };
    char small[16];

    CU_ASSERT_EQUAL(xl_region_check(m, 1, 0, 0x200000, 0x1000, "the ACPI region", err,
                                    sizeof(err)), -1);
    CU_ASSERT_STRING_EQUAL(err, "the ACPI region 0x200000-0x200fff overlaps guest RAM "
                           "0x0-0xfffffff");
    memset(small, 'x', sizeof(small));
    CU_ASSERT_EQUAL(xl_region_check(m, 1, 0, 0x200000, 0x1000, "region", small,
                                    sizeof(small)), -1);
    CU_ASSERT_EQUAL(small[sizeof(small) - 1], '\0');
    CU_ASSERT_EQUAL(strlen(small), sizeof(small) - 1);
    /* A zero-size entry covers nothing. */
    const struct xl_e820_entry z[] = { { 0x200000, 0, XL_E820_RAM } };
    expect(z, 1, 0, 0x200000, 0x1000, NULL);
}

static void test_type_names(void)
{
    CU_ASSERT_STRING_EQUAL(xl_e820_type_name(1), "RAM");
    CU_ASSERT_STRING_EQUAL(xl_e820_type_name(2), "reserved");
    CU_ASSERT_STRING_EQUAL(xl_e820_type_name(3), "ACPI");
    CU_ASSERT_STRING_EQUAL(xl_e820_type_name(4), "NVS");
    CU_ASSERT_STRING_EQUAL(xl_e820_type_name(5), "unusable");
    CU_ASSERT_STRING_EQUAL(xl_e820_type_name(0), "type 0");
    CU_ASSERT_STRING_EQUAL(xl_e820_type_name(4294967295u), "type 4294967295");
    CU_ASSERT_STRING_EQUAL(xl_memmap_pvh_name(0xFEE00000), "the local APIC");
    CU_ASSERT_PTR_NULL(xl_memmap_pvh_name(0xFEE01000));
}

void register_tests(void)
{
    CU_pSuite s = add_suite("libxl 4.17 PVH memory map");
    add_test(s, "256 MiB: RAM and the fixed ranges", test_model_small);
    add_test(s, "RAM split at 0xF0000000, the rest from 4 GiB", test_model_split);
    add_test(s, "cap too small, maxmem saturates", test_model_cap);

    s = add_suite("xl_region_check");
    add_test(s, "the default region fits", test_default_region_fits);
    add_test(s, "exact adjacency allowed, a page into a range refused", test_adjacency);
    add_test(s, "one byte of overlap", test_one_byte_overlap);
    add_test(s, "page alignment", test_alignment);
    add_test(s, "empty, wrap-around, ending at 2^64", test_empty_and_wrap);
    add_test(s, "below 4 GiB", test_4gib);
    add_test(s, "the low 1 MiB", test_low_1mib);
    add_test(s, "replace mask", test_replace_mask);
    add_test(s, "what_region, a short err buffer, empty entries", test_what_region_and_truncation);
    add_test(s, "type names", test_type_names);
}
