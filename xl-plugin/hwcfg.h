/*
 * hwcfg.h - the config of `xl-acpi hwdom`: an xl.cfg-style file (read with
 * libxlutil) saying what the hardware domain is and hides, turned into a
 * struct acpi_hwdom_config and where its new tables go.
 *
 * Options (docs/hwdom.md and xl-acpi(1) document them):
 *   vcpus             1..4096, default 1 (Xen's dom0_max_vcpus)
 *   maxvcpus          vcpus..4096, default vcpus
 *   stao_uart         0|1, default 1: the OS must ignore the UART the SPCR
 *                     describes (the hypervisor's console)
 *   stao_namepaths    [ "\\_SB.PCI0.S08.COM1", ... ]: devices to hide, each
 *                     an absolute namepath (the backslash doubled, as
 *                     xl.cfg strings need) that the host's namespace has
 *   hypervisor_tables [ "HPET", ... ]: more tables the hypervisor owns
 *                     (DMAR and IVRS always are); each must be the host's
 *   acpi_oem_id       1 to 6 printable characters, default "Xen"
 *   acpi_base         guest-physical address of the new tables, a multiple
 *                     of 4096 below 4 GiB; required (no address is free on
 *                     every host)
 *   acpi_size         bytes reserved there, a multiple of 4096, default 65536
 * Every other option is ignored, as xl ignores what it does not know.
 */
#ifndef XL_ACPI_HWCFG_H
#define XL_ACPI_HWCFG_H

#include <stddef.h>
#include <stdint.h>

#include <acpigen/hwdom.h>

#define XL_HW_DEFAULT_SIZE 0x10000u

struct xl_hwcfg {
    struct acpi_hwdom_config hw;
    struct acpi_hwdom_layout layout;
    char *strings;                  /* the namepaths hw.stao_paths points into */
};

/* Read the config at path.  Returns 0, or -1 with err holding
 * "PATH:LINE: error: ..." (or libxlutil's syntax error). */
int xl_hwcfg_load(const char *path, struct xl_hwcfg *out, char *err, size_t errlen);
void xl_hwcfg_free(struct xl_hwcfg *c);

#endif
