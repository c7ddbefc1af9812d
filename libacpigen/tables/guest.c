/*
 * guest.c - acpi_guest_build(): check a guest's configuration and layout,
 * then build its table set in dependency order (see build.h) and describe
 * the result.  Any error leaves the image zeroed.
 */
#include "acpigen/guest.h"

#include "tables/build.h"
#include "base/mem.h"
#include "base/msg.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

#define PAGE 4096u

void acpi_guest_config_init(struct acpi_guest_config *cfg, enum acpi_guest_kind kind)
{
    acpigen_memset(cfg, 0, sizeof(*cfg));
    cfg->kind = kind;
    cfg->hw_reduced = kind == ACPI_GUEST_DOMU;
    /* Xen's PM1/GPE0/timer ports (HVM_ACPI_IOPORTS_LOCATION 1), SCI 9. */
    cfg->pm = (struct acpi_pm_blocks){
        .sci_int = 9, .pm1a_evt = 0xB000, .pm1a_cnt = 0xB004, .pm_tmr = 0xB008,
        .gpe0 = 0xAFE0, .gpe0_len = 4,
    };
    cfg->vcpus = cfg->maxvcpus = 1;
    cfg->lapic = 1;
    cfg->ioapic_address = 0xFEC00000u;
    cfg->lapic_nmi_lint = 1;
    cfg->vmgenid_gpe = -1;
    cfg->vmgenid_gsi = -1;
    acpigen_memmove(cfg->oem_id, "Xen", 4);
    acpigen_memmove(cfg->oem_table_id, "PVH", 4);
}

static int check_id(struct build *b, const char *id, size_t max, const char *what)
{
    size_t n = 0;

    for (; n <= max && id[n]; n++) {
        if ((unsigned char)id[n] < 0x20 || (unsigned char)id[n] > 0x7E) {
            build_fail(b, "config: %s %q holds a non-printable byte", what, id);
            return 0;
        }
    }
    if (n > max) {
        build_fail(b, "config: %s is longer than %u characters", what, (unsigned)max);
        return 0;
    }
    return 1;
}

static int check_config(struct build *b, const struct acpi_guest_config *c)
{
    if (c->vcpus == 0)
        build_fail(b, "config: vcpus is 0: a guest needs at least one vCPU");
    else if (c->vcpus > c->maxvcpus)
        build_fail(b, "config: vcpus (%u) is larger than maxvcpus (%u)", c->vcpus, c->maxvcpus);
    else if (c->maxvcpus > ACPI_GUEST_MAX_VCPUS)
        build_fail(b, "config: maxvcpus %u is over the limit of %u", c->maxvcpus,
                   (unsigned)ACPI_GUEST_MAX_VCPUS);
    else if (c->ioapic && !c->lapic)
        build_fail(b, "config: ioapic=1 needs lapic=1 (an IO APIC is described in the MADT)");
    else if (c->n_overrides > ACPI_GUEST_MAX_OVERRIDES || c->n_extra > ACPI_GUEST_MAX_EXTRA ||
             c->n_stao_paths > ACPI_GUEST_MAX_STAO)
        build_fail(b, "config: too many overrides, extra tables or STAO paths");
    else if (c->n_overrides && !c->ioapic)
        build_fail(b, "config: interrupt source overrides need ioapic=1");
    else if (c->lapic_nmi_lint > 1)
        build_fail(b, "config: LAPIC NMI LINT%u does not exist (0 or 1)", c->lapic_nmi_lint);
    else if (c->vmgenid && c->hw_reduced && c->vmgenid_gsi >= 0 && !c->ioapic)
        build_fail(b, "config: vmgenid GSI %U needs ioapic=1", (uint64_t)c->vmgenid_gsi);
    else if (c->vmgenid && c->vmgenid_gsi > 0xFFFFFFFF)
        build_fail(b, "config: vmgenid GSI %U out of range", (uint64_t)c->vmgenid_gsi);
    else if (c->vmgenid && c->vmgenid_gpe > 0xFF)
        build_fail(b, "config: vmgenid GPE %u out of range 0..255", (unsigned)c->vmgenid_gpe);
    else if (check_id(b, c->oem_id, 6, "OEM ID"))
        check_id(b, c->oem_table_id, 8, "OEM table ID");
    /* The GED's Interrupt descriptor is edge/active-high: an override that
     * makes the same GSI level or active-low would contradict it. */
    for (unsigned k = 0; !b->failed && c->vmgenid && c->hw_reduced && c->vmgenid_gsi >= 0 &&
                         k < c->n_overrides; k++)
        if (c->overrides[k].gsi == (uint64_t)c->vmgenid_gsi)
            build_fail(b, "config: vmgenid GSI %U is also the target of the override of "
                       "ISA IRQ %u", (uint64_t)c->vmgenid_gsi, c->overrides[k].source);
    if (!b->failed && c->apic_ids) {
        for (uint32_t i = 0; i < c->maxvcpus; i++)
            for (uint32_t j = 0; j < i; j++)
                if (c->apic_ids[i] == c->apic_ids[j]) {
                    build_fail(b, "config: vCPUs %u and %u share APIC ID %u", j, i, c->apic_ids[i]);
                    return 0;
                }
    }
    return !b->failed;
}

