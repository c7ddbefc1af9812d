/*
 * guest.h - the ACPI table set of a Xen PVH guest, laid out in guest memory.
 *
 * acpi_guest_build() turns a guest's configuration into an image of ACPI
 * tables placed at guest-physical addresses inside one region the caller
 * gives: every pointer holds its final address, every checksum is right.
 * It also fills the VMGENID GUID page and a manifest of what went where.
 * Like the rest of libacpigen it allocates nothing and does no I/O.
 *
 * Tables (docs/tables.md says why each choice):
 *   RSDP (rev 2) -> XSDT and RSDT -> FADT (rev 6.5) -> DSDT [, FACS]
 *                                 -> MADT (rev 5)       unless lapic is off
 *                                 -> SSDT "VMGENID"     when vmgenid is on
 *                                 -> STAO               when asked for
 *                                 -> extra tables       (dm-acpi)
 */
#ifndef ACPIGEN_GUEST_H
#define ACPIGEN_GUEST_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ACPI_GUEST_MAX_VCPUS     4096   /* DSDT names C000-CFFF */
#define ACPI_GUEST_MAX_OVERRIDES 16
#define ACPI_GUEST_MAX_EXTRA     64     /* extra (dm-acpi) tables */
#define ACPI_GUEST_MAX_TABLES    (8 + ACPI_GUEST_MAX_EXTRA)
#define ACPI_GUEST_MAX_STAO      64
#define ACPI_GUID_PAGE_SIZE      4096
#define ACPI_VMGENID_GUID_OFFSET 40     /* where the GUID sits in its page */
#define ACPI_RSDP_LOW_ADDRESS    0xFFFC0u

enum acpi_guest_kind {
    ACPI_GUEST_DOMU,        /* PVH domU: HW-reduced ACPI by default */
    ACPI_GUEST_HWDOM,       /* PVH hardware domain: full ACPI, FACS */
};

/* An ISA interrupt source override (MADT type 2). */
struct acpi_irq_override {
    uint8_t source;         /* ISA IRQ */
    uint32_t gsi;
    uint16_t flags;         /* MPS INTI flags: polarity bits 0-1, trigger 2-3 */
};

/* Fixed ACPI hardware of a full (not HW-reduced) FADT: I/O ports, 0 = none. */
struct acpi_pm_blocks {
    uint16_t sci_int;
    uint32_t smi_cmd;
    uint8_t acpi_enable, acpi_disable;
    uint32_t pm1a_evt;              /* 4 bytes */
    uint32_t pm1a_cnt;              /* 2 bytes */
    uint32_t pm_tmr;                /* 4 bytes */
    uint32_t gpe0;
    uint8_t gpe0_len;
};

struct acpi_guest_config {
    enum acpi_guest_kind kind;
    int hw_reduced;                 /* HW_REDUCED_ACPI flag (set by _init per kind) */
    struct acpi_pm_blocks pm;       /* used when !hw_reduced; Xen's ports by default */

    uint32_t vcpus;                 /* online at boot: MADT ENABLED */
    uint32_t maxvcpus;              /* MADT entries and processor devices */
    const uint32_t *apic_ids;       /* maxvcpus APIC IDs, or NULL for 2*i */

    int lapic;                      /* build a MADT */
    int ioapic;                     /* MADT IO APIC entry (needs lapic) */
    uint8_t ioapic_id;
    uint32_t ioapic_address;
    uint32_t ioapic_gsi_base;
    struct acpi_irq_override overrides[ACPI_GUEST_MAX_OVERRIDES];
    unsigned n_overrides;
    int lapic_nmi;                  /* an NMI entry for all processors */
    uint8_t lapic_nmi_lint;         /* LINT pin 0 or 1 */
    uint16_t lapic_nmi_flags;

    int vmgenid;                    /* VMGENID SSDT and GUID page */
    uint8_t vmgenid_guid[16];       /* canonical (RFC 4122) byte order */
    int vmgenid_gpe;                /* full ACPI: notify from \_GPE._Exx; -1: none */
    int64_t vmgenid_gsi;            /* HW-reduced: GED interrupt (needs ioapic); -1: none */

    int stao;                       /* build an STAO */
    int stao_uart;                  /* STAO: ignore the SPCR UART */
    const char *stao_paths[ACPI_GUEST_MAX_STAO];   /* namepaths to hide */
    unsigned n_stao_paths;

