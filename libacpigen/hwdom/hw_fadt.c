/*
 * hw_fadt.c - the host's FADT for the hardware domain: a copy at a new
 * address, because a few of its fields must change and the table holding
 * them cannot be written where the firmware put it.
 *
 * Kept: every fixed hardware block (PM1, PM timer, GPE, reset register),
 * SCI, SMI_CMD, the RTC fields and IAPC_BOOT_ARCH - the hardware domain
 * drives the host's ACPI hardware and legacy devices, so it is full ACPI
 * (HW_REDUCED_ACPI clear) - and the pointers to the host's DSDT and FACS.
 * Changed: the fields that hand the physical processors' power states to
 * the OS.  A hardware domain vCPU reading P_LVL2/P_LVL3 of a processor
 * block, or writing its P_CNT, would reach the real processor's ports
 * behind Xen's back (the hardware domain has the host's I/O ports), and
 * PSTATE_CNT/CST_CNT written to SMI_CMD would take P- and C-state control
 * from the firmware for an OS that does not run the processors: Xen does.
 */
#include "hwdom/hw_build.h"

#include "aml/aml_encode.h"
#include "base/mem.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

#define OFF(f) offsetof(struct acpi_fadt, f)

size_t hw_fadt(struct hw_build *h)
{
    const struct acpi_host_table *ht = &h->s->t[h->s->fadt];
    uint32_t len = get_le32(ht->data + 4);

    /* hwdom.c refused a FADT shorter than ACPI 1.0's (FLAGS is its last
     * field, and every field changed here comes before it) and a
     * HW-reduced host, which has no blocks to keep. */
    size_t off = build_place(&h->b, len, 8, "FADT");
    if (off == SIZE_MAX)
        return SIZE_MAX;
    uint8_t *t = h->b.img + off;
    acpigen_memmove(t, ht->data, len);
    t[OFF(pstate_cnt)] = 0;
    t[OFF(cst_cnt)] = 0;
    /* Above 100 and 1000 microseconds: C2 and C3 not supported (5.2.9). */
    put_le16(t + OFF(p_lvl2_lat), 101);
    put_le16(t + OFF(p_lvl3_lat), 1001);
    t[OFF(duty_offset)] = 0;
    t[OFF(duty_width)] = 0;
    build_seal(&h->b, off);
    hw_record(h, "FACP", ACPI_HWDOM_REPLACED, h->s->fadt, build_addr(&h->b, off), len,
              "the host's FADT (revision %u) copied: HW_REDUCED_ACPI clear, PM blocks, RTC, "
              "DSDT %X and FACS %X the host's; PSTATE_CNT, CST_CNT, DUTY_WIDTH 0, no C2/C3 "
              "(Xen runs the processors)", (unsigned)t[8], h->dsdt_address, h->facs_address);
    return off;
}
