/*
 * memmap.c - libxl 4.17's PVH memory map, and the check that the ACPI
 * region fits into a guest's map (see memmap.h).
 */
#include "memmap.h"

#include <inttypes.h>
#include <stdio.h>

#include "errbuf.h"

#define FOUR_GIB 0x100000000ull

/* Above this many MiB the byte count would not fit 63 bits: no guest has
 * that much, and saturating keeps the high RAM entry from wrapping. */
#define MAXMEM_MIB_SANE (UINT64_MAX >> 21)

int xl_memmap_pvh_model(uint64_t maxmem_mib, struct xl_e820_entry *out, unsigned cap)
{
    /* The fixed ranges below 4 GiB, in address order, all above the
     * lowmem end: what a PVH guest must never get as RAM or ACPI data. */
    static const struct xl_e820_entry fixed[] = {
        { XL_PVH_IOAPIC_BASE, XL_PAGE_SIZE, XL_E820_RESERVED },
        { XL_PVH_LAPIC_BASE, 0x100000, XL_E820_RESERVED },
        { XL_PVH_SPECIAL_BASE, XL_PVH_TOP_BASE - XL_PVH_SPECIAL_BASE, XL_E820_RESERVED },
        { XL_PVH_TOP_BASE, FOUR_GIB - XL_PVH_TOP_BASE, XL_E820_RESERVED },
    };
    struct xl_e820_entry e[XL_PVH_MODEL_ENTRIES];
    uint64_t bytes, low;
    unsigned n = 0;

    if (maxmem_mib > MAXMEM_MIB_SANE)
        maxmem_mib = MAXMEM_MIB_SANE;
    bytes = maxmem_mib << 20;
    /* libxl puts as much RAM as fits below the MMIO hole, the rest from
     * 4 GiB (dom->lowmem_end, dom->highmem_end). */
    low = bytes < XL_PVH_LOWMEM_END ? bytes : XL_PVH_LOWMEM_END;
    if (low)
        e[n++] = (struct xl_e820_entry){ 0, low, XL_E820_RAM };
    for (unsigned i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
        e[n++] = fixed[i];
    if (bytes > low)
        e[n++] = (struct xl_e820_entry){ XL_PVH_HIGHMEM_START, bytes - low, XL_E820_RAM };
    if (n > cap)
        return -1;
    for (unsigned i = 0; i < n; i++)
        out[i] = e[i];
    return (int)n;
}

const char *xl_memmap_pvh_name(uint64_t addr)
{
    switch (addr) {
    case XL_PVH_IOAPIC_BASE:
        return "the IO APIC";
    case XL_PVH_LAPIC_BASE:
        return "the local APIC";
    case XL_PVH_SPECIAL_BASE:
        return "Xen's special pages";
    case XL_PVH_TOP_BASE:
        return "the top 16 MiB";
    }
    return NULL;
}

/* The last byte of an entry, saturated: a map read from a guest may hold
 * an entry that runs past 2^64, which still covers everything above it. */
static uint64_t entry_last(const struct xl_e820_entry *e)
{
    return e->size - 1 > UINT64_MAX - e->addr ? UINT64_MAX : e->addr + e->size - 1;
}

int xl_region_conflict(const struct xl_e820_entry *map, unsigned n, uint32_t replace, uint64_t base,
                       uint64_t size)
{
    uint64_t last;

    /* Only an entry counts: a region refused before the entries are
     * looked at (xl_region_check's order) has no conflicting entry. */
    if (!size || size - 1 > UINT64_MAX - base || base % XL_PAGE_SIZE || size % XL_PAGE_SIZE)
        return -1;
    last = base + size - 1;
    if (last >= FOUR_GIB || base < XL_LOW_1MIB)
        return -1;
    for (unsigned i = 0; i < n; i++) {
        const struct xl_e820_entry *e = &map[i];

        if (!e->size || (e->type < 32 && (replace & (1u << e->type))))
            continue;
        if (base <= entry_last(e) && e->addr <= last)
            return (int)i;
    }
    return -1;
}

int xl_region_check(const struct xl_e820_entry *map, unsigned n, uint32_t replace, uint64_t base,
                    uint64_t size, const char *what_region, char *err, size_t errlen)
{
    uint64_t last;
    int hit;

    if (!size)
        return xl_errf(err, errlen, "%s at 0x%" PRIx64 " is empty (size 0)", what_region, base);
    if (size - 1 > UINT64_MAX - base)
        return xl_errf(err, errlen, "%s 0x%" PRIx64 " + 0x%" PRIx64 " wraps around the 64-bit "
                       "address space", what_region, base, size);
    last = base + size - 1;
    /* Xen populates, maps and types guest memory by page: half a page
     * would be ACPI data and something else at once. */
    if (base % XL_PAGE_SIZE || size % XL_PAGE_SIZE)
        return xl_errf(err, errlen, "%s 0x%" PRIx64 "-0x%" PRIx64 " is not page-aligned: guest "
                       "memory is populated and typed in 4096-byte pages", what_region, base,
                       last);
    if (last >= FOUR_GIB)
        return xl_errf(err, errlen, "%s 0x%" PRIx64 "-0x%" PRIx64 " does not end below 4 GiB: "
                       "the VMGENID address (VGIA) and the RSDT's pointers are 32-bit",
                       what_region, base, last);
    /* The real-mode area, the BIOS and the RSDP of --rsdp-low live there. */
    if (base < XL_LOW_1MIB)
        return xl_errf(err, errlen, "%s 0x%" PRIx64 "-0x%" PRIx64 " overlaps the low 1 MiB "
                       "0x0-0x%llx", what_region, base, last, XL_LOW_1MIB - 1);
    hit = xl_region_conflict(map, n, replace, base, size);
    if (hit >= 0)
        return xl_errf(err, errlen, "%s 0x%" PRIx64 "-0x%" PRIx64 " overlaps guest %s 0x%" PRIx64
                       "-0x%" PRIx64, what_region, base, last, xl_e820_type_name(map[hit].type),
                       map[hit].addr, entry_last(&map[hit]));
    return 0;
}

const char *xl_e820_type_name(uint32_t type)
{
    static _Thread_local char other[24];

    switch (type) {
    case XL_E820_RAM:
        return "RAM";
    case XL_E820_RESERVED:
        return "reserved";
    case XL_E820_ACPI:
        return "ACPI";
    case XL_E820_NVS:
        return "NVS";
    case XL_E820_UNUSABLE:
        return "unusable";
    }
    snprintf(other, sizeof(other), "type %" PRIu32, type);
    return other;
}
