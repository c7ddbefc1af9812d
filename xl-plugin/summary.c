/*
 * summary.c - the acpidump -s style summary of a build (see summary.h).
 */
#include "summary.h"

#include "dmblobs.h"
#include "hvm.h"

#include <inttypes.h>
#include <string.h>
#include <uuid/uuid.h>

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* At most n bytes of s, non-printable ones as '?', space padded to n
 * (the %-6.6s / %-8.8s / %-4.4s fields of ACPICA's header line). */
static void field(FILE *f, const char *s, size_t n)
{
    size_t i = 0;

    for (; i < n && s[i]; i++)
        fputc(s[i] >= 0x20 && s[i] <= 0x7E ? s[i] : '?', f);
    for (; i < n; i++)
        fputc(' ', f);
}

static void table_line(FILE *f, const struct acpi_guest_tables *t, unsigned i)
{
    const struct acpi_table_info *ti = &t->tables[i];
    const uint8_t *p = xl_table_bytes(t, i);

    fputs("ACPI: ", f);
    field(f, ti->signature, 4);
    fprintf(f, " 0x%016" PRIX64 " %06" PRIX32, ti->address, ti->length);
    /* The FACS has no standard header, the RSDP only an OEM ID
     * (ACPICA's AcpiTbPrintTableHeader prints them the same way). */
    if (!strcmp(ti->signature, "FACS")) {
        fputc('\n', f);
        return;
    }
    fprintf(f, " (v%02u ", ti->revision);
    field(f, ti->oem_id, 6);
    if (!strcmp(ti->signature, "RSDP")) {
        fputs(")\n", f);
        return;
    }
    fputc(' ', f);
    field(f, ti->oem_table_id, 8);
    fprintf(f, " %08" PRIX32 " ", ti->oem_revision);
    if (p && ti->length >= 36) {
        char creator[5] = { (char)p[28], (char)p[29], (char)p[30], (char)p[31], 0 };
        field(f, creator, 4);
        fprintf(f, " %08" PRIX32 ")\n", le32(p + 32));
    } else {
        fputs("---- --------)\n", f);
    }
}

static const char *e820_name(enum acpi_e820_type type)
{
    switch (type) {
    case ACPI_E820_ACPI:
        return "ACPI data";
    case ACPI_E820_RESERVED:
        return "reserved";
    }
    return "type ?";
}

/* Text from the library that may quote what the device model wrote:
 * printable ASCII only on the terminal. */
static void text(FILE *f, const char *s)
{
    for (; *s; s++)
        fputc(*s >= 0x20 && *s <= 0x7E ? *s : '?', f);
}

/* One line per blob, in area order, then the totals. */
static void dm_lines(FILE *f, const struct xl_dm *dm)
{
    const struct acpi_dm_result *r = &dm->res;

    for (uint32_t i = 0; i < r->n && i < r->cap; i++) {
        const struct acpi_dm_blob *bl = &r->blobs[i];
        const char *type = xl_dm_type_name(bl->type);

        fprintf(f, "dm-acpi: blob %" PRIu32 " at 0x%06" PRIx32 ": ", bl->index, bl->offset);
        if (type)
            fputs(type, f);
        else
            fprintf(f, "type %" PRIu32, bl->type);
        /* No name for a blob too short to hold one, or of an unknown type. */
        if (bl->name[0]) {
            fputc(' ', f);
            field(f, bl->name, 4);
        }
        fprintf(f, ", %" PRIu32 " bytes: ", bl->size);
        if (bl->accepted) {
            fputs("accepted\n", f);
        } else {
            fputs("rejected: ", f);
            text(f, bl->reason);
            fputc('\n', f);
        }
    }
    fprintf(f, "dm-acpi: %" PRIu32 " accepted, %" PRIu32 " rejected\n", r->n_accepted,
            r->n_rejected);
    if (r->stopped) {
        fprintf(f, "dm-acpi: the walk stopped at 0x%06" PRIx32 " of %zu bytes: ", r->stop_offset,
                dm->area_len);
        text(f, r->stop_reason);
        fputc('\n', f);
    }
}

/* A type="hvm" build: hvmloader's tables found, the file's tables (at
 * their offset in the file: hvmloader decides where they go), the GUID
 * page, the verdicts, and the line for xl.cfg. */
static void hvm_summary(FILE *f, const struct xl_build *b)
{
    const struct xl_hvm *h = b->hvm;

    fprintf(f, "hvmloader: %s, %zu bytes:", h->hvmloader, h->hvmloader_len);
    for (unsigned i = 0; i < h->n_found; i++)
        fprintf(f, " %s@0x%" PRIx32, h->found[i].signature, h->found[i].offset);
    fprintf(f, "; %u names under \\_SB\n", h->n_names);
    for (unsigned i = 0; i < h->info.n; i++) {
        const struct acpi_hvm_fw_entry *e = &h->info.tables[i];
        const uint8_t *p = h->file + e->offset;
        char oem[7] = { 0 }, creator[5] = { 0 };
        memcpy(oem, p + 10, 6);
        memcpy(creator, p + 28, 4);
        fputs("acpi_firmware: ", f);
        field(f, e->signature, 4);
        fprintf(f, " +0x%06" PRIX32 " %06" PRIX32 " (v%02u ", e->offset, e->length, p[8]);
        field(f, oem, 6);
        fputc(' ', f);
        field(f, e->oem_table_id, 8);
        fprintf(f, " %08" PRIX32 " ", le32(p + 24));
        field(f, creator, 4);
        fprintf(f, " %08" PRIX32 ") %s\n", le32(p + 32), e->from_dm ? "device model" : "xl-acpi");
    }
    if (b->cfg->guest.vmgenid) {
        char guid[37];
        uuid_unparse_lower(b->cfg->guest.vmgenid_guid, guid);
        fprintf(f, "vmgenid: %s%s at 0x%" PRIx64 ", notify: none (no GED or GPE in "
                "hvmloader's tables); xl-acpi attach populates the page\n", guid,
                b->cfg->vmgenid_auto ? " (generated)" : "",
                h->info.guid_page + ACPI_VMGENID_GUID_OFFSET);
    }
    if (b->dm)
        dm_lines(f, b->dm);
    fprintf(f, "acpi_firmware: %zu bytes, %u tables%s\n", h->info.len, h->info.n,
            h->info.n ? "" : " (nothing to add: leave acpi_firmware= unset)");
}

void xl_summary(FILE *f, const struct xl_build *b)
{
    const struct acpi_guest_tables *t = b->t;

    if (b->hvm) {
        hvm_summary(f, b);
        return;
    }

    /* Root first, as a guest's boot log lists them: RSDP, XSDT, RSDT, then
     * the rest in address order (the order the build placed them). */
    static const char *const roots[] = { "RSDP", "XSDT", "RSDT" };
    for (unsigned r = 0; r < 3; r++)
        for (unsigned i = 0; i < t->n_tables; i++)
            if (!strcmp(t->tables[i].signature, roots[r]))
                table_line(f, t, i);
    for (unsigned i = 0; i < t->n_tables; i++) {
        const char *sig = t->tables[i].signature;
        if (strcmp(sig, roots[0]) && strcmp(sig, roots[1]) && strcmp(sig, roots[2]))
            table_line(f, t, i);
    }
    for (unsigned i = 0; i < t->n_regions && i < sizeof(t->regions) / sizeof(t->regions[0]); i++) {
        const struct acpi_region_info *r = &t->regions[i];
        fprintf(f, "e820: [mem 0x%016" PRIx64 "-0x%016" PRIx64 "] %s (type %d: %s)\n",
                r->address, r->address + r->length - 1, e820_name(r->type), (int)r->type,
                r->what ? r->what : "");
    }
    if (b->cfg->guest.vmgenid && b->guid_page) {
        char guid[37];
        uuid_unparse_lower(b->cfg->guest.vmgenid_guid, guid);
        fprintf(f, "vmgenid: %s%s at 0x%" PRIx64 ", notify: %s\n", guid,
                b->cfg->vmgenid_auto ? " (generated)" : "",
                t->guid_page_address + ACPI_VMGENID_GUID_OFFSET, t->vmgenid_notify);
    }
    if (b->dm)
        dm_lines(f, b->dm);
    fprintf(f, "rsdp_paddr=0x%" PRIx64 "\n", t->rsdp_address);
}
