/*
 * build.c - placing tables in the image, their headers and checksums, and
 * the manifest entry of each table.
 */
#include "tables/build.h"

#include "acpigen/checksum.h"
#include "aml/aml_encode.h"
#include "base/mem.h"
#include "base/msg.h"

#include <stdarg.h>

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

void build_fail(struct build *b, const char *fmt, ...)
{
    va_list ap;

    if (b->failed)
        return;
    b->failed = 1;
    va_start(ap, fmt);
    msg_vformat(b->out->error, sizeof(b->out->error), fmt, ap);
    va_end(ap);
}

static size_t place(struct build *b, size_t len, unsigned align, const char *what, int whole)
{
    if (b->failed)
        return SIZE_MAX;
    /* Align the guest address, not the offset: the base need not be aligned. */
    uint64_t addr = b->base + b->used;
    uint64_t aligned = (addr + align - 1) & ~(uint64_t)(align - 1);
    size_t off = (size_t)(aligned - b->base);
    if (off > b->limit || len > b->limit - off) {
        build_fail(b, "layout: region too small: %s (%Z bytes) does not fit below %X "
                   "(%Z bytes of tables placed so far)", what, len, b->base + b->limit, b->used);
        return SIZE_MAX;
    }
    /* Zero the padding and the table's bytes: builders rely on zeroed
     * fields, and nothing stale may reach the guest (XSA-464).  A table
     * its caller writes whole needs only the padding. */
    acpigen_memset(b->img + b->used, 0, off + (whole ? 0 : len) - b->used);
    b->used = off + len;
    return off;
}

size_t build_place(struct build *b, size_t len, unsigned align, const char *what)
{
    return place(b, len, align, what, 0);
}

size_t build_place_whole(struct build *b, size_t len, unsigned align, const char *what)
{
    return place(b, len, align, what, 1);
}

size_t build_room(const struct build *b, size_t off)
{
    return off <= b->limit ? b->limit - off : 0;
}

static void copy_id(uint8_t *dst, const char *src, size_t n)
{
    size_t i = 0;
    for (; i < n && src[i]; i++)
        dst[i] = (uint8_t)src[i];
    for (; i < n; i++)
        dst[i] = 0;             /* NUL padding, as iasl pads */
}

void build_prepare_header(struct build *b)
{
    uint8_t *p = b->hdr;

    acpigen_memset(p, 0, sizeof(b->hdr));
    copy_id(p + 10, b->cfg->oem_id, 6);
    copy_id(p + 16, b->cfg->oem_table_id, 8);
    put_le32(p + 24, b->cfg->oem_revision);
    copy_id(p + 28, ACPIGEN_CREATOR_ID, 4);
    put_le32(p + 32, ACPIGEN_CREATOR_REVISION);
}

/* A copy of b->hdr and four fields: a handful of stores per table. */
void build_header(const struct build *b, uint8_t *p, const char *sig, uint32_t len,
                  uint8_t rev, const char *table_id)
{
    acpigen_memmove(p, b->hdr, sizeof(b->hdr));
    copy_id(p, sig, 4);
    put_le32(p + 4, len);
    p[8] = rev;
    if (table_id)
        copy_id(p + 16, table_id, 8);
}

static void copy_str(char *dst, const uint8_t *src, size_t n)
{
    size_t i = 0;
    for (; i < n && src[i]; i++)
        dst[i] = (char)src[i];
    dst[i] = '\0';
}

static struct acpi_table_info *list_entry(struct build *b)
{
    struct acpi_guest_tables *o = b->out;

    if (o->n_tables == sizeof(o->tables) / sizeof(o->tables[0])) {
        build_fail(b, "layout: more than %u tables", (unsigned)o->n_tables);
        return NULL;
    }
    return &o->tables[o->n_tables++];
}

void build_list(struct build *b, const char *sig, uint64_t addr, uint32_t len, uint8_t rev,
                size_t off)
{
    struct acpi_table_info *ti = b->failed ? NULL : list_entry(b);

    if (!ti)
        return;
    copy_str(ti->signature, (const uint8_t *)sig, 4);
    ti->address = addr;
    ti->length = len;
    ti->revision = rev;
    ti->checksum = 0;
    copy_str(ti->oem_id, (const uint8_t *)b->cfg->oem_id, 6);
    ti->oem_table_id[0] = '\0';
    ti->oem_revision = 0;
    ti->offset = off;
}

void build_seal(struct build *b, size_t off)
{
    uint8_t *t = b->img + off;

    if (b->failed)
        return;
    t[9] = 0;
    t[9] = acpi_checksum(t, get_le32(t + 4));
    build_record(b, off);
}

void build_record(struct build *b, size_t off)
{
    const uint8_t *t = b->img + off;
    uint32_t len = get_le32(t + 4);

    if (b->failed)
        return;
    struct acpi_table_info *ti = list_entry(b);
    if (!ti)
        return;
    copy_str(ti->signature, t, 4);
    ti->address = build_addr(b, off);
    ti->length = len;
    ti->revision = t[8];
    ti->checksum = t[9];
    copy_str(ti->oem_id, t + 10, 6);
    copy_str(ti->oem_table_id, t + 16, 8);
    ti->oem_revision = get_le32(t + 24);
    ti->offset = off;
}
