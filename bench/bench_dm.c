/*
 * bench_dm.c - how fast acpi_guest_build_dm() takes in a device model's
 * blob area: 10, 1,000 and 10,000 namespace devices, each under its own
 * name, into the table set of a 128-vCPU PVH domU with vmgenid.  One ingest
 * is the whole of it: the guest set, the scan of its DSDT and SSDT for the
 * names in \_SB, the check of every blob (body parse, name clash), the
 * DMACPI SSDT and the set built again around it.
 *
 *     bench_dm              median ms per ingest, ns per device, and ns
 *                           per device over the 128-vCPU set without an area
 *     bench_dm --count N R  ingest the N-device area (10, 1000 or 10000)
 *                           R times (for callgrind: `make bench` prints the
 *                           instructions, which do not drift with the load)
 *
 * Target: <= 5 ms for 10,000 devices, and a cost per device that stays flat
 * as the area grows (no quadratic name check).
 */
#include <acpigen/aml.h>
#include <acpigen/dmacpi.h>
#include <acpigen/guest.h>

#include "timing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEVICES 10000u
#define VCPUS       128u
/* The 128-vCPU set is ~10 KiB; 10,000 devices' SSDT ~0.5 MiB. */
#define REGION      (2u << 20)

/* An area and the work storage sized for it, as a toolstack sizes it. */
struct area {
    uint8_t *bytes;
    size_t len;
    struct acpi_dm_work work;
};

static uint8_t image[REGION], page[ACPI_GUID_PAGE_SIZE];
static struct acpi_guest_tables out;
static struct acpi_guest_config cfg;
static struct acpi_dm_policy policy;
static struct acpi_dm_result res;
static struct area areas[MAX_DEVICES + 1];  /* by device count */

static void die(const char *what, const char *why)
{
    fprintf(stderr, "bench_dm: %s: %s\n", what, why);
    exit(1);
}

static void put_le32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* Device "Dxyz" (x, y, z base 36: 46,656 names clear of C000-C07F):
 *   Name (_HID, "XENA0001")  Name (_UID, i)  Method (_STA) { Return (0x0F) }
 * which is about what a device model hands over per device. */
static size_t put_blob(uint8_t *p, size_t cap, unsigned i)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    struct aml_writer w;
    size_t len;

    if (cap < 12)
        die("area", "too small");
    aml_writer_init(&w, p + 12, cap - 12);
    aml_name_string(&w, "_HID", "XENA0001");
    aml_name_int(&w, "_UID", i);
    aml_method(&w, "_STA", 0, AML_NOT_SERIALIZED, 0);
    aml_return(&w);
    aml_int(&w, 0x0F);
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK)
        die("device body", aml_errmsg(&w));
    put_le32(p, ACPI_DM_BLOB_NSDEV);
    put_le32(p + 4, (uint32_t)(12 + len));
    p[8] = 'D';
    p[9] = (uint8_t)digits[i / 1296 % 36];
    p[10] = (uint8_t)digits[i / 36 % 36];
    p[11] = (uint8_t)digits[i % 36];
    return 12 + len;
}

static void make_area(unsigned n)
{
    struct area *a = &areas[n];
    struct acpi_dm_work *w = &a->work;
    size_t cap = (size_t)n * 64;

    a->bytes = malloc(cap);
    if (!a->bytes)
        die("area", "out of memory");
    for (unsigned i = 0; i < n; i++)
        a->len += put_blob(a->bytes + a->len, cap - a->len, i);
    if (a->len > ACPI_DM_AREA_MAX_DEFAULT)
        die("area", "larger than the policy's largest area");
    w->n_blobs = n + 1;
    w->n_name_slots = ACPI_DM_NAMESET_SLOTS(VCPUS + 16 + w->n_blobs);
    w->ssdt_cap = ACPI_DM_SSDT_MAX(a->len);
    w->blobs = calloc(w->n_blobs, sizeof(*w->blobs));
    w->name_slots = calloc(w->n_name_slots, sizeof(*w->name_slots));
    w->ssdt = malloc(w->ssdt_cap);
    if (!w->blobs || !w->name_slots || !w->ssdt)
        die("work areas", "out of memory");
}

static size_t ingest(unsigned n)
{
    static const struct acpi_layout lp = { .base = 0xFC000000u, .size = REGION };
    struct area *a = &areas[n];

    res.blobs = a->work.blobs;
    res.cap = a->work.n_blobs;
    if (acpi_guest_build_dm(&cfg, &lp, image, sizeof(image), page, a->bytes, a->len, &policy,
                            &a->work, &res, &out))
        die("acpi_guest_build_dm", out.error);
    if (res.n_accepted != n || res.n_devices != n || res.stopped)
        die("acpi_guest_build_dm", "not every device was accepted");
    return out.image_len;
}

/* The same guest's set without a blob area: what an ingest costs anyway. */
static size_t plain(unsigned unused)
{
    static const struct acpi_layout lp = { .base = 0xFC000000u, .size = REGION };

    (void)unused;
    if (acpi_guest_build(&cfg, &lp, image, sizeof(image), page, &out))
        die("acpi_guest_build", out.error);
    return out.image_len;
}

/* The length of the DMACPI SSDT of the last ingest. */
static uint32_t dmacpi_len(void)
{
    for (unsigned i = 0; i < out.n_tables; i++)
        if (!strcmp(out.tables[i].oem_table_id, ACPI_DM_OEM_TABLE_ID))
            return out.tables[i].length;
    die("acpi_guest_build_dm", "no DMACPI SSDT");
    return 0;
}

static void setup(void)
{
    acpi_guest_config_init(&cfg, ACPI_GUEST_DOMU);
    cfg.vcpus = cfg.maxvcpus = VCPUS;
    cfg.vmgenid = 1;
    memset(cfg.vmgenid_guid, 0x5A, 16);
    acpi_dm_policy_init(&policy);
    make_area(10);
    make_area(1000);
    make_area(MAX_DEVICES);
}

int main(int argc, char **argv)
{
    static const unsigned sizes[] = { 10, 1000, MAX_DEVICES };
    double ns = 0, base;

    setup();
    if (argc == 4 && !strcmp(argv[1], "--count")) {
        unsigned n = (unsigned)atoi(argv[2]), r = (unsigned)atoi(argv[3]);
        if (n != 10 && n != 1000 && n != MAX_DEVICES)
            die("--count", "N is 10, 1000 or 10000");
        for (unsigned i = 0; i < r; i++)
            ingest(n);
        return 0;
    }
    base = bench_median_ns(plain, 0);
    printf("bench_dm: dm-acpi ingest (acpi_guest_build_dm) into a %u-vCPU PVH domU\n", VCPUS);
    printf("the set without a blob area (acpi_guest_build): %.3f ms\n", base / 1e6);
    printf("%8s %11s %11s %11s %11s %11s\n", "devices", "area bytes", "SSDT bytes", "median ms",
           "ns/device", "over set");
    for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        unsigned n = sizes[i];
        ns = bench_median_ns(ingest, n);
        ingest(n);
        printf("%8u %11zu %11u %11.3f %11.1f %11.1f\n", n, areas[n].len, dmacpi_len(),
               ns / 1e6, ns / n, (ns - base) / n);
    }
    printf("dm-acpi ingest, %u devices: %.2f ms (target <= 5 ms)\n", MAX_DEVICES, ns / 1e6);
    return 0;
}
