/*
 * hvmdomain.h - `xl-acpi attach` of a paused HVM domain: its tables are
 * hvmloader's, and what xl-acpi adds came in through acpi_firmware=
 * (hvm.h).  What is left for the toolstack is the VMGENID GUID page the
 * file's SSDT points at (ACPI_HVM_GUID_PAGE), which nobody else populates:
 *
 *   1. checks the domain: an HVM guest, paused, not dying;
 *   2. checks the acpi_firmware file libxl loaded for it (the domain's
 *      libxl configuration names it) holds an SSDT "VMGENID" whose VGIA is
 *      that page: otherwise the guest would have no device to read it;
 *   3. checks the page is not populated yet, populates it, writes the GUID
 *      page and records it for `xl-acpi genid`.
 * Nothing is written before step 3.  Without vmgenid there is nothing to
 * do (0, *done = 0).
 */
#ifndef XL_ACPI_HVMDOMAIN_H
#define XL_ACPI_HVMDOMAIN_H

#include <stdint.h>

#include <libxl.h>

#include "cfg.h"

int xl_hvm_domain_attach(uint32_t domid, const libxl_domain_config *d_config,
                         const struct xl_cfg *cfg, int *done, char *err, size_t errlen);

#endif
