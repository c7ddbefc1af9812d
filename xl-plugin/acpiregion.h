/*
 * acpiregion.h - the ACPI region of a PVH domU in its e820 memory map:
 * finding the one libxl populated, and the map once ours replaces it.
 * Pure functions on arrays, so the planning that xendomain.c does on a real
 * domain is tested without one (tests/test_acpiregion.c).
 */
#ifndef XL_ACPI_ACPIREGION_H
#define XL_ACPI_ACPIREGION_H

#include <stdint.h>

#include "memmap.h"

/* Length of the pages libxl populated for its ACPI region: the ACPI/NVS
 * entries of map[0..n) that start at base and follow each other in address
 * order, each at the end of the one before or at the next page boundary
 * (libxl lists one per ACPI module, whatever their order in the array, with
 * its exact byte length), rounded up to a whole page; 0 when no such entry
 * starts at base. */
uint64_t xl_acpi_region_len(const struct xl_e820_entry *map, unsigned n, uint64_t base);

/* The entry of map[0..n) holding all of [addr, addr+len), or NULL. */
const struct xl_e820_entry *xl_e820_covering(const struct xl_e820_entry *map, unsigned n,
                                             uint64_t addr, uint64_t len);

/*
 * map[0..n) with the ACPI/NVS entries inside [base, base+old_len) dropped
 * and our region [base, base+size) added: ACPI up to the GUID page, the
 * GUID page reserved (guid_page 0: no page, all ACPI), sorted by address,
 * into out[0..cap).  Returns the count, or -1 when cap is too small.
 */
int xl_acpi_region_replace(const struct xl_e820_entry *map, unsigned n, uint64_t base,
                           uint64_t old_len, uint64_t size, uint64_t guid_page,
                           struct xl_e820_entry *out, unsigned cap);

#endif
