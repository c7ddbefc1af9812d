/*
 * dmblobs.c - `--dm-blobs FILE`: read the device model's blob area, and
 * build the guest's tables with what it adds (see dmblobs.h).
 */
#define _POSIX_C_SOURCE 200809L

#include "dmblobs.h"
#include "errbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int xl_dm_policy(const struct xl_cfg *cfg, struct acpi_dm_policy *p, char *err, size_t errlen)
{
    char why[ACPI_DM_REASON_MAX] = "";

    acpi_dm_policy_init(p);
    /* Rule 2: a table only for a device this guest has. */
    if (cfg->n_vnvdimms && acpi_dm_policy_allow(p, "NFIT", why, sizeof(why)))
        return xl_errf(err, errlen, "dm-acpi policy: cannot allow NFIT: %s", why);
    return 0;
}

size_t xl_dm_max_area(const struct acpi_dm_policy *p)
{
    return p->max_area ? p->max_area : ACPI_DM_AREA_MAX_DEFAULT;
}

int xl_dm_read(struct xl_dm *dm, const char *path, char *err, size_t errlen)
{
    size_t max = xl_dm_max_area(&dm->policy), len = 0;
    /* One byte more than allowed tells "too big" from "exactly the limit"
     * without trusting a size the file system reports. */
    uint8_t *buf = malloc(max + 1);
    FILE *f;

    dm->path = path;
    if (!buf)
        return xl_errf(err, errlen, "--dm-blobs %s: out of memory", path);
    f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        free(buf);
        return xl_errf(err, errlen, "--dm-blobs %s: cannot open: %s", path, strerror(e));
    }
    while (len <= max) {
        size_t got = fread(buf + len, 1, max + 1 - len, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        int e = errno ? errno : EIO;
        fclose(f);
        free(buf);
        return xl_errf(err, errlen, "--dm-blobs %s: cannot read: %s", path, strerror(e));
    }
    fclose(f);
    if (len > max) {
        free(buf);
        return xl_errf(err, errlen, "--dm-blobs %s: larger than %zu bytes, the largest blob area "
                    "the dm-acpi policy takes", path, max);
    }
    if (len == 0) {
        free(buf);
        return xl_errf(err, errlen, "--dm-blobs %s: empty: a blob area holds at least one "
                    "%u-byte blob header", path, ACPI_DM_BLOB_HEADER);
    }
    dm->area = buf;
    dm->area_len = len;
    return 0;
}

int xl_dm_build(struct xl_dm *dm, const struct acpi_guest_config *cfg,
                const struct acpi_layout *lp, uint8_t *image, size_t cap,
                uint8_t guid_page[ACPI_GUID_PAGE_SIZE], struct acpi_guest_tables *t,
                char *err, size_t errlen)
{
    struct acpi_dm_work *w = &dm->work;
    uint32_t max_blobs = dm->policy.max_blobs ? dm->policy.max_blobs : ACPI_DM_MAX_BLOBS;
    /* Every blob has at least its header, so the area cannot hold more
     * (the +1 lets a trailing partial header be seen as such). */
    size_t n = dm->area_len / ACPI_DM_BLOB_HEADER + 1;

    if (n > max_blobs)
        n = max_blobs;
    w->n_blobs = (uint32_t)n;
    w->n_name_slots = ACPI_DM_NAMESET_SLOTS((size_t)cfg->maxvcpus + 16 + n);
    w->ssdt_cap = ACPI_DM_SSDT_MAX(dm->area_len);
    /* Built again (xl-acpi create sizes the region first): start afresh. */
    free(w->blobs);
    free(w->name_slots);
    free(w->ssdt);
    w->blobs = calloc(n, sizeof(*w->blobs));
    w->name_slots = calloc(w->n_name_slots, sizeof(*w->name_slots));
    w->ssdt = malloc(w->ssdt_cap);
    if (!w->blobs || !w->name_slots || !w->ssdt)
        return xl_errf(err, errlen, "out of memory for the dm-acpi work areas");
    memset(&dm->res, 0, sizeof(dm->res));
    dm->res.blobs = w->blobs;
    dm->res.cap = w->n_blobs;
    if (acpi_guest_build_dm(cfg, lp, image, cap, guid_page, dm->area, dm->area_len, &dm->policy,
                            w, &dm->res, t))
        return xl_errf(err, errlen, "%s", t->error);
    return 0;
}

void xl_dm_free(struct xl_dm *dm)
{
    free(dm->area);
    free(dm->work.blobs);
    free(dm->work.name_slots);
    free(dm->work.ssdt);
    dm->area = NULL;
    dm->work.blobs = NULL;
    dm->work.name_slots = NULL;
    dm->work.ssdt = NULL;
}

const char *xl_dm_type_name(uint32_t type)
{
    switch (type) {
    case ACPI_DM_BLOB_TABLE:
        return "table";
    case ACPI_DM_BLOB_NSDEV:
        return "device";
    }
    return NULL;
}
