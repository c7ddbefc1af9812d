/*
 * guestmem.c - guest-physical memory of a domain through foreign mappings,
 * and its hvm_start_info (see guestmem.h).
 */
#define _POSIX_C_SOURCE 200809L
#define __XEN_TOOLS__ 1

#include "guestmem.h"
#include "errbuf.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include <xenctrl.h>
#include <xen/hvm/save.h>
#include <xen/arch-x86/hvm/start_info.h>

static uint64_t now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Map the pages of [gpa, gpa+len) with prot; *off is where gpa lies in the
 * mapping.  NULL with err set when a page cannot be mapped. */
static uint8_t *map_range(struct xl_guestmem *gm, uint64_t gpa, size_t len, int prot,
                          size_t *npages, size_t *off, char *err, size_t errlen)
{
    uint64_t first = gpa / XL_GUEST_PAGE, last;
    xen_pfn_t *pfns;
    int *errs;
    uint8_t *p;
    size_t n;

    if (!len || gpa + len < gpa) {
        xl_errf(err, errlen, "guest range 0x%" PRIx64 "+0x%zx is empty or wraps", gpa, len);
        return NULL;
    }
    last = (gpa + len - 1) / XL_GUEST_PAGE;
    n = (size_t)(last - first + 1);
    pfns = calloc(n, sizeof(*pfns));
    errs = calloc(n, sizeof(*errs));
    if (!pfns || !errs) {
        free(pfns);
        free(errs);
        xl_errf(err, errlen, "out of memory mapping %zu guest pages", n);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        pfns[i] = (xen_pfn_t)(first + i);
    p = xenforeignmemory_map(gm->fmem, gm->domid, prot, n, pfns, errs);
    gm->maps++;
    if (!p) {
        xl_errf(err, errlen, "cannot map guest memory 0x%" PRIx64 "-0x%" PRIx64 " of domain %u: %s",
                first * XL_GUEST_PAGE, (last + 1) * XL_GUEST_PAGE - 1, gm->domid,
                strerror(errno));
    } else {
        for (size_t i = 0; i < n; i++) {
            if (!errs[i])
                continue;
            xl_errf(err, errlen, "guest page 0x%" PRIx64 " of domain %u is not populated "
                    "(mapping it failed: %s)", (first + i) * XL_GUEST_PAGE, gm->domid,
                    strerror(errs[i] < 0 ? -errs[i] : errs[i]));
            xenforeignmemory_unmap(gm->fmem, p, n);
            p = NULL;
            break;
        }
    }
    free(pfns);
    free(errs);
    *npages = n;
    *off = (size_t)(gpa - first * XL_GUEST_PAGE);
    return p;
}

int xl_guest_read(struct xl_guestmem *gm, uint64_t gpa, void *buf, size_t len,
                  char *err, size_t errlen)
{
    uint64_t t0 = now_ns();
    size_t n, off;
    uint8_t *p = map_range(gm, gpa, len, PROT_READ, &n, &off, err, errlen);

    if (p) {
        memcpy(buf, p + off, len);
        xenforeignmemory_unmap(gm->fmem, p, n);
    }
    gm->ns += now_ns() - t0;
    return p ? 0 : -1;
}

int xl_guest_write(struct xl_guestmem *gm, uint64_t gpa, const void *buf, size_t len,
                   char *err, size_t errlen)
{
    uint64_t t0 = now_ns();
    size_t n, off;
    uint8_t *p = map_range(gm, gpa, len, PROT_READ | PROT_WRITE, &n, &off, err, errlen);

    if (p) {
        memcpy(p + off, buf, len);
        xenforeignmemory_unmap(gm->fmem, p, n);
    }
    gm->ns += now_ns() - t0;
    return p ? 0 : -1;
}

int xl_start_info_read(struct xc_interface_core *xch, struct xl_guestmem *gm,
                       struct xl_start_info *si, char *err, size_t errlen)
{
    struct hvm_hw_cpu cpu;
    struct hvm_start_info h;
    struct hvm_memmap_table_entry raw[XL_MEMMAP_MAX];

    memset(si, 0, sizeof(*si));
    /* The domain builder hands vCPU 0 the start_info address in %ebx. */
    if (xc_domain_hvm_getcontext_partial(xch, gm->domid, HVM_SAVE_CODE(CPU), 0, &cpu,
                                         sizeof(cpu)))
        return xl_errf(err, errlen, "cannot read vCPU 0's registers of domain %u: %s",
                       gm->domid, strerror(errno));
    si->address = cpu.rbx;
    if (xl_guest_read(gm, si->address, &h, sizeof(h), err, errlen))
        return -1;
    if (h.magic != XEN_HVM_START_MAGIC_VALUE)
        return xl_errf(err, errlen, "domain %u: no hvm_start_info at 0x%" PRIx64 " (%%rbx of "
                       "vCPU 0; magic 0x%08x): not a PVH domain that has not started yet",
                       gm->domid, si->address, h.magic);
    if (h.version < 1 || !h.memmap_entries || h.memmap_entries > XL_MEMMAP_MAX)
        return xl_errf(err, errlen, "domain %u: hvm_start_info version %u with %u memory map "
                       "entries: need version 1 and 1 to %u entries", gm->domid, h.version,
                       h.memmap_entries, XL_MEMMAP_MAX);
    si->version = h.version;
    si->rsdp_paddr = h.rsdp_paddr;
    si->memmap_paddr = h.memmap_paddr;
    si->memmap_entries = h.memmap_entries;
    if (xl_guest_read(gm, h.memmap_paddr, raw, h.memmap_entries * sizeof(raw[0]), err, errlen))
        return -1;
    for (unsigned i = 0; i < h.memmap_entries; i++) {
        si->memmap[i].addr = raw[i].addr;
        si->memmap[i].size = raw[i].size;
        si->memmap[i].type = raw[i].type;
    }
    return 0;
}

int xl_start_info_write(struct xl_guestmem *gm, const struct xl_start_info *si,
                        uint64_t rsdp_paddr, const struct xl_e820_entry *map, unsigned n,
                        char *err, size_t errlen)
{
    struct hvm_memmap_table_entry raw[XL_MEMMAP_MAX];
    struct hvm_start_info h;

    if (n > si->memmap_entries)
        return xl_errf(err, errlen, "the new memory map has %u entries, hvm_start_info has "
                       "room for %u", n, si->memmap_entries);
    memset(raw, 0, sizeof(raw));
    for (unsigned i = 0; i < n; i++) {
        raw[i].addr = map[i].addr;
        raw[i].size = map[i].size;
        raw[i].type = map[i].type;
    }
    if (xl_guest_read(gm, si->address, &h, sizeof(h), err, errlen))
        return -1;
    h.rsdp_paddr = rsdp_paddr;
    h.memmap_entries = n;
    /* The old array is overwritten whole: no stale entry past the new end. */
    if (xl_guest_write(gm, si->memmap_paddr, raw, si->memmap_entries * sizeof(raw[0]),
                       err, errlen) ||
        xl_guest_write(gm, si->address, &h, sizeof(h), err, errlen))
        return -1;
    return 0;
}
