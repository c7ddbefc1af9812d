/*
 * xendomain.h - put xen-acpigen's ACPI table set into a real PVH domain:
 * the entry point with libxl types that a toolstack (xl-acpi create and
 * attach, or a patched libxl from its PVH ACPI step, docs/integration.md)
 * calls once the domain is built and still paused.
 *
 * What it does, in this order, and nothing is written before the last step:
 *   1. checks the domain: a PVH guest, paused, never run, whose vCPUs are
 *      those of the config;
 *   2. reads its hvm_start_info and e820 memory map from guest memory and
 *      finds the ACPI region libxl populated at 0xFC000000;
 *   3. reads /local/domain/<domid>/hvmloader/dm-acpi/{address,length} in one
 *      xenstore transaction and, when present, copies the blob area out of
 *      guest RAM once;
 *   4. builds the table set (libacpigen, with the device model's blobs),
 *      sized to the region; when it does not fit, checks that the pages after
 *      the region are free in the memory map and populates them;
 *   5. writes the tables and the VMGENID page (zeroing what libxl left), the
 *      new memory map (start_info and XENMEM_set_memory_map) and
 *      hvm_start_info.rsdp_paddr.
 * On error nothing has been written (step 5 is the only writer; a failure
 * inside it leaves the domain unfit to run, and the callers destroy it).
 */
#ifndef XL_ACPI_XENDOMAIN_H
#define XL_ACPI_XENDOMAIN_H

#include <stdint.h>

#include <libxl.h>

#include <acpigen/guest.h>

#include "cfg.h"
#include "dmblobs.h"
#include "guestmem.h"
#include "memmap.h"

#define XL_PVH_ACPI_BASE 0xFC000000u     /* libxl's ACPI_INFO_PHYSICAL_ADDRESS */
#define XL_PVH_ACPI_MAX  0x100000u       /* we never grow the region past 1 MiB */
/* Where xl-acpi records the GUID page, for `xl-acpi genid` (dom0-only). */
#define XL_XS_GUID_PAGE  "/libxl/%u/xl-acpi/vmgenid-page"

struct xl_domain_acpi {
    uint32_t domid;
    struct acpi_layout layout;
    struct acpi_guest_tables t;
    uint8_t guid_page[ACPI_GUID_PAGE_SIZE];
    uint8_t *image;                     /* XL_PVH_ACPI_MAX bytes, malloc'd */
    struct xl_dm dm;                    /* blob area and verdicts */
    int has_dm;                         /* the dm-acpi keys were present */
    uint64_t dm_address, dm_length;
    uint64_t libxl_region;              /* bytes libxl had populated */
    unsigned pages_added;               /* populated by us */
    struct xl_e820_entry e820[XL_MEMMAP_MAX];
    unsigned n_e820;                    /* the guest's map after the step */
    uint64_t old_rsdp;                  /* libxl's rsdp_paddr */
    /* nanoseconds */
    uint64_t xenstore_ns, map_ns, build_ns, total_ns;
};

/*
 * Build and write the tables of cfg into paused PVH domain domid.
 * d_config is the domain's libxl configuration (what libxl built it
 * from): its type and vCPUs must agree with cfg.  Returns 0, or -1 with
 * err saying why; the caller destroys the domain on error.
 */
int xl_domain_acpi_write(libxl_ctx *ctx, uint32_t domid, const libxl_domain_config *d_config,
                         const struct xl_cfg *cfg, struct xl_domain_acpi *out,
                         char *err, size_t errlen);

void xl_domain_acpi_free(struct xl_domain_acpi *out);

#endif
