/*
 * test_guest.c - acpi_guest_build(): every table's fields, pointers and
 * checksums, the MADT rules at the vcpus/maxvcpus and x2APIC boundaries,
 * the stamped DSDT against one written call by call, the VMGENID page, the
 * layout rules, and every configuration or layout error (which must leave
 * the image zeroed).
 */
#include "cunit_main.h"

#include <acpigen/actbl.h>
#include <acpigen/aml.h>
#include <acpigen/checksum.h>
#include <acpigen/guest.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGION (1u << 20)

static uint8_t image[REGION];
static uint8_t page[ACPI_GUID_PAGE_SIZE];
static struct acpi_guest_tables out;

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t le32(const uint8_t *p) { return le16(p) | (uint32_t)le16(p + 2) << 16; }
static uint64_t le64(const uint8_t *p) { return le32(p) | (uint64_t)le32(p + 4) << 32; }

static const struct acpi_layout default_layout = { .base = 0x7000000, .size = REGION };

static int build(const struct acpi_guest_config *c, const struct acpi_layout *lp)
{
    memset(image, 0xEE, sizeof(image));     /* stale memory the build must not leak */
    int rc = acpi_guest_build(c, lp ? lp : &default_layout, image, sizeof(image), page, &out);
    if (rc)
        fprintf(stderr, "\n  acpi_guest_build: %s\n", out.error);
    return rc;
}

static const struct acpi_table_info *find(const char *sig)
{
    for (unsigned i = 0; i < out.n_tables; i++)
        if (!strcmp(out.tables[i].signature, sig))
            return &out.tables[i];
    return NULL;
}

static const uint8_t *table(const char *sig)
{
    const struct acpi_table_info *t = find(sig);
    return t ? image + t->offset : NULL;
}

/* Every table: listed where it is, sums to zero, sits 8-aligned in guest
 * memory; XSDT and RSDT point at exactly the tables besides themselves,
 * the DSDT, FACS and RSDP; no stale byte anywhere in the image. */
static void check_set(void)
{
    unsigned pointed = 0;
    const uint8_t *x = table("XSDT"), *r = table("RSDT");
    CU_ASSERT_FATAL(x && r);
    unsigned n = (le32(x + 4) - 36) / 8;
    CU_ASSERT_EQUAL(le32(r + 4), 36 + 4 * n);
    for (unsigned i = 0; i < out.n_tables; i++) {
        const struct acpi_table_info *t = &out.tables[i];
        const uint8_t *p = image + t->offset;
        CU_ASSERT_EQUAL(t->address, default_layout.base + t->offset);
        CU_ASSERT_EQUAL(t->address % (strcmp(t->signature, "FACS") ? 8 : 64), 0);
        if (!strcmp(t->signature, "RSDP") || !strcmp(t->signature, "FACS"))
            continue;
        CU_ASSERT_EQUAL(memcmp(p, t->signature, 4), 0);
        CU_ASSERT_EQUAL(le32(p + 4), t->length);
        CU_ASSERT_EQUAL(acpi_sum8(p, t->length), 0);
        if (strcmp(t->signature, "NFIT"))          /* a copied table keeps its creator */
            CU_ASSERT_EQUAL(memcmp(p + 28, "XACG", 4), 0);
        if (!strcmp(t->signature, "XSDT") || !strcmp(t->signature, "RSDT") ||
            !strcmp(t->signature, "DSDT"))
            continue;
        for (unsigned k = 0; k < n; k++)
            if (le64(x + 36 + 8 * k) == t->address && le32(r + 36 + 4 * k) == t->address)
                pointed++;
    }
    CU_ASSERT_EQUAL(pointed, n);
    for (size_t i = 0; i < out.image_len; i++)
        if (image[i] == 0xEE) {
            int inside = 0;
            for (unsigned k = 0; k < out.n_tables; k++)
                inside |= i >= out.tables[k].offset &&
                          i < out.tables[k].offset + out.tables[k].length;
            if (!inside) {
                CU_FAIL("stale byte between tables");
                break;
            }
        }
}

