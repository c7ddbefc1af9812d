/*
 * dmblobs.h - `xl-acpi build --dm-blobs FILE`: the blob area a device model
 * (QEMU) left in guest memory, taken from a file, judged by libacpigen's
 * dm-acpi ingestion (docs/dm-acpi.md) under the policy the guest's xl.cfg
 * justifies, and built into the guest's table set.
 *
 * The file stands for the bytes in guest memory: it is read once, into
 * memory, and never more than the policy's largest area, so a huge or
 * endless file (a FIFO, /dev/zero) costs no more than that.
 */
#ifndef XL_ACPI_DMBLOBS_H
#define XL_ACPI_DMBLOBS_H

#include <stddef.h>
#include <stdint.h>

#include <acpigen/dmacpi.h>
#include <acpigen/guest.h>

#include "cfg.h"

struct xl_dm {
    const char *path;               /* as the user named it */
    uint8_t *area;                  /* the file's bytes (malloc'd) */
    size_t area_len;
    struct acpi_dm_policy policy;
    struct acpi_dm_work work;       /* malloc'd storage of the ingestion */
    struct acpi_dm_result res;      /* the verdicts, after xl_dm_build() */
};

/* The policy of guest cfg: the default limits, and the NFIT allowed when
 * the guest has vNVDIMMs.  Returns 0, or -1 with err set. */
int xl_dm_policy(const struct xl_cfg *cfg, struct acpi_dm_policy *p, char *err, size_t errlen);

/* The largest area policy p lets in, in bytes. */
size_t xl_dm_max_area(const struct acpi_dm_policy *p);

/* Read the file at path into dm->area (dm->policy must be set): 1 byte to
 * xl_dm_max_area() bytes.  Returns 0, or -1 with err naming the file. */
int xl_dm_read(struct xl_dm *dm, const char *path, char *err, size_t errlen);

/* acpi_guest_build_dm() of cfg with dm's area, into image[0..cap) laid out
 * for lp; the verdicts land in dm->res.  Rejected blobs and a walk that
 * stopped are no error.  Returns 0, or -1 with err saying why the build
 * failed. */
int xl_dm_build(struct xl_dm *dm, const struct acpi_guest_config *cfg,
                const struct acpi_layout *lp, uint8_t *image, size_t cap,
                uint8_t guid_page[ACPI_GUID_PAGE_SIZE], struct acpi_guest_tables *t,
                char *err, size_t errlen);

void xl_dm_free(struct xl_dm *dm);

/* "table", "device", or NULL for a type the ABI does not define. */
const char *xl_dm_type_name(uint32_t type);

#endif
