/*
 * sdt.c - the tables that only point at others: XSDT (64-bit entries), RSDT
 * (32-bit entries, for guests that only read the RSDT) and the RSDP; and
 * the copy of an extra table handed in complete (dm-acpi).
 */
#include "tables/build.h"
#include "aml/aml_encode.h"
#include "base/mem.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

static size_t pointer_table(struct build *b, const char *sig, unsigned width,
                            const size_t *tables, unsigned n)
{
    size_t len = 36 + (size_t)width * n;
    size_t off = build_place(b, len, 8, sig);

    if (off == SIZE_MAX)
        return SIZE_MAX;
    uint8_t *t = b->img + off;
    build_header(b, t, sig, (uint32_t)len, 1, NULL);
    for (unsigned i = 0; i < n; i++) {
        uint64_t addr = build_addr(b, tables[i]);
        if (width == 4) {
            if (addr > 0xFFFFFFFFu) {
                build_fail(b, "layout: RSDT pointer above 4 GiB: table at %X "
                           "(place the region below 4 GiB)", addr);
                return SIZE_MAX;
            }
            put_le32(t + 36 + 4 * i, (uint32_t)addr);
        } else {
            put_le64(t + 36 + 8 * i, addr);
        }
    }
    build_seal(b, off);
    return off;
}

size_t build_xsdt(struct build *b, const size_t *tables, unsigned n)
{
    return pointer_table(b, "XSDT", 8, tables, n);
}

size_t build_rsdt(struct build *b, const size_t *tables, unsigned n)
{
    return pointer_table(b, "RSDT", 4, tables, n);
}

size_t build_copy(struct build *b, const uint8_t *table, unsigned index)
{
    if (b->failed)
        return SIZE_MAX;
    if (!table) {
        build_fail(b, "extra table %u: NULL", index);
        return SIZE_MAX;
    }
    uint32_t len = (uint32_t)table[4] | (uint32_t)table[5] << 8 | (uint32_t)table[6] << 16 |
                   (uint32_t)table[7] << 24;
    if (len < 36) {
        build_fail(b, "extra table %u: length %u is shorter than a table header", index, len);
        return SIZE_MAX;
    }
    size_t off = build_place_whole(b, len, 8, "extra table");
    if (off == SIZE_MAX)
        return SIZE_MAX;
    acpigen_memmove(b->img + off, table, len);
    build_seal(b, off);
    return off;
}

/* ACPI 6.4, 5.2.5.3: the checksum covers the first 20 bytes (the ACPI 1.0
 * structure), the extended checksum all 36. */
void build_rsdp(struct build *b, size_t off, size_t xsdt, size_t rsdt)
{
    uint8_t r[36] = { 'R', 'S', 'D', ' ', 'P', 'T', 'R', ' ' };
    uint8_t sum = 0;

    if (b->failed)
        return;
    for (int i = 0; i < 6 && b->cfg->oem_id[i]; i++)
        r[9 + i] = (uint8_t)b->cfg->oem_id[i];
    r[15] = 2;
    put_le32(r + 16, (uint32_t)build_addr(b, rsdt));
    put_le32(r + 20, sizeof(r));
    put_le64(r + 24, build_addr(b, xsdt));
    for (int i = 0; i < 20; i++)
        sum = (uint8_t)(sum + r[i]);
    r[8] = (uint8_t)(0x100 - sum);
    sum = 0;
    for (int i = 0; i < 36; i++)
        sum = (uint8_t)(sum + r[i]);
    r[32] = (uint8_t)(0x100 - sum);

    uint64_t addr;
    if (off == SIZE_MAX) {
        acpigen_memmove(b->out->rsdp_low, r, sizeof(r));
        b->out->has_rsdp_low = 1;
        addr = ACPI_RSDP_LOW_ADDRESS;
    } else {
        acpigen_memmove(b->img + off, r, sizeof(r));
        addr = build_addr(b, off);
    }
    b->out->rsdp_address = addr;
    build_list(b, "RSDP", addr, sizeof(r), 2, off);
    /* The RSDP has no standard header: its (first) checksum is byte 8,
     * which build_list cannot know. */
    if (!b->failed)
        b->out->tables[b->out->n_tables - 1].checksum = r[8];
}
