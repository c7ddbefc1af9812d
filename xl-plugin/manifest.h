/*
 * manifest.h - manifest.json, the machine-readable account of a build:
 *
 *   {
 *     "config": "examples/pvh-domu.cfg",
 *     "command": "build",              ("create", "attach"; null if unset)
 *     "domid": 7,                      (only when the tables went into a domain)
 *     "xl_cfg": { "path": "examples/pvh-domu.cfg", "type": "pvh", "acpi": true,
 *                 "vcpus": 2, "maxvcpus": 4, "lapic": true, "ioapic": false,
 *                 "vmgenid": "none" | "auto" | "guid", "vmgenid_guid": "..." | null,
 *                 "vmgenid_gsi": 23 | null, "acpi_oem_id": "Xen", "vnvdimms": 0,
 *                 "memory": 256, "maxmem": 256 },
 *     "guest": { "vcpus": 2, "maxvcpus": 4, "lapic": true, "ioapic": false,
 *                "hw_reduced": true, "oem_id": "Xen", "oem_table_id": "PVH" },
 *     "layout": { "base": 4227858432, "size": 1048576, "rsdp_low": false },
 *     "image": { "file": "tables.bin", "address": 4227858432, "length": 8192 },
 *     "rsdp_address": 4227862400,
 *     "vmgenid": null | { "guid": "...", "generated": true, "page_address": ...,
 *                         "guid_address": ..., "notify": "...",
 *                         "file": "vmgenid-guid.bin" },
 *     "tables": [ { "signature": "XSDT", "file": "XSDT.dat", "address": ...,
 *                   "length": 60, "revision": 1, "checksum": 123,
 *                   "oem_id": "Xen", "oem_table_id": "PVH",
 *                   "oem_revision": 0 }, ... ],
 *     "regions": [ { "address": ..., "length": ..., "e820_type": 3,
 *                    "what": "..." }, ... ],
 *     "dm_acpi": null | { "file": "dm-blobs.bin", "length": 420,
 *                  "policy": { "allow": [ "NFIT" ], "max_area": 1048576 },
 *                  "accepted": 3, "rejected": 2, "tables": 1, "devices": 2,
 *                  "stopped": false, "stop_offset": null, "stop_reason": null,
 *                  "blobs": [ { "index": 0, "offset": 0, "type": 0,
 *                               "kind": "table", "size": 48, "name": "NFIT",
 *                               "accepted": true, "reason": null }, ... ] },
 *     "files": [ "tables.bin", "DSDT.aml", ... ]
 *   }
 *
 * "xl_cfg" is the config as read, defaults filled in (memory and maxmem
 * in MiB).  Without files (`--json` without `--out`) every "file" is null
 * and "files" is empty.  For an acpi=0 guest (only printed, with --json)
 * "layout", "image" and "vmgenid" are null, "rsdp_address" 0, "tables"
 * and "regions" empty.
 *
 * "dm_acpi" is null without --dm-blobs; "kind" is "table", "device" or
 * null (a type the ABI does not define); "reason" says why a blob was
 * rejected and is null for an accepted one.
 *
 * Addresses and lengths are JSON integers (exact: all below 2^53 in
 * practice, and written as unsigned decimal digits whatever their size).
 */
#ifndef XL_ACPI_MANIFEST_H
#define XL_ACPI_MANIFEST_H

#include <stddef.h>

#include "output.h"

#define XL_MANIFEST_NAME "manifest.json"

/* The manifest of build b whose files are fs, in a malloc'd buffer.
 * b->t and fs are NULL for an acpi=0 guest.  Returns 0, or -1 with err
 * set. */
int xl_manifest_json(const struct xl_build *b, const struct xl_out_files *fs,
                     unsigned char **json, size_t *len, char *err, size_t errlen);

/* The "files" of dir/manifest.json, the ones that look like ours (a
 * manifest is no licence to delete anything else), at most max of them.
 * Returns how many; 0 when there is no readable manifest. */
unsigned xl_manifest_read_files(const char *dir, char names[][XL_OUT_NAME_MAX], unsigned max);

#endif
