/*
 * test_hvmfw.c - dm-acpi for HVM guests with Xen's own hvmloader
 * (acpigen/hvmfw.h): finding hvmloader's DSDT and SSDTs inside its binary
 * (a synthetic image and Debian's real hvmloader), and the acpi_firmware=
 * file: what goes in, in what order, walked the way hvmloader walks it, and
 * what is refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <acpigen/checksum.h>
#include <acpigen/dmacpi.h>
#include <acpigen/guest.h>
#include <acpigen/hvmfw.h>
#include <acpigen/namespace.h>

#include "cunit_main.h"

#ifndef HVMLOADER
#define HVMLOADER "/usr/lib/xen-4.17/boot/hvmloader"
#endif

#define NAME_SLOTS 4096
#define MAX_BLOBS 64

static uint32_t slots[NAME_SLOTS];
static struct acpi_nameset names;
static struct acpi_fw_table found[ACPI_HVM_FW_MAX_FOUND];
static unsigned n_found;
static uint8_t img[256 * 1024];
static uint8_t file[ACPI_HVM_FW_MAX_LEN];
static uint8_t guid_page[ACPI_GUID_PAGE_SIZE];
static struct acpi_dm_blob blobs[MAX_BLOBS];
static uint8_t ssdt[ACPI_DM_SSDT_MAX(64 * 1024)];
static struct acpi_dm_work work = { .blobs = blobs, .n_blobs = MAX_BLOBS,
                                    .ssdt = ssdt, .ssdt_cap = sizeof(ssdt) };
static char err[512];

static uint32_t seg(const char *s) { return ACPI_NAMESEG(s[0], s[1], s[2], s[3]); }
static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void names_reset(void)
{
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_init(&names, slots, NAME_SLOTS), 0);
}

/* A table header for sig, len bytes, checksum fixed (body left as is). */
static void header(uint8_t *t, const char *sig, uint32_t len, const char *table_id)
{
    memcpy(t, sig, 4);
    put32(t + 4, len);
    t[8] = 2;
    memcpy(t + 10, "Xen\0\0\0", 6);
    memset(t + 16, 0, 8);
    memcpy(t + 16, table_id, strlen(table_id));
    put32(t + 24, 0);
    memcpy(t + 28, "TEST", 4);
    put32(t + 32, 1);
    t[9] = 0;
    t[9] = acpi_checksum(t, len);
}

/* DefinitionBlock with Scope (\_SB) { Device (name) {} } as its body. */
static uint32_t put_dev_table(uint8_t *t, const char *sig, const char *name)
{
    static const uint8_t body[] = { 0x10, 0x0D, '\\', '_', 'S', 'B', '_',   /* Scope (\_SB) */
                                    0x5B, 0x82, 0x05, 0, 0, 0, 0 };         /* Device (name) */
    memcpy(t + 36, body, sizeof(body));
    memcpy(t + 36 + 10, name, 4);
    header(t, sig, 36 + sizeof(body), "HVM");
    return 36 + sizeof(body);
}