static void test_domu_defaults(void)
{
    struct acpi_guest_config c;
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    CU_ASSERT_PTR_NULL(find("FACS"));
    CU_ASSERT_PTR_NULL(find("SSDT"));

    const uint8_t *f = table("FACP"), *d = table("DSDT");
    CU_ASSERT_FATAL(f && d);
    CU_ASSERT_EQUAL(le32(f + 4), 276);
    CU_ASSERT_EQUAL(f[8], 6);
    CU_ASSERT_EQUAL(f[offsetof(struct acpi_fadt, fadt_minor_version)], 5);
    CU_ASSERT_EQUAL(le32(f + offsetof(struct acpi_fadt, flags)), ACPI_FADT_HW_REDUCED_ACPI);
    CU_ASSERT_EQUAL(le16(f + offsetof(struct acpi_fadt, iapc_boot_arch)),
                    ACPI_IAPC_VGA_NOT_PRESENT | ACPI_IAPC_CMOS_RTC_NOT_PRESENT);
    CU_ASSERT_EQUAL(le64(f + offsetof(struct acpi_fadt, x_dsdt)), find("DSDT")->address);
    CU_ASSERT_EQUAL(le32(f + offsetof(struct acpi_fadt, dsdt)), find("DSDT")->address);
    CU_ASSERT_EQUAL(le32(f + offsetof(struct acpi_fadt, firmware_ctrl)), 0);
    CU_ASSERT_EQUAL(le64(f + offsetof(struct acpi_fadt, x_firmware_ctrl)), 0);
    CU_ASSERT_EQUAL(le16(f + offsetof(struct acpi_fadt, sci_int)), 0);
    CU_ASSERT_EQUAL(le32(f + offsetof(struct acpi_fadt, pm1a_evt_blk)), 0);
    CU_ASSERT_EQUAL(memcmp(f + offsetof(struct acpi_fadt, hypervisor_vendor_identity),
                           "XenVMM\0\0", 8), 0);
    CU_ASSERT_EQUAL(memcmp(f + 10, "Xen\0\0\0PVH\0\0\0\0\0", 14), 0);

    /* RSDP: both checksums, pointers, 16-byte alignment, last in the image. */
    const struct acpi_table_info *ri = find("RSDP");
    const uint8_t *r = image + ri->offset;
    CU_ASSERT_EQUAL(out.rsdp_address, ri->address);
    CU_ASSERT_EQUAL(ri->address % 16, 0);
    CU_ASSERT_EQUAL(memcmp(r, "RSD PTR ", 8), 0);
    CU_ASSERT_EQUAL(acpi_sum8(r, 20), 0);
    CU_ASSERT_EQUAL(acpi_sum8(r, 36), 0);
    CU_ASSERT_EQUAL(r[15], 2);
    CU_ASSERT_EQUAL(le32(r + 16), find("RSDT")->address);
    CU_ASSERT_EQUAL(le64(r + 24), find("XSDT")->address);
    CU_ASSERT_EQUAL(out.n_regions, 1);
    CU_ASSERT_EQUAL(out.regions[0].type, ACPI_E820_ACPI);
    CU_ASSERT_EQUAL(out.regions[0].length % 4096, 0);
}

/* MADT entry of vCPU i: returns its type, APIC ID, UID and flags. */
static int madt_entry(unsigned i, uint32_t *id, uint32_t *uid, uint32_t *flags)
{
    const uint8_t *m = table("APIC");
    const uint8_t *p = m + 44, *end = m + le32(m + 4);
    for (; p < end; p += p[1]) {
        if (p[0] != ACPI_MADT_LOCAL_APIC && p[0] != ACPI_MADT_LOCAL_X2APIC)
            continue;
        if (!i--) {
            int x2 = p[0] == ACPI_MADT_LOCAL_X2APIC;
            *id = x2 ? le32(p + 4) : p[3];
            *uid = x2 ? le32(p + 12) : p[2];
            *flags = le32(p + (x2 ? 8 : 4));
            return p[0];
        }
    }
    return -1;
}

