/*
 * output.h - the files `xl-acpi build` writes into --out DIR: which they
 * are, what each holds, and writing them all or none.
 *
 *   tables.bin         the image: base .. base + image_len
 *   SIG.aml            each DSDT and SSDT (SSDT1.aml, SSDT2.aml ... when
 *                      several tables share a signature)
 *   SIG.dat            each other table, RSDP included (FACP.dat, APIC.dat,
 *                      XSDT.dat, RSDT.dat, RSDP.dat ...)
 *   vmgenid-guid.bin   the 4 KiB VMGENID page, with vmgenid
 *   rsdp-low.bin       the 36-byte RSDP for 0xFFFC0, with --rsdp-low
 *   manifest.json      what went where (manifest.h)
 *
 * For a type="hvm" guest: acpi-firmware.bin (the acpi_firmware= file),
 * SIG.aml / SIG.dat of each table in it, vmgenid-guid.bin, manifest.json.
 */
#ifndef XL_ACPI_OUTPUT_H
#define XL_ACPI_OUTPUT_H

#include <stddef.h>
#include <stdint.h>

#include <acpigen/guest.h>

#include "cfg.h"

struct xl_dm;
struct xl_hvm;

/* What one build produced: the input of output, manifest and summary. */
struct xl_build {
    const char *cfg_path;
    const struct xl_cfg *cfg;
    const struct acpi_layout *layout;
    const struct acpi_guest_tables *t;
    const uint8_t *guid_page;       /* NULL without vmgenid */
    const struct xl_dm *dm;         /* the --dm-blobs verdicts, NULL without */
    const struct xl_hvm *hvm;       /* type="hvm": the acpi_firmware file (t is NULL) */
    const char *command;            /* "build", "create", "attach": the manifest's "command" */
    int64_t domid;                  /* the domain the tables went into, -1 for none */
    int no_files;                   /* nothing is written (--json without --out) */
};

#define XL_OUT_MAX_FILES  (ACPI_GUEST_MAX_TABLES + 1 + 4)
#define XL_OUT_NAME_MAX   32

struct xl_out_file {
    char name[XL_OUT_NAME_MAX];
    const uint8_t *data;            /* not owned */
    size_t len;
};

struct xl_out_files {
    struct xl_out_file f[XL_OUT_MAX_FILES];
    unsigned n;
    /* The file of each entry of t->tables[]. */
    const char *table_file[ACPI_GUEST_MAX_TABLES + 1];
};

/* List the files of build b (all but manifest.json).  Returns 0, or -1
 * with err set when the build's manifest points outside its image. */
int xl_out_files(const struct xl_build *b, struct xl_out_files *fs, char *err, size_t errlen);

/* Append one more file (manifest.json).  Returns 0, or -1 when full. */
int xl_out_add(struct xl_out_files *fs, const char *name, const void *data, size_t len);

/* The bytes of t->tables[i]: in the image, or t->rsdp_low for an RSDP that
 * lives at 0xFFFC0.  NULL when the entry points outside both. */
const uint8_t *xl_table_bytes(const struct acpi_guest_tables *t, unsigned i);

/*
 * Write every file of fs into dir (created, with its parents, if needed).
 * Each file is written and synced under a temporary name first; only when
 * all of them are complete are they renamed into place, manifest.json
 * last.  Files an earlier run listed in its manifest.json and this run no
 * longer produces (SSDT.aml after vmgenid was turned off) are then
 * removed.  Returns 0; 1 when all files are in place but such a stale file
 * could not be removed (err says which); or -1 with err set, and a failure
 * before the renames leaves the files in dir as they were.
 */
int xl_out_write(const char *dir, const struct xl_out_files *fs, char *err, size_t errlen);

#endif
