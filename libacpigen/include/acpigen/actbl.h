/*
 * actbl.h - ACPI table layouts, named and laid out as in the ACPI 6.4
 * specification (chapter 5.2), for the tables xen-acpigen builds.
 *
 * Multi-byte fields are little-endian in a table and the builders fill these
 * structs in place, so the build host must be little-endian, as every host
 * Xen's toolstack runs on is (checked below).  Every size and the offsets
 * that other code relies on are checked at compile time too.
 */
#ifndef ACPIGEN_ACTBL_H
#define ACPIGEN_ACTBL_H

#include <stddef.h>
#include <stdint.h>

#define ACPI_PACKED __attribute__((packed))

/* 5.2.6 System Description Table Header */
struct acpi_table_header {
    char signature[4];
    uint32_t length;
    uint8_t revision;
    uint8_t checksum;
    char oem_id[6];
    char oem_table_id[8];
    uint32_t oem_revision;
    char creator_id[4];
    uint32_t creator_revision;
} ACPI_PACKED;

/* 5.2.5.3 Root System Description Pointer, revision 2 */
struct acpi_rsdp {
    char signature[8];              /* "RSD PTR " */
    uint8_t checksum;               /* over the first 20 bytes */
    char oem_id[6];
    uint8_t revision;               /* 2 */
    uint32_t rsdt_address;
    uint32_t length;                /* 36 */
    uint64_t xsdt_address;
    uint8_t extended_checksum;      /* over all 36 bytes */
    uint8_t reserved[3];
} ACPI_PACKED;

/* 5.2.3.2 Generic Address Structure */
struct acpi_gas {
    uint8_t space_id;
    uint8_t bit_width;
    uint8_t bit_offset;
    uint8_t access_size;
    uint64_t address;
} ACPI_PACKED;

/* 5.2.9 Fixed ACPI Description Table, revision 6 (minor 5): 276 bytes */
struct acpi_fadt {
    struct acpi_table_header header;
    uint32_t firmware_ctrl;
    uint32_t dsdt;
    uint8_t reserved0;              /* INT_MODEL in ACPI 1.0 */
    uint8_t preferred_pm_profile;
    uint16_t sci_int;
    uint32_t smi_cmd;
    uint8_t acpi_enable;
    uint8_t acpi_disable;
    uint8_t s4bios_req;
    uint8_t pstate_cnt;
    uint32_t pm1a_evt_blk;
    uint32_t pm1b_evt_blk;
    uint32_t pm1a_cnt_blk;
    uint32_t pm1b_cnt_blk;
    uint32_t pm2_cnt_blk;
    uint32_t pm_tmr_blk;
    uint32_t gpe0_blk;
    uint32_t gpe1_blk;
    uint8_t pm1_evt_len;
    uint8_t pm1_cnt_len;
    uint8_t pm2_cnt_len;
    uint8_t pm_tmr_len;
    uint8_t gpe0_blk_len;
    uint8_t gpe1_blk_len;
    uint8_t gpe1_base;
    uint8_t cst_cnt;
    uint16_t p_lvl2_lat;
    uint16_t p_lvl3_lat;
    uint16_t flush_size;
    uint16_t flush_stride;
    uint8_t duty_offset;
    uint8_t duty_width;
    uint8_t day_alrm;
    uint8_t mon_alrm;
    uint8_t century;
    uint16_t iapc_boot_arch;
    uint8_t reserved1;
    uint32_t flags;
    struct acpi_gas reset_reg;
    uint8_t reset_value;
    uint16_t arm_boot_arch;
    uint8_t fadt_minor_version;
    uint64_t x_firmware_ctrl;
    uint64_t x_dsdt;
    struct acpi_gas x_pm1a_evt_blk;
    struct acpi_gas x_pm1b_evt_blk;
    struct acpi_gas x_pm1a_cnt_blk;
    struct acpi_gas x_pm1b_cnt_blk;
    struct acpi_gas x_pm2_cnt_blk;
    struct acpi_gas x_pm_tmr_blk;
    struct acpi_gas x_gpe0_blk;
    struct acpi_gas x_gpe1_blk;
    struct acpi_gas sleep_control_reg;
    struct acpi_gas sleep_status_reg;
    uint64_t hypervisor_vendor_identity;
} ACPI_PACKED;

/* FADT flags (table 5.10) */
#define ACPI_FADT_WBINVD                (1u << 0)
#define ACPI_FADT_PROC_C1               (1u << 2)
#define ACPI_FADT_PWR_BUTTON            (1u << 4)
#define ACPI_FADT_SLP_BUTTON            (1u << 5)
#define ACPI_FADT_FIX_RTC               (1u << 6)
#define ACPI_FADT_TMR_VAL_EXT           (1u << 8)
#define ACPI_FADT_RESET_REG_SUP         (1u << 10)
#define ACPI_FADT_HW_REDUCED_ACPI       (1u << 20)
#define ACPI_FADT_LOW_POWER_S0_IDLE     (1u << 21)

/* IA-PC boot architecture flags (table 5.11) */
#define ACPI_IAPC_LEGACY_DEVICES        (1u << 0)
#define ACPI_IAPC_8042                  (1u << 1)
#define ACPI_IAPC_VGA_NOT_PRESENT       (1u << 2)
#define ACPI_IAPC_MSI_NOT_SUPPORTED     (1u << 3)
#define ACPI_IAPC_PCIE_ASPM_CONTROLS    (1u << 4)
#define ACPI_IAPC_CMOS_RTC_NOT_PRESENT  (1u << 5)