static void test_madt_vcpus_boundaries(void)
{
    struct acpi_guest_config c;
    uint32_t id, uid, flags;

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.vcpus = 2;
    c.maxvcpus = 4;
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    const uint8_t *m = table("APIC");
    CU_ASSERT_EQUAL(m[8], 5);
    CU_ASSERT_EQUAL(le32(m + 4), 44 + 4 * 8);
    CU_ASSERT_EQUAL(le32(m + 36), 0xFEE00000u);
    CU_ASSERT_EQUAL(le32(m + 40), 0);               /* no PCAT_COMPAT for a domU */
    for (unsigned i = 0; i < 4; i++) {
        CU_ASSERT_EQUAL(madt_entry(i, &id, &uid, &flags), ACPI_MADT_LOCAL_APIC);
        CU_ASSERT_EQUAL(id, 2 * i);
        CU_ASSERT_EQUAL(uid, i);
        CU_ASSERT_EQUAL(flags, i < 2 ? ACPI_MADT_ENABLED : ACPI_MADT_ONLINE_CAPABLE);
    }
    CU_ASSERT_EQUAL(madt_entry(4, &id, &uid, &flags), -1);

    c.vcpus = c.maxvcpus = 4;                       /* all enabled */
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    CU_ASSERT_EQUAL(madt_entry(3, &id, &uid, &flags), ACPI_MADT_LOCAL_APIC);
    CU_ASSERT_EQUAL(flags, ACPI_MADT_ENABLED);
}

static void test_madt_x2apic_switch(void)
{
    struct acpi_guest_config c;
    uint32_t id, uid, flags;

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.vcpus = 200;
    c.maxvcpus = 300;
    c.lapic_nmi = 1;
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    /* APIC ID 254 (vCPU 127) is the last that fits a local APIC entry. */
    CU_ASSERT_EQUAL(madt_entry(127, &id, &uid, &flags), ACPI_MADT_LOCAL_APIC);
    CU_ASSERT_EQUAL(id, 254);
    CU_ASSERT_EQUAL(madt_entry(128, &id, &uid, &flags), ACPI_MADT_LOCAL_X2APIC);
    CU_ASSERT_EQUAL(id, 256);
    CU_ASSERT_EQUAL(uid, 128);
    CU_ASSERT_EQUAL(flags, ACPI_MADT_ENABLED);
    CU_ASSERT_EQUAL(madt_entry(299, &id, &uid, &flags), ACPI_MADT_LOCAL_X2APIC);
    CU_ASSERT_EQUAL(id, 598);
    CU_ASSERT_EQUAL(uid, 299);
    CU_ASSERT_EQUAL(flags, ACPI_MADT_ONLINE_CAPABLE);
    const uint8_t *m = table("APIC");
    CU_ASSERT_EQUAL(le32(m + 4), 44 + 128 * 8 + 172 * 16 + 6 + 12);
    /* both NMI forms, for all processors */
    const uint8_t *end = m + le32(m + 4);
    CU_ASSERT_EQUAL(end[-18], ACPI_MADT_LOCAL_APIC_NMI);
    CU_ASSERT_EQUAL(end[-16], 0xFF);
    CU_ASSERT_EQUAL(end[-12], ACPI_MADT_LOCAL_X2APIC_NMI);
    CU_ASSERT_EQUAL(le32(end - 8), 0xFFFFFFFFu);

    /* An explicit APIC ID of 255 (xAPIC broadcast) also needs x2APIC. */
    static const uint32_t ids[3] = { 0, 255, 7 };
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.vcpus = c.maxvcpus = 3;
    c.apic_ids = ids;
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    CU_ASSERT_EQUAL(madt_entry(1, &id, &uid, &flags), ACPI_MADT_LOCAL_X2APIC);
    CU_ASSERT_EQUAL(id, 255);
    CU_ASSERT_EQUAL(madt_entry(2, &id, &uid, &flags), ACPI_MADT_LOCAL_APIC);
    CU_ASSERT_EQUAL(id, 7);
}

