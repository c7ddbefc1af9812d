/*
 * memmap.h - a PVH guest's memory map, and the check that the ACPI region
 * fits into it.
 *
 * Guest memory is populated and typed by 4 KiB page, so a region that
 * starts or ends inside a page, or shares a page with the guest's RAM or
 * a fixed MMIO range, would hand the guest a page that is two things at
 * once.  `xl-acpi build` checks its --base/--size against the map libxl
 * 4.17 would give the guest (xl_memmap_pvh_model); `create` and `attach`
 * check against the real e820 map read from the domain.
 */
#ifndef XL_ACPI_MEMMAP_H
#define XL_ACPI_MEMMAP_H

#include <stddef.h>
#include <stdint.h>

/* E820 types.  Prefixed: xenctrl.h defines E820_RAM, E820_ACPI ... itself. */
#define XL_E820_RAM       1u
#define XL_E820_RESERVED  2u
#define XL_E820_ACPI      3u
#define XL_E820_NVS       4u
#define XL_E820_UNUSABLE  5u

#define XL_PAGE_SIZE      4096u

/* libxl 4.17's PVH memory map (libxl__arch_domain_construct_memmap and
 * libxl__domain_device_construct_rdm / xc_dom_x86). */
#define XL_PVH_LOWMEM_END     0xF0000000ull   /* HVM_BELOW_4G_MMIO_START */
#define XL_PVH_HIGHMEM_START  0x100000000ull  /* RAM that does not fit below */
#define XL_PVH_IOAPIC_BASE    0xFEC00000ull   /* one page */
#define XL_PVH_LAPIC_BASE     0xFEE00000ull   /* 1 MiB */
#define XL_PVH_SPECIAL_BASE   0xFEFF8000ull   /* Xen's 8 special pages, to 0xFEFFFFFF */
#define XL_PVH_TOP_BASE       0xFF000000ull   /* the top 16 MiB, to 4 GiB */
#define XL_LOW_1MIB           0x100000ull     /* never ours: BIOS area, RSDP at 0xFFFC0 */
#define XL_PVH_MODEL_ENTRIES  6u              /* the most xl_memmap_pvh_model returns */

struct xl_e820_entry { uint64_t addr, size; uint32_t type; };   /* type: 1 RAM, 2 reserved, 3 ACPI, 4 NVS, ... (E820 numbering) */

/* The memory map libxl 4.17 gives a PVH domU with maxmem MiB, sorted;
 * returns the count, or -1 if cap is too small (XL_PVH_MODEL_ENTRIES is
 * always enough).  RAM [0, min(maxmem, 0xF0000000)), the rest of it from
 * 4 GiB; the IO APIC page, the local APIC, Xen's special pages and the
 * top 16 MiB as reserved.  libxl's own ACPI range is not in it: it is
 * what xl-acpi's region replaces. */
int xl_memmap_pvh_model(uint64_t maxmem_mib, struct xl_e820_entry *out, unsigned cap);

/* 0 when [base, base+size) is page-aligned, inside 4 GiB (the VMGENID
 * address is 32-bit) and overlaps no entry of map[0..n) whose type is not
 * in `replace` (a bitmask of 1u<<type: entries the caller is about to
 * replace, e.g. libxl's own ACPI ranges), nor the low 1 MiB; else -1 with
 * err naming both ranges ("region 0x...-0x... overlaps <what>
 * 0x...-0x..."), what_region standing for "region".  Ranges are printed
 * with their inclusive end, in lowercase hex. */
int xl_region_check(const struct xl_e820_entry *map, unsigned n, uint32_t replace, uint64_t base,
                    uint64_t size, const char *what_region, char *err, size_t errlen);

/* The index in map[0..n) of the first entry xl_region_check would refuse
 * [base, base+size) for, or -1 when no entry is the reason (the region is
 * fine, or refused for its alignment, its end or the low 1 MiB).  Lets a
 * caller say more about that entry (which xl.cfg setting made the RAM). */
int xl_region_conflict(const struct xl_e820_entry *map, unsigned n, uint32_t replace, uint64_t base,
                       uint64_t size);

/* What the fixed range of the PVH model that starts at addr is ("the IO
 * APIC", "the local APIC", "Xen's special pages", "the top 16 MiB"), or
 * NULL for any other address. */
const char *xl_memmap_pvh_name(uint64_t addr);

/* "RAM", "reserved", "ACPI", "NVS", "unusable", or "type N" for any other
 * type (built in a per-thread buffer that the next such call reuses). */
const char *xl_e820_type_name(uint32_t type);

#endif
