/*
 * hwdom.c - acpi_hwdom_build(): decide, for each host table, whether the
 * hardware domain sees it as it is, through a new table, or not at all;
 * build the new tables; write the manifest.  Any error leaves the image
 * zeroed.
 */
#include "acpigen/hwdom.h"

#include "hwdom/hw_build.h"
#include "aml/aml_encode.h"
#include "base/mem.h"
#include "base/msg.h"

#include <stdarg.h>

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

void acpi_hwdom_config_init(struct acpi_hwdom_config *cfg)
{
    acpigen_memset(cfg, 0, sizeof(*cfg));
    cfg->vcpus = cfg->maxvcpus = 1;
    cfg->stao_uart = 1;
    acpigen_memmove(cfg->oem_id, "Xen", 4);
    acpigen_memmove(cfg->oem_table_id, "HWDOM", 6);
}

static int eq4(const char *a, const char *b)
{
    return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3];
}

/* Tables that describe the host's memory as NUMA nodes: the hardware
 * domain's memory is not the host's, and it has no virtual NUMA yet. */
static const char *const vnuma[][2] = {
    { "SRAT", "the host's processor and memory affinity (NUMA nodes)" },
    { "SLIT", "the distances between the host's NUMA nodes" },
    { "MPST", "the host's memory power states, per memory node" },
    { "PMTT", "the host's memory topology" },
    { "SBST", "battery alarm levels, on issue 11's list with the NUMA tables" },
};

/* Tables of devices the hypervisor drives itself. */
static const char *const owned[][2] = {
    { "DMAR", "Intel VT-d DMA remapping units: the hypervisor owns the IOMMU" },
    { "IVRS", "AMD-Vi IOMMUs: the hypervisor owns the IOMMU" },
};

static int check_config(struct hw_build *h, const struct acpi_hwdom_layout *lp,
                        size_t image_cap)
{
    const struct acpi_hwdom_config *c = h->cfg;
    struct build *b = &h->b;

    if (!c->vcpus)
        build_fail(b, "config: vcpus is 0: the hardware domain needs at least one vCPU");
    else if (c->vcpus > c->maxvcpus)
        build_fail(b, "config: vcpus (%u) is larger than maxvcpus (%u)", c->vcpus, c->maxvcpus);
    else if (c->maxvcpus > ACPI_HWDOM_MAX_VCPUS)
        build_fail(b, "config: maxvcpus %u is over the limit of %u", c->maxvcpus,
                   (unsigned)ACPI_HWDOM_MAX_VCPUS);
    else if (c->n_stao_paths > ACPI_HWDOM_MAX_STAO)
        build_fail(b, "config: %u STAO namepaths, at most %u", c->n_stao_paths,
                   (unsigned)ACPI_HWDOM_MAX_STAO);
    else if (c->n_owned > ACPI_HWDOM_MAX_OWNED)
        build_fail(b, "config: %u hypervisor tables, at most %u", c->n_owned,
                   (unsigned)ACPI_HWDOM_MAX_OWNED);
    else if (lp->size > image_cap)
        build_fail(b, "layout: region of %U bytes, buffer of %Z", lp->size, image_cap);
    else if (!lp->base || lp->base > 0xFFFFFFFFu || lp->size > 0x100000000u - lp->base)
        build_fail(b, "layout: region %X+%U must lie below 4 GiB (the RSDT and RSDP hold "
                   "32-bit addresses) and not at 0", lp->base, lp->size);
    for (unsigned i = 0; !b->failed && i < c->n_owned; i++) {
        const char *sig = c->owned[i];
        static const char *const structural[] = { "FACP", "DSDT", "FACS", "APIC", "RSDP",
                                                  "RSDT", "XSDT", "STAO" };
        for (unsigned k = 0; k < sizeof(structural) / sizeof(structural[0]); k++)
            if (eq4(sig, structural[k]))
                build_fail(b, "config: hypervisor table %q: the hardware domain cannot do "
                           "without a %s", sig, structural[k]);
        unsigned found = 0;
        for (unsigned k = 0; k < h->s->n; k++)
            found += eq4(sig, h->s->sig[k]);
        if (!found)
            build_fail(b, "config: hypervisor table %q is not among the host's %u tables",
                       sig, h->s->n);
    }
    if (!b->failed && c->apic_ids)
        for (uint32_t i = 0; i < c->maxvcpus; i++)
            for (uint32_t j = 0; j < i; j++)
                if (c->apic_ids[i] == c->apic_ids[j]) {
                    build_fail(b, "config: vCPUs %u and %u have the same APIC ID %u", j, i,
                               c->apic_ids[i]);
                    return -1;
                }
    return b->failed ? -1 : 0;
}