static void test_madt_ioapic_lapic(void)
{
    struct acpi_guest_config c;

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.ioapic = 1;
    c.ioapic_id = 3;
    c.n_overrides = 2;
    c.overrides[0] = (struct acpi_irq_override){ 0, 2, 0 };
    c.overrides[1] = (struct acpi_irq_override){ 9, 9, 0xF };
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    const uint8_t *m = table("APIC"), *p = m + 44 + 8;
    CU_ASSERT_EQUAL(le32(m + 4), 44 + 8 + 12 + 2 * 10);
    CU_ASSERT_EQUAL(p[0], ACPI_MADT_IO_APIC);
    CU_ASSERT_EQUAL(p[1], 12);
    CU_ASSERT_EQUAL(p[2], 3);
    CU_ASSERT_EQUAL(le32(p + 4), 0xFEC00000u);
    CU_ASSERT_EQUAL(le32(p + 8), 0);
    CU_ASSERT_EQUAL(p[12], ACPI_MADT_INT_SRC_OVERRIDE);
    CU_ASSERT_EQUAL(p[12 + 3], 0);
    CU_ASSERT_EQUAL(le32(p + 12 + 4), 2);
    CU_ASSERT_EQUAL(p[22 + 3], 9);
    CU_ASSERT_EQUAL(le16(p + 22 + 8), 0xF);

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.lapic = 0;                                    /* no MADT at all */
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    CU_ASSERT_PTR_NULL(find("APIC"));
    CU_ASSERT_EQUAL(le32(table("XSDT") + 4), 36 + 8);
}

static void test_full_fadt_facs(void)
{
    struct acpi_guest_config c;

    acpi_guest_config_init(&c, ACPI_GUEST_HWDOM);
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    const struct acpi_table_info *facs = find("FACS");
    const uint8_t *f = table("FACP");
    CU_ASSERT_FATAL(facs && f);
    CU_ASSERT_EQUAL(facs->address % 64, 0);
    CU_ASSERT_EQUAL(memcmp(image + facs->offset, "FACS", 4), 0);
    CU_ASSERT_EQUAL(le32(image + facs->offset + 4), 64);
    CU_ASSERT_EQUAL(le32(f + offsetof(struct acpi_fadt, firmware_ctrl)), facs->address);
    CU_ASSERT_EQUAL(le64(f + offsetof(struct acpi_fadt, x_firmware_ctrl)), 0);
    uint32_t flags = le32(f + offsetof(struct acpi_fadt, flags));
    CU_ASSERT_EQUAL(flags & ACPI_FADT_HW_REDUCED_ACPI, 0);
    CU_ASSERT_EQUAL(le16(f + offsetof(struct acpi_fadt, sci_int)), 9);
    CU_ASSERT_EQUAL(le32(f + offsetof(struct acpi_fadt, pm1a_evt_blk)), 0xB000);
    CU_ASSERT_EQUAL(f[offsetof(struct acpi_fadt, pm1_evt_len)], 4);
    CU_ASSERT_EQUAL(f[offsetof(struct acpi_fadt, pm1_cnt_len)], 2);
    /* the X_ form agrees with the legacy one: SystemIO, length in bits */
    const uint8_t *g = f + offsetof(struct acpi_fadt, x_pm1a_cnt_blk);
    CU_ASSERT_EQUAL(g[0], 1);
    CU_ASSERT_EQUAL(g[1], 16);
    CU_ASSERT_EQUAL(le64(g + 4), 0xB004);
    CU_ASSERT_EQUAL(le32(table("APIC") + 40), ACPI_MADT_PCAT_COMPAT);
}

/* The DSDT the stamping must reproduce, written call by call. */
static size_t reference_dsdt(uint8_t *buf, size_t cap, uint32_t vcpus, uint32_t maxvcpus)
{
    struct aml_writer w;
    size_t len = 0;
    char name[8];

    aml_writer_init(&w, buf, cap);
    aml_definition_block(&w, "DSDT", 2, "Xen", "PVH", 0);
    aml_scope(&w, "\\_SB");
    for (uint32_t i = 0; i < maxvcpus; i++) {
        snprintf(name, sizeof(name), "C%03X", i & 0xFFF);
        aml_device(&w, name);
        aml_name_decl(&w, "_HID");
        aml_string(&w, "ACPI0007");
        aml_name_decl(&w, "_UID");
        aml_int(&w, i);
        aml_method(&w, "_STA", 0, AML_NOT_SERIALIZED, 0);
        aml_return(&w);
        aml_int(&w, i < vcpus ? 0x0F : 0);
        aml_end(&w);
        aml_end(&w);
    }
    aml_end(&w);
    aml_end(&w);
    CU_ASSERT_EQUAL(aml_writer_finish(&w, &len), AML_OK);
    return len;
}

