/*
 * hw_madt.c - the hardware domain's MADT, made from the host's.
 *
 * Processor entries are the hardware domain's vCPUs, not the host's CPUs:
 * Xen gives vCPU i the APIC ID 2 * i, as for any PVH guest.  The IO APICs
 * are the ones Xen emulates for the hardware domain, one per host IO APIC
 * at the same address, ID and GSI base, so the host's interrupt source
 * overrides (GSIs, with their polarity and trigger flags) stay true and are
 * copied.  NMIs are Xen's: LAPIC NMI entries name physical LINT pins that
 * no vCPU's emulated LAPIC has wired, with host processor UIDs that need
 * not match ours, and NMI sources name IO APIC inputs wired for NMIs that
 * Xen takes itself; both are dropped, as Xen's own PVH dom0 MADT drops
 * them.  So are local APIC address overrides (the vLAPIC is at 0xFEE00000)
 * and entry types of other architectures.
 */
#include "hwdom/hw_build.h"

#include "aml/aml_encode.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

#define LAPIC_ADDRESS 0xFEE00000u
#define MADT_NMI_SOURCE         3
#define MADT_LAPIC_OVERRIDE     5

/* Smallest length of each entry type we read (ACPI 6.4, 5.2.12). */
static uint8_t min_len(uint8_t type)
{
    switch (type) {
    case ACPI_MADT_LOCAL_APIC: return 8;
    case ACPI_MADT_IO_APIC: return 12;
    case ACPI_MADT_INT_SRC_OVERRIDE: return 10;
    case MADT_NMI_SOURCE: return 8;
    case ACPI_MADT_LOCAL_APIC_NMI: return 6;
    case MADT_LAPIC_OVERRIDE: return 12;
    case ACPI_MADT_LOCAL_X2APIC: return 16;
    case ACPI_MADT_LOCAL_X2APIC_NMI: return 12;
    default: return 2;
    }
}

struct counts {
    unsigned cpus, ioapics, overrides, nmi, other;
};

/* Walk the host MADT's entries, checking each; copy the ones the hardware
 * domain keeps to p when p is not NULL.  Returns the bytes they take, or
 * SIZE_MAX after build_fail(). */
static size_t host_entries(struct hw_build *h, uint8_t *p, struct counts *c)
{
    const struct acpi_host_table *t = &h->s->t[h->s->madt];
    const uint8_t *d = t->data;
    uint32_t len = get_le32(d + 4);
    size_t kept = 0;

    if (len < sizeof(struct acpi_madt)) {
        build_fail(&h->b, "host MADT %q: %u bytes, shorter than the 44 of its fixed part",
                   t->name, len);
        return SIZE_MAX;
    }
    *c = (struct counts){ 0 };
    for (uint32_t off = sizeof(struct acpi_madt); off < len;) {
        uint8_t type = d[off], elen = off + 1 < len ? d[off + 1] : 0;
        if (elen < 2 || elen > len - off || elen < min_len(type)) {
            build_fail(&h->b, "host MADT %q: entry of type %u at offset %u has length %u "
                       "(%s)", t->name, (unsigned)type, off, (unsigned)elen,
                       elen > len - off ? "past the end of the table" : "too short");
            return SIZE_MAX;
        }
        const uint8_t *e = d + off;
        size_t n = 0;
        switch (type) {
        case ACPI_MADT_LOCAL_APIC:
        case ACPI_MADT_LOCAL_X2APIC:
            c->cpus++;
            break;
        case ACPI_MADT_IO_APIC:
            n = sizeof(struct acpi_madt_io_apic);
            c->ioapics++;
            break;
        case ACPI_MADT_INT_SRC_OVERRIDE:
            n = sizeof(struct acpi_madt_int_src_override);
            c->overrides++;
            break;
        case MADT_NMI_SOURCE:
        case ACPI_MADT_LOCAL_APIC_NMI:
        case ACPI_MADT_LOCAL_X2APIC_NMI:
            c->nmi++;
            break;
        default:
            c->other++;
            break;
        }
        /* Copied at their ACPI 6.4 length: later revisions may only add
         * fields at the end, which the emulated devices do not have. */
        if (n && p) {
            for (size_t i = 0; i < n; i++)
                p[kept + i] = e[i];
            p[kept + 1] = (uint8_t)n;
        }
        kept += n;
        off += elen;
    }
    if (!c->ioapics) {
        build_fail(&h->b, "host MADT %q: no IO APIC entry (the hardware domain's interrupts "
                   "come through the IO APICs Xen emulates at the host's addresses)", t->name);
        return SIZE_MAX;
    }
    return kept;
}

