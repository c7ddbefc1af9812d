/*
 * hvm.h - `xl-acpi build` of a type="hvm" xl.cfg: hvmloader builds the
 * guest's tables, xl-acpi the file it appends through xl.cfg's
 * acpi_firmware= (libacpigen's acpigen/hvmfw.h; docs/hvm.md):
 *
 *   1. read the hvmloader binary (--hvmloader, default the one configure
 *      found) and collect the \_SB names of its DSDTs and SSDTs;
 *   2. judge the device model's blobs (--dm-blobs) against them;
 *   3. build the file: accepted tables, the SSDT "DMACPI", the SSDT
 *      "VMGENID" with its GUID page at ACPI_HVM_GUID_PAGE.
 */
#ifndef XL_ACPI_HVM_H
#define XL_ACPI_HVM_H

#include <stddef.h>
#include <stdint.h>

#include <acpigen/hvmfw.h>

#include "cfg.h"
#include "dmblobs.h"

#define XL_HVM_FIRMWARE_NAME   "acpi-firmware.bin"
#define XL_HVM_MAX_HVMLOADER   (4u << 20)   /* Xen's is 170 KiB */

struct xl_hvm {
    const char *hvmloader;              /* path, as used */
    size_t hvmloader_len;
    struct acpi_fw_table found[ACPI_HVM_FW_MAX_FOUND];
    unsigned n_found;
    unsigned n_names;                   /* \_SB names hvmloader defines */
    uint8_t *file;                      /* ACPI_HVM_FW_MAX_LEN bytes, malloc'd */
    struct acpi_hvm_fw info;
    uint8_t guid_page[ACPI_GUID_PAGE_SIZE];
};

/*
 * Steps 1-3 for cfg (cfg->hvm).  dm holds the --dm-blobs area and policy,
 * or has no area (dm->area NULL): no device model blobs.  Returns 0, or -1
 * with err naming what failed (the hvmloader file, a name clash of the
 * VMGENID device, a file too large).
 */
int xl_hvm_build(struct xl_hvm *h, const struct xl_cfg *cfg, const char *hvmloader,
                 struct xl_dm *dm, char *err, size_t errlen);

void xl_hvm_free(struct xl_hvm *h);

#endif
