/*
 * xendomain.c - the table set of a paused PVH domain written into it
 * (see xendomain.h for the steps and their order).
 */
#define _POSIX_C_SOURCE 200809L
#define __XEN_TOOLS__ 1    /* xenctrl.h needs the tools view of the Xen headers */

#include "xendomain.h"
#include "acpiregion.h"
#include "errbuf.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxl_utils.h>
#include <xenctrl.h>
#include <xenstore.h>

#include <acpigen/dmacpi.h>


static uint64_t now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

struct ctx {
    xc_interface *xch;
    struct xs_handle *xs;
    struct xl_guestmem gm;
    struct xl_start_info si;
    char *err;
    size_t errlen;
};

/* 1. A PVH domain, paused, not dying, whose vCPUs are those of cfg. */
static int check_domain(struct ctx *c, uint32_t domid, const libxl_domain_config *dc,
                        const struct xl_cfg *cfg)
{
    xc_domaininfo_t di;
    unsigned avail = 0;

    if (xc_domain_getinfolist(c->xch, domid, 1, &di) != 1 || di.domain != domid)
        return xl_errf(c->err, c->errlen, "domain %u does not exist", domid);
    if (!(di.flags & XEN_DOMINF_hvm_guest) || dc->c_info.type != LIBXL_DOMAIN_TYPE_PVH)
        return xl_errf(c->err, c->errlen, "domain %u is not a PVH guest (xl-acpi writes the "
                       "tables of type=\"pvh\" domains; HVM guests get theirs from hvmloader)",
                       domid);
    if (di.flags & (XEN_DOMINF_dying | XEN_DOMINF_shutdown))
        return xl_errf(c->err, c->errlen, "domain %u is dying or shut down", domid);
    if (!(di.flags & XEN_DOMINF_paused))
        return xl_errf(c->err, c->errlen, "domain %u is running: its tables can only be "
                       "replaced before it starts (create it with xl create -p)", domid);
    for (int i = 0; i < (int)dc->b_info.avail_vcpus.size * 8; i++)
        avail += libxl_bitmap_test(&dc->b_info.avail_vcpus, i) ? 1u : 0u;
    if (di.max_vcpu_id + 1 != cfg->guest.maxvcpus || avail != cfg->guest.vcpus)
        return xl_errf(c->err, c->errlen, "domain %u has %u vCPUs of maxvcpus %u, the config "
                       "says vcpus=%u maxvcpus=%u", domid, avail, di.max_vcpu_id + 1,
                       cfg->guest.vcpus, cfg->guest.maxvcpus);
    return 0;
}

/* One xenstore value inside transaction t: NULL when absent. */
static char *xs_value(struct ctx *c, xs_transaction_t t, const char *path, unsigned *len)
{
    return xs_read(c->xs, t, path, len);
}

/* 3. The dm-acpi keys, read together, and the blob area copied out once. */
static int read_dm(struct ctx *c, uint32_t domid, const struct xl_cfg *cfg,
                   struct xl_domain_acpi *o)
{
    char pa[96], pl[96];
    char *va = NULL, *vl = NULL;
    unsigned la = 0, ll = 0;
    uint64_t t0 = now_ns();
    const struct xl_e820_entry *ram;
    char why[256];
    int ret = -1;

