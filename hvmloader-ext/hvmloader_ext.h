/*
 * hvmloader_ext.h - the dm-acpi step of hvmloader: append the ACPI tables
 * and namespace devices that the device model (QEMU) left in guest memory
 * to the table set hvmloader has just built, inside the HVM guest, before
 * the RSDP is published.  docs/hvmloader-ext.md has the call site.
 *
 * Built freestanding for hvmloader (32-bit x86, no libc, no malloc, no
 * floating point, no mutable global state): everything it needs from
 * hvmloader comes through struct hvmx_ops, and the archive has no other
 * undefined symbol.  The judging is libacpigen's dm/ layer, the same code
 * the toolstack runs for PVH guests (acpigen/dmacpi.h).
 *
 * The device model keeps running while hvmloader does: the blob area is
 * copied once into scratch memory first and only the copy is read, so
 * what is checked is what is used.  On any error hvmloader's tables are
 * left exactly as they were (the RSDP is rewritten last, in one copy).
 */
#ifndef HVMLOADER_EXT_H
#define HVMLOADER_EXT_H

#include <stddef.h>
#include <stdint.h>

#include "acpigen/dmacpi.h"

#define HVMX_MAX_SSDT 16
/* A max_blobs for hvmloader's scratch memory: each blob judged costs
 * sizeof(struct acpi_dm_blob) of scratch (about 170 bytes). */
#define HVMX_MAX_BLOBS_DEFAULT 1024u
#define HVMX_XS_ADDRESS "hvmloader/dm-acpi/address"
#define HVMX_XS_LENGTH  "hvmloader/dm-acpi/length"

enum hvmx_mem {
    HVMX_MEM_TABLE,     /* lives with the ACPI tables (hvmloader: mem_alloc) */
    HVMX_MEM_SCRATCH,   /* needed only until hvmx_dm_acpi() returns (scratch_alloc) */
};

/* What hvmloader provides.  Every callback gets ctx first. */
struct hvmx_ops {
    void *ctx;
    /* The value of xenstore key (relative to the domain's home path, e.g.
     * HVMX_XS_ADDRESS) in buf[0..cap), not necessarily NUL-terminated.
     * Returns its length (<= cap), or -1 when the key does not exist. */
    int (*xs_read)(void *ctx, const char *key, char *buf, size_t cap);
    /* size bytes aligned to align (a power of two), or NULL when there is
     * no room.  Never freed by this code. */
    void *(*alloc)(void *ctx, size_t size, size_t align, enum hvmx_mem kind);
    /* The guest-physical address of memory alloc() returned. */
    uint64_t (*virt_to_phys)(void *ctx, const void *p);
    /* Where len bytes at guest-physical pa can be read (hvmloader runs
     * with low memory identity-mapped: (void *)pa), or NULL. */
    const volatile void *(*phys_to_virt)(void *ctx, uint64_t pa, size_t len);
    /* One line of log, without its newline. */
    void (*log)(void *ctx, const char *line);
};

/* hvmloader's table set, as built.  Only rsdp is needed: left NULL, the
 * others are found from it through phys_to_virt (RSDT/XSDT, their FADT's
 * DSDT, their SSDTs); on success rsdt/xsdt are the new ones. */
struct hvmx_tables {
    uint8_t *rsdp;              /* 36 bytes (revision 2) or 20 (revision 0) */
    const uint8_t *rsdt;        /* the tables the RSDP points to */
    const uint8_t *xsdt;        /* NULL without one */
    /* The AML tables that make up the guest's namespace, for rule 3. */
    const uint8_t *dsdt;
    const uint8_t *ssdt[HVMX_MAX_SSDT];
    unsigned n_ssdt;
};

struct hvmx_config {
    struct acpi_dm_policy policy;   /* acpi_dm_policy_init() + allow(), and
                                     * max_blobs = HVMX_MAX_BLOBS_DEFAULT */
    char oem_id[7];                 /* of the DMACPI SSDT, e.g. "Xen" */
    uint32_t oem_revision;
};

struct hvmx_result {
    int present;                    /* the dm-acpi keys exist */
    uint64_t address, length;       /* of the area, as the keys say */
    uint32_t n_accepted, n_rejected;
    uint32_t n_tables_added;        /* tables now in the XSDT/RSDT, SSDT included */
    char error[256];                /* why hvmx_dm_acpi() returned -1 */
};

/*
 * Read the dm-acpi keys; when they exist, copy the area, judge its blobs
 * against cfg and the names of t's DSDT and SSDTs, and append what was
 * accepted (tables, and the devices wrapped into one SSDT "DMACPI") with
 * new RSDT/XSDT, the RSDP pointed at them and every checksum right.
 * Each verdict is logged.  Returns 0 (no keys, or done; rejected blobs
 * are not an error), or -1 with res->error (logged too) and hvmloader's
 * tables untouched (t's pointers may have been filled in from the RSDP).
 */
int hvmx_dm_acpi(const struct hvmx_ops *ops, const struct hvmx_config *cfg,
                 struct hvmx_tables *t, struct hvmx_result *res);

#endif
