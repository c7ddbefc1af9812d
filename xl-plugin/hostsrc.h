/*
 * hostsrc.h - the host's ACPI tables for `xl-acpi hwdom --host-tables SRC`,
 * read from either
 *   - a directory of binary tables, as /sys/firmware/acpi/tables holds them
 *     (one table per regular file, any name; subdirectories such as
 *     dynamic/ and data/ are skipped), where every *.txt file is instead a
 *     list of the kernel's "ACPI: SIG 0xADDRESS LENGTH (vRR OEMID TABLEID
 *     ...)" lines (dmesg | grep 'ACPI: ') that gives the tables their host
 *     addresses; or
 *   - an acpidump text file ("SIG @ 0xADDRESS" then "OFFSET: XX XX ..."
 *     lines), whose addresses are used when not 0 (acpidump prints 0 when
 *     it read the tables from sysfs).
 * Only reading and parsing happen here; acpi_host_set_init() checks the
 * tables themselves.
 */
#ifndef XL_ACPI_HOSTSRC_H
#define XL_ACPI_HOSTSRC_H

#include <stddef.h>

#include <acpigen/hwdom.h>

#define XL_HOST_MAX_TABLE_SIZE (16u << 20)

struct xl_host_src {
    struct acpi_host_table t[ACPI_HOST_MAX_TABLES];
    unsigned n;
    int dump;                       /* read from an acpidump file */
    unsigned n_addresses;           /* tables that got an address */
    void *owned[2 * ACPI_HOST_MAX_TABLES];  /* buffers and names, for xl_host_free */
    unsigned n_owned;
};

/* Read SRC (a directory or an acpidump file) into *h.  Returns 0, or -1
 * with err naming the file (and line) and what is wrong; h is then
 * already freed. */
int xl_host_read(const char *src, struct xl_host_src *h, char *err, size_t errlen);
void xl_host_free(struct xl_host_src *h);

#endif