static void test_dsdt_stamping(void)
{
    static const uint32_t sizes[][2] = {
        { 1, 1 }, { 1, 2 }, { 2, 3 }, { 255, 255 }, { 100, 256 }, { 256, 257 },
        { 300, 300 }, { 4096, 4096 }, { 1, 4096 },
    };
    static uint8_t want[REGION];
    struct acpi_guest_config c;

    for (unsigned k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
        c.vcpus = sizes[k][0];
        c.maxvcpus = sizes[k][1];
        CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
        size_t n = reference_dsdt(want, sizeof(want), c.vcpus, c.maxvcpus);
        const struct acpi_table_info *d = find("DSDT");
        char what[64];
        snprintf(what, sizeof(what), "DSDT %u of %u vCPUs", c.vcpus, c.maxvcpus);
        /* the creator fields differ from nothing: both come from the writer */
        assert_bytes_eq(what, image + d->offset, d->length, want, n);
    }
}

/* The Scope (\_SB) PkgLength is written before the devices, from their
 * sizes: each side of where it needs 2 and 3 bytes (a Scope body of 62 and
 * 4093 bytes), with devices of both states. */
static void test_dsdt_scope_pkglength(void)
{
    static const uint32_t cases[][3] = {      /* vcpus, maxvcpus, PkgLength bytes */
        { 1, 1, 1 }, { 1, 2, 2 }, { 2, 2, 2 }, { 104, 104, 2 }, { 105, 105, 3 },
        { 24, 107, 2 }, { 25, 107, 3 }, { 1, 107, 2 }, { 1, 108, 3 },
    };
    static uint8_t want[REGION];
    struct acpi_guest_config c;

    for (unsigned k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
        c.vcpus = cases[k][0];
        c.maxvcpus = cases[k][1];
        CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
        check_set();
        size_t n = reference_dsdt(want, sizeof(want), c.vcpus, c.maxvcpus);
        const struct acpi_table_info *d = find("DSDT");
        const uint8_t *scope = image + d->offset + 36;
        char what[64];
        snprintf(what, sizeof(what), "DSDT %u of %u vCPUs", c.vcpus, c.maxvcpus);
        assert_bytes_eq(what, image + d->offset, d->length, want, n);
        CU_ASSERT_EQUAL(scope[0], 0x10);
        CU_ASSERT_EQUAL((scope[1] >> 6) + 1u, cases[k][2]);
    }
}

/* The VMGENID SSDT without an interrupt path, written call by call. */
static size_t reference_vmgenid_ssdt(uint8_t *buf, size_t cap, const struct acpi_guest_config *c,
                                     uint32_t vgia)
{
    struct aml_writer w;
    size_t len = 0;

    aml_writer_init(&w, buf, cap);
    aml_definition_block(&w, "SSDT", 2, c->oem_id, "VMGENID", c->oem_revision);
    aml_name_decl(&w, "VGIA");
    aml_dword_slot(&w, vgia);
    aml_scope(&w, "\\_SB");
    aml_device(&w, "VGEN");
    aml_name_decl(&w, "_HID");
    aml_eisaid(&w, "XEN0000");
    aml_name_decl(&w, "_CID");
    aml_string(&w, "VM_Gen_Counter");
    aml_name_decl(&w, "_DDN");
    aml_string(&w, "VM_Gen_Counter");
    aml_method(&w, "_STA", 0, AML_NOT_SERIALIZED, 0);
    aml_store(&w); aml_int(&w, 0x0F); aml_local(&w, 0);
    aml_if(&w);
    aml_lequal(&w); aml_name(&w, "\\VGIA"); aml_int(&w, 0);
    aml_store(&w); aml_int(&w, 0); aml_local(&w, 0);
    aml_end(&w);
    aml_return(&w); aml_local(&w, 0);
    aml_end(&w);
    aml_method(&w, "ADDR", 0, AML_NOT_SERIALIZED, 0);
    aml_store(&w); aml_package_sized(&w, 2); aml_end(&w); aml_local(&w, 0);
    aml_add(&w); aml_name(&w, "\\VGIA"); aml_int(&w, ACPI_VMGENID_GUID_OFFSET);
    aml_index(&w); aml_local(&w, 0); aml_int(&w, 0); aml_null_target(&w);
    aml_store(&w); aml_int(&w, 0); aml_index(&w); aml_local(&w, 0); aml_int(&w, 1);
    aml_null_target(&w);
    aml_return(&w); aml_local(&w, 0);
    aml_end(&w);
    aml_end(&w);
    aml_end(&w);
    aml_end(&w);
    CU_ASSERT_EQUAL(aml_writer_finish(&w, &len), AML_OK);
    return len;
}

