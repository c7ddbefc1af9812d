/*
 * dmacpi.h - take in the ACPI tables and namespace devices a device model
 * (QEMU) hands over as blobs in guest memory (docs/dm-acpi.md is the ABI).
 *
 * The device model is untrusted.  Everything here works on a copy of the
 * blob area the caller has already taken out of guest memory (each byte of
 * guest memory is read once, so there is no double fetch), never reads
 * outside it, allocates nothing and judges each blob on its own: a bad blob
 * is rejected with its index, offset and reason and the good ones around it
 * are still taken; only a structurally corrupt area (a blob header that does
 * not fit) stops the walk.
 *
 * The three rules (from the vNVDIMM design):
 *   1. tables the toolstack builds itself (DSDT, SSDT, FACP, APIC, ...) are
 *      never taken from the device model;
 *   2. any other table only when the caller allows its signature for this
 *      domain's devices (NFIT only with a vNVDIMM, ...);
 *   3. namespace devices only under names that do not exist yet in \_SB.
 *
 * Use: acpi_guest_build_dm() does it all; the pieces below are for callers
 * that need them one by one (and for the tests and fuzzers).
 */
#ifndef ACPIGEN_DMACPI_H
#define ACPIGEN_DMACPI_H

#include <stddef.h>
#include <stdint.h>

#include "acpigen/guest.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ACPI_DM_BLOB_TABLE        0u          /* data: a complete ACPI table */
#define ACPI_DM_BLOB_NSDEV        1u          /* data: NameSeg + device body */
#define ACPI_DM_BLOB_HEADER       8u          /* uint32 type, uint32 size (LE) */
#define ACPI_DM_AREA_MAX_DEFAULT  (1u << 20)  /* 1 MiB */
#define ACPI_DM_MAX_BLOBS         65536u
#define ACPI_DM_MAX_ALLOW         16          /* signatures in a policy */
#define ACPI_DM_REASON_MAX        128
#define ACPI_DM_OEM_TABLE_ID      "DMACPI"    /* the SSDT that holds the devices */
/* Room the SSDT of the devices of an area of n bytes can need at most. */
#define ACPI_DM_SSDT_MAX(n)       ((size_t)(n) + 64)

/* What the caller allows for this domain. */
struct acpi_dm_policy {
    /* Table signatures this domain's devices justify (rule 2), e.g. "NFIT"
     * when it has a vNVDIMM.  A signature the toolstack builds is refused
     * here as a policy error. */
    char allow[ACPI_DM_MAX_ALLOW][5];
    unsigned n_allow;
    uint32_t max_area;          /* bytes; 0: ACPI_DM_AREA_MAX_DEFAULT */
    uint32_t max_blobs;         /* 0: ACPI_DM_MAX_BLOBS (also the cap) */
    unsigned max_depth;         /* device body nesting; 0: ACPI_NS_BODY_DEPTH */
    unsigned max_tables;        /* tables taken; 0 or more than the set holds:
                                 * ACPI_GUEST_MAX_EXTRA - 1 */
};

/* Defaults: nothing allowed, 1 MiB, 65536 blobs, depth 32. */
void acpi_dm_policy_init(struct acpi_dm_policy *p);
/* Allow a table signature (4 characters).  Returns 0, or -1 with err set
 * when it is malformed, owned by the toolstack, or the list is full. */
int acpi_dm_policy_allow(struct acpi_dm_policy *p, const char *sig, char *err, size_t errlen);

/*
 * The xenstore values /local/domain/<domid>/hvmloader/dm-acpi/{address,length}:
 * strictly "0x" or "0X" followed by 1-16 hex digits, or decimal digits
 * without a leading zero (except "0" itself); no sign, no blank, nothing
 * after; the value must fit in 64 bits.  s need not be NUL-terminated.
 * Returns 0, or -1 with err naming `what` and the text.
 */
int acpi_dm_parse_number(const char *s, size_t len, const char *what, uint64_t *out,
                         char *err, size_t errlen);
/* The area itself: length 1..max_area, and address + length not past 4 GiB
 * (the device model puts it below 4 GiB; anything else is a 32-bit wrap). */
int acpi_dm_check_area(uint64_t address, uint64_t length, const struct acpi_dm_policy *p,
                       char *err, size_t errlen);

/*
 * A set of NameSegs (the children of \_SB) in caller storage: open
 * addressing over `slots`, a power of two at least twice the number of
 * names it will hold (ACPI_DM_NAMESET_SLOTS).
 */
