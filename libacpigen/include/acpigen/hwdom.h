/*
 * hwdom.h - the ACPI tables of a PVH hardware domain (dom0), made from the
 * host's own tables.
 *
 * The hardware domain runs on the host's firmware tables: its DSDT, SSDTs
 * and most other tables are the host's, at the host's addresses, because
 * the AML in them drives the real hardware and cannot be rewritten.  What
 * must change is described by a few new tables placed in a region the
 * caller chooses, and a new RSDP that points at them:
 *   MADT   the hardware domain's vCPUs, the IO APICs Xen emulates at the
 *          host's addresses and GSI bases, the host's interrupt overrides
 *          (no NMI entries: NMIs are Xen's)
 *   FADT   the host's, HW_REDUCED_ACPI clear, C-state/throttling fields
 *          that would reach the physical processors cleared
 *   STAO   the UART the hypervisor owns and the devices the config hides,
 *          each namepath checked against the host's DSDT/SSDT namespace
 *   XSDT, RSDT, RSDP
 *                the host's tables minus the ones the hardware domain must
 *                not see (vNUMA tables, the hypervisor's IOMMU tables)
 * docs/hwdom.md says why, table by table.
 *
 * Two steps, both pure (no I/O, no allocation): acpi_host_set_init()
 * validates the host tables the caller read (from files, an acpidump), and
 * acpi_hwdom_build() writes the new tables into the caller's buffer and
 * lists, table by table, what was kept, replaced, added or dropped and why.
 */
#ifndef ACPIGEN_HWDOM_H
#define ACPIGEN_HWDOM_H

#include <stddef.h>
#include <stdint.h>

#include "acpigen/guest.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ACPI_HOST_MAX_TABLES        64
#define ACPI_HWDOM_MAX_VCPUS        4096
#define ACPI_HWDOM_MAX_STAO         ACPI_GUEST_MAX_STAO
#define ACPI_HWDOM_MAX_OWNED        16      /* extra signatures the hypervisor owns */
#define ACPI_HWDOM_MAX_RECORDS      (ACPI_HOST_MAX_TABLES + 8)

/* One host table as the caller read it.  address 0: not known. */
struct acpi_host_table {
    const uint8_t *data;
    size_t size;                    /* bytes read (a file's size) */
    uint64_t address;               /* host-physical, from the dump */
    const char *name;               /* where it came from, for messages */
};

/* The host's tables once checked: every one has a whole header, a length
 * equal to what was read and a zero checksum (the FACS has none; the RSDP
 * is checked by its own rules). */
struct acpi_host_set {
    struct acpi_host_table t[ACPI_HOST_MAX_TABLES];
    char sig[ACPI_HOST_MAX_TABLES][5];  /* "RSDP" for "RSD PTR " */
    unsigned n;
    int fadt, dsdt, facs, madt;         /* index in t[], or -1 */
    char error[256];
};

/*
 * Check n tables and index them.  Each must be a whole table (its length
 * field equals its size, at least a header), checksum zero, its signature
 * four characters of A-Z, 0-9, '_' or '!'; FACP, DSDT and APIC must be there,
 * at most once, as must FACS and the root tables.  The caller's buffers
 * must live as long as the set.  Returns 0, or -1 with s->error naming the
 * table and what is wrong.
 */
int acpi_host_set_init(struct acpi_host_set *s, const struct acpi_host_table *tables,
                       unsigned n);

struct acpi_hwdom_config {
    uint32_t vcpus;                 /* online at boot: MADT Enabled */
    uint32_t maxvcpus;              /* MADT entries (the rest Online Capable) */
    const uint32_t *apic_ids;       /* maxvcpus APIC IDs, or NULL for 2 * i */
    int stao_uart;                  /* STAO: the OS must ignore the SPCR UART */
    const char *stao_paths[ACPI_HWDOM_MAX_STAO];    /* devices to hide */
    unsigned n_stao_paths;
    /* Signatures of further tables the hypervisor owns (DMAR and IVRS
     * always are): dropped; each must be among the host's tables. */
    char owned[ACPI_HWDOM_MAX_OWNED][5];
    unsigned n_owned;
    char oem_id[7];                 /* of the new tables */
    char oem_table_id[9];
    uint32_t oem_revision;
};

/* 1 vCPU, UART flag set, no paths, OEM ID "Xen", table ID "HWDOM". */
void acpi_hwdom_config_init(struct acpi_hwdom_config *cfg);

/* Where the new tables go: a guest-physical range the caller reserves in
 * the hardware domain's memory map (e820 ACPI). */
struct acpi_hwdom_layout {
    uint64_t base;
    uint64_t size;
};

enum acpi_hwdom_action {
    ACPI_HWDOM_KEPT,                /* the host's, at its host address */
    ACPI_HWDOM_REPLACED,            /* a new table takes its place */
    ACPI_HWDOM_ADDED,               /* new, no host table of that kind */
    ACPI_HWDOM_DROPPED,             /* the hardware domain does not see it */
};

/* One line of the manifest. */
struct acpi_hwdom_record {
    char signature[5];
    enum acpi_hwdom_action action;
    const char *name;               /* the host table's name, NULL for added */
    uint64_t host_address;          /* 0: none or not known */
    uint64_t address;               /* where the hardware domain finds it; 0 dropped */
    uint32_t length;                /* of the table it finds (or the dropped one) */
    char why[200];
};

struct acpi_hwdom_tables {
    struct acpi_guest_tables set;   /* the new tables: image, list, RSDP, error */
    struct acpi_hwdom_record records[ACPI_HWDOM_MAX_RECORDS];
    unsigned n_records;
    unsigned n_vcpus_host;          /* processor entries of the host MADT */
};

/*
 * Build the hardware domain's new tables from host set s into
 * image[0..image_cap) for layout lp (image_cap >= lp->size).  Returns 0,
 * or -1 with out->set.error set (a bad config, a namepath not in the
 * host's namespace, a malformed host MADT or FADT, a kept table whose
 * host address is unknown or inside the region, a region too small); the
 * image is then zeroed.
 */
int acpi_hwdom_build(const struct acpi_hwdom_config *cfg, const struct acpi_host_set *s,
                     const struct acpi_hwdom_layout *lp, uint8_t *image, size_t image_cap,
                     struct acpi_hwdom_tables *out);

/* "kept", "replaced", "added", "dropped". */
const char *acpi_hwdom_action_name(enum acpi_hwdom_action a);

#ifdef __cplusplus
}
#endif

#endif
