/*
 * domcfg.c - xl.cfg to libxl_domain_config for `xl-acpi create` (see
 * domcfg.h).
 */
#define _POSIX_C_SOURCE 200809L

#include "domcfg.h"
#include "errbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxl_utils.h>
#include <libxlutil.h>

/* Settings xl turns into devices or placement that this translation does
 * not carry: refused by name. */
static const char *const refused[] = {
    "disk", "vif", "pci", "channel", "vtpm", "p9", "pvcalls", "vkb", "vfb", "vdispl",
    "vsnd", "usbctrl", "usbdev", "dtdev", "iomem", "ioports", "irqs", "rdm", "bootloader",
    "cpus", "cpus_soft", "vnuma",
};

static int get_str(XLU_Config *x, const char *name, const char **v)
{
    return xlu_cfg_get_string(x, name, v, 1) == 0;
}

/* on_poweroff= ... as xl spells them ("rename-restart"), libxl's names
 * with '-' for '_'; dflt when unset.  0, or -1 with err. */
static int get_action(XLU_Config *x, const char *path, const char *name,
                      libxl_action_on_shutdown dflt, libxl_action_on_shutdown *out, char *err,
                      size_t errlen)
{
    const char *s;
    char buf[32];
    size_t i;

    *out = dflt;
    if (!get_str(x, name, &s))
        return 0;
    for (i = 0; s[i] && i < sizeof(buf) - 1; i++)
        buf[i] = s[i] == '-' ? '_' : s[i];
    buf[i] = 0;
    if (s[i] || libxl_action_on_shutdown_from_string(buf, out))
        return xl_errf(err, errlen, "%s: error: %s=\"%s\" is not one of destroy, restart, "
                       "rename-restart, preserve, coredump-destroy, coredump-restart, "
                       "soft-reset", path, name, s);
    return 0;
}

int xl_domcfg_load(libxl_ctx *ctx, const char *path, const struct xl_cfg *cfg,
                   libxl_domain_config *dc, char *err, size_t errlen)
{
    XLU_Config *x;
    const char *s, *root = NULL, *extra = NULL;
    long l;
    int ret = -1;

    libxl_domain_config_init(dc);
    x = xlu_cfg_init(stderr, path);
    if (!x)
        return xl_errf(err, errlen, "%s: error: out of memory", path);
    if (xlu_cfg_readfile(x, path)) {
        xl_errf(err, errlen, "%s: error: cannot read it: %s", path, strerror(errno));
        goto out;
    }
    for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
        if (xlu_cfg_get_string(x, refused[i], &s, 1) != ESRCH) {
            xl_errf(err, errlen, "%s: error: %s= is not supported by xl-acpi create (it "
                    "builds PVH domUs with a direct kernel boot only): create the domain with "
                    "xl create -p, then run xl-acpi attach", path, refused[i]);
            goto out;
        }
    }
    dc->c_info.type = LIBXL_DOMAIN_TYPE_PVH;
    if (!get_str(x, "name", &s) || !*s) {
        xl_errf(err, errlen, "%s: error: name is not set (libxl needs a domain name)", path);
        goto out;
    }
    dc->c_info.name = strdup(s);
    libxl_domain_build_info_init_type(&dc->b_info, LIBXL_DOMAIN_TYPE_PVH);
    if (!get_str(x, "kernel", &s) || !*s) {
        xl_errf(err, errlen, "%s: error: kernel is not set (a PVH domU boots its kernel "
                "directly)", path);
        goto out;
    }
    dc->b_info.kernel = strdup(s);
    if (get_str(x, "ramdisk", &s))
        dc->b_info.ramdisk = strdup(s);
    /* As xl: cmdline wins; else "root=ROOT EXTRA". */
    if (get_str(x, "cmdline", &s)) {
        dc->b_info.cmdline = strdup(s);
    } else {
        get_str(x, "root", &root);
        get_str(x, "extra", &extra);
        if (root || extra) {
            size_t n = (root ? strlen(root) + 6 : 0) + (extra ? strlen(extra) : 0) + 1;
            dc->b_info.cmdline = malloc(n);
            if (dc->b_info.cmdline)
                snprintf(dc->b_info.cmdline, n, "%s%s%s%s", root ? "root=" : "",
                         root ? root : "", root && extra ? " " : "", extra ? extra : "");
        }
    }
    /* Unset means libxl's default, as with xl. */
    if (!xlu_cfg_get_long(x, "memory", &l, 1)) {
        if (l <= 0) {
            xl_errf(err, errlen, "%s: error: memory=%ld must be positive (MiB)", path, l);
            goto out;
        }
        dc->b_info.target_memkb = (uint64_t)l * 1024;
        dc->b_info.max_memkb = (uint64_t)l * 1024;
    }
    if (!xlu_cfg_get_long(x, "maxmem", &l, 1)) {
        if ((uint64_t)l * 1024 < dc->b_info.target_memkb || l <= 0) {
            xl_errf(err, errlen, "%s: error: maxmem=%ld is less than memory", path, l);
            goto out;
        }
        dc->b_info.max_memkb = (uint64_t)l * 1024;
    }
    dc->b_info.max_vcpus = (int)cfg->guest.maxvcpus;
    if (libxl_cpu_bitmap_alloc(ctx, &dc->b_info.avail_vcpus, (int)cfg->guest.maxvcpus)) {
        xl_errf(err, errlen, "%s: error: out of memory", path);
        goto out;
    }
    libxl_bitmap_set_none(&dc->b_info.avail_vcpus);
    for (unsigned i = 0; i < cfg->guest.vcpus; i++)
        libxl_bitmap_set(&dc->b_info.avail_vcpus, (int)i);
    libxl_defbool_set(&dc->b_info.acpi, cfg->acpi != 0);
    /* xl's defaults; watch.c acts on them. */
    if (get_action(x, path, "on_poweroff", LIBXL_ACTION_ON_SHUTDOWN_DESTROY, &dc->on_poweroff,
                   err, errlen) ||
        get_action(x, path, "on_reboot", LIBXL_ACTION_ON_SHUTDOWN_RESTART, &dc->on_reboot, err,
                   errlen) ||
        get_action(x, path, "on_watchdog", LIBXL_ACTION_ON_SHUTDOWN_DESTROY, &dc->on_watchdog,
                   err, errlen) ||
        get_action(x, path, "on_crash", LIBXL_ACTION_ON_SHUTDOWN_DESTROY, &dc->on_crash, err,
                   errlen) ||
        get_action(x, path, "on_soft_reset", LIBXL_ACTION_ON_SHUTDOWN_SOFT_RESET,
                   &dc->on_soft_reset, err, errlen))
        goto out;
    if (!dc->c_info.name || !dc->b_info.kernel) {
        xl_errf(err, errlen, "%s: error: out of memory", path);
        goto out;
    }
    ret = 0;
out:
    xlu_cfg_destroy(x);
    if (ret)
        libxl_domain_config_dispose(dc);
    return ret;
}
