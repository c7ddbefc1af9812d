/*
 * test_acpiregion.c - the memory-map planning of xl-acpi create/attach
 * (xl-plugin/acpiregion.c) on the maps libxl 4.17 gives PVH domUs: libxl's
 * ACPI region found from its modules' entries, and the map after ours
 * replaces it.  The real-Xen test (make check-xen) runs the same code on a
 * real domain.
 */
#include "cunit_main.h"

#include "acpiregion.h"

#define E(a, s, t) { (a), (s), (t) }

/* A 256 MiB PVH domU's map in the shape libxl 4.17 builds it: RAM, the
 * three ACPI modules in module order (RSDP, acpi_info, tables), Xen's
 * special pages; page-sized modules, as xl_acpi_region_replace's tests
 * want. */
static const struct xl_e820_entry libxl_map[] = {
    E(0x0, 0x10000000, XL_E820_RAM),
    E(0xFC00B000, 0x1000, XL_E820_ACPI),        /* module 0: RSDP */
    E(0xFC000000, 0x1000, XL_E820_ACPI),        /* module 1: acpi_info */
    E(0xFC001000, 0xA000, XL_E820_ACPI),        /* module 2: tables */
    E(0xFEFF8000, 0x8000, XL_E820_RESERVED),
};

/* What Debian's libxl 4.17.7 really gave the e2e test's domU (the RSDP at
 * 0xFC008000 as the guest listed it, the region ending at 0xFC00803F as
 * the e820 map said): each module its exact length, the RSDP's 64 bytes. */
static const struct xl_e820_entry real_map[] = {
    E(0x0, 0x10000000, XL_E820_RAM),
    E(0xFC008000, 0x40, XL_E820_ACPI),
    E(0xFC000000, 0x1000, XL_E820_ACPI),
    E(0xFC001000, 0x7000, XL_E820_ACPI),
    E(0xFEFF8000, 0x8000, XL_E820_RESERVED),
};
#define N_REAL (sizeof(real_map) / sizeof(real_map[0]))
#define N_LIBXL (sizeof(libxl_map) / sizeof(libxl_map[0]))

static void test_region_len(void)
{
    struct xl_e820_entry gap[N_LIBXL];

    CU_ASSERT_EQUAL(xl_acpi_region_len(libxl_map, N_LIBXL, 0xFC000000), 0xC000);
    /* Nothing starts there: no region. */
    CU_ASSERT_EQUAL(xl_acpi_region_len(libxl_map, N_LIBXL, 0xFB000000), 0);
    /* RAM is never part of it. */
    CU_ASSERT_EQUAL(xl_acpi_region_len(libxl_map, N_LIBXL, 0), 0);
    /* A hole after the tables ends it there: the RSDP page is not joined. */
    for (unsigned i = 0; i < N_LIBXL; i++)
        gap[i] = libxl_map[i];
    gap[1].addr = 0xFC00C000;
    CU_ASSERT_EQUAL(xl_acpi_region_len(gap, N_LIBXL, 0xFC000000), 0xB000);
    /* NVS counts as well (libxl since 2025). */
    gap[1].addr = 0xFC00B000;
    gap[3].type = XL_E820_NVS;
    CU_ASSERT_EQUAL(xl_acpi_region_len(gap, N_LIBXL, 0xFC000000), 0xC000);
}

/* Exact module lengths: the region is the whole pages under them. */
static void test_region_len_exact(void)
{
    struct xl_e820_entry m[N_REAL], out[N_REAL + 2];
    int n;

    CU_ASSERT_EQUAL(xl_acpi_region_len(real_map, N_REAL, 0xFC000000), 0x9000);
    /* A module that starts at the next page after a short one is joined. */
    for (unsigned i = 0; i < N_REAL; i++)
        m[i] = real_map[i];
    m[3].size = 0x6800;                          /* tables end at 0xFC007800 */
    CU_ASSERT_EQUAL(xl_acpi_region_len(m, N_REAL, 0xFC000000), 0x9000);
    /* ... but not one a page further. */
    m[1].addr = 0xFC009000;
    CU_ASSERT_EQUAL(xl_acpi_region_len(m, N_REAL, 0xFC000000), 0x8000);
    /* A 64-byte region alone is one page. */
    CU_ASSERT_EQUAL(xl_acpi_region_len(real_map, N_REAL, 0xFC008000), 0x1000);
    /* Replacing the real region leaves none of libxl's entries behind. */
    n = xl_acpi_region_replace(real_map, N_REAL, 0xFC000000, 0x9000, 0xA000, 0xFC009000, out,
                               N_REAL + 2);
    CU_ASSERT_EQUAL_FATAL(n, 4);
    CU_ASSERT_EQUAL(out[1].addr, 0xFC000000);
    CU_ASSERT_EQUAL(out[1].size, 0x9000);
    CU_ASSERT_EQUAL(out[1].type, XL_E820_ACPI);
    CU_ASSERT_EQUAL(out[2].addr, 0xFC009000);
    CU_ASSERT_EQUAL(out[2].size, 0x1000);
    CU_ASSERT_EQUAL(out[2].type, XL_E820_RESERVED);
}