static uint32_t apic_id(const struct acpi_hwdom_config *c, uint32_t i)
{
    return c->apic_ids ? c->apic_ids[i] : 2 * i;
}

size_t hw_madt(struct hw_build *h)
{
    const struct acpi_hwdom_config *c = h->cfg;
    const uint8_t *host = h->s->t[h->s->madt].data;
    struct counts cnt;
    size_t keep = host_entries(h, NULL, &cnt);

    if (keep == SIZE_MAX)
        return SIZE_MAX;
    size_t len = sizeof(struct acpi_madt) + keep;
    for (uint32_t i = 0; i < c->maxvcpus; i++)
        len += apic_id(c, i) <= 254 && i <= 254 ? sizeof(struct acpi_madt_local_apic)
                                                 : sizeof(struct acpi_madt_local_x2apic);
    size_t off = build_place(&h->b, len, 8, "MADT");
    if (off == SIZE_MAX)
        return SIZE_MAX;
    uint8_t *t = h->b.img + off, *p = t + sizeof(struct acpi_madt);
    build_header(&h->b, t, "APIC", (uint32_t)len, 5, NULL);
    put_le32(t + offsetof(struct acpi_madt, local_apic_address), LAPIC_ADDRESS);
    /* The host's 8259s are the hardware domain's (PCAT_COMPAT as the host says). */
    put_le32(t + offsetof(struct acpi_madt, flags),
             get_le32(host + offsetof(struct acpi_madt, flags)) & ACPI_MADT_PCAT_COMPAT);
    for (uint32_t i = 0; i < c->maxvcpus; i++) {
        uint32_t id = apic_id(c, i);
        /* Linux ignores disabled entries without Online Capable (FADT >= 6.3). */
        uint32_t flags = i < c->vcpus ? ACPI_MADT_ENABLED : ACPI_MADT_ONLINE_CAPABLE;
        if (id <= 254 && i <= 254) {
            p[0] = ACPI_MADT_LOCAL_APIC;
            p[1] = sizeof(struct acpi_madt_local_apic);
            p[2] = (uint8_t)i;
            p[3] = (uint8_t)id;
            put_le32(p + 4, flags);
            p += sizeof(struct acpi_madt_local_apic);
        } else {
            p[0] = ACPI_MADT_LOCAL_X2APIC;
            p[1] = sizeof(struct acpi_madt_local_x2apic);
            put_le32(p + 4, id);
            put_le32(p + 8, flags);
            put_le32(p + 12, i);
            p += sizeof(struct acpi_madt_local_x2apic);
        }
    }
    host_entries(h, p, &cnt);
    build_seal(&h->b, off);
    h->out->n_vcpus_host = cnt.cpus;
    hw_record(h, "APIC", ACPI_HWDOM_REPLACED, h->s->madt, build_addr(&h->b, off), (uint32_t)len,
              "new MADT: %u vCPUs (%u Enabled), not the host's %u CPUs; %u IO APICs and %u "
              "interrupt source overrides as the host's; %u NMI (Xen's) and %u other entries "
              "dropped", c->maxvcpus, c->vcpus, cnt.cpus, cnt.ioapics, cnt.overrides, cnt.nmi,
              cnt.other);
    return off;
}