/* 5.2.10 Firmware ACPI Control Structure: 64 bytes, 64-byte aligned */
struct acpi_facs {
    char signature[4];              /* "FACS" */
    uint32_t length;                /* 64 */
    uint32_t hardware_signature;
    uint32_t firmware_waking_vector;
    uint32_t global_lock;
    uint32_t flags;
    uint64_t x_firmware_waking_vector;
    uint8_t version;                /* 2 */
    uint8_t reserved0[3];
    uint32_t ospm_flags;
    uint8_t reserved1[24];
} ACPI_PACKED;

/* 5.2.12 Multiple APIC Description Table */
struct acpi_madt {
    struct acpi_table_header header;
    uint32_t local_apic_address;
    uint32_t flags;                 /* PCAT_COMPAT */
} ACPI_PACKED;

#define ACPI_MADT_PCAT_COMPAT           (1u << 0)

/* MADT entry types (table 5.21) */
#define ACPI_MADT_LOCAL_APIC            0
#define ACPI_MADT_IO_APIC               1
#define ACPI_MADT_INT_SRC_OVERRIDE      2
#define ACPI_MADT_LOCAL_APIC_NMI        4
#define ACPI_MADT_LOCAL_X2APIC          9
#define ACPI_MADT_LOCAL_X2APIC_NMI      10

/* Local APIC flags (table 5.23) */
#define ACPI_MADT_ENABLED               (1u << 0)
#define ACPI_MADT_ONLINE_CAPABLE        (1u << 1)

struct acpi_madt_local_apic {       /* 5.2.12.2 */
    uint8_t type, length;           /* 0, 8 */
    uint8_t processor_uid;
    uint8_t apic_id;
    uint32_t flags;
} ACPI_PACKED;

struct acpi_madt_io_apic {          /* 5.2.12.3 */
    uint8_t type, length;           /* 1, 12 */
    uint8_t io_apic_id;
    uint8_t reserved;
    uint32_t io_apic_address;
    uint32_t gsi_base;
} ACPI_PACKED;

struct acpi_madt_int_src_override { /* 5.2.12.5 */
    uint8_t type, length;           /* 2, 10 */
    uint8_t bus;                    /* 0: ISA */
    uint8_t source;
    uint32_t gsi;
    uint16_t flags;                 /* MPS INTI flags */
} ACPI_PACKED;

struct acpi_madt_local_apic_nmi {   /* 5.2.12.7 */
    uint8_t type, length;           /* 4, 6 */
    uint8_t processor_uid;          /* 0xFF: all processors */
    uint16_t flags;
    uint8_t lint;
} ACPI_PACKED;

struct acpi_madt_local_x2apic {     /* 5.2.12.12 */
    uint8_t type, length;           /* 9, 16 */
    uint16_t reserved;
    uint32_t x2apic_id;
    uint32_t flags;
    uint32_t processor_uid;
} ACPI_PACKED;

struct acpi_madt_local_x2apic_nmi { /* 5.2.12.13 */
    uint8_t type, length;           /* 10, 12 */
    uint16_t flags;
    uint32_t processor_uid;         /* 0xFFFFFFFF: all processors */
    uint8_t lint;
    uint8_t reserved[3];
} ACPI_PACKED;

/* Status Override Table (Linaro STAO spec v0.3): header, UART flag, then
 * NUL-terminated namepaths up to the table's length. */
struct acpi_stao {
    struct acpi_table_header header;
    uint8_t ignore_uart;
} ACPI_PACKED;

#define ACPI_STATIC_ASSERT(cond) _Static_assert(cond, #cond)
ACPI_STATIC_ASSERT(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
ACPI_STATIC_ASSERT(sizeof(struct acpi_table_header) == 36);
ACPI_STATIC_ASSERT(sizeof(struct acpi_rsdp) == 36);
ACPI_STATIC_ASSERT(offsetof(struct acpi_rsdp, length) == 20);
ACPI_STATIC_ASSERT(sizeof(struct acpi_gas) == 12);
ACPI_STATIC_ASSERT(sizeof(struct acpi_fadt) == 276);
ACPI_STATIC_ASSERT(offsetof(struct acpi_fadt, flags) == 112);
ACPI_STATIC_ASSERT(offsetof(struct acpi_fadt, reset_reg) == 116);
ACPI_STATIC_ASSERT(offsetof(struct acpi_fadt, x_dsdt) == 140);
ACPI_STATIC_ASSERT(offsetof(struct acpi_fadt, sleep_control_reg) == 244);
ACPI_STATIC_ASSERT(offsetof(struct acpi_fadt, hypervisor_vendor_identity) == 268);
ACPI_STATIC_ASSERT(sizeof(struct acpi_facs) == 64);
ACPI_STATIC_ASSERT(sizeof(struct acpi_madt) == 44);
ACPI_STATIC_ASSERT(sizeof(struct acpi_madt_local_apic) == 8);
ACPI_STATIC_ASSERT(sizeof(struct acpi_madt_io_apic) == 12);
ACPI_STATIC_ASSERT(sizeof(struct acpi_madt_int_src_override) == 10);
ACPI_STATIC_ASSERT(sizeof(struct acpi_madt_local_apic_nmi) == 6);
ACPI_STATIC_ASSERT(sizeof(struct acpi_madt_local_x2apic) == 16);
ACPI_STATIC_ASSERT(sizeof(struct acpi_madt_local_x2apic_nmi) == 12);
ACPI_STATIC_ASSERT(sizeof(struct acpi_stao) == 37);

#endif