    snprintf(pa, sizeof(pa), "/local/domain/%u/hvmloader/dm-acpi/address", domid);
    snprintf(pl, sizeof(pl), "/local/domain/%u/hvmloader/dm-acpi/length", domid);
    for (int tries = 0;; tries++) {
        xs_transaction_t t = xs_transaction_start(c->xs);
        if (t == XBT_NULL) {
            xl_errf(c->err, c->errlen, "xenstore: cannot start a transaction: %s",
                    strerror(errno));
            goto out;
        }
        va = xs_value(c, t, pa, &la);
        vl = xs_value(c, t, pl, &ll);
        if (xs_transaction_end(c->xs, t, false))
            break;
        free(va);
        free(vl);
        va = vl = NULL;
        if (errno != EAGAIN || tries == 16) {
            xl_errf(c->err, c->errlen, "xenstore: reading %s: %s", pa, strerror(errno));
            goto out;
        }
    }
    o->xenstore_ns = now_ns() - t0;
    if (!va && !vl) {           /* no device model tables: the common case */
        ret = 0;
        goto out;
    }
    if (!va || !vl) {
        xl_errf(c->err, c->errlen, "xenstore: %s is set but %s is not: the dm-acpi keys come "
                "as a pair", va ? pa : pl, va ? pl : pa);
        goto out;
    }
    if (xl_dm_policy(cfg, &o->dm.policy, c->err, c->errlen))
        goto out;
    if (acpi_dm_parse_number(va, la, pa, &o->dm_address, why, sizeof(why)) ||
        acpi_dm_parse_number(vl, ll, pl, &o->dm_length, why, sizeof(why)) ||
        acpi_dm_check_area(o->dm_address, o->dm_length, &o->dm.policy, why, sizeof(why))) {
        xl_errf(c->err, c->errlen, "dm-acpi: %s", why);
        goto out;
    }
    ram = xl_e820_covering(c->si.memmap, c->si.memmap_entries, o->dm_address, o->dm_length);
    if (!ram || ram->type != XL_E820_RAM) {
        xl_errf(c->err, c->errlen, "dm-acpi: the blob area 0x%" PRIx64 "-0x%" PRIx64 " (%s, %s) "
                "is not inside one RAM range of the guest's memory map", o->dm_address,
                o->dm_address + o->dm_length - 1, pa, pl);
        goto out;
    }
    /* Bounded by acpi_dm_check_area() before anything is mapped. */
    o->dm.area = malloc((size_t)o->dm_length);
    if (!o->dm.area) {
        xl_errf(c->err, c->errlen, "dm-acpi: out of memory for a %" PRIu64 "-byte area",
                o->dm_length);
        goto out;
    }
    if (xl_guest_read(&c->gm, o->dm_address, o->dm.area, (size_t)o->dm_length, why,
                      sizeof(why))) {
        xl_errf(c->err, c->errlen, "dm-acpi: the blob area: %s", why);
        goto out;
    }
    o->dm.area_len = (size_t)o->dm_length;
    o->dm.path = "guest memory";
    o->has_dm = 1;
    ret = 0;
out:
    free(va);
    free(vl);
    return ret;
}

static int build(struct xl_domain_acpi *o, const struct xl_cfg *cfg, char *err, size_t errlen)
{
    uint64_t t0 = now_ns();
    int r;

    memset(o->image, 0, XL_PVH_ACPI_MAX);
    if (o->has_dm)
        r = xl_dm_build(&o->dm, &cfg->guest, &o->layout, o->image, XL_PVH_ACPI_MAX,
                        o->guid_page, &o->t, err, errlen);
    else if ((r = acpi_guest_build(&cfg->guest, &o->layout, o->image, XL_PVH_ACPI_MAX,
                                   o->guid_page, &o->t)))
        xl_errf(err, errlen, "%s", o->t.error);
    o->build_ns += now_ns() - t0;
    return r;
}

/* 4b. Populate [from, to), checked free in the memory map by the caller. */
static int populate(struct ctx *c, uint32_t domid, uint64_t from, uint64_t to,
                    struct xl_domain_acpi *o)
{
    unsigned long n = (unsigned long)((to - from) / XL_GUEST_PAGE);
    xen_pfn_t pfns[XL_PVH_ACPI_MAX / XL_GUEST_PAGE];
    xc_domaininfo_t di;

