/*
 * guestmem.h - reading and writing a domain's guest-physical memory through
 * libxenforeignmemory, page by page, and the PVH boot structures in it
 * (hvm_start_info, its e820 memory map).
 *
 * Every access maps exactly the pages of the range, checks each page's own
 * error (an unpopulated GFN fails the mapping instead of faulting later)
 * and unmaps before returning, so no mapping outlives a call.  The time
 * spent is added up for the timing figures of xl-acpi create.
 */
#ifndef XL_ACPI_GUESTMEM_H
#define XL_ACPI_GUESTMEM_H

#include <stddef.h>
#include <stdint.h>

#include <xenforeignmemory.h>

#include "memmap.h"

#define XL_GUEST_PAGE 4096u
#define XL_MEMMAP_MAX 128u          /* e820 entries we accept from a guest */

struct xl_guestmem {
    xenforeignmemory_handle *fmem;
    uint32_t domid;
    uint64_t ns;                    /* time spent mapping and copying */
    unsigned long maps;             /* how many mappings were made */
};

/* Copy guest [gpa, gpa+len) into buf.  Returns 0, or -1 with err naming the
 * range and the first page that could not be mapped. */
int xl_guest_read(struct xl_guestmem *gm, uint64_t gpa, void *buf, size_t len,
                  char *err, size_t errlen);
/* Copy buf into guest [gpa, gpa+len); same errors.  All pages are mapped
 * before the first byte is written, so a range with a hole is not written
 * at all. */
int xl_guest_write(struct xl_guestmem *gm, uint64_t gpa, const void *buf, size_t len,
                   char *err, size_t errlen);

/* The PVH start of day structure the domain builder left for vCPU 0. */
struct xl_start_info {
    uint64_t address;               /* of struct hvm_start_info (vCPU 0's %rbx) */
    uint32_t version;
    uint64_t rsdp_paddr;
    uint64_t memmap_paddr;
    uint32_t memmap_entries;
    struct xl_e820_entry memmap[XL_MEMMAP_MAX];
};

/* Read it (address from vCPU 0's registers through xch, which the caller
 * opened).  Refuses a structure without the magic, one older than version 1
 * (no memory map) and a memory map of 0 or more than XL_MEMMAP_MAX
 * entries. */
struct xc_interface_core;
int xl_start_info_read(struct xc_interface_core *xch, struct xl_guestmem *gm,
                       struct xl_start_info *si, char *err, size_t errlen);

/* Write back rsdp_paddr and the memory map (n entries, at most the number
 * it had: the array cannot grow in place). */
int xl_start_info_write(struct xl_guestmem *gm, const struct xl_start_info *si,
                        uint64_t rsdp_paddr, const struct xl_e820_entry *map, unsigned n,
                        char *err, size_t errlen);

#endif