/* The stamped SSDT equals the one written call by call, whatever its OEM
 * fields and GUID page address. */
static void test_vmgenid_stamping(void)
{
    static const struct { const char *oem_id; uint32_t rev; uint64_t base; } cases[] = {
        { "Xen", 0, 0x7000000 }, { "ABCDEF", 0x12345678, 0xFEDC0000 }, { "", 0xFFFFFFFF, 0x1000 },
    };
    static uint8_t want[4096];
    struct acpi_guest_config c;

    for (unsigned k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        struct acpi_layout lp = { .base = cases[k].base, .size = REGION };
        acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
        c.vmgenid = 1;
        strcpy(c.oem_id, cases[k].oem_id);
        c.oem_revision = cases[k].rev;
        memset(image, 0xEE, sizeof(image));
        CU_ASSERT_EQUAL_FATAL(acpi_guest_build(&c, &lp, image, sizeof(image), page, &out), 0);
        size_t n = reference_vmgenid_ssdt(want, sizeof(want), &c, (uint32_t)out.guid_page_address);
        const struct acpi_table_info *s = find("SSDT");
        CU_ASSERT_FATAL(s != NULL);
        assert_bytes_eq("VMGENID SSDT", image + s->offset, s->length, want, n);
    }
}

static void test_vmgenid(void)
{
    static const uint8_t guid[16] = { 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                                      0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF };
    static const uint8_t want[16] = { 0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66,
                                      0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF };
    struct acpi_guest_config c;

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.vmgenid = 1;
    memcpy(c.vmgenid_guid, guid, 16);
    memset(page, 0xEE, sizeof(page));
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    uint64_t gp = default_layout.base + REGION - 4096;
    CU_ASSERT_EQUAL(out.guid_page_address, gp);
    CU_ASSERT_EQUAL(memcmp(page + 40, want, 16), 0);
    for (unsigned i = 0; i < sizeof(page); i++)
        if ((i < 40 || i >= 56) && page[i]) {
            CU_FAIL("GUID page is not zero outside the GUID");
            break;
        }
    const struct acpi_table_info *s = find("SSDT");
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT_STRING_EQUAL(s->oem_table_id, "VMGENID");
    /* Name (VGIA, DWordConst) first, as the VMGENID spec requires */
    const uint8_t *p = image + s->offset + 36;
    CU_ASSERT_EQUAL(memcmp(p, "\x08VGIA\x0C", 6), 0);
    CU_ASSERT_EQUAL(le32(p + 6), gp);
    CU_ASSERT_EQUAL(out.n_regions, 2);
    CU_ASSERT_EQUAL(out.regions[1].address, gp);
    CU_ASSERT_EQUAL(out.regions[1].length, 4096);
    CU_ASSERT_EQUAL(out.regions[1].type, ACPI_E820_RESERVED);
    CU_ASSERT(out.regions[0].address + out.regions[0].length <= gp);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.vmgenid_notify, "none"));

    c.ioapic = 1;
    c.vmgenid_gsi = 9;
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    CU_ASSERT_STRING_EQUAL(out.vmgenid_notify, "GED (ACPI0013) on GSI 9");
    CU_ASSERT_PTR_NOT_NULL(memmem(table("SSDT"), find("SSDT")->length, "ACPI0013", 8));

    acpi_guest_config_init(&c, ACPI_GUEST_HWDOM);
    c.vmgenid = 1;
    c.vmgenid_gpe = 0x1A;
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    CU_ASSERT_STRING_EQUAL(out.vmgenid_notify, "\\_GPE._E1A");
    CU_ASSERT_PTR_NOT_NULL(memmem(table("SSDT"), find("SSDT")->length, "_E1A", 4));
}