    char oem_id[7];                 /* NUL-terminated, up to 6 characters */
    char oem_table_id[9];           /* up to 8 */
    uint32_t oem_revision;

    /* Extra complete tables to append (dm-acpi); copied, checksums fixed. */
    const uint8_t *extra[ACPI_GUEST_MAX_EXTRA];
    unsigned n_extra;
};

/* Defaults for a guest of the given kind: 1 vCPU, lapic on, ioapic off,
 * vmgenid off, OEM ID "Xen", table ID "PVH", IO APIC 0 at 0xFEC00000. */
void acpi_guest_config_init(struct acpi_guest_config *cfg, enum acpi_guest_kind kind);

/* Where to put the tables. */
struct acpi_layout {
    uint64_t base;                  /* guest-physical start of the region */
    uint64_t size;                  /* its length */
    int rsdp_low;                   /* RSDP at 0xFFFC0 (for Linux < 4.17) */
};

/* e820 types the toolstack must give the ranges of a build. */
enum acpi_e820_type {
    ACPI_E820_ACPI = 3,             /* tables: reclaimable ACPI data */
    ACPI_E820_RESERVED = 2,         /* the GUID page: neither RAM nor ACPI */
};

struct acpi_table_info {
    char signature[5];
    uint64_t address;
    uint32_t length;
    uint8_t revision;
    uint8_t checksum;               /* byte 9; the RSDP's byte 8; 0 for the FACS (none) */
    char oem_id[7];
    char oem_table_id[9];
    uint32_t oem_revision;
    size_t offset;                  /* in the image */
};

struct acpi_region_info {
    uint64_t address, length;
    enum acpi_e820_type type;
    const char *what;
};

struct acpi_guest_tables {
    uint8_t *image;                 /* the caller's buffer, base..base+image_len */
    size_t image_len;               /* bytes used, page-rounded for loading */
    uint64_t rsdp_address;          /* for hvm_start_info.rsdp_paddr */
    uint8_t rsdp_low[36];           /* the RSDP when it lives at 0xFFFC0 */
    int has_rsdp_low;
    uint64_t guid_page_address;     /* 0 without vmgenid */
    char vmgenid_notify[48];        /* how a GUID change is signalled */
    struct acpi_table_info tables[ACPI_GUEST_MAX_TABLES + 1];   /* + RSDP */
    unsigned n_tables;
    struct acpi_region_info regions[3];
    unsigned n_regions;
    char error[256];                /* why acpi_guest_build() failed */
};

/*
 * Build the table set of cfg into image[0..image_cap), laid out for lp.
 * image_cap must be at least lp->size.  guid_page receives the VMGENID page
 * (4096 bytes; it is placed in the last page of the region), or is left
 * untouched without vmgenid.  Returns 0, or -1 with out->error set; on error
 * the image is zeroed, so no half-built table is left behind.
 */
int acpi_guest_build(const struct acpi_guest_config *cfg, const struct acpi_layout *lp,
                     uint8_t *image, size_t image_cap,
                     uint8_t guid_page[ACPI_GUID_PAGE_SIZE],
                     struct acpi_guest_tables *out);

/*
 * The VMGENID SSDT of cfg on its own, for a table set built elsewhere (an
 * HVM guest's hvmloader): the same AML as in acpi_guest_build's set, its
 * GUID page at guid_page (below 4 GiB, page-aligned), into buf[0..cap).
 * The notify path follows cfg (GED needs hw_reduced and a GSI, GPE needs
 * full ACPI and a GPE); none when neither is set.  Returns its length, or
 * 0 with err set.
 */
size_t acpi_vmgenid_ssdt(const struct acpi_guest_config *cfg, uint64_t guid_page,
                         uint8_t *buf, size_t cap, char *err, size_t errlen);

/* The 4096-byte GUID page of cfg, as acpi_guest_build fills it. */
void acpi_vmgenid_page(const struct acpi_guest_config *cfg, uint8_t page[ACPI_GUID_PAGE_SIZE]);

/* The 16 bytes of a GUID as the VMGENID page holds them (SMBIOS order:
 * the first three fields little-endian) from its canonical RFC 4122
 * bytes; the same swap turns page bytes back into canonical order. */
void acpi_guid_swap_fields(const uint8_t in[16], uint8_t out[16]);

#ifdef __cplusplus
}
#endif

#endif