struct acpi_nameset {
    uint32_t *slots;
    uint32_t mask;
    uint32_t n;
};
#define ACPI_DM_NAMESET_SLOTS(names) acpi_dm__pow2(2 * (size_t)(names) + 16)
static inline size_t acpi_dm__pow2(size_t n)
{
    size_t p = 16;
    while (p < n)
        p <<= 1;
    return p;
}
/* n_slots must be a power of two >= 16.  Returns 0 or -1. */
int acpi_nameset_init(struct acpi_nameset *s, uint32_t *slots, size_t n_slots);
/* 1 when added, 0 when it was there already, -1 when the set is full. */
int acpi_nameset_add(struct acpi_nameset *s, uint32_t nameseg);
int acpi_nameset_has(const struct acpi_nameset *s, uint32_t nameseg);
/* Add every name directly under \_SB, and at the root (a device in \_SB
 * would shadow a root name for lookups from inside \_SB), that the DSDT and
 * SSDTs of a built guest set define (acpi_ns_scan of each).  Returns 0, or
 * -1 with err. */
int acpi_nameset_add_guest(struct acpi_nameset *s, const struct acpi_guest_tables *t,
                           char *err, size_t errlen);
/* The same for one DSDT or SSDT given whole (header included) in
 * table[0..len), as hvmloader has its own: its length field must lie
 * within len.  Returns 0, or -1 with err. */
int acpi_nameset_add_aml(struct acpi_nameset *s, const uint8_t *table, size_t len,
                         char *err, size_t errlen);

/* The verdict on one blob. */
struct acpi_dm_blob {
    uint32_t index;             /* 0-based position in the area */
    uint32_t offset;            /* of its header in the area */
    uint32_t type;
    uint32_t size;              /* as the header says, header included */
    char name[5];               /* signature or NameSeg, '?' for unprintable bytes */
    int accepted;
    char reason[ACPI_DM_REASON_MAX];    /* why it was rejected, "" when accepted
                                         * (a string: bytes after its NUL are
                                         * not cleared) */
    /* Accepted blobs: the table (type 0), or the device body after the
     * NameSeg (type 1); pointers into the area. */
    const uint8_t *data;
    uint32_t data_len;
};

struct acpi_dm_result {
    struct acpi_dm_blob *blobs; /* caller storage, one per blob in the area */
    uint32_t cap;
    uint32_t n;                 /* blobs judged */
    uint32_t n_accepted, n_rejected;
    uint32_t n_tables, n_devices;       /* accepted, by type */
    int stopped;                /* the walk stopped at a corrupt header */
    uint32_t stop_offset;
    char stop_reason[ACPI_DM_REASON_MAX];
};

/*
 * Judge every blob of area[0..len) against policy p and the names already in
 * \_SB (names; accepted devices are added to it, so two devices with one name
 * cannot both get in).  res->blobs must have room for every blob (cap); when
 * it has not, the walk stops with a reason.  Returns 0 when the whole area
 * was walked, 1 when it stopped early (res->stop_reason), -1 on bad
 * arguments.  Either way res lists what was accepted before.
 */
int acpi_dm_ingest(const uint8_t *area, size_t len, const struct acpi_dm_policy *p,
                   struct acpi_nameset *names, struct acpi_dm_result *res);

/*
 * Wrap the accepted namespace devices of res into one SSDT,
 * DefinitionBlock("", "SSDT", 2, oem_id, "DMACPI", oem_revision)
 * { Scope(\_SB) { Device(NAME) { body } ... } }, into buf[0..cap)
 * (ACPI_DM_SSDT_MAX(area length) is always enough).  Returns its length,
 * 0 when there is no device, or -1 with err set.
 */
long acpi_dm_build_ssdt(const struct acpi_dm_result *res, const char *oem_id,
                        uint32_t oem_revision, uint8_t *buf, size_t cap,
                        char *err, size_t errlen);

/* Storage acpi_guest_build_dm() works in, all from the caller. */
struct acpi_dm_work {
    struct acpi_dm_blob *blobs;         /* room for the area's blobs */
    uint32_t n_blobs;
    uint32_t *name_slots;               /* ACPI_DM_NAMESET_SLOTS(maxvcpus + 16 + n_blobs) */
    size_t n_name_slots;
    uint8_t *ssdt;                      /* ACPI_DM_SSDT_MAX(area length) bytes */
    size_t ssdt_cap;
};

/*
 * Build cfg's table set with what the device model's area adds: build the
 * set, collect the names its DSDT and SSDTs define under \_SB, judge the
 * blobs, then build the set again with the accepted tables and the DMACPI
 * SSDT appended (XSDT, RSDT, addresses and checksums by acpi_guest_build).
 * cfg->extra must be empty (it is where the accepted tables go).  A rejected
 * blob is not an error: res lists it.  Returns 0, or -1 with out->error set
 * (the image is then zeroed as by acpi_guest_build).
 */
int acpi_guest_build_dm(const struct acpi_guest_config *cfg, const struct acpi_layout *lp,
                        uint8_t *image, size_t image_cap,
                        uint8_t guid_page[ACPI_GUID_PAGE_SIZE],
                        const uint8_t *area, size_t area_len, const struct acpi_dm_policy *p,
                        struct acpi_dm_work *work, struct acpi_dm_result *res,
                        struct acpi_guest_tables *out);

#ifdef __cplusplus
}
#endif

#endif