static void test_stao(void)
{
    struct acpi_guest_config c;

    acpi_guest_config_init(&c, ACPI_GUEST_HWDOM);
    c.stao = 1;
    c.stao_uart = 1;
    c.stao_paths[0] = "\\_SB.PCI0.UAR1";
    c.stao_paths[1] = "\\_SB.BUS0.DEV3";
    c.n_stao_paths = 2;
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    const uint8_t *s = table("STAO");
    static const char paths[] = "\\_SB_.PCI0.UAR1\0\\_SB_.BUS0.DEV3";
    CU_ASSERT_EQUAL(s[8], 1);
    CU_ASSERT_EQUAL(s[36], 1);
    CU_ASSERT_EQUAL(le32(s + 4), 37 + sizeof(paths));
    CU_ASSERT_EQUAL(memcmp(s + 37, paths, sizeof(paths)), 0);
}

static void test_layout(void)
{
    struct acpi_guest_config c;
    struct acpi_layout lp = { .base = 0x7000004, .size = REGION - 4096, .rsdp_low = 1 };

    acpi_guest_config_init(&c, ACPI_GUEST_HWDOM);
    CU_ASSERT_EQUAL_FATAL(build(&c, &lp), 0);
    for (unsigned i = 0; i < out.n_tables; i++) {
        const struct acpi_table_info *t = &out.tables[i];
        if (!strcmp(t->signature, "RSDP"))
            continue;
        /* aligned in guest memory although the base is not */
        CU_ASSERT_EQUAL(t->address % (strcmp(t->signature, "FACS") ? 8 : 64), 0);
        CU_ASSERT_EQUAL(t->address, lp.base + t->offset);
    }
    CU_ASSERT(out.has_rsdp_low);
    CU_ASSERT_EQUAL(out.rsdp_address, ACPI_RSDP_LOW_ADDRESS);
    CU_ASSERT_EQUAL(memcmp(out.rsdp_low, "RSD PTR ", 8), 0);
    CU_ASSERT_EQUAL(acpi_sum8(out.rsdp_low, 20), 0);
    CU_ASSERT_EQUAL(acpi_sum8(out.rsdp_low, 36), 0);
    CU_ASSERT_EQUAL(out.regions[out.n_regions - 1].address, ACPI_RSDP_LOW_ADDRESS);
}

static void test_extra_tables(void)
{
    struct acpi_guest_config c;
    uint8_t nfit[40] = "NFIT";
    nfit[4] = sizeof(nfit);
    nfit[9] = 0x77;                                 /* wrong checksum: fixed on copy */

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.extra[0] = nfit;
    c.n_extra = 1;
    CU_ASSERT_EQUAL_FATAL(build(&c, NULL), 0);
    check_set();
    CU_ASSERT_PTR_NOT_NULL(find("NFIT"));
}

/* ---- errors --------------------------------------------------------------- */

static void expect_error(const struct acpi_guest_config *c, const struct acpi_layout *lp,
                         size_t cap, const char *needle)
{
    memset(image, 0xEE, sizeof(image));
    int rc = acpi_guest_build(c, lp ? lp : &default_layout, image, cap, page, &out);
    CU_ASSERT_EQUAL(rc, -1);
    if (!strstr(out.error, needle))
        fprintf(stderr, "\n  error \"%s\" does not contain \"%s\"\n", out.error, needle);
    CU_ASSERT_PTR_NOT_NULL(strstr(out.error, needle));
    CU_ASSERT_EQUAL(out.n_regions, 0);
    CU_ASSERT_PTR_NULL(out.image);
    /* nothing half-built: the image is untouched or zeroed, never tables */
    for (size_t i = 0; i < cap; i++)
        if (image[i] != 0xEE && image[i] != 0) {
            CU_FAIL("image holds table bytes after an error");
            break;
        }
}