/* The region: tables from its start; the GUID page, when there is one, in
 * its last page so it is inside what the caller reserved but outside the
 * ACPI range. */
static int check_layout(struct build *b, const struct acpi_layout *lp, size_t image_cap)
{
    uint64_t end = lp->base + lp->size;

    if (!lp->size) {
        build_fail(b, "layout: region size is 0");
        return 0;
    }
    if (end < lp->base) {
        build_fail(b, "layout: region %X + %X wraps around", lp->base, lp->size);
        return 0;
    }
    if (image_cap < lp->size) {
        build_fail(b, "layout: image buffer of %Z bytes is smaller than the region (%U)",
                   image_cap, lp->size);
        return 0;
    }
    b->limit = (size_t)lp->size;
    if (b->cfg->vmgenid) {
        uint64_t page = (end & ~(uint64_t)(PAGE - 1)) - PAGE;
        if (end < 2 * PAGE || page < lp->base) {
            build_fail(b, "layout: region too small: no room for the VMGENID page");
            return 0;
        }
        if (page + PAGE > 0x100000000ull) {
            build_fail(b, "layout: VMGENID page at %X is above 4 GiB (VGIA is 32-bit)", page);
            return 0;
        }
        b->guid_page = page;
        b->limit = (size_t)(page - lp->base);
    }
    if (lp->rsdp_low && lp->base < ACPI_RSDP_LOW_ADDRESS + 36 && end > ACPI_RSDP_LOW_ADDRESS) {
        build_fail(b, "layout: region %X-%X overlaps the low RSDP at %X", lp->base, end,
                   (uint64_t)ACPI_RSDP_LOW_ADDRESS);
        return 0;
    }
    return 1;
}

static void add_region(struct acpi_guest_tables *o, uint64_t addr, uint64_t len,
                       enum acpi_e820_type type, const char *what)
{
    struct acpi_region_info *r = &o->regions[o->n_regions++];
    r->address = addr;
    r->length = len;
    r->type = type;
    r->what = what;
}

int acpi_guest_build(const struct acpi_guest_config *cfg, const struct acpi_layout *lp,
                     uint8_t *image, size_t image_cap, uint8_t guid_page[ACPI_GUID_PAGE_SIZE],
                     struct acpi_guest_tables *out)
{
    struct build b = { .cfg = cfg, .out = out, .img = image };
    size_t list[ACPI_GUEST_MAX_TABLES], facs = SIZE_MAX, xsdt, rsdt;
    unsigned n = 0;

    if (!out)
        return -1;
    acpigen_memset(out, 0, sizeof(*out));
    if (!cfg || !lp || !image || (cfg->vmgenid && !guid_page)) {
        build_fail(&b, "acpi_guest_build: NULL argument");
        return -1;
    }
    b.base = lp->base;
    if (!check_config(&b, cfg) || !check_layout(&b, lp, image_cap))
        return -1;
    build_prepare_header(&b);

    out->image = image;

    if (!cfg->hw_reduced)
        facs = build_facs(&b);
    size_t dsdt = build_dsdt(&b);
    size_t fadt = build_fadt(&b, dsdt, facs);
    list[n++] = fadt;
    if (cfg->vmgenid)
        list[n++] = build_vmgenid_ssdt(&b);
    if (cfg->lapic)
        list[n++] = build_madt(&b);
    if (cfg->stao)
        list[n++] = build_stao(&b);
    for (unsigned i = 0; i < cfg->n_extra; i++)
        list[n++] = build_copy(&b, cfg->extra[i], i);
    xsdt = build_xsdt(&b, list, n);
    rsdt = build_rsdt(&b, list, n);
    build_rsdp(&b, lp->rsdp_low ? SIZE_MAX : build_place(&b, 36, 16, "RSDP"), xsdt, rsdt);
    if (b.failed) {
        /* The AML writer may have run up to the limit before failing. */
        acpigen_memset(image, 0, b.limit);
        acpigen_memset(out->rsdp_low, 0, sizeof(out->rsdp_low));
        out->image = NULL;
        return -1;
    }

    out->image_len = (b.used + PAGE - 1) & ~(size_t)(PAGE - 1);
    if (out->image_len > b.limit)       /* a region that is not page-sized */
        out->image_len = b.used;
    acpigen_memset(image + b.used, 0, out->image_len - b.used);
    add_region(out, lp->base, out->image_len, ACPI_E820_ACPI, "ACPI tables");
    if (cfg->vmgenid) {
        build_guid_page(cfg, guid_page);
        out->guid_page_address = b.guid_page;
        add_region(out, b.guid_page, PAGE, ACPI_E820_RESERVED, "VMGENID GUID page");
    }
    if (lp->rsdp_low)
        add_region(out, ACPI_RSDP_LOW_ADDRESS, 64, ACPI_E820_RESERVED, "RSDP below 1 MiB");
    return 0;
}
