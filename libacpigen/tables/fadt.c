/*
 * fadt.c - the Fixed ACPI Description Table, revision 6.5 (ACPI 6.4, 5.2.9).
 *
 * A PVH domU has no fixed ACPI hardware (Xen emulates no PM1, GPE or PM
 * timer block for it), so its FADT says HW_REDUCED_ACPI and describes none.
 * A hardware domain, or a guest that asks for it, gets a full FADT whose
 * fixed blocks come from the configuration, and a FACS.
 */
#include "tables/build.h"
#include "aml/aml_encode.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

/* "XenVMM" in the FADT Hypervisor Vendor Identity (ACPI 6.4, table 5.9). */
static const uint8_t hypervisor_vendor[8] = { 'X', 'e', 'n', 'V', 'M', 'M', 0, 0 };

#define FADT_OFF(f) offsetof(struct acpi_fadt, f)

/* A fixed register block: the 32-bit address, its length byte and the X_
 * GAS, kept consistent (Linux warns when the two forms disagree). */
static void io_block(uint8_t *t, size_t legacy, size_t len_at, size_t gas, uint32_t port,
                     uint8_t len)
{
    if (!port)
        return;
    put_le32(t + legacy, port);
    t[len_at] = len;
    t[gas] = 1;                          /* SystemIO */
    t[gas + 1] = (uint8_t)(len * 8);
    t[gas + 3] = 0;                      /* access size: undefined (legacy) */
    put_le64(t + gas + 4, port);
}

size_t build_fadt(struct build *b, size_t dsdt, size_t facs)
{
    const struct acpi_guest_config *c = b->cfg;
    size_t off = build_place(b, sizeof(struct acpi_fadt), 8, "FADT");

    if (off == SIZE_MAX)
        return SIZE_MAX;
    uint8_t *t = b->img + off;
    build_header(b, t, "FACP", sizeof(struct acpi_fadt), 6, NULL);

    uint64_t dsdt_addr = build_addr(b, dsdt);
    /* Both DSDT forms, equal: an RSDT-only guest reads the 32-bit one. */
    if (dsdt_addr <= 0xFFFFFFFFu)
        put_le32(t + FADT_OFF(dsdt), (uint32_t)dsdt_addr);
    put_le64(t + FADT_OFF(x_dsdt), dsdt_addr);
    t[FADT_OFF(fadt_minor_version)] = 5;
    for (int i = 0; i < 8; i++)
        t[FADT_OFF(hypervisor_vendor_identity) + i] = hypervisor_vendor[i];

    uint16_t boot_arch = ACPI_IAPC_VGA_NOT_PRESENT | ACPI_IAPC_CMOS_RTC_NOT_PRESENT;
    uint32_t flags;
    if (c->hw_reduced) {
        flags = ACPI_FADT_HW_REDUCED_ACPI;
    } else {
        const struct acpi_pm_blocks *pm = &c->pm;
        uint64_t facs_addr = build_addr(b, facs);
        /* FIRMWARE_CTRL and X_FIRMWARE_CTRL are exclusive (5.2.9). */
        if (facs_addr <= 0xFFFFFFFFu)
            put_le32(t + FADT_OFF(firmware_ctrl), (uint32_t)facs_addr);
        else
            put_le64(t + FADT_OFF(x_firmware_ctrl), facs_addr);
        put_le16(t + FADT_OFF(sci_int), pm->sci_int);
        put_le32(t + FADT_OFF(smi_cmd), pm->smi_cmd);
        t[FADT_OFF(acpi_enable)] = pm->acpi_enable;
        t[FADT_OFF(acpi_disable)] = pm->acpi_disable;
        io_block(t, FADT_OFF(pm1a_evt_blk), FADT_OFF(pm1_evt_len), FADT_OFF(x_pm1a_evt_blk),
                 pm->pm1a_evt, 4);
        io_block(t, FADT_OFF(pm1a_cnt_blk), FADT_OFF(pm1_cnt_len), FADT_OFF(x_pm1a_cnt_blk),
                 pm->pm1a_cnt, 2);
        io_block(t, FADT_OFF(pm_tmr_blk), FADT_OFF(pm_tmr_len), FADT_OFF(x_pm_tmr_blk),
                 pm->pm_tmr, 4);
        io_block(t, FADT_OFF(gpe0_blk), FADT_OFF(gpe0_blk_len), FADT_OFF(x_gpe0_blk),
                 pm->gpe0, pm->gpe0_len);
        /* No C2/C3 (latencies above 100/1000 us mean "not supported"). */
        put_le16(t + FADT_OFF(p_lvl2_lat), 0x0FFF);
        put_le16(t + FADT_OFF(p_lvl3_lat), 0x0FFF);
        t[FADT_OFF(century)] = 0;
        flags = ACPI_FADT_WBINVD | ACPI_FADT_PROC_C1 | ACPI_FADT_PWR_BUTTON |
                ACPI_FADT_SLP_BUTTON | (pm->pm_tmr ? ACPI_FADT_TMR_VAL_EXT : 0);
        if (c->kind == ACPI_GUEST_HWDOM)      /* the host's RTC and keyboard controller */
            boot_arch = ACPI_IAPC_LEGACY_DEVICES | ACPI_IAPC_8042;
    }
    put_le32(t + FADT_OFF(flags), flags);
    put_le16(t + FADT_OFF(iapc_boot_arch), boot_arch);
    build_seal(b, off);
    return off;
}