    for (unsigned long i = 0; i < n; i++)
        pfns[i] = (xen_pfn_t)(from / XL_GUEST_PAGE + i);
    /* libxl's allowance has no room planned for these pages. */
    if (xc_domain_getinfolist(c->xch, domid, 1, &di) != 1 ||
        xc_domain_setmaxmem(c->xch, domid, (di.max_pages + n) * (XL_GUEST_PAGE / 1024)))
        return xl_errf(c->err, c->errlen, "cannot raise the memory limit of domain %u by %lu "
                       "pages: %s", domid, n, strerror(errno));
    if (xc_domain_populate_physmap_exact(c->xch, domid, n, 0, 0, pfns))
        return xl_errf(c->err, c->errlen, "cannot populate guest pages 0x%" PRIx64 "-0x%" PRIx64
                       " of domain %u for the ACPI tables: %s", from, to - 1, domid,
                       strerror(errno));
    o->pages_added = (unsigned)n;
    return 0;
}

static int write_all(struct ctx *c, uint32_t domid, struct xl_domain_acpi *o)
{
    uint64_t base = XL_PVH_ACPI_BASE;
    size_t tables = (size_t)(o->t.guid_page_address ? o->t.guid_page_address - base
                                                    : o->layout.size);
    struct e820entry map[XL_MEMMAP_MAX];
    uint8_t rsdp_low[64] = { 0 };
    char why[256];

    memcpy(rsdp_low, o->t.rsdp_low, sizeof(o->t.rsdp_low));
    /* The whole region: what libxl left there is zeroed, not kept. */
    if (xl_guest_write(&c->gm, base, o->image, tables, why, sizeof(why)) ||
        (o->t.guid_page_address &&
         xl_guest_write(&c->gm, o->t.guid_page_address, o->guid_page, ACPI_GUID_PAGE_SIZE,
                        why, sizeof(why))) ||
        (o->t.has_rsdp_low &&
         xl_guest_write(&c->gm, ACPI_RSDP_LOW_ADDRESS, rsdp_low, sizeof(rsdp_low), why,
                        sizeof(why))) ||
        xl_start_info_write(&c->gm, &c->si, o->t.rsdp_address, o->e820, o->n_e820, why,
                            sizeof(why)))
        return xl_errf(c->err, c->errlen, "writing the tables into domain %u: %s", domid, why);
    for (unsigned i = 0; i < o->n_e820; i++) {
        map[i].addr = o->e820[i].addr;
        map[i].size = o->e820[i].size;
        map[i].type = o->e820[i].type;
    }
    if (xc_domain_set_memory_map(c->xch, domid, map, o->n_e820))
        return xl_errf(c->err, c->errlen, "cannot set the memory map of domain %u: %s", domid,
                       strerror(errno));
    return 0;
}

/* Record the GUID page for `xl-acpi genid` under libxl's dom0-only path. */
static int record_guid_page(struct ctx *c, uint32_t domid, const struct xl_domain_acpi *o)
{
    char path[96], val[32];

    if (!o->t.guid_page_address)
        return 0;
    snprintf(path, sizeof(path), XL_XS_GUID_PAGE, domid);
    snprintf(val, sizeof(val), "0x%" PRIx64, o->t.guid_page_address);
    if (!xs_write(c->xs, XBT_NULL, path, val, (unsigned)strlen(val)))
        return xl_errf(c->err, c->errlen, "xenstore: cannot write %s: %s", path,
                       strerror(errno));
    return 0;
}

