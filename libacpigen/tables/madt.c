/*
 * madt.c - the Multiple APIC Description Table, revision 5 (ACPI 6.4,
 * 5.2.12): one processor entry per vCPU up to maxvcpus, then the optional
 * IO APIC, interrupt source overrides and LAPIC NMI entries.
 *
 * A vCPU whose APIC ID or UID does not fit the 8-bit local APIC entry (APIC
 * ID 255 is the xAPIC broadcast ID) gets a local x2APIC entry instead, so a
 * guest can have more than 127 vCPUs with Xen's APIC IDs (2 * vCPU).
 * The checksum is summed as the entries are written.
 * vCPUs beyond `vcpus` are Online Capable rather than Enabled: Linux ignores
 * disabled entries without that flag once the FADT is 6.3 or later.
 */
#include "tables/build.h"
#include "aml/aml_encode.h"
#include "acpigen/checksum.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

#define LAPIC_ADDRESS 0xFEE00000u

static inline uint32_t apic_id(const struct acpi_guest_config *c, uint32_t i)
{
    return c->apic_ids ? c->apic_ids[i] : 2 * i;
}

/* The 8-bit local APIC entry holds APIC IDs up to 254 and UIDs up to 254. */
static inline int needs_x2apic(const struct acpi_guest_config *c, uint32_t i)
{
    return apic_id(c, i) > 254 || i > 254;
}

/* Byte sum of a 32-bit field. */
static inline uint32_t sum32(uint32_t v)
{
    return (v & 0xFF) + ((v >> 8) & 0xFF) + ((v >> 16) & 0xFF) + (v >> 24);
}

/*
 * The processor entries of vCPUs [i, end) at p; adds their byte sum to
 * *sum and returns the end.  Xen's default APIC IDs (2 * vCPU) make the
 * first 128 entries an arithmetic sequence: one 8-byte store each.
 */
static uint8_t *processors(const struct acpi_guest_config *c, uint8_t *p, uint32_t i,
                           uint32_t end, uint32_t flags, uint32_t *sum)
{
    if (!c->apic_ids) {
        uint32_t m = end < 128 ? end : 128;
        if (i < m) {
            uint64_t v = (uint64_t)flags << 32 | (uint64_t)(2 * i) << 24 | (uint64_t)i << 16 |
                         (uint64_t)sizeof(struct acpi_madt_local_apic) << 8 | ACPI_MADT_LOCAL_APIC;
            /* entries sum: type 0, length 8, UID j, APIC ID 2j, flags */
            *sum += (m - i) * (8 + flags) + 3 * ((i + m - 1) * (m - i) / 2);
            for (; i < m; i++, p += 8, v += 0x02010000u)
                put_le64(p, v);
        }
    }
    for (; i < end; i++) {
        uint32_t id = apic_id(c, i);
        if (id <= 254 && i <= 254) {
            p[0] = ACPI_MADT_LOCAL_APIC;
            p[1] = sizeof(struct acpi_madt_local_apic);
            p[2] = (uint8_t)i;
            p[3] = (uint8_t)id;
            put_le32(p + 4, flags);
            *sum += 8 + i + id + flags;
            p += sizeof(struct acpi_madt_local_apic);
        } else {
            p[0] = ACPI_MADT_LOCAL_X2APIC;
            p[1] = sizeof(struct acpi_madt_local_x2apic);
            p[2] = p[3] = 0;
            put_le32(p + 4, id);
            put_le32(p + 8, flags);
            put_le32(p + 12, i);
            *sum += ACPI_MADT_LOCAL_X2APIC + 16 + sum32(id) + flags + sum32(i);
            p += sizeof(struct acpi_madt_local_x2apic);
        }
    }
    return p;
}