/* The host DSDT and FACS are reached through the FADT, so its pointers
 * say where they are; a dump that says otherwise is not of this host. */
static int host_pointers(struct hw_build *h)
{
    const struct acpi_host_set *s = h->s;
    const struct acpi_host_table *f = &s->t[s->fadt];
    uint32_t len = get_le32(f->data + 4);
    uint64_t dsdt, facs;

    /* ACPI 1.0's FADT ends after FLAGS: every field read here is in it. */
    if (len < offsetof(struct acpi_fadt, flags) + 4) {
        build_fail(&h->b, "host FADT %q: %u bytes, shorter than ACPI 1.0's %u", f->name, len,
                   (unsigned)(offsetof(struct acpi_fadt, flags) + 4));
        return -1;
    }
    /* First, as it explains what else is missing (a FACS, PM blocks). */
    if (get_le32(f->data + offsetof(struct acpi_fadt, flags)) & ACPI_FADT_HW_REDUCED_ACPI) {
        build_fail(&h->b, "host FADT %q: the host is HW-reduced: it has no PM1 blocks, SCI "
                   "or RTC ports for a full-ACPI hardware domain", f->name);
        return -1;
    }
    dsdt = get_le32(f->data + offsetof(struct acpi_fadt, dsdt));
    facs = get_le32(f->data + offsetof(struct acpi_fadt, firmware_ctrl));
    /* The X_ forms win when set (ACPI 6.4, 5.2.9). */
    if (len >= offsetof(struct acpi_fadt, x_dsdt) + 8 &&
        get_le64(f->data + offsetof(struct acpi_fadt, x_dsdt)))
        dsdt = get_le64(f->data + offsetof(struct acpi_fadt, x_dsdt));
    if (len >= offsetof(struct acpi_fadt, x_firmware_ctrl) + 8 &&
        get_le64(f->data + offsetof(struct acpi_fadt, x_firmware_ctrl)))
        facs = get_le64(f->data + offsetof(struct acpi_fadt, x_firmware_ctrl));
    if (!dsdt) {
        build_fail(&h->b, "host FADT %q points at no DSDT", f->name);
        return -1;
    }
    if (s->t[s->dsdt].address && s->t[s->dsdt].address != dsdt) {
        build_fail(&h->b, "host DSDT %q is at %X, but the host FADT points at %X",
                   s->t[s->dsdt].name, s->t[s->dsdt].address, dsdt);
        return -1;
    }
    if (s->facs >= 0 && s->t[s->facs].address && s->t[s->facs].address != facs) {
        build_fail(&h->b, "host FACS %q is at %X, but the host FADT points at %X",
                   s->t[s->facs].name, s->t[s->facs].address, facs);
        return -1;
    }
    if (!facs) {
        build_fail(&h->b, "host FADT %q points at no FACS (a full-ACPI hardware domain needs "
                   "one)", f->name);
        return -1;
    }
    h->dsdt_address = dsdt;
    h->facs_address = facs;
    return 0;
}

/* A kept table stays where it is, so it needs a known host address that
 * the new region does not cover. */
