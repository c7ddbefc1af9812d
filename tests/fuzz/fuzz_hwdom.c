/*
 * fuzz_hwdom.c - libFuzzer target: the input is a host's FADT, MADT and
 * DSDT (two little-endian 16-bit lengths, then the three tables; the last
 * takes the rest).  Each is given a length field and checksum that match,
 * so that acpi_host_set_init() takes it and acpi_hwdom_build() must cope
 * with whatever the fields say.  Invariants: no read or write past any
 * buffer (ASan), a failure leaves a message, a zeroed image and no
 * record; a success leaves every new table inside the image, summing to
 * zero, and the RSDP where the list says.  A violation traps.
 */
#include "acpigen/checksum.h"
#include "acpigen/hwdom.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define REGION 0x10000u
#define BASE 0x7000000u

static void violation(const char *what, const char *err)
{
    fprintf(stderr, "fuzz_hwdom: invariant violated: %s (%s)\n", what, err ? err : "");
    abort();
}

/* A table of exactly len bytes with sig, its length and checksum right. */
static uint8_t *table(const char *sig, const uint8_t *p, size_t len)
{
    uint8_t *t = malloc(len);
    if (!t)
        abort();
    memcpy(t, p, len);
    memcpy(t, sig, 4);
    t[4] = (uint8_t)len;
    t[5] = (uint8_t)(len >> 8);
    t[6] = t[7] = 0;
    t[9] = 0;
    t[9] = acpi_checksum(t, len);
    return t;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char facs_bytes[64] = { 'F', 'A', 'C', 'S', 64 };
    static uint8_t image[REGION];
    static struct acpi_host_set set;
    static struct acpi_hwdom_tables out;

    if (size < 4)
        return 0;
    size_t l[3] = { data[0] | (size_t)data[1] << 8, data[2] | (size_t)data[3] << 8, 0 };
    data += 4;
    size -= 4;
    if (l[0] < 36 || l[1] < 36 || l[0] + l[1] + 36 > size)
        return 0;
    l[2] = size - l[0] - l[1];
    if (l[2] > 0xFFFF)
        return 0;
    uint8_t *fadt = table("FACP", data, l[0]);
    uint8_t *madt = table("APIC", data + l[0], l[1]);
    uint8_t *dsdt = table("DSDT", data + l[0] + l[1], l[2]);
    struct acpi_host_table t[4] = {
        { .data = fadt, .size = l[0], .address = 0x1FFE1A8B, .name = "FACP" },
        { .data = madt, .size = l[1], .address = 0x1FFE1AFF, .name = "APIC" },
        { .data = dsdt, .size = l[2], .name = "DSDT" },
        { .data = (const uint8_t *)facs_bytes, .size = 64, .name = "FACS" },
    };
    struct acpi_hwdom_config c;
    acpi_hwdom_config_init(&c);
    c.vcpus = 2;
    c.maxvcpus = 3;
    c.stao_paths[0] = "\\_SB.PCI0.S08.COM1";
    c.n_stao_paths = 1;
    struct acpi_hwdom_layout lp = { .base = BASE, .size = REGION };

    if (acpi_host_set_init(&set, t, 4))
        violation("a valid set refused", set.error);
    memset(image, 0xEE, sizeof(image));
    if (acpi_hwdom_build(&c, &set, &lp, image, sizeof(image), &out)) {
        if (!out.set.error[0])
            violation("a failure without a message", NULL);
        if (out.n_records || out.set.n_tables)
            violation("records left after a failure", out.set.error);
        for (size_t i = 0; i < sizeof(image); i++)
            if (image[i])
                violation("image not zeroed after a failure", out.set.error);
    } else {
        for (unsigned i = 0; i < out.set.n_tables; i++) {
            const struct acpi_table_info *ti = &out.set.tables[i];
            if (ti->offset > REGION || ti->length > REGION - ti->offset ||
                ti->address != BASE + ti->offset)
                violation("a new table outside the image", ti->signature);
            if (strcmp(ti->signature, "RSDP") && acpi_sum8(image + ti->offset, ti->length))
                violation("a new table that does not sum to zero", ti->signature);
        }
        if (out.set.rsdp_address < BASE || out.set.rsdp_address + 36 > BASE + REGION ||
            memcmp(image + (out.set.rsdp_address - BASE), "RSD PTR ", 8))
            violation("no RSDP at rsdp_address", NULL);
    }
    free(fadt);
    free(madt);
    free(dsdt);
    return 0;
}
