/*
 * hw_build.h - what the hardware-domain builders share: the tables/ build
 * (image placement, headers, checksums, the list of new tables) wrapped
 * with the host set, the config and the manifest being written.
 *
 * The new tables are placed in dependency order, MADT, FADT, STAO, XSDT,
 * RSDT, RSDP, so each pointer is known before the table holding it.
 */
#ifndef ACPIGEN_HW_BUILD_H
#define ACPIGEN_HW_BUILD_H

#include "acpigen/hwdom.h"
#include "tables/build.h"

struct hw_build {
    struct build b;                 /* its cfg is gc, its out is out->set */
    struct acpi_guest_config gc;    /* OEM IDs and STAO for tables/ */
    const struct acpi_hwdom_config *cfg;
    const struct acpi_host_set *s;
    struct acpi_hwdom_tables *out;
    uint64_t dsdt_address, facs_address;    /* the host's, from the FADT */
};

/* Append a manifest record; why is a msg.h format.  Returns it, or NULL
 * after build_fail() when the manifest is full. */
struct acpi_hwdom_record *hw_record(struct hw_build *h, const char *sig,
                                    enum acpi_hwdom_action action, int host_index,
                                    uint64_t address, uint32_t length, const char *why, ...);

/* Each returns the image offset of its table, or SIZE_MAX after build_fail(). */
size_t hw_madt(struct hw_build *h);
size_t hw_fadt(struct hw_build *h);
size_t hw_stao(struct hw_build *h);
/* The XSDT and RSDT of n addresses, then the RSDP; *rsdt, *xsdt get their
 * offsets.  Returns the RSDP's offset, or SIZE_MAX. */
size_t hw_root(struct hw_build *h, const uint64_t *addrs, unsigned n, size_t *xsdt,
               size_t *rsdt);

#endif
