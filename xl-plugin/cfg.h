/*
 * cfg.h - an xl.cfg (read with libxlutil, as xl reads it) turned into the
 * struct acpi_guest_config of a PVH domU.
 *
 * Options (xl-plugin/README.md documents them):
 *   type        "pvh", or "hvm" (hvmloader builds the tables; xl-acpi makes
 *               the acpi_firmware= file of the device model's tables and
 *               the VMGENID SSDT: see docs/hvm.md)
 *   acpi        0|1, default 1; acpi=0 is a valid guest without tables
 *   vcpus       1..4096, default 1
 *   maxvcpus    vcpus..4096, default vcpus
 *   lapic       0|1, default 1 (MADT); type="pvh" only
 *   ioapic      0|1, default 0 (needs lapic); type="pvh" only
 *   vmgenid     "none" (default), "auto" (random GUID) or a GUID
 *   vmgenid_gsi GED interrupt of the VMGENID device: a GSI 0..47, or
 *               "none" (no notification); default 23 with ioapic=1,
 *               "none" without; type="hvm": "none" only
 *   ms_vm_genid hvmloader's own generation ID (type="hvm"): "generate"
 *               excludes vmgenid (two VM generation devices)
 *   acpi_firmware  type="hvm": the file hvmloader appends (recorded)
 *   acpi_oem_id 1 to 6 printable ASCII characters, default "Xen"
 *   vnvdimms    a list of the guest's vNVDIMM backing paths; a non-empty
 *               list lets the device model hand in an NFIT (dm-acpi rule 2)
 *   memory      MiB of RAM, 1..XL_CFG_MAX_MEM_MIB, default 32 (libxl's)
 *   maxmem      MiB the guest can ever have, memory..XL_CFG_MAX_MEM_MIB,
 *               default memory; the guest's memory map holds this much RAM
 * Every other option is ignored, as xl ignores what it does not know.
 */
#ifndef XL_ACPI_CFG_H
#define XL_ACPI_CFG_H

#include <stddef.h>
#include <stdint.h>

#include <acpigen/guest.h>

#define XL_CFG_DEFAULT_VMGENID_GSI  23  /* last pin of a 24-pin IO APIC */
#define XL_CFG_MAX_GSI              47  /* Xen's vIOAPIC has 48 pins */
/* libxl's max_memkb when xl.cfg has no memory= (xl sets none of its own). */
#define XL_CFG_DEFAULT_MEMORY_MIB   32
/* 4 PiB: far beyond any guest, and small enough that MiB << 20 plus the
 * 4 GiB where high RAM starts cannot overflow 64 bits. */
#define XL_CFG_MAX_MEM_MIB          (1ll << 32)

struct xl_cfg {
    struct acpi_guest_config guest;
    int acpi;                   /* 0: the guest gets no ACPI tables at all */
    int vmgenid_auto;           /* the GUID was generated, not configured */
    unsigned n_vnvdimms;        /* entries of vnvdimms = [ ... ] */
    uint64_t memory_mib;        /* memory=, or XL_CFG_DEFAULT_MEMORY_MIB */
    uint64_t maxmem_mib;        /* maxmem=, or memory_mib */
    int memory_set, maxmem_set; /* given in the file (else the default) */
    int hvm;                    /* type="hvm": the guest's own tables are hvmloader's */
    int acpi_firmware_set;      /* type="hvm": acpi_firmware= names a file */
};

/*
 * Read the xl.cfg at path into *out.  Returns 0, or -1 with err holding
 * the diagnostic: "PATH:LINE: error: ..." for a setting we reject (or
 * "PATH: error: ..." when no line applies), libxlutil's own
 * "PATH:LINE: config parsing error near ..." for a syntax error.  err never
 * ends in a newline; it may hold several lines for a syntax error.
 */
int xl_cfg_load(const char *path, struct xl_cfg *out, char *err, size_t errlen);

/* The same for an xl.cfg held in memory; name is used in messages only. */
int xl_cfg_load_data(const char *name, const char *data, size_t len, struct xl_cfg *out,
                     char *err, size_t errlen);

/* Line (from 1) of the assignment to `setting` that libxlutil uses (the
 * last one), or 0 when the setting is not assigned.  data must be a
 * config libxlutil has parsed without error. */
unsigned xl_cfg_setting_line(const char *data, size_t len, const char *setting);

#endif
