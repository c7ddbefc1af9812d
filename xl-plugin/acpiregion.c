/*
 * acpiregion.c - libxl's ACPI region in a memory map, and ours in its
 * place (see acpiregion.h).
 */
#include "acpiregion.h"

#include <stdlib.h>

static int is_acpi(uint32_t type)
{
    return type == XL_E820_ACPI || type == XL_E820_NVS;
}

static uint64_t page_up(uint64_t a)
{
    return (a + XL_PAGE_SIZE - 1) & ~(uint64_t)(XL_PAGE_SIZE - 1);
}

uint64_t xl_acpi_region_len(const struct xl_e820_entry *map, unsigned n, uint64_t base)
{
    uint64_t end = base;
    int grown;

    /* libxl gives each module's entry its exact length (the RSDP's is 64
     * bytes) but populates whole pages, so the next module may start at
     * the exact end or at the next page.  n is small (at most 128): a pass
     * per entry is cheaper than a sort. */
    do {
        grown = 0;
        for (unsigned i = 0; i < n; i++) {
            const struct xl_e820_entry *e = &map[i];
            if (is_acpi(e->type) && e->size && (e->addr == end || e->addr == page_up(end)) &&
                e->addr + e->size > e->addr && e->addr + e->size <= UINT64_MAX - XL_PAGE_SIZE &&
                e->addr + e->size > end) {
                end = e->addr + e->size;
                grown = 1;
            }
        }
    } while (grown);
    return end == base ? 0 : page_up(end) - base;
}

const struct xl_e820_entry *xl_e820_covering(const struct xl_e820_entry *map, unsigned n,
                                             uint64_t addr, uint64_t len)
{
    if (addr + len < addr)
        return NULL;
    for (unsigned i = 0; i < n; i++)
        if (addr >= map[i].addr && addr + len <= map[i].addr + map[i].size)
            return &map[i];
    return NULL;
}

static int cmp_addr(const void *a, const void *b)
{
    const struct xl_e820_entry *x = a, *y = b;

    return x->addr < y->addr ? -1 : x->addr > y->addr;
}

int xl_acpi_region_replace(const struct xl_e820_entry *map, unsigned n, uint64_t base,
                           uint64_t old_len, uint64_t size, uint64_t guid_page,
                           struct xl_e820_entry *out, unsigned cap)
{
    unsigned k = 0;

    for (unsigned i = 0; i < n; i++) {
        const struct xl_e820_entry *e = &map[i];
        if (is_acpi(e->type) && e->addr >= base && e->addr + e->size <= base + old_len)
            continue;
        if (k == cap)
            return -1;
        out[k++] = *e;
    }
    if (k + (guid_page ? 2 : 1) > cap)
        return -1;
    /* Our tables are only read (no AML touches them at run time): ACPI, so
     * the guest may reclaim them; the GUID page is neither RAM nor ACPI. */
    if (guid_page) {
        out[k++] = (struct xl_e820_entry){ base, guid_page - base, XL_E820_ACPI };
        out[k++] = (struct xl_e820_entry){ guid_page, XL_PAGE_SIZE, XL_E820_RESERVED };
    } else {
        out[k++] = (struct xl_e820_entry){ base, size, XL_E820_ACPI };
    }
    qsort(out, k, sizeof(out[0]), cmp_addr);
    return (int)k;
}