size_t build_madt(struct build *b)
{
    const struct acpi_guest_config *c = b->cfg;
    size_t len = sizeof(struct acpi_madt);
    uint32_t n = c->maxvcpus, n_lapic = 0;

    if (!c->apic_ids) {
        n_lapic = n < 128 ? n : 128;            /* 2 * vCPU <= 254 */
    } else {
        for (uint32_t i = 0; i < n; i++)
            n_lapic += !needs_x2apic(c, i);
    }
    len += n_lapic * sizeof(struct acpi_madt_local_apic) +
           (n - n_lapic) * sizeof(struct acpi_madt_local_x2apic);
    if (c->ioapic)
        len += sizeof(struct acpi_madt_io_apic) +
               c->n_overrides * sizeof(struct acpi_madt_int_src_override);
    if (c->lapic_nmi)
        len += (n_lapic ? sizeof(struct acpi_madt_local_apic_nmi) : 0) +
               (n_lapic < n ? sizeof(struct acpi_madt_local_x2apic_nmi) : 0);

    size_t off = build_place(b, len, 8, "MADT");
    if (off == SIZE_MAX)
        return SIZE_MAX;
    uint8_t *t = b->img + off, *p = t + sizeof(struct acpi_madt);
    build_header(b, t, "APIC", (uint32_t)len, 5, NULL);
    put_le32(t + offsetof(struct acpi_madt, local_apic_address), LAPIC_ADDRESS);
    /* A PVH domU has no 8259; the hardware domain has the host's. */
    put_le32(t + offsetof(struct acpi_madt, flags),
             c->kind == ACPI_GUEST_HWDOM ? ACPI_MADT_PCAT_COMPAT : 0);
    uint32_t sum = acpi_sum8(t, sizeof(struct acpi_madt));

    p = processors(c, p, 0, c->vcpus, ACPI_MADT_ENABLED, &sum);
    p = processors(c, p, c->vcpus, n, ACPI_MADT_ONLINE_CAPABLE, &sum);
    uint8_t *tail = p;
    if (c->ioapic) {
        p[0] = ACPI_MADT_IO_APIC;
        p[1] = sizeof(struct acpi_madt_io_apic);
        p[2] = c->ioapic_id;
        p[3] = 0;
        put_le32(p + 4, c->ioapic_address);
        put_le32(p + 8, c->ioapic_gsi_base);
        p += sizeof(struct acpi_madt_io_apic);
        for (unsigned k = 0; k < c->n_overrides; k++) {
            p[0] = ACPI_MADT_INT_SRC_OVERRIDE;
            p[1] = sizeof(struct acpi_madt_int_src_override);
            p[2] = 0;                               /* bus: ISA */
            p[3] = c->overrides[k].source;
            put_le32(p + 4, c->overrides[k].gsi);
            put_le16(p + 8, c->overrides[k].flags);
            p += sizeof(struct acpi_madt_int_src_override);
        }
    }
    if (c->lapic_nmi && n_lapic) {
        p[0] = ACPI_MADT_LOCAL_APIC_NMI;
        p[1] = sizeof(struct acpi_madt_local_apic_nmi);
        p[2] = 0xFF;                                /* all processors */
        put_le16(p + 3, c->lapic_nmi_flags);
        p[5] = c->lapic_nmi_lint;
        p += sizeof(struct acpi_madt_local_apic_nmi);
    }
    if (c->lapic_nmi && n_lapic < n) {
        p[0] = ACPI_MADT_LOCAL_X2APIC_NMI;
        p[1] = sizeof(struct acpi_madt_local_x2apic_nmi);
        put_le16(p + 2, c->lapic_nmi_flags);
        put_le32(p + 4, 0xFFFFFFFFu);               /* all processors */
        p[8] = c->lapic_nmi_lint;
        p[9] = p[10] = p[11] = 0;
        p += sizeof(struct acpi_madt_local_x2apic_nmi);
    }
    /* The entries were summed as they were written; the rest is short. */
    sum += acpi_sum8(tail, (size_t)(p - tail));
    t[9] = (uint8_t)(0x100 - (sum & 0xFF));
    build_record(b, off);
    return off;
}