static void test_scan_synthetic(void)
{
    memset(img, 0x90, sizeof(img));
    /* Decoys first: a DSDT that would run past the image, an SSDT whose
     * bytes do not sum to 0, a length below a header. */
    memcpy(img + 3, "DSDT", 4);
    put32(img + 7, sizeof(img));
    put_dev_table(img + 100, "SSDT", "BADS");
    img[100 + 40] ^= 1;
    memcpy(img + 300, "SSDT", 4);
    put32(img + 304, 20);
    /* The real ones, at odd offsets as in a binary's data. */
    uint32_t a = put_dev_table(img + 1001, "DSDT", "PCI0");
    uint32_t b = put_dev_table(img + 5003, "SSDT", "SLPB");
    /* A table inside another is the outer table's bytes, not a table. */
    uint32_t c = put_dev_table(img + 9000, "SSDT", "OUTR");
    put_dev_table(img + 20000, "DSDT", "LAST");

    names_reset();
    CU_ASSERT_EQUAL_FATAL(acpi_fw_scan(img, sizeof(img), &names, found,
                                       ACPI_HVM_FW_MAX_FOUND, &n_found, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(n_found, 4);
    CU_ASSERT_STRING_EQUAL(found[0].signature, "DSDT");
    CU_ASSERT_EQUAL(found[0].offset, 1001);
    CU_ASSERT_EQUAL(found[0].length, a);
    CU_ASSERT_STRING_EQUAL(found[0].oem_table_id, "HVM");
    CU_ASSERT_STRING_EQUAL(found[1].signature, "SSDT");
    CU_ASSERT_EQUAL(found[1].offset, 5003);
    CU_ASSERT_EQUAL(found[1].length, b);
    CU_ASSERT_EQUAL(found[2].offset, 9000);
    CU_ASSERT_EQUAL(found[2].length, c);
    CU_ASSERT_EQUAL(found[3].offset, 20000);
    for (const char *const *n = (const char *const[]){ "PCI0", "SLPB", "OUTR", "LAST", NULL };
         *n; n++)
        CU_ASSERT_TRUE(acpi_nameset_has(&names, seg(*n)));
    CU_ASSERT_FALSE(acpi_nameset_has(&names, seg("BADS")));

    /* cap reached: an error, not a short list. */
    names_reset();
    CU_ASSERT_EQUAL(acpi_fw_scan(img, sizeof(img), &names, found, 3, &n_found, err,
                                 sizeof(err)), -1);
    CU_ASSERT_STRING_EQUAL(err, "firmware scan: more than 3 DSDT and SSDT tables in the image");

    /* A valid header around AML we cannot read: an error naming it. */
    memset(img + 9000 + 36, 0x5B, 14);
    header(img + 9000, "SSDT", c, "HVM");
    names_reset();
    CU_ASSERT_EQUAL(acpi_fw_scan(img, sizeof(img), &names, found, ACPI_HVM_FW_MAX_FOUND,
                                 &n_found, err, sizeof(err)), -1);
    CU_ASSERT_NSTRING_EQUAL(err, "firmware scan: the SSDT at offset 0x2328: ", 42);

    /* No DSDT: not an hvmloader. */
    memset(img, 0, sizeof(img));
    put_dev_table(img + 64, "SSDT", "ONLY");
    names_reset();
    CU_ASSERT_EQUAL(acpi_fw_scan(img, sizeof(img), &names, found, ACPI_HVM_FW_MAX_FOUND,
                                 &n_found, err, sizeof(err)), -1);
    CU_ASSERT_STRING_EQUAL(err, "firmware scan: no DSDT in the 262144-byte image (a table "
                           "header with a valid length and checksum): not an hvmloader?");
    CU_ASSERT_EQUAL(acpi_fw_scan(img, 35, &names, found, ACPI_HVM_FW_MAX_FOUND, &n_found, err,
                                 sizeof(err)), -1);
}

/* Debian's hvmloader: its three DSDTs (any-CPU, 15-CPU, qemu-xen) and five
 * SSDTs (PM, S3, S4, TPM, laptop slate), and names they define. */
static void test_scan_hvmloader(void)
{
    FILE *f = fopen(HVMLOADER, "rb");
    static uint8_t bin[1 << 20];
    size_t len;

    if (!f)
        fprintf(stderr, "\n  %s: cannot open it (install xen-utils-4.17)\n", HVMLOADER);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    len = fread(bin, 1, sizeof(bin), f);
    fclose(f);
    CU_ASSERT_FATAL(len > 4096 && len < sizeof(bin));
    names_reset();
    int rc = acpi_fw_scan(bin, len, &names, found, ACPI_HVM_FW_MAX_FOUND, &n_found, err,
                          sizeof(err));
    if (rc)
        fprintf(stderr, "\n  %s\n", err);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    unsigned d = 0, s = 0;
    for (unsigned i = 0; i < n_found; i++) {
        d += !strcmp(found[i].signature, "DSDT");
        s += !strcmp(found[i].signature, "SSDT");
        CU_ASSERT_STRING_EQUAL(found[i].oem_table_id, "HVM");
    }
    CU_ASSERT_EQUAL(d, 3);
    CU_ASSERT_EQUAL(s, 5);
    /* \_SB's children: hvmloader's memory device, PCI root and
     * processors; its VM generation counter VGID sits deeper (in
     * \_SB.PCI0.ISA), so a device model may still use that name. */
    CU_ASSERT_TRUE(acpi_nameset_has(&names, seg("MEM0")));
    CU_ASSERT_TRUE(acpi_nameset_has(&names, seg("PCI0")));
    CU_ASSERT_TRUE(acpi_nameset_has(&names, seg("PR00")));
    CU_ASSERT_FALSE(acpi_nameset_has(&names, seg("VGID")));
    CU_ASSERT_FALSE(acpi_nameset_has(&names, seg("VGEN")));
    CU_ASSERT_FALSE(acpi_nameset_has(&names, seg("XDEV")));
}

/* ---- the acpi_firmware= file ------------------------------------------- */

static uint8_t area[64 * 1024];
static size_t area_len;

static uint8_t *blob(uint32_t type, size_t data_len)
{
    uint8_t *p = area + area_len;
    CU_ASSERT_FATAL(area_len + 8 + data_len <= sizeof(area));
    put32(p, type);
    put32(p + 4, (uint32_t)(8 + data_len));
    area_len += 8 + data_len;
    return p + 8;
}

static void blob_table(const char *sig, uint32_t len)
{
    uint8_t *t = blob(ACPI_DM_BLOB_TABLE, len);
    for (uint32_t i = 36; i < len; i++)
        t[i] = (uint8_t)i;
    header(t, sig, len, "QEMUTBL");
}

static void blob_device(const char *name)
{
    static const uint8_t hid[] = { 0x08, '_', 'H', 'I', 'D', 0x0D,
                                   'A', 'C', 'P', 'I', '0', '0', '1', '2', 0x00 };
    uint8_t *d = blob(ACPI_DM_BLOB_NSDEV, 4 + sizeof(hid));
    memcpy(d, name, 4);
    memcpy(d + 4, hid, sizeof(hid));
}

static void hvm_cfg(struct acpi_guest_config *c, int vmgenid)
{
    acpi_guest_config_init(c, ACPI_GUEST_DOMU);
    c->hw_reduced = 0;
    c->vmgenid = vmgenid;
    c->vmgenid_gsi = -1;
    c->vmgenid_gpe = -1;
    for (int i = 0; i < 16; i++)
        c->vmgenid_guid[i] = (uint8_t)(0x10 + i);
}

static void nfit_policy(struct acpi_dm_policy *p)
{
    acpi_dm_policy_init(p);
    CU_ASSERT_EQUAL_FATAL(acpi_dm_policy_allow(p, "NFIT", err, sizeof(err)), 0);
    CU_ASSERT_EQUAL_FATAL(acpi_dm_policy_allow(p, "HMAT", err, sizeof(err)), 0);
}

/* hvmloader's names: a DSDT of its own with PCI0 and VGID. */
static void hvmloader_names(void)
{
    uint8_t t[64];
    names_reset();
    put_dev_table(t, "DSDT", "PCI0");
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_add_aml(&names, t, sizeof(t), err, sizeof(err)), 0);
    put_dev_table(t, "DSDT", "VGID");
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_add_aml(&names, t, sizeof(t), err, sizeof(err)), 0);
}

