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
    "cpus_soft", "vnuma",
};

static int get_str(XLU_Config *x, const char *name, const char **v)
{
    return xlu_cfg_get_string(x, name, v, 1) == 0;
}

/* on_poweroff= ... as xl spells them: not libxl's enum names, which say
 * "restart_rename" for xl's "rename-restart". */
static const struct {
    const char *xl;
    libxl_action_on_shutdown action;
} actions[] = {
    { "destroy", LIBXL_ACTION_ON_SHUTDOWN_DESTROY },
    { "restart", LIBXL_ACTION_ON_SHUTDOWN_RESTART },
    { "rename-restart", LIBXL_ACTION_ON_SHUTDOWN_RESTART_RENAME },
    { "preserve", LIBXL_ACTION_ON_SHUTDOWN_PRESERVE },
    { "coredump-destroy", LIBXL_ACTION_ON_SHUTDOWN_COREDUMP_DESTROY },
    { "coredump-restart", LIBXL_ACTION_ON_SHUTDOWN_COREDUMP_RESTART },
    { "soft-reset", LIBXL_ACTION_ON_SHUTDOWN_SOFT_RESET },
};

/* dflt when unset.  0, or -1 with err. */
static int get_action(XLU_Config *x, const char *path, const char *name,
                      libxl_action_on_shutdown dflt, libxl_action_on_shutdown *out, char *err,
                      size_t errlen)
{
    const char *s;

    *out = dflt;
    if (!get_str(x, name, &s))
        return 0;
    for (size_t i = 0; i < sizeof(actions) / sizeof(actions[0]); i++) {
        if (!strcmp(s, actions[i].xl)) {
            *out = actions[i].action;
            return 0;
        }
    }
    return xl_errf(err, errlen, "%s: error: %s=\"%s\" is not one of destroy, restart, "
                   "rename-restart, preserve, coredump-destroy, coredump-restart, "
                   "soft-reset", path, name, s);
}

/* libxl_cpu_bitmap_alloc without a context (libxl's own needs one even
 * for a fixed size); libxl_bitmap_dispose frees it, as libxl's. */
static int bitmap_alloc(libxl_bitmap *b, int nbits)
{
    libxl_bitmap_init(b);
    b->map = calloc((size_t)(nbits + 7) / 8, 1);
    if (!b->map)
        return -1;
    b->size = (uint32_t)(nbits + 7) / 8;
    return 0;
}

/* One unsigned decimal below ncpus at *p; advances *p.  -1 if none. */
static long cpu_number(const char **p, int ncpus)
{
    long v = 0;

    if (**p < '0' || **p > '9')
        return -1;
    while (**p >= '0' && **p <= '9') {
        v = v * 10 + (**p - '0');
        if (v >= ncpus)
            return -1;
        (*p)++;
    }
    return v;
}

int xl_cpus_parse(const char *spec, int ncpus, libxl_bitmap *map, char *err, size_t errlen)
{
    const char *p = spec, *item;
    int any = 0;

    libxl_bitmap_set_none(map);
    /* Items in order, as xl applies them: "^..." takes CPUs away from
     * what the items before it gave. */
    while (*p) {
        int neg = 0;
        long a, b;

        item = p;
        if (!strncmp(p, "all", 3) && (p[3] == ',' || !p[3])) {
            libxl_bitmap_set_any(map);
            any = 1;
            p += 3;
        } else {
            if (!strncmp(p, "nodes:", 6))
                return xl_errf(err, errlen, "cpus=\"%s\": NUMA node lists (\"%.*s\") are not "
                               "supported by xl-acpi create: name the CPUs", spec,
                               (int)strcspn(item, ","), item);
            if (*p == '^') {
                neg = 1;
                p++;
            }
            a = cpu_number(&p, ncpus);
            b = a;
            if (a >= 0 && *p == '-') {
                p++;
                b = cpu_number(&p, ncpus);
            }
            if (a < 0 || b < a || (*p && *p != ','))
                return xl_errf(err, errlen, "cpus=\"%s\": \"%.*s\" is not a CPU, a range "
                               "N-M of CPUs below %d, its ^negation, or all", spec,
                               (int)strcspn(item, ","), item, ncpus);
            for (long c = a; c <= b; c++) {
                if (neg)
                    libxl_bitmap_reset(map, (int)c);
                else
                    libxl_bitmap_set(map, (int)c);
            }
            any |= !neg;
        }
        if (*p == ',' && !*++p)
            return xl_errf(err, errlen, "cpus=\"%s\": ends in a comma", spec);
    }
    if (!any || libxl_bitmap_is_empty(map))
        return xl_errf(err, errlen, "cpus=\"%s\" leaves the domain no CPU to run on", spec);
    return 0;
}

/* cpus="LIST" as xl does: every vCPU gets the same hard affinity. */
static int load_cpus(libxl_ctx *ctx, XLU_Config *x, const char *path, libxl_domain_config *dc,
                     char *err, size_t errlen)
{
    XLU_ConfigList *list;
    const char *spec;
    libxl_bitmap map;
    char why[256];
    int n, ncpus, rc = -1;

    if (!xlu_cfg_get_list(x, "cpus", &list, &n, 1))
        return xl_errf(err, errlen, "%s: error: cpus= as a list (one entry per vCPU) is not "
                       "supported by xl-acpi create: give one string, e.g. cpus=\"1-3\"", path);
    if (xlu_cfg_get_string(x, "cpus", &spec, 1))
        return 0;
    ncpus = libxl_get_max_cpus(ctx);
    if (ncpus <= 0)
        return xl_errf(err, errlen, "%s: error: cpus=\"%s\": cannot read the host's CPU "
                       "count from libxl", path, spec);
    if (bitmap_alloc(&map, ncpus)) {
        xl_errf(err, errlen, "%s: error: out of memory", path);
        goto out;
    }
    if (xl_cpus_parse(spec, ncpus, &map, why, sizeof(why))) {
        xl_errf(err, errlen, "%s: error: %s", path, why);
        goto out;
    }
    dc->b_info.vcpu_hard_affinity = calloc((size_t)dc->b_info.max_vcpus, sizeof(libxl_bitmap));
    if (!dc->b_info.vcpu_hard_affinity) {
        xl_errf(err, errlen, "%s: error: out of memory", path);
        goto out;
    }
    for (int i = 0; i < dc->b_info.max_vcpus; i++) {
        libxl_bitmap *v = &dc->b_info.vcpu_hard_affinity[i];

        /* Counted as it goes, so that dispose frees exactly what exists. */
        if (bitmap_alloc(v, ncpus)) {
            xl_errf(err, errlen, "%s: error: out of memory", path);
            goto out;
        }
        dc->b_info.num_vcpu_hard_affinity = i + 1;
        memcpy(v->map, map.map, map.size);
    }
    rc = 0;
out:
    libxl_bitmap_dispose(&map);
    return rc;
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
    if (bitmap_alloc(&dc->b_info.avail_vcpus, (int)cfg->guest.maxvcpus)) {
        xl_errf(err, errlen, "%s: error: out of memory", path);
        goto out;
    }
    libxl_bitmap_set_none(&dc->b_info.avail_vcpus);
    for (unsigned i = 0; i < cfg->guest.vcpus; i++)
        libxl_bitmap_set(&dc->b_info.avail_vcpus, (int)i);
    if (load_cpus(ctx, x, path, dc, err, errlen))
        goto out;
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