static int keep_at(struct hw_build *h, unsigned i, const struct acpi_hwdom_layout *lp,
                   uint64_t addr)
{
    const struct acpi_host_table *t = &h->s->t[i];

    if (!addr) {
        build_fail(&h->b, "host %s %q: its host address is unknown, and a kept table must "
                   "stay at it (give the kernel's \"ACPI: %s 0x...\" line or an acpidump)",
                   h->s->sig[i], t->name, h->s->sig[i]);
        return -1;
    }
    if (addr < lp->base + lp->size && lp->base < addr + t->size) {
        build_fail(&h->b, "layout: region %X-%X overlaps the host's %s at %X (%Z bytes)",
                   lp->base, lp->base + lp->size, h->s->sig[i], addr, t->size);
        return -1;
    }
    return 0;
}

/* Whether table i is dropped, with why (*numa: one of the vNUMA list). */
static const char *dropped(const struct hw_build *h, unsigned i, int *numa)
{
    const char *sig = h->s->sig[i];

    *numa = 1;
    for (unsigned k = 0; k < sizeof(vnuma) / sizeof(vnuma[0]); k++)
        if (eq4(sig, vnuma[k][0]))
            return vnuma[k][1];
    *numa = 0;
    for (unsigned k = 0; k < sizeof(owned) / sizeof(owned[0]); k++)
        if (eq4(sig, owned[k][0]))
            return owned[k][1];
    for (unsigned k = 0; k < h->cfg->n_owned; k++)
        if (eq4(sig, h->cfg->owned[k]))
            return "the hypervisor owns it (hypervisor_tables in the config)";
    return NULL;
}

static void build_all(struct hw_build *h, const struct acpi_hwdom_layout *lp)
{
    const struct acpi_host_set *s = h->s;
    uint64_t addrs[ACPI_HOST_MAX_TABLES + 2];
    unsigned n = 0;
    int numa;

    if (host_pointers(h))
        return;
    size_t madt = hw_madt(h);
    size_t fadt = madt == SIZE_MAX ? SIZE_MAX : hw_fadt(h);
    if (fadt == SIZE_MAX)
        return;
    /* The FADT first, as firmware lists it; the rest in the host's order. */
    addrs[n++] = build_addr(&h->b, fadt);
    for (unsigned i = 0; i < s->n && !h->b.failed; i++) {
        const char *sig = s->sig[i], *why;
        const struct acpi_host_table *t = &s->t[i];
        if ((int)i == s->fadt)
            continue;
        if ((int)i == s->madt) {
            addrs[n++] = build_addr(&h->b, madt);
        } else if (eq4(sig, "RSDP") || eq4(sig, "RSDT") || eq4(sig, "XSDT")) {
            /* Recorded with the new ones' addresses below. */
        } else if (eq4(sig, "STAO")) {
            /* Replaced by hw_stao(). */
        } else if ((int)i == s->dsdt || (int)i == s->facs) {
            uint64_t a = (int)i == s->dsdt ? h->dsdt_address : h->facs_address;
            if (!keep_at(h, i, lp, a))
                hw_record(h, sig, ACPI_HWDOM_KEPT, (int)i, a, (uint32_t)t->size,
                          (int)i == s->dsdt
                              ? "the host's AML, reached from the FADT; devices the "
                                "hardware domain must not use are hidden by the STAO"
                              : "the host's, reached from the FADT");
        } else if ((why = dropped(h, i, &numa))) {
            hw_record(h, sig, ACPI_HWDOM_DROPPED, (int)i, 0, (uint32_t)t->size, "%s%s", why,
                      numa ? "; not presented until vNUMA exists" : "");
        } else if (!keep_at(h, i, lp, t->address)) {
            addrs[n++] = t->address;
            hw_record(h, sig, ACPI_HWDOM_KEPT, (int)i, t->address, (uint32_t)t->size,
                      "the host's, at its host address");
        }
    }
    if (h->b.failed)
        return;
    size_t stao = hw_stao(h);
    if (stao == SIZE_MAX)
        return;
    addrs[n++] = build_addr(&h->b, stao);
    size_t xsdt, rsdt, rsdp = hw_root(h, addrs, n, &xsdt, &rsdt);
    if (rsdp == SIZE_MAX)
        return;
    static const char *const root[] = { "XSDT", "RSDT", "RSDP" };
    size_t at[] = { xsdt, rsdt, rsdp };
    for (unsigned k = 0; k < 3; k++) {
        int host = -1;
        for (unsigned i = 0; i < s->n; i++)
            if (eq4(s->sig[i], root[k]))
                host = (int)i;
        uint32_t len = k == 2 ? (uint32_t)sizeof(struct acpi_rsdp) : get_le32(h->b.img + at[k] + 4);
        /* Every ACPI host has an RSDP, even when the input (sysfs) lacks it;
         * an RSDT or XSDT the input does not show may not exist (SeaBIOS
         * builds no XSDT). */
        int replaced = host >= 0 || k == 2;
        hw_record(h, root[k], replaced ? ACPI_HWDOM_REPLACED : ACPI_HWDOM_ADDED, host,
                  build_addr(&h->b, at[k]), len,
                  k == 2 ? "revision 2, pointing at the new XSDT and RSDT"
                         : "lists the %u tables the hardware domain sees (DSDT and FACS "
                           "through the FADT)", n);
    }
}