static void test_errors(void)
{
    struct acpi_guest_config c;
    struct acpi_layout lp;
    static const uint32_t dup[2] = { 4, 4 };

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.vcpus = 0;
    expect_error(&c, NULL, REGION, "vcpus is 0");
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.vcpus = 3;
    c.maxvcpus = 2;
    expect_error(&c, NULL, REGION, "vcpus (3) is larger than maxvcpus (2)");
    c.vcpus = 1;
    c.maxvcpus = 4097;
    expect_error(&c, NULL, REGION, "maxvcpus 4097 is over the limit of 4096");
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.lapic = 0;
    c.ioapic = 1;
    expect_error(&c, NULL, REGION, "ioapic=1 needs lapic=1");
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.vmgenid = 1;
    c.vmgenid_gsi = 9;
    expect_error(&c, NULL, REGION, "vmgenid GSI 9 needs ioapic=1");
    c.ioapic = 1;
    c.n_overrides = 1;
    c.overrides[0] = (struct acpi_irq_override){ 9, 9, 0xF };
    expect_error(&c, NULL, REGION, "vmgenid GSI 9 is also the target of the override of ISA IRQ 9");
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.maxvcpus = c.vcpus = 2;
    c.apic_ids = dup;
    expect_error(&c, NULL, REGION, "vCPUs 0 and 1 share APIC ID 4");
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    memcpy(c.oem_id, "ABCDEFG", 7);                 /* not terminated within 6 */
    expect_error(&c, NULL, REGION, "OEM ID is longer than 6 characters");
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.stao = 1;
    c.stao_paths[0] = "_SB.PCI0";
    c.n_stao_paths = 1;
    expect_error(&c, NULL, REGION, "must be an absolute path");
    c.stao_paths[0] = "\\_SB.PCI00";
    expect_error(&c, NULL, REGION, "segment longer than 4 characters");

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    lp = (struct acpi_layout){ .base = 0x7000000, .size = 400 };  /* a 1-vCPU set needs ~560 */
    expect_error(&c, &lp, REGION, "region too small");
    c.maxvcpus = c.vcpus = 4096;                    /* the DSDT alone overflows */
    lp.size = 64 * 1024;
    expect_error(&c, &lp, REGION, "region too small for the DSDT of 4096 vCPUs");
    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    lp = (struct acpi_layout){ .base = 0xFFFFFF00ull, .size = 0x10000 };  /* FADT lands above */
    expect_error(&c, &lp, REGION, "RSDT pointer above 4 GiB");
    lp = (struct acpi_layout){ .base = 0xF0000, .size = 0x20000, .rsdp_low = 1 };
    expect_error(&c, &lp, REGION, "overlaps the low RSDP");
    lp = (struct acpi_layout){ .base = ~0ull - 10, .size = 100 };
    expect_error(&c, &lp, REGION, "wraps around");
    lp = (struct acpi_layout){ .base = 0x7000000, .size = 0 };
    expect_error(&c, &lp, REGION, "region size is 0");
    expect_error(&c, NULL, REGION - 1, "image buffer of 1048575 bytes is smaller");
    c.vmgenid = 1;
    lp = (struct acpi_layout){ .base = 0x1FFFFF000ull, .size = 0x100000 };
    expect_error(&c, &lp, REGION, "above 4 GiB (VGIA is 32-bit)");
}

void register_tests(void)
{
    CU_pSuite s = add_suite("guest tables");
    add_test(s, "domU defaults: FADT HW-reduced, RSDP, XSDT, RSDT", test_domu_defaults);
    add_test(s, "MADT: vcpus/maxvcpus boundaries", test_madt_vcpus_boundaries);
    add_test(s, "MADT: x2APIC switch-over and NMI", test_madt_x2apic_switch);
    add_test(s, "MADT: IO APIC, overrides, lapic off", test_madt_ioapic_lapic);
    add_test(s, "full ACPI: FADT blocks and FACS", test_full_fadt_facs);
    add_test(s, "DSDT stamping equals the writer", test_dsdt_stamping);
    add_test(s, "DSDT: Scope PkgLength at its width boundaries", test_dsdt_scope_pkglength);
    add_test(s, "VMGENID SSDT and GUID page", test_vmgenid);
    add_test(s, "VMGENID SSDT stamping equals the writer", test_vmgenid_stamping);
    add_test(s, "STAO", test_stao);
    add_test(s, "layout: unaligned base, low RSDP", test_layout);
    add_test(s, "extra tables", test_extra_tables);
    add_test(s, "errors leave no tables behind", test_errors);
}
