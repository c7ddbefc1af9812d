/*
 * hvmfw.h - dm-acpi for HVM guests whose hvmloader is Xen's own: the
 * tables go in through xl.cfg's acpi_firmware= file, which hvmloader
 * appends table by table, as they are, to the set it builds (libacpi's
 * "passthrough" tables: no checksum, signature or name check of its own).
 *
 * So the checks hvmloader does not make happen here, before the guest
 * exists: the names hvmloader's DSDT and SSDTs define are read from the
 * hvmloader binary itself (acpi_fw_scan), the device model's blobs are
 * judged against them by the same dm-acpi rules as for PVH guests, and the
 * file (acpi_hvm_firmware_build) holds only what was accepted, wrapped as
 * for PVH, plus the VMGENID SSDT when the guest has one.
 */
#ifndef ACPIGEN_HVMFW_H
#define ACPIGEN_HVMFW_H

#include <stddef.h>
#include <stdint.h>

#include <acpigen/dmacpi.h>
#include <acpigen/guest.h>

#ifdef __cplusplus
extern "C" {
#endif

/* hvmloader keeps 16 secondary table slots (XSDT/RSDT entries besides the
 * FADT) and may use 11 itself (MADT, HPET, WAET, 4 SSDTs, TCPA or TPM2 and
 * its SSDT, SRAT, SLIT), one is the terminator: it silently drops any
 * passthrough table past the 4th.  The file holds no more than that. */
#define ACPI_HVM_FW_MAX_TABLES   4
/* Where the VMGENID GUID page of an HVM guest lives: the last page of the
 * 1 MiB hvmloader grows its ACPI tables into (0xFC000000, upwards, page by
 * page, and never to this page as long as its tables and ours stay under
 * 1 MiB - 4 KiB; hvmloader's own take about 40 KiB).  hvmloader's e820 map
 * reserves it.  The toolstack populates it (xl-acpi attach). */
#define ACPI_HVM_GUID_PAGE       0xFC0FF000u
/* The largest file: what hvmloader copies into its 1 MiB ACPI space must
 * leave room for its own tables and the GUID page. */
#define ACPI_HVM_FW_MAX_LEN      (768u * 1024)
#define ACPI_HVM_FW_MAX_FOUND    32     /* DSDT/SSDTs in a firmware image */

/* A DSDT or SSDT found inside a firmware image. */
struct acpi_fw_table {
    char signature[5];
    char oem_table_id[9];       /* printable, NUL-terminated */
    uint32_t offset;            /* in the image */
    uint32_t length;
};

/*
 * Find every DSDT and SSDT embedded in the firmware image img[0..len) (an
 * hvmloader binary: its tables are byte arrays in its data): a header at
 * any offset with that signature, a length of at least 36 that fits in
 * the image, and a byte sum of 0.  The \_SB names (and root names) each
 * defines are added to names.  found[0..cap) receives them in image order,
 * *n their number.  Returns 0, or -1 with err set when there is no DSDT
 * at all (not a firmware with ACPI tables), more than cap tables, or a
 * table whose AML cannot be read (its names would be unknown).
 */
int acpi_fw_scan(const uint8_t *img, size_t len, struct acpi_nameset *names,
                 struct acpi_fw_table *found, unsigned cap, unsigned *n,
                 char *err, size_t errlen);

/* One table of the acpi_firmware= file. */
struct acpi_hvm_fw_entry {
    char signature[5];
    char oem_table_id[9];
    uint32_t offset;            /* in the file */
    uint32_t length;
    int from_dm;                /* a device model table, as it came */
};

struct acpi_hvm_fw {
    size_t len;                 /* of the file */
    unsigned n;
    struct acpi_hvm_fw_entry tables[ACPI_HVM_FW_MAX_TABLES];
    uint64_t guid_page;         /* 0 without vmgenid */
};

/*
 * Build the acpi_firmware= file of an HVM guest into out[0..cap): the
 * device model's accepted tables in blob order, the SSDT "DMACPI" with its
 * accepted devices, the SSDT "VMGENID" when cfg->vmgenid (its GUID page at
 * guid_page; HVM has no GED or GPE for it: no notification), concatenated
 * as hvmloader reads them.  names must hold hvmloader's names
 * (acpi_fw_scan); the VMGENID device's name is checked against them and
 * then added, and accepted devices are added as they are judged.
 * area/area_len may be NULL/0 (no device model blobs).  work gives the
 * storage (work->name_slots is unused: names is the caller's).  guid_page
 * receives the page to write at guid_page (untouched without vmgenid).
 * Returns 0 (info filled; a file of length 0 is valid: nothing to add), or
 * -1 with err set and out zeroed.
 */
int acpi_hvm_firmware_build(const struct acpi_guest_config *cfg, uint64_t guid_page_addr,
                            const uint8_t *area, size_t area_len,
                            const struct acpi_dm_policy *p, struct acpi_nameset *names,
                            struct acpi_dm_work *work, struct acpi_dm_result *res,
                            uint8_t *out, size_t cap, struct acpi_hvm_fw *info,
                            uint8_t guid_page[ACPI_GUID_PAGE_SIZE], char *err, size_t errlen);

/*
 * Walk an acpi_firmware file f[0..len) as hvmloader does (header after
 * header by Length) and find the SSDT "VMGENID" in it: its VGIA, the
 * GUID page address, the first object of its body (Name (VGIA, DWord)).
 * Returns 1 (*vgia set), 0 when there is none, -1 with err set when the
 * walk meets a length hvmloader would choke on or a VMGENID SSDT without
 * that Name.
 */
int acpi_hvm_firmware_vgia(const uint8_t *f, size_t len, uint64_t *vgia, char *err,
                           size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
