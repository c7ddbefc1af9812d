/*
 * build.h - what the table builders share: the image being laid out and the
 * helpers that place a table, write its header and seal it.
 *
 * The table set is placed in dependency order (FACS, DSDT, FADT, SSDTs,
 * MADT, STAO, extra tables, XSDT, RSDT, RSDP), so every pointer a table
 * holds is already known when the table is written, and each table is
 * checksummed as soon as it is complete.
 */
#ifndef ACPIGEN_BUILD_H
#define ACPIGEN_BUILD_H

#include "acpigen/actbl.h"
#include "acpigen/aml.h"
#include "acpigen/guest.h"

struct build {
    const struct acpi_guest_config *cfg;
    struct acpi_guest_tables *out;
    uint8_t *img;
    uint64_t base;              /* guest address of img[0] */
    size_t limit;               /* tables must end here (GUID page, region end) */
    size_t used;                /* end of the last table placed */
    uint64_t guid_page;         /* 0 without vmgenid */
    int failed;
    uint8_t hdr[36];            /* what every header shares (build_prepare_header) */
};

/* Record the first error (msg.h conversions) and fail the build. */
void build_fail(struct build *b, const char *fmt, ...);

/* Place a table of len bytes at the next guest address aligned to `align`;
 * returns its offset in the image, or SIZE_MAX after an error. */
size_t build_place(struct build *b, size_t len, unsigned align, const char *what);
/* build_place() for a table whose every byte the caller then writes,
 * before anything else is placed (a copy): only the padding is zeroed. */
size_t build_place_whole(struct build *b, size_t len, unsigned align, const char *what);
/* Room left after `off`, for tables whose length is known only once written. */
size_t build_room(const struct build *b, size_t off);
/* Guest-physical address of an image offset. */
static inline uint64_t build_addr(const struct build *b, size_t off) { return b->base + off; }

/* Fill b->hdr from the config (once, after it was checked). */
void build_prepare_header(struct build *b);
/* Write a 36-byte header: OEM IDs from the config, table ID `table_id` or
 * the config's when NULL, creator XACG. */
void build_header(const struct build *b, uint8_t *p, const char *sig, uint32_t len,
                  uint8_t rev, const char *table_id);
/* Checksum the table at off (its header says how long it is) and list it
 * in the manifest. */
void build_seal(struct build *b, size_t off);
/* List a table that is already checksummed (the AML writer seals its own). */
void build_record(struct build *b, size_t off);
/* List a structure without a standard header (FACS, RSDP) in the manifest. */
void build_list(struct build *b, const char *sig, uint64_t addr, uint32_t len, uint8_t rev,
                size_t off);

/* The tables, one builder per file.  Each returns the image offset of its
 * table, or SIZE_MAX after build_fail(). */
size_t build_facs(struct build *b);
size_t build_dsdt(struct build *b);
size_t build_vmgenid_ssdt(struct build *b);
size_t build_fadt(struct build *b, size_t dsdt, size_t facs);
size_t build_madt(struct build *b);
size_t build_stao(struct build *b);
size_t build_copy(struct build *b, const uint8_t *table, unsigned index);
size_t build_xsdt(struct build *b, const size_t *tables, unsigned n);
size_t build_rsdt(struct build *b, const size_t *tables, unsigned n);
/* The definitions the stamped AML is generated from (templates.h): the
 * processor device of a vCPU, and the whole VMGENID SSDT of a config, whose
 * VGIA slot offset is returned (SIZE_MAX after an error). */
void dsdt_processor_device(struct aml_writer *w, uint32_t vcpu, int enabled);
size_t vmgenid_ssdt_aml(struct aml_writer *w, const struct acpi_guest_config *c, uint32_t vgia);
/* Fill the 4 KiB VMGENID page: zeroes, and the GUID at offset 40. */
void build_guid_page(const struct acpi_guest_config *cfg, uint8_t *page);
/* The RSDP at image offset off (or into out->rsdp_low when off is SIZE_MAX). */
void build_rsdp(struct build *b, size_t off, size_t xsdt, size_t rsdt);

#endif
