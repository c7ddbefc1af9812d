/*
 * hvm.c - the acpi_firmware= file of an HVM guest (see hvm.h): hvmloader's
 * binary read once, its names and the device model's blobs handed to
 * libacpigen, which does all the judging and building.
 */
#define _POSIX_C_SOURCE 200809L

#include "hvm.h"

#include "errbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int read_hvmloader(const char *path, uint8_t **buf, size_t *len, char *err,
                          size_t errlen)
{
    FILE *f = fopen(path, "rb");
    size_t n = 0, got;
    uint8_t *b;

    if (!f)
        return xl_errf(err, errlen, "--hvmloader %s: cannot open: %s", path, strerror(errno));
    b = malloc(XL_HVM_MAX_HVMLOADER + 1);
    if (!b) {
        fclose(f);
        return xl_errf(err, errlen, "--hvmloader %s: out of memory", path);
    }
    while (n <= XL_HVM_MAX_HVMLOADER &&
           (got = fread(b + n, 1, XL_HVM_MAX_HVMLOADER + 1 - n, f)) > 0)
        n += got;
    if (ferror(f)) {
        int e = errno ? errno : EIO;
        fclose(f);
        free(b);
        return xl_errf(err, errlen, "--hvmloader %s: cannot read: %s", path, strerror(e));
    }
    fclose(f);
    if (n > XL_HVM_MAX_HVMLOADER) {
        free(b);
        return xl_errf(err, errlen, "--hvmloader %s: larger than %u bytes: not an hvmloader",
                       path, XL_HVM_MAX_HVMLOADER);
    }
    *buf = b;
    *len = n;
    return 0;
}

int xl_hvm_build(struct xl_hvm *h, const struct xl_cfg *cfg, const char *hvmloader,
                 struct xl_dm *dm, char *err, size_t errlen)
{
    struct acpi_dm_work *w = &dm->work;
    struct acpi_nameset names;
    uint8_t *bin = NULL;
    char why[512];
    int ret = -1;

    memset(h, 0, sizeof(*h));
    h->hvmloader = hvmloader;
    if (read_hvmloader(hvmloader, &bin, &h->hvmloader_len, err, errlen))
        return -1;
    /* Room for every name hvmloader's tables can define (each takes at
     * least 5 bytes of AML), and for every blob. */
    size_t n = dm->area_len / ACPI_DM_BLOB_HEADER + 1;
    w->n_blobs = (uint32_t)n;
    w->n_name_slots = ACPI_DM_NAMESET_SLOTS(h->hvmloader_len / 5 + 16 + n);
    w->ssdt_cap = ACPI_DM_SSDT_MAX(dm->area_len);
    w->blobs = calloc(n, sizeof(*w->blobs));
    w->name_slots = calloc(w->n_name_slots, sizeof(*w->name_slots));
    w->ssdt = malloc(w->ssdt_cap);
    h->file = malloc(ACPI_HVM_FW_MAX_LEN);
    if (!w->blobs || !w->name_slots || !w->ssdt || !h->file) {
        xl_errf(err, errlen, "out of memory for the acpi_firmware work areas");
        goto out;
    }
    if (acpi_nameset_init(&names, w->name_slots, w->n_name_slots)) {
        xl_errf(err, errlen, "internal error: %zu name slots", w->n_name_slots);
        goto out;
    }
    if (acpi_fw_scan(bin, h->hvmloader_len, &names, h->found, ACPI_HVM_FW_MAX_FOUND,
                     &h->n_found, why, sizeof(why))) {
        xl_errf(err, errlen, "--hvmloader %s: %s", hvmloader, why);
        goto out;
    }
    h->n_names = (unsigned)names.n;
    memset(&dm->res, 0, sizeof(dm->res));
    if (acpi_hvm_firmware_build(&cfg->guest, ACPI_HVM_GUID_PAGE, dm->area, dm->area_len,
                                &dm->policy, &names, w, &dm->res, h->file, ACPI_HVM_FW_MAX_LEN,
                                &h->info, h->guid_page, why, sizeof(why))) {
        xl_errf(err, errlen, "the acpi_firmware file: %s", why);
        goto out;
    }
    ret = 0;
out:
    free(bin);
    return ret;
}

void xl_hvm_free(struct xl_hvm *h)
{
    free(h->file);
    h->file = NULL;
}
