/*
 * hvmdomain.c - the VMGENID page of a paused HVM domain (see hvmdomain.h).
 */
#define _POSIX_C_SOURCE 200809L
#define __XEN_TOOLS__ 1    /* xenctrl.h needs the tools view of the Xen headers */

#include "hvmdomain.h"

#include "errbuf.h"
#include "guestmem.h"
#include "xendomain.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xenctrl.h>
#include <xenstore.h>

#include <acpigen/hvmfw.h>

struct ctx {
    xc_interface *xch;
    struct xs_handle *xs;
    struct xl_guestmem gm;
    char *err;
    size_t errlen;
};

static int check_domain(struct ctx *c, uint32_t domid, const libxl_domain_config *dc)
{
    xc_domaininfo_t di;

    if (xc_domain_getinfolist(c->xch, domid, 1, &di) != 1 || di.domain != domid)
        return xl_errf(c->err, c->errlen, "domain %u does not exist", domid);
    if (!(di.flags & XEN_DOMINF_hvm_guest) || dc->c_info.type != LIBXL_DOMAIN_TYPE_HVM)
        return xl_errf(c->err, c->errlen, "domain %u is not an HVM guest, but the config says "
                       "type=\"hvm\"", domid);
    if (di.flags & (XEN_DOMINF_dying | XEN_DOMINF_shutdown))
        return xl_errf(c->err, c->errlen, "domain %u is dying or shut down", domid);
    if (!(di.flags & XEN_DOMINF_paused))
        return xl_errf(c->err, c->errlen, "domain %u is running: its GUID page must be in "
                       "place before hvmloader runs (create it with xl create -p)", domid);
    return 0;
}

/* 2. The file libxl loaded: its VMGENID SSDT must point at our page. */
static int check_firmware(struct ctx *c, uint32_t domid, const libxl_domain_config *dc)
{
    const char *path = dc->b_info.u.hvm.acpi_firmware;
    uint8_t *buf = malloc(ACPI_HVM_FW_MAX_LEN + 1);
    size_t len = 0, got;
    uint64_t vgia = 0;
    char why[256];
    FILE *f;
    int r;

    if (!buf)
        return xl_errf(c->err, c->errlen, "out of memory");
    if (!path || !*path) {
        free(buf);
        return xl_errf(c->err, c->errlen, "domain %u was created without acpi_firmware=: "
                       "set it to the acpi-firmware.bin of xl-acpi build (it holds the "
                       "VMGENID device)", domid);
    }
    f = fopen(path, "rb");
    if (!f) {
        xl_errf(c->err, c->errlen, "domain %u's acpi_firmware %s: cannot open: %s", domid,
                path, strerror(errno));
        free(buf);
        return -1;
    }
    while (len <= ACPI_HVM_FW_MAX_LEN &&
           (got = fread(buf + len, 1, ACPI_HVM_FW_MAX_LEN + 1 - len, f)) > 0)
        len += got;
    fclose(f);
    r = len > ACPI_HVM_FW_MAX_LEN ? -1 : acpi_hvm_firmware_vgia(buf, len, &vgia, why,
                                                                sizeof(why));
    free(buf);
    if (len > ACPI_HVM_FW_MAX_LEN)
        return xl_errf(c->err, c->errlen, "domain %u's acpi_firmware %s: larger than %u bytes",
                       domid, path, ACPI_HVM_FW_MAX_LEN);
    if (r < 0)
        return xl_errf(c->err, c->errlen, "domain %u's acpi_firmware %s: %s", domid, path, why);
    if (r == 0)
        return xl_errf(c->err, c->errlen, "domain %u's acpi_firmware %s has no SSDT VMGENID: "
                       "it is not what xl-acpi build wrote for this config", domid, path);
    if (vgia != ACPI_HVM_GUID_PAGE)
        return xl_errf(c->err, c->errlen, "domain %u's acpi_firmware %s puts the GUID page at "
                       "0x%" PRIx64 ", not 0x%x", domid, path, vgia, ACPI_HVM_GUID_PAGE);
    return 0;
}

/* 3. The page: free before, populated, filled, recorded. */
static int write_page(struct ctx *c, uint32_t domid, const struct xl_cfg *cfg)
{
    xen_pfn_t pfn = ACPI_HVM_GUID_PAGE / XL_GUEST_PAGE;
    uint8_t page[ACPI_GUID_PAGE_SIZE], probe;
    char why[256], path[96], val[32];
    xc_domaininfo_t di;

    /* Populated already means someone else's memory: never write over it. */
    if (!xl_guest_read(&c->gm, ACPI_HVM_GUID_PAGE, &probe, 1, why, sizeof(why)))
        return xl_errf(c->err, c->errlen, "domain %u: guest page 0x%x is populated already "
                       "(a second attach?): not writing the GUID over it", domid,
                       ACPI_HVM_GUID_PAGE);
    if (xc_domain_getinfolist(c->xch, domid, 1, &di) != 1 ||
        xc_domain_setmaxmem(c->xch, domid, (di.max_pages + 1) * (XL_GUEST_PAGE / 1024)))
        return xl_errf(c->err, c->errlen, "cannot raise the memory limit of domain %u by one "
                       "page: %s", domid, strerror(errno));
    if (xc_domain_populate_physmap_exact(c->xch, domid, 1, 0, 0, &pfn))
        return xl_errf(c->err, c->errlen, "cannot populate guest page 0x%x of domain %u: %s",
                       ACPI_HVM_GUID_PAGE, domid, strerror(errno));
    acpi_vmgenid_page(&cfg->guest, page);
    if (xl_guest_write(&c->gm, ACPI_HVM_GUID_PAGE, page, sizeof(page), why, sizeof(why)))
        return xl_errf(c->err, c->errlen, "writing the GUID page of domain %u: %s", domid, why);
    snprintf(path, sizeof(path), XL_XS_GUID_PAGE, domid);
    snprintf(val, sizeof(val), "0x%x", ACPI_HVM_GUID_PAGE);
    if (!xs_write(c->xs, XBT_NULL, path, val, (unsigned)strlen(val)))
        return xl_errf(c->err, c->errlen, "xenstore: cannot write %s: %s", path,
                       strerror(errno));
    return 0;
}

int xl_hvm_domain_attach(uint32_t domid, const libxl_domain_config *d_config,
                         const struct xl_cfg *cfg, int *done, char *err, size_t errlen)
{
    struct ctx c = { .err = err, .errlen = errlen };
    int ret = -1;

    *done = 0;
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
    if (check_domain(&c, domid, d_config))
        goto out;
    if (!cfg->guest.vmgenid) {
        ret = 0;
        goto out;
    }
    if (check_firmware(&c, domid, d_config) || write_page(&c, domid, cfg))
        goto out;
    *done = 1;
    ret = 0;
out:
    if (c.xs)
        xs_close(c.xs);
    if (c.gm.fmem)
        xenforeignmemory_close(c.gm.fmem);
    if (c.xch)
        xc_interface_close(c.xch);
    return ret;
}
