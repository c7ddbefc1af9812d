/*
 * hwmanifest.h - what `xl-acpi hwdom` reports: the manifest printed on
 * stdout (one line per table: kept, replaced, added or dropped, where the
 * hardware domain finds it, and why) and manifest.json:
 *
 *   { "command": "hwdom", "config": "...", "host_tables": "...",
 *     "hwdom": { "vcpus": 2, "maxvcpus": 2, "stao_uart": true,
 *                "stao_namepaths": [ "\\_SB.PCI0.S08.COM1" ],
 *                "hypervisor_tables": [], "oem_id": "Xen" },
 *     "layout": { "base": ..., "size": ... },
 *     "image": { "file": "tables.bin", "address": ..., "length": ... },
 *     "rsdp_address": ...,
 *     "manifest": [ { "signature": "APIC", "action": "replaced",
 *                     "host_file": "..." | null, "host_address": ... | null,
 *                     "address": ... | null, "length": 144, "why": "..." }, ... ],
 *     "tables": [ { "signature": "APIC", "file": "APIC.dat", "address": ...,
 *                   "length": ... }, ... ],
 *     "files": [ "tables.bin", "APIC.dat", ... ] }
 */
#ifndef XL_ACPI_HWMANIFEST_H
#define XL_ACPI_HWMANIFEST_H

#include <stdio.h>

#include <acpigen/hwdom.h>

#include "hwcfg.h"
#include "output.h"

struct xl_hwdom_run {
    const char *cfg_path, *src;
    const struct xl_hwcfg *cfg;
    const struct acpi_host_set *set;
    const struct acpi_hwdom_tables *t;
    unsigned n_addresses;           /* host tables whose address the source gave */
};

void xl_hwdom_print(FILE *f, const struct xl_hwdom_run *r);
/* manifest.json of r listing files fs (NULL: none).  Returns 0, or -1. */
int xl_hwdom_json(const struct xl_hwdom_run *r, const struct xl_out_files *fs,
                  unsigned char **json, size_t *len);

#endif