/* Walk the file the way hvmloader's construct_passthrough_tables does
 * (header after header by Length) and check each table on the way. */
static unsigned walk(const uint8_t *f, size_t len, char sigs[][5], unsigned max)
{
    unsigned n = 0;
    size_t off = 0;

    while (len - off >= 36 && n < max) {
        uint32_t l = le32(f + off + 4);
        CU_ASSERT_FATAL(l >= 36 && l <= len - off);
        CU_ASSERT_EQUAL(acpi_sum8(f + off, l), 0);
        memcpy(sigs[n], f + off, 4);
        sigs[n++][4] = '\0';
        off += l;
    }
    CU_ASSERT_EQUAL(off, len);
    return n;
}

static void test_file(void)
{
    struct acpi_guest_config c;
    struct acpi_dm_policy p;
    struct acpi_dm_result res = { 0 };
    struct acpi_hvm_fw info;
    char sigs[8][5];

    hvm_cfg(&c, 1);
    nfit_policy(&p);
    hvmloader_names();
    area_len = 0;
    blob_table("NFIT", 120);
    blob_table("DSDT", 40);         /* rule 1 */
    blob_device("XDEV");
    blob_device("PCI0");            /* hvmloader's */
    blob_device("VGEN");            /* ours, for the VMGENID device */
    memset(file, 0xEE, sizeof(file));
    memset(guid_page, 0xEE, sizeof(guid_page));
    int rc = acpi_hvm_firmware_build(&c, ACPI_HVM_GUID_PAGE, area, area_len, &p, &names, &work,
                                     &res, file, sizeof(file), &info, guid_page, err,
                                     sizeof(err));
    if (rc)
        fprintf(stderr, "\n  %s\n", err);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    CU_ASSERT_EQUAL(res.n, 5);
    CU_ASSERT_EQUAL(res.n_accepted, 2);
    CU_ASSERT_TRUE(blobs[0].accepted);
    CU_ASSERT_FALSE(blobs[1].accepted);
    CU_ASSERT_TRUE(blobs[2].accepted);
    CU_ASSERT_FALSE(blobs[3].accepted);
    CU_ASSERT_FALSE(blobs[4].accepted);
    CU_ASSERT_PTR_NOT_NULL(strstr(blobs[3].reason, "PCI0"));
    CU_ASSERT_PTR_NOT_NULL(strstr(blobs[4].reason, "VGEN"));

    CU_ASSERT_EQUAL_FATAL(info.n, 3);
    CU_ASSERT_EQUAL(walk(file, info.len, sigs, 8), 3);
    CU_ASSERT_STRING_EQUAL(sigs[0], "NFIT");
    CU_ASSERT_STRING_EQUAL(sigs[1], "SSDT");
    CU_ASSERT_STRING_EQUAL(sigs[2], "SSDT");
    CU_ASSERT_STRING_EQUAL(info.tables[1].oem_table_id, "DMACPI");
    CU_ASSERT_STRING_EQUAL(info.tables[2].oem_table_id, "VMGENID");
    CU_ASSERT_TRUE(info.tables[0].from_dm);
    CU_ASSERT_FALSE(info.tables[1].from_dm);
    /* The NFIT as the device model gave it. */
    CU_ASSERT_EQUAL(memcmp(file, area + 8, 120), 0);
    /* Nothing written past the file. */
    CU_ASSERT_EQUAL(file[info.len], 0xEE);
    /* VGIA in the VMGENID SSDT is the GUID page, and the page holds the
     * GUID in SMBIOS order at offset 40. */
    const uint8_t *vg = file + info.tables[2].offset;
    CU_ASSERT_EQUAL(vg[36], 0x08);                          /* Name (VGIA, */
    CU_ASSERT_EQUAL(memcmp(vg + 37, "VGIA", 4), 0);
    CU_ASSERT_EQUAL(vg[41], 0x0C);                          /* DWord */
    CU_ASSERT_EQUAL(le32(vg + 42), ACPI_HVM_GUID_PAGE);
    CU_ASSERT_EQUAL(info.guid_page, ACPI_HVM_GUID_PAGE);
    CU_ASSERT_EQUAL(guid_page[40], 0x13);
    CU_ASSERT_EQUAL(guid_page[43], 0x10);
    CU_ASSERT_EQUAL(guid_page[48], 0x18);
    CU_ASSERT_EQUAL(guid_page[0], 0);
    CU_ASSERT_EQUAL(guid_page[4095], 0);
    /* The names now include what the file defines. */
    CU_ASSERT_TRUE(acpi_nameset_has(&names, seg("XDEV")));
    CU_ASSERT_TRUE(acpi_nameset_has(&names, seg("VGEN")));

    /* What xl-acpi attach reads back from the file. */
    uint64_t vgia = 0;
    CU_ASSERT_EQUAL(acpi_hvm_firmware_vgia(file, info.len, &vgia, err, sizeof(err)), 1);
    CU_ASSERT_EQUAL(vgia, ACPI_HVM_GUID_PAGE);
    CU_ASSERT_EQUAL(acpi_hvm_firmware_vgia(file, info.tables[2].offset, &vgia, err,
                                           sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_hvm_firmware_vgia(file, info.len - 1, &vgia, err, sizeof(err)), -1);
    char want[160];
    snprintf(want, sizeof(want), "acpi_firmware file: the table at offset %u has length %u, "
             "not 36 to the %u bytes left", info.tables[2].offset, info.tables[2].length,
             info.tables[2].length - 1);
    CU_ASSERT_STRING_EQUAL(err, want);
    file[info.tables[2].offset + 41] = 0x0B;
    CU_ASSERT_EQUAL(acpi_hvm_firmware_vgia(file, info.len, &vgia, err, sizeof(err)), -1);
    snprintf(want, sizeof(want), "acpi_firmware file: the SSDT VMGENID at offset %u does not "
             "start with Name (VGIA, DWord)", info.tables[2].offset);
    CU_ASSERT_STRING_EQUAL(err, want);
    file[info.tables[2].offset + 41] = 0x0C;

    /* Without vmgenid: no VMGENID SSDT, the GUID page untouched. */
    hvm_cfg(&c, 0);
    hvmloader_names();
    memset(guid_page, 0xEE, sizeof(guid_page));
    CU_ASSERT_EQUAL_FATAL(acpi_hvm_firmware_build(&c, 0, area, area_len, &p, &names, &work,
                                                  &res, file, sizeof(file), &info, guid_page,
                                                  err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(info.n, 2);
    CU_ASSERT_EQUAL(info.guid_page, 0);
    CU_ASSERT_EQUAL(guid_page[40], 0xEE);
    CU_ASSERT_TRUE(blobs[4].accepted);      /* VGEN is free now */

    /* No blobs, no vmgenid: an empty file is valid. */
    hvmloader_names();
    CU_ASSERT_EQUAL(acpi_hvm_firmware_build(&c, 0, NULL, 0, &p, &names, &work, &res, file,
                                            sizeof(file), &info, NULL, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(info.len, 0);
    CU_ASSERT_EQUAL(info.n, 0);
}

/* hvmloader takes 4 passthrough tables at most: the device model's tables
 * beyond what is left after our SSDTs are rejected with a reason. */
static void test_table_slots(void)
{
    struct acpi_guest_config c;
    struct acpi_dm_policy p;
    struct acpi_dm_result res = { 0 };
    struct acpi_hvm_fw info;
    char sigs[8][5];
    static const char *const sig[] = { "NFIT", "HMAT", "BERT", "EINJ" };

    for (int vmgenid = 0; vmgenid <= 1; vmgenid++) {
        hvm_cfg(&c, vmgenid);
        acpi_dm_policy_init(&p);
        for (int i = 0; i < 4; i++)
            CU_ASSERT_EQUAL_FATAL(acpi_dm_policy_allow(&p, sig[i], err, sizeof(err)), 0);
        hvmloader_names();
        area_len = 0;
        for (int i = 0; i < 4; i++)
            blob_table(sig[i], 48);
        blob_device("XDEV");
        CU_ASSERT_EQUAL_FATAL(acpi_hvm_firmware_build(&c, ACPI_HVM_GUID_PAGE, area, area_len,
                                                      &p, &names, &work, &res, file,
                                                      sizeof(file), &info, guid_page, err,
                                                      sizeof(err)), 0);
        unsigned taken = (unsigned)(ACPI_HVM_FW_MAX_TABLES - 1 - vmgenid);
        CU_ASSERT_EQUAL(res.n_tables, taken);
        CU_ASSERT_EQUAL(info.n, ACPI_HVM_FW_MAX_TABLES);
        CU_ASSERT_EQUAL(walk(file, info.len, sigs, 8), ACPI_HVM_FW_MAX_TABLES);
        for (unsigned i = taken; i < 4; i++) {
            CU_ASSERT_FALSE(blobs[i].accepted);
            CU_ASSERT_PTR_NOT_NULL(strstr(blobs[i].reason, "too many tables"));
        }
    }
}

static void test_errors(void)
{
    struct acpi_guest_config c;
    struct acpi_dm_policy p;
    struct acpi_dm_result res = { 0 };
    struct acpi_hvm_fw info;
    uint8_t t[64];

    /* hvmloader already has a VGEN: vmgenid cannot add its device. */
    hvm_cfg(&c, 1);
    nfit_policy(&p);
    hvmloader_names();
    put_dev_table(t, "SSDT", "VGEN");
    CU_ASSERT_EQUAL_FATAL(acpi_nameset_add_aml(&names, t, sizeof(t), err, sizeof(err)), 0);
    area_len = 0;
    blob_table("NFIT", 64);
    memset(file, 0, sizeof(file));
    memset(guid_page, 0, sizeof(guid_page));
    CU_ASSERT_EQUAL(acpi_hvm_firmware_build(&c, ACPI_HVM_GUID_PAGE, area, area_len, &p, &names,
                                            &work, &res, file, sizeof(file), &info, guid_page,
                                            err, sizeof(err)), -1);
    CU_ASSERT_STRING_EQUAL(err, "vmgenid: hvmloader's namespace already has \\_SB.VGEN, the "
                           "name of the VMGENID device");
    CU_ASSERT_EQUAL(info.n, 0);

    /* A GUID page that VGIA (a DWord) cannot hold. */
    hvmloader_names();
    CU_ASSERT_EQUAL(acpi_hvm_firmware_build(&c, 0x100000000ull, area, area_len, &p, &names,
                                            &work, &res, file, sizeof(file), &info, guid_page,
                                            err, sizeof(err)), -1);
    CU_ASSERT_STRING_EQUAL(err, "VMGENID SSDT: GUID page 0x100000000 is not a page below 4 GiB");

    /* Too small a file buffer: an error, and nothing left in it. */
    hvmloader_names();
    memset(file, 0, sizeof(file));
    CU_ASSERT_EQUAL(acpi_hvm_firmware_build(&c, ACPI_HVM_GUID_PAGE, area, area_len, &p, &names,
                                            &work, &res, file, 80, &info, guid_page, err,
                                            sizeof(err)), -1);
    CU_ASSERT_NSTRING_EQUAL(err, "acpi_firmware file: the ", 24);
    for (size_t i = 0; i < 80; i++)
        CU_ASSERT_EQUAL_FATAL(file[i], 0);
    for (size_t i = 0; i < sizeof(guid_page); i++)
        CU_ASSERT_EQUAL_FATAL(guid_page[i], 0);
    CU_ASSERT_EQUAL(info.len, 0);

    /* An area past what the file can hold is refused by the ingestion. */
    hvm_cfg(&c, 0);
    hvmloader_names();
    static uint8_t big[ACPI_HVM_FW_MAX_LEN];
    memset(big, 0, sizeof(big));
    CU_ASSERT_EQUAL(acpi_hvm_firmware_build(&c, 0, big, sizeof(big), &p, &names, &work, &res,
                                            file, sizeof(file), &info, NULL, err, sizeof(err)),
                    0);
    CU_ASSERT_TRUE(res.stopped);
    CU_ASSERT_PTR_NOT_NULL(strstr(res.stop_reason, "larger than the limit"));
    CU_ASSERT_EQUAL(info.len, 0);

    CU_ASSERT_EQUAL(acpi_hvm_firmware_build(NULL, 0, NULL, 0, &p, &names, &work, &res, file,
                                            sizeof(file), &info, NULL, err, sizeof(err)), -1);
    CU_ASSERT_STRING_EQUAL(err, "acpi_hvm_firmware_build: NULL argument");
}

void register_tests(void)
{
    CU_pSuite s = add_suite("hvmfw");

    add_test(s, "scan a synthetic firmware image", test_scan_synthetic);
    add_test(s, "scan Debian's hvmloader", test_scan_hvmloader);
    add_test(s, "the acpi_firmware file", test_file);
    add_test(s, "hvmloader's table slots", test_table_slots);
    add_test(s, "errors", test_errors);
}
