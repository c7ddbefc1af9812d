/*
 * guest_dm.c - acpi_guest_build_dm(), the toolstack's whole dm-acpi
 * sequence on a guest table set: build, learn the names under \_SB, judge
 * the area, build again with the accepted tables and the DMACPI SSDT.  A
 * file of its own because it is the one piece of dm/ that needs the table
 * set builder (tables/): hvmloader-ext links dm/ without it.
 */
#include "acpigen/dmacpi.h"

#include <stdarg.h>

#include "base/mem.h"
#include "base/msg.h"

/* After the first build: leave nothing behind, as acpi_guest_build() does
 * on error, and say why. */
static int fail(const struct acpi_guest_config *cfg, uint8_t *image,
                uint8_t *guid_page, struct acpi_guest_tables *out, const char *fmt, ...)
{
    va_list ap;

    if (out->image)
        acpigen_memset(image, 0, out->image_len);
    if (cfg->vmgenid && guid_page)
        acpigen_memset(guid_page, 0, ACPI_GUID_PAGE_SIZE);
    acpigen_memset(out, 0, sizeof(*out));
    va_start(ap, fmt);
    msg_vformat(out->error, sizeof(out->error), fmt, ap);
    va_end(ap);
    return -1;
}

int acpi_guest_build_dm(const struct acpi_guest_config *cfg, const struct acpi_layout *lp,
                        uint8_t *image, size_t image_cap,
                        uint8_t guid_page[ACPI_GUID_PAGE_SIZE],
                        const uint8_t *area, size_t area_len, const struct acpi_dm_policy *p,
                        struct acpi_dm_work *work, struct acpi_dm_result *res,
                        struct acpi_guest_tables *out)
{
    struct acpi_guest_config c;
    struct acpi_nameset names;
    char err[sizeof(out->error)];

    if (!out)
        return -1;
    if (!cfg || !lp || !image || !p || !work || !res || (!area && area_len)) {
        acpigen_memset(out, 0, sizeof(*out));
        msg_format(out->error, sizeof(out->error), "acpi_guest_build_dm: NULL argument");
        return -1;
    }
    if (cfg->n_extra) {
        acpigen_memset(out, 0, sizeof(*out));
        msg_format(out->error, sizeof(out->error),
                   "acpi_guest_build_dm: cfg->n_extra is %u, must be 0 "
                   "(the accepted tables go there)", cfg->n_extra);
        return -1;
    }

    c = *cfg;
    if (acpi_guest_build(&c, lp, image, image_cap, guid_page, out))
        return -1;
    if (acpi_nameset_init(&names, work->name_slots, work->n_name_slots))
        return fail(cfg, image, guid_page, out,
                    "dm-acpi: work->name_slots: %Z slots is not a power of two of at least 16",
                    work->n_name_slots);
    if (acpi_nameset_add_guest(&names, out, err, sizeof(err)))
        return fail(cfg, image, guid_page, out, "dm-acpi: %s", err);

    res->blobs = work->blobs;
    res->cap = work->n_blobs;
    if (acpi_dm_ingest(area, area_len, p, &names, res) < 0)
        return fail(cfg, image, guid_page, out,
                    "dm-acpi: work->blobs is NULL or the policy lists more than %u signatures",
                    (unsigned)ACPI_DM_MAX_ALLOW);
    long ssdt = acpi_dm_build_ssdt(res, cfg->oem_id, cfg->oem_revision, work->ssdt,
                                   work->ssdt_cap, err, sizeof(err));
    if (ssdt < 0)
        return fail(cfg, image, guid_page, out, "dm-acpi: %s", err);

    /* Blob order, the DMACPI SSDT last; ingest accepts at most
     * ACPI_GUEST_MAX_EXTRA - 1 tables, so the SSDT always has a slot. */
    for (uint32_t i = 0; i < res->n && c.n_extra < ACPI_GUEST_MAX_EXTRA - 1; i++)
        if (res->blobs[i].accepted && res->blobs[i].type == ACPI_DM_BLOB_TABLE)
            c.extra[c.n_extra++] = res->blobs[i].data;
    if (ssdt > 0)
        c.extra[c.n_extra++] = work->ssdt;
    if (!c.n_extra)
        return 0;               /* nothing added: the first build is the result */
    if (acpi_guest_build(&c, lp, image, image_cap, guid_page, out)) {
        /* The first build filled the GUID page: clear it the same way. */
        acpigen_memmove(err, out->error, sizeof(err));
        return fail(cfg, image, guid_page, out, "%s", err);
    }
    return 0;
}