int xl_domain_acpi_write(libxl_ctx *ctx, uint32_t domid, const libxl_domain_config *d_config,
                         const struct xl_cfg *cfg, struct xl_domain_acpi *o,
                         char *err, size_t errlen)
{
    struct ctx c = { .err = err, .errlen = errlen };
    uint64_t t0 = now_ns(), old_len, need, size;
    char why[512];
    int ret = -1, n;

    (void)ctx;      /* libxl's handles are private: ours are opened here */
    memset(o, 0, sizeof(*o));
    o->domid = domid;
    c.gm.domid = domid;
    c.xch = xc_interface_open(NULL, NULL, 0);
    c.gm.fmem = xenforeignmemory_open(NULL, 0);
    c.xs = xs_open(0);
    if (!c.xch || !c.gm.fmem || !c.xs) {
        xl_errf(err, errlen, "cannot open %s: %s (run in dom0 as root, with xenstored running)",
                !c.xch ? "libxenctrl" : !c.gm.fmem ? "libxenforeignmemory" : "xenstore",
                strerror(errno));
        goto out;
    }
    if (check_domain(&c, domid, d_config, cfg))
        goto out;
    if (xl_start_info_read((struct xc_interface_core *)c.xch, &c.gm, &c.si, why, sizeof(why))) {
        xl_errf(err, errlen, "%s", why);
        goto out;
    }
    o->old_rsdp = c.si.rsdp_paddr;
    old_len = xl_acpi_region_len(c.si.memmap, c.si.memmap_entries, XL_PVH_ACPI_BASE);
    if (!old_len) {
        xl_errf(err, errlen, "domain %u has no ACPI range at 0x%x in its memory map: libxl "
                "built it without ACPI tables (acpi=0?)", domid, XL_PVH_ACPI_BASE);
        goto out;
    }
    o->libxl_region = old_len;
    if (read_dm(&c, domid, cfg, o))
        goto out;
    o->image = malloc(XL_PVH_ACPI_MAX);
    if (!o->image) {
        xl_errf(err, errlen, "out of memory");
        goto out;
    }
    /* 4. First at the largest size, to learn what the set needs. */
    o->layout.base = XL_PVH_ACPI_BASE;
    o->layout.size = XL_PVH_ACPI_MAX;
    /* libxl put the RSDP below 1 MiB for a Linux older than 4.17: ours
     * goes there too, over libxl's, in the page libxl populated for it. */
    o->layout.rsdp_low = o->old_rsdp == ACPI_RSDP_LOW_ADDRESS;
    if (build(o, cfg, why, sizeof(why))) {
        xl_errf(err, errlen, "cannot build the tables: %s", why);
        goto out;
    }
    /* Whole pages: they are populated and typed by page. */
    need = (o->t.image_len + XL_PAGE_SIZE - 1) / XL_PAGE_SIZE * XL_PAGE_SIZE +
           (cfg->guest.vmgenid ? ACPI_GUID_PAGE_SIZE : 0);
    size = need > old_len ? need : old_len;
    if (xl_region_check(c.si.memmap, c.si.memmap_entries, (1u << XL_E820_ACPI) | (1u << XL_E820_NVS),
                        XL_PVH_ACPI_BASE, size, "the ACPI region", why, sizeof(why))) {
        xl_errf(err, errlen, "domain %u: %s", domid, why);
        goto out;
    }
    if (size > old_len && populate(&c, domid, XL_PVH_ACPI_BASE + old_len,
                                   XL_PVH_ACPI_BASE + size, o))
        goto out;
    if (size != XL_PVH_ACPI_MAX) {
        o->layout.size = size;
        if (build(o, cfg, why, sizeof(why))) {
            xl_errf(err, errlen, "cannot build the tables: %s", why);
            goto out;
        }
    }
    n = xl_acpi_region_replace(c.si.memmap, c.si.memmap_entries, XL_PVH_ACPI_BASE, old_len,
                               o->layout.size, o->t.guid_page_address, o->e820,
                               c.si.memmap_entries);
    if (n < 0) {
        xl_errf(err, errlen, "domain %u: the new memory map needs more entries than the %u "
                "hvm_start_info has room for", domid, c.si.memmap_entries);
        goto out;
    }
    o->n_e820 = (unsigned)n;
    /* 5. The only step that writes. */
    if (write_all(&c, domid, o) || record_guid_page(&c, domid, o))
        goto out;
    ret = 0;
out:
    o->map_ns = c.gm.ns;
    o->total_ns = now_ns() - t0;
    if (c.xs)
        xs_close(c.xs);
    if (c.gm.fmem)
        xenforeignmemory_close(c.gm.fmem);
    if (c.xch)
        xc_interface_close(c.xch);
    return ret;
}

void xl_domain_acpi_free(struct xl_domain_acpi *o)
{
    free(o->image);
    o->image = NULL;
    xl_dm_free(&o->dm);
}
