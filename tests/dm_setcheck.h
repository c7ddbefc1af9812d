/*
 * dm_setcheck.h - the invariants every table set built with a device
 * model's blob area must hold, whatever the area contained.  Shared by the
 * hostile-input catalogue (tests/test_dm_hostile.c) and the libFuzzer target
 * (tests/fuzz/fuzz_dmacpi.c), so both judge a result by the same rules.
 *
 * The checks read the output image the way a guest does (RSDP -> XSDT and
 * RSDT -> tables, FADT -> DSDT) instead of trusting the manifest, and compare
 * what the set holds with the verdicts of acpi_dm_result, which are in turn
 * checked against the area itself.
 */
#ifndef TESTS_DM_SETCHECK_H
#define TESTS_DM_SETCHECK_H

#include <stddef.h>
#include <stdint.h>

#include "acpigen/dmacpi.h"
#include "acpigen/guest.h"

/* Signatures the toolstack builds or that are no table at all: none may
 * come from the device model (docs/dm-acpi.md, rule 1). */
extern const char *const dm_owned_sigs[];
extern const unsigned dm_n_owned_sigs;

struct dm_set_expect {
    uint64_t base;                  /* layout base */
    size_t region;                  /* layout size */
    /* The tables the XSDT lists before the device model's, in order
     * (FACP, SSDT, APIC for a HW-reduced domU with vmgenid). */
    const char *const *base_sigs;
    unsigned n_base_sigs;
    /* Names \_SB holds before the area is ingested (C000.., VGEN). */
    const char *const *taken;
    unsigned n_taken;
    const struct acpi_dm_policy *policy;
    const char *oem_id;             /* of the DMACPI SSDT */
    uint8_t poison;                 /* the image was filled with it before the build */
};

/*
 * After acpi_guest_build_dm() returned 0: the verdicts in res are
 * consistent with the area, and the image holds a valid set with exactly
 * the accepted tables and a DMACPI SSDT of exactly the accepted devices.
 * Returns 0, or -1 with why set.
 */
int dm_check_set(const struct dm_set_expect *e, const uint8_t *image,
                 const struct acpi_guest_tables *out, const struct acpi_dm_result *res,
                 const uint8_t *area, size_t area_len, char *why, size_t cap);

/* After acpi_guest_build_dm() returned -1: an error text and a zeroed image
 * (nothing half-built reaches the guest).  Returns 0, or -1 with why set. */
int dm_check_failed(const struct dm_set_expect *e, const uint8_t *image,
                    const struct acpi_guest_tables *out, char *why, size_t cap);

#endif
