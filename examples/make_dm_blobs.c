/*
 * make_dm_blobs.c - writes examples/dm-blobs.bin, a device model's blob
 * area (docs/dm-acpi.md) as QEMU with one vNVDIMM would leave it in guest
 * memory, plus the blobs a careless or hostile one might add:
 *
 *   0  table  NFIT  minimal NFIT (header + 4 reserved bytes): accepted
 *                   when the guest has vnvdimms (rule 2)
 *   1  device NVDR  the NVDIMM root device, ACPI0012, with one child
 *                   NV00 (_ADR 1) and a _DSM that supports no function
 *   2  table  DSDT  a DSDT of its own: the toolstack builds that (rule 1)
 *   3  device XDEV  a second device, _HID "XENA0001" (no Linux driver)
 *   4  device C000  the name of the guest's first processor (rule 3)
 *
 *     make_dm_blobs OUT
 *     make_dm_blobs --hvm OUT     (examples/dm-blobs-hvm.bin)
 *
 * --hvm names blob 4 PR00, the first processor of hvmloader's DSDT, for an
 * HVM guest (docs/hvm.md); the rest is the same.
 *
 * The bytes depend on nothing but this file: tests/test_xl_acpi.sh checks
 * that the committed examples/dm-blobs.bin is what this writes now.
 */
#include <acpigen/aml.h>
#include <acpigen/checksum.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define AREA_MAX  4096
#define BLOB_TABLE 0u
#define BLOB_NSDEV 1u

/* The IDs QEMU puts in the tables it builds. */
#define DM_OEM_ID      "BOCHS "
#define DM_CREATOR     "BXPC"

static uint8_t area[AREA_MAX];
static size_t area_len;

static void put_le32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* Append blob {type, size, data} where data is name (4 bytes, may be NULL)
 * followed by len bytes of body. */
static int add_blob(uint32_t type, const char *name, const uint8_t *body, size_t len)
{
    size_t n = (name ? 4 : 0) + len, size = 8 + n;

    if (size > AREA_MAX - area_len) {
        fprintf(stderr, "make_dm_blobs: the area is full\n");
        return -1;
    }
    put_le32(area + area_len, type);
    put_le32(area + area_len + 4, (uint32_t)size);
    if (name)
        memcpy(area + area_len + 8, name, 4);
    memcpy(area + area_len + 8 + (name ? 4 : 0), body, len);
    printf("blob at 0x%03zx: %s %.4s, %zu bytes\n", area_len,
           type == BLOB_TABLE ? "table " : "device", name ? name : (const char *)body, size);
    area_len += size;
    return 0;
}

/* ACPI 6.4, 5.2.26: the NFIT header is the table header and 4 reserved
 * bytes; with no structure after it, it describes no NVDIMM yet (Linux's
 * nfit driver takes that, and later ones through _FIT). */
static int nfit(void)
{
    uint8_t t[40] = { 'N', 'F', 'I', 'T' };

    put_le32(t + 4, sizeof(t));
    t[8] = 1;                                   /* revision */
    memcpy(t + 10, DM_OEM_ID, 6);
    memcpy(t + 16, "BXPCNFIT", 8);
    put_le32(t + 24, 1);                        /* OEM revision */
    memcpy(t + 28, DM_CREATOR, 4);
    put_le32(t + 32, 1);                        /* creator revision */
    t[9] = acpi_checksum(t, sizeof(t));
    return add_blob(BLOB_TABLE, NULL, t, sizeof(t));
}

static int finish(struct aml_writer *w, const char *what, size_t *len)
{
    if (aml_writer_finish(w, len) != AML_OK) {
        fprintf(stderr, "make_dm_blobs: %s: %s\n", what, aml_errmsg(w));
        return -1;
    }
    return 0;
}

/* The body of Device (NVDR), as QEMU's nvdimm code shapes it:
 *   Name (_HID, "ACPI0012")
 *   Device (NV00) { Name (_ADR, One) }
 *   Method (_DSM, 4) { Return (Buffer (One) { 0x00 }) }   no function */
static int nvdr(void)
{
    static uint8_t buf[256];
    static const uint8_t none = 0;
    struct aml_writer w;
    size_t len;

    aml_writer_init(&w, buf, sizeof(buf));
    aml_name_string(&w, "_HID", "ACPI0012");
    aml_device(&w, "NV00");
    aml_name_int(&w, "_ADR", 1);
    aml_end(&w);
    aml_method(&w, "_DSM", 4, AML_NOT_SERIALIZED, 0);
    aml_return(&w);
    aml_buffer(&w, &none, 1);
    aml_end(&w);
    if (finish(&w, "NVDR", &len))
        return -1;
    return add_blob(BLOB_NSDEV, "NVDR", buf, len);
}

/* A complete DSDT with a PCI root bridge: if it got in, it would stand
 * next to (or instead of) the guest's own. */
static int dsdt(void)
{
    static uint8_t buf[256];
    struct aml_writer w;
    size_t len;

    aml_writer_init(&w, buf, sizeof(buf));
    aml_definition_block(&w, "DSDT", 2, "BOCHS", "BXPCDSDT", 1);
    aml_scope(&w, "\\_SB");
    aml_device(&w, "PCI0");
    aml_name_decl(&w, "_HID");
    aml_eisaid(&w, "PNP0A03");
    aml_name_int(&w, "_UID", 0);
    aml_end(&w);
    aml_end(&w);
    aml_end(&w);
    if (finish(&w, "DSDT", &len))
        return -1;
    return add_blob(BLOB_TABLE, NULL, buf, len);
}

/* A device no Linux driver binds:
 *   Name (_HID, "XENA0001")  Name (_UID, Zero)
 *   Method (_STA) { Return (0x0F) } */
static int xdev(void)
{
    static uint8_t buf[256];
    struct aml_writer w;
    size_t len;

    aml_writer_init(&w, buf, sizeof(buf));
    aml_name_string(&w, "_HID", "XENA0001");
    aml_name_int(&w, "_UID", 0);
    aml_method(&w, "_STA", 0, AML_NOT_SERIALIZED, 0);
    aml_return(&w);
    aml_int(&w, 0x0F);
    aml_end(&w);
    if (finish(&w, "XDEV", &len))
        return -1;
    return add_blob(BLOB_NSDEV, "XDEV", buf, len);
}

/* A processor device under the name the guest's DSDT gives its vCPU 0. */
static int cpu0(const char *name)
{
    static uint8_t buf[256];
    struct aml_writer w;
    size_t len;

    aml_writer_init(&w, buf, sizeof(buf));
    aml_name_string(&w, "_HID", "ACPI0007");
    aml_name_int(&w, "_UID", 0xFF);
    if (finish(&w, name, &len))
        return -1;
    return add_blob(BLOB_NSDEV, name, buf, len);
}

int main(int argc, char **argv)
{
    FILE *f;
    int hvm = argc == 3 && !strcmp(argv[1], "--hvm");
    const char *out = argv[argc - 1];

    if (argc != 2 && !hvm) {
        fprintf(stderr, "usage: %s [--hvm] OUT\n", argv[0]);
        return 2;
    }
    if (nfit() || nvdr() || dsdt() || xdev() || cpu0(hvm ? "PR00" : "C000"))
        return 1;
    f = fopen(out, "wb");
    if (!f || fwrite(area, 1, area_len, f) != area_len || fclose(f) != 0) {
        fprintf(stderr, "make_dm_blobs: writing %s: %s\n", out, strerror(errno));
        return 1;
    }
    printf("%s: %zu bytes, 5 blobs\n", out, area_len);
    return 0;
}
