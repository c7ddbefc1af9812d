/*
 * summary.h - the human summary `xl-acpi build` prints on stdout: one line
 * per table in the form `acpidump -s` and Linux's boot log use, then the
 * e820 ranges the toolstack must give the guest, the VMGENID page, the
 * verdict on each blob of --dm-blobs and the RSDP address for
 * hvm_start_info.rsdp_paddr:
 *
 *   ACPI: RSDP 0x00000000FC000F80 000024 (v02 Xen   )
 *   ACPI: XSDT 0x00000000FC000EA0 00003C (v01 Xen    PVH      00000000 XACG 00000001)
 *   ACPI: FACS 0x00000000FC000040 000040
 *   e820: [mem 0x00000000fc000000-0x00000000fc001fff] ACPI data (...)
 *   dm-acpi: blob 0 at 0x000000: table NFIT, 48 bytes: accepted
 *   dm-acpi: blob 1 at 0x000030: device NVDR, 52 bytes: accepted
 *   dm-acpi: blob 2 at 0x000064: table DSDT, 74 bytes: rejected: (why)
 *   dm-acpi: 2 accepted, 1 rejected
 *   dm-acpi: the walk stopped at 0x0000ae of 180 bytes: (why)   (if it did)
 *   rsdp_paddr=0xfc000f80
 */
#ifndef XL_ACPI_SUMMARY_H
#define XL_ACPI_SUMMARY_H

#include <stdio.h>

#include "output.h"

void xl_summary(FILE *f, const struct xl_build *b);

#endif
