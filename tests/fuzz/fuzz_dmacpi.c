/*
 * fuzz_dmacpi.c - libFuzzer target: the input is a device model's dm-acpi
 * blob area.  acpi_guest_build_dm() builds a 4-vCPU HW-reduced domU with
 * vmgenid from it (policy: NFIT allowed), and the result must hold the same
 * invariants as the hostile-input catalogue checks (tests/dm_setcheck.c):
 * consistent verdicts, a valid RSDP/XSDT/RSDT set with checksums and every
 * table inside the image, exactly the accepted tables and devices in it,
 * and no name of the DMACPI SSDT outside its devices.  A violation traps.
 *
 * Every buffer handed to the library is exactly the size the API asks for
 * (heap blocks, the image and GUID page globals), so ASan sees any access
 * past one.  The region is 64 KiB so that big areas also reach the "region
 * too small" path, the only way a build may fail when the caller's storage
 * is right.
 *
 * Seeds (tests/fuzz/corpus/dmacpi/): the areas of the hostile catalogue up
 * to 8 KiB (tests/test_dm_hostile --write-corpus DIR) and
 * examples/dm-blobs.bin.
 */
#include "dm_setcheck.h"

#include "acpigen/dmacpi.h"
#include "acpigen/guest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE 0x7000000u
#define REGION (64u << 10)
#define POISON 0xA5

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t image[REGION], guid[ACPI_GUID_PAGE_SIZE];

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        abort();
    return p;
}

static void violation(const char *what)
{
    fprintf(stderr, "fuzz_dmacpi: invariant violated: %s\n", what);
    __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const base_sigs[] = { "FACP", "SSDT", "APIC" };
    static const char *const taken[] = { "C000", "C001", "C002", "C003", "VGEN" };
    struct acpi_dm_policy policy;
    struct acpi_guest_config cfg;
    struct acpi_layout layout = { .base = BASE, .size = REGION };
    struct acpi_dm_work work;
    struct acpi_dm_result res;
    struct acpi_guest_tables out;
    char err[ACPI_DM_REASON_MAX], why[512];

    if (size > ACPI_DM_AREA_MAX_DEFAULT)
        return -1;      /* acpi_dm_check_area() keeps such areas out */
    acpi_dm_policy_init(&policy);
    if (acpi_dm_policy_allow(&policy, "NFIT", err, sizeof(err)))
        violation(err);
    acpi_guest_config_init(&cfg, ACPI_GUEST_DOMU);
    cfg.vcpus = cfg.maxvcpus = 4;
    cfg.vmgenid = 1;

    uint8_t *area = xmalloc(size);
    memcpy(area, data, size);
    work.n_blobs = (uint32_t)(size / 8 + 1);
    work.blobs = xmalloc(work.n_blobs * sizeof(*work.blobs));
    work.n_name_slots = ACPI_DM_NAMESET_SLOTS(cfg.maxvcpus + 16 + work.n_blobs);
    work.name_slots = xmalloc(work.n_name_slots * sizeof(*work.name_slots));
    work.ssdt_cap = ACPI_DM_SSDT_MAX(size);
    work.ssdt = xmalloc(work.ssdt_cap);
    memset(image, POISON, REGION);

    int rc = acpi_guest_build_dm(&cfg, &layout, image, REGION, guid, area, size, &policy,
                                 &work, &res, &out);

    struct dm_set_expect e = {
        .base = BASE, .region = REGION, .base_sigs = base_sigs, .n_base_sigs = 3,
        .taken = taken, .n_taken = 5, .policy = &policy, .oem_id = "Xen", .poison = POISON,
    };
    if (rc == 0) {
        if (dm_check_set(&e, image, &out, &res, area, size, why, sizeof(why)))
            violation(why);
    } else if (rc == -1) {
        if (dm_check_failed(&e, image, &out, why, sizeof(why)))
            violation(why);
        if (!strstr(out.error, "region too small")) {
            snprintf(why, sizeof(why), "build failed for another reason than a full region: %s",
                     out.error);
            violation(why);
        }
    } else {
        violation("acpi_guest_build_dm returned neither 0 nor -1");
    }

    free(area);
    free(work.blobs);
    free(work.name_slots);
    free(work.ssdt);
    return 0;
}