static void test_covering(void)
{
    const struct xl_e820_entry *e;

    e = xl_e820_covering(libxl_map, N_LIBXL, 0x0F000000, 0x1000);
    CU_ASSERT_PTR_EQUAL(e, &libxl_map[0]);
    /* Up to the last byte of RAM, not one past it. */
    CU_ASSERT_PTR_EQUAL(xl_e820_covering(libxl_map, N_LIBXL, 0x0FFFF000, 0x1000), &libxl_map[0]);
    CU_ASSERT_PTR_NULL(xl_e820_covering(libxl_map, N_LIBXL, 0x0FFFF000, 0x1001));
    /* Across two entries is not inside one. */
    CU_ASSERT_PTR_NULL(xl_e820_covering(libxl_map, N_LIBXL, 0xFC000800, 0x1000));
    /* A wrapping range. */
    CU_ASSERT_PTR_NULL(xl_e820_covering(libxl_map, N_LIBXL, 0x1000, UINT64_MAX));
}

static void test_replace_with_guid_page(void)
{
    struct xl_e820_entry out[N_LIBXL];
    int n = xl_acpi_region_replace(libxl_map, N_LIBXL, 0xFC000000, 0xC000, 0xC000,
                                   0xFC00B000, out, N_LIBXL);

    /* Three libxl entries out, two of ours in: RAM, ACPI, GUID page, specials. */
    CU_ASSERT_EQUAL_FATAL(n, 4);
    CU_ASSERT_EQUAL(out[0].addr, 0);
    CU_ASSERT_EQUAL(out[0].type, XL_E820_RAM);
    CU_ASSERT_EQUAL(out[1].addr, 0xFC000000);
    CU_ASSERT_EQUAL(out[1].size, 0xB000);
    CU_ASSERT_EQUAL(out[1].type, XL_E820_ACPI);
    CU_ASSERT_EQUAL(out[2].addr, 0xFC00B000);
    CU_ASSERT_EQUAL(out[2].size, 0x1000);
    CU_ASSERT_EQUAL(out[2].type, XL_E820_RESERVED);
    CU_ASSERT_EQUAL(out[3].addr, 0xFEFF8000);
    CU_ASSERT_EQUAL(out[3].type, XL_E820_RESERVED);
}

static void test_replace_grown(void)
{
    struct xl_e820_entry out[N_LIBXL];
    /* Our set needs 0x20000 bytes: the region grows past libxl's. */
    int n = xl_acpi_region_replace(libxl_map, N_LIBXL, 0xFC000000, 0xC000, 0x20000, 0,
                                   out, N_LIBXL);

    CU_ASSERT_EQUAL_FATAL(n, 3);
    CU_ASSERT_EQUAL(out[1].addr, 0xFC000000);
    CU_ASSERT_EQUAL(out[1].size, 0x20000);
    CU_ASSERT_EQUAL(out[1].type, XL_E820_ACPI);
    CU_ASSERT_EQUAL(out[2].addr, 0xFEFF8000);
}

static void test_replace_keeps_others(void)
{
    /* An ACPI entry outside the region (libxl's low RSDP page) stays. */
    static const struct xl_e820_entry low[] = {
        E(0x0, 0x9F000, XL_E820_RAM),
        E(0xFF000, 0x1000, XL_E820_ACPI),
        E(0x100000, 0xFF00000, XL_E820_RAM),
        E(0xFC000000, 0x1000, XL_E820_ACPI),
        E(0xFC001000, 0xA000, XL_E820_ACPI),
    };
    struct xl_e820_entry out[5];
    int n = xl_acpi_region_replace(low, 5, 0xFC000000, 0xB000, 0xB000, 0, out, 5);

    CU_ASSERT_EQUAL_FATAL(n, 4);
    CU_ASSERT_EQUAL(out[1].addr, 0xFF000);
    CU_ASSERT_EQUAL(out[1].type, XL_E820_ACPI);
    CU_ASSERT_EQUAL(out[3].addr, 0xFC000000);
    CU_ASSERT_EQUAL(out[3].size, 0xB000);
}

static void test_replace_no_room(void)
{
    struct xl_e820_entry out[N_LIBXL];

    /* hvm_start_info's array cannot grow: a cap it would exceed is refused. */
    CU_ASSERT_EQUAL(xl_acpi_region_replace(libxl_map, N_LIBXL, 0xFC000000, 0xC000, 0xC000,
                                           0xFC00B000, out, 3), -1);
    /* Nothing of libxl's is dropped when old_len does not cover it. */
    CU_ASSERT_EQUAL(xl_acpi_region_replace(libxl_map, N_LIBXL, 0xFC000000, 0, 0xC000, 0,
                                           out, N_LIBXL), -1);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("acpiregion");

    add_test(s, "libxl's region from its module entries", test_region_len);
    add_test(s, "libxl 4.17.7's exact module lengths", test_region_len_exact);
    add_test(s, "the entry covering a range", test_covering);
    add_test(s, "replaced, with the GUID page", test_replace_with_guid_page);
    add_test(s, "replaced by a larger region", test_replace_grown);
    add_test(s, "other ACPI entries kept", test_replace_keeps_others);
    add_test(s, "no room in start_info", test_replace_no_room);
}