int acpi_hwdom_build(const struct acpi_hwdom_config *cfg, const struct acpi_host_set *s,
                     const struct acpi_hwdom_layout *lp, uint8_t *image, size_t image_cap,
                     struct acpi_hwdom_tables *out)
{
    struct hw_build h;

    if (!out)
        return -1;
    acpigen_memset(out, 0, sizeof(*out));
    if (!cfg || !s || !lp || !image) {
        msg_format(out->set.error, sizeof(out->set.error), "hwdom: NULL argument");
        return -1;
    }
    acpigen_memset(&h, 0, sizeof(h));
    h.cfg = cfg;
    h.s = s;
    h.out = out;
    acpi_guest_config_init(&h.gc, ACPI_GUEST_HWDOM);
    h.b.cfg = &h.gc;
    h.b.out = &out->set;
    h.b.img = image;
    h.b.base = lp->base;
    h.b.limit = lp->size < image_cap ? (size_t)lp->size : image_cap;
    out->set.image = image;
    if (s->fadt < 0 || s->dsdt < 0 || s->madt < 0 || s->n > ACPI_HOST_MAX_TABLES) {
        build_fail(&h.b, "hwdom: the host set was not initialised (acpi_host_set_init)");
        goto fail;
    }
    if (check_config(&h, lp, image_cap))
        goto fail;
    for (int i = 0; i < 7; i++)
        h.gc.oem_id[i] = i < 6 ? cfg->oem_id[i] : '\0';
    for (int i = 0; i < 9; i++)
        h.gc.oem_table_id[i] = i < 8 ? cfg->oem_table_id[i] : '\0';
    h.gc.oem_revision = cfg->oem_revision;
    h.gc.stao = 1;
    h.gc.stao_uart = cfg->stao_uart;
    for (unsigned i = 0; i < cfg->n_stao_paths; i++)
        h.gc.stao_paths[i] = cfg->stao_paths[i];
    h.gc.n_stao_paths = cfg->n_stao_paths;
    build_prepare_header(&h.b);
    build_all(&h, lp);
    if (h.b.failed)
        goto fail;
    out->set.image_len = (h.b.used + 4095) & ~(size_t)4095;
    if (out->set.image_len > h.b.limit)
        out->set.image_len = h.b.used;
    out->set.regions[0] = (struct acpi_region_info){ lp->base, out->set.image_len,
                                                     ACPI_E820_ACPI, "ACPI tables" };
    out->set.n_regions = 1;
    return 0;
fail:
    /* Nothing half-built, nothing stale (the buffer becomes guest memory). */
    acpigen_memset(image, 0, image_cap);
    out->set.n_tables = 0;
    out->n_records = 0;
    out->set.rsdp_address = 0;
    return -1;
}
