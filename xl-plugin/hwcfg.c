/*
 * hwcfg.c - the `xl-acpi hwdom` config (see hwcfg.h for the options),
 * parsed by libxlutil as xl parses xl.cfg; the line of a rejected setting
 * comes from xl_cfg_setting_line(), as for a domU's config.
 */
#define _POSIX_C_SOURCE 200809L

#include "hwcfg.h"

#include <errno.h>
#include <libxlutil.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfg.h"

struct ctx {
    const char *name;
    const char *data;
    size_t len;
    XLU_Config *xlu;
    char *err;
    size_t errlen;
};

__attribute__((format(printf, 3, 4)))
static int fail(struct ctx *c, const char *setting, const char *fmt, ...)
{
    unsigned line = setting ? xl_cfg_setting_line(c->data, c->len, setting) : 0;
    va_list ap;
    int n;

    if (line)
        n = snprintf(c->err, c->errlen, "%s:%u: error: ", c->name, line);
    else
        n = snprintf(c->err, c->errlen, "%s: error: ", c->name);
    if (n >= 0 && (size_t)n < c->errlen) {
        va_start(ap, fmt);
        vsnprintf(c->err + n, c->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* A number as xl reads numbers: 0 set, 1 absent, -1 error. */
static int get_long(struct ctx *c, const char *name, long *v, long min, long max)
{
    const char *s;
    int e = xlu_cfg_get_string(c->xlu, name, &s, 1);

    if (e == ESRCH)
        return 1;
    if (e)
        return fail(c, name, "%s is a list, expected a number", name);
    e = xlu_cfg_get_long(c->xlu, name, v, 1);
    if (e)
        return fail(c, name, "%s=\"%.40s\" is not a number", name, s);
    if (*v < min || *v > max)
        return fail(c, name, "%s=%ld is out of range %ld..%ld", name, *v, min, max);
    return 0;
}

/* A list of strings: 0 set (*n entries), 1 absent, -1 error. */
static int get_list(struct ctx *c, const char *name, XLU_ConfigList **l, int *n, unsigned max)
{
    int e = xlu_cfg_get_list(c->xlu, name, l, n, 1);

    if (e == ESRCH)
        return 1;
    if (e)
        return fail(c, name, "%s is a single value, expected a list [ \"...\", ... ]", name);
    if ((unsigned)*n > max)
        return fail(c, name, "%s: %d entries, at most %u", name, *n, max);
    for (int i = 0; i < *n; i++) {
        XLU_ConfigValue *v = xlu_cfg_get_listitem2(*l, i);
        if (!v || xlu_cfg_value_type(v) != XLU_STRING)
            return fail(c, name, "%s: entry %d is a list, expected a string", name, i + 1);
    }
    return 0;
}

static int map(struct ctx *c, struct xl_hwcfg *out)
{
    struct acpi_hwdom_config *hw = &out->hw;
    XLU_ConfigList *l;
    long v, vcpus = 1;
    int n, r;

    if (get_long(c, "vcpus", &vcpus, 1, ACPI_HWDOM_MAX_VCPUS) < 0)
        return -1;
    hw->vcpus = hw->maxvcpus = (uint32_t)vcpus;
    if ((r = get_long(c, "maxvcpus", &v, 1, ACPI_HWDOM_MAX_VCPUS)) < 0)
        return -1;
    if (!r && v < vcpus)
        return fail(c, "maxvcpus", "maxvcpus=%ld is less than vcpus=%ld", v, vcpus);
    if (!r)
        hw->maxvcpus = (uint32_t)v;
    if ((r = get_long(c, "stao_uart", &v, 0, 1)) < 0)
        return -1;
    if (!r)
        hw->stao_uart = (int)v;

    if ((r = get_list(c, "stao_namepaths", &l, &n, ACPI_HWDOM_MAX_STAO)) < 0)
        return -1;
    if (!r) {
        size_t total = 0;
        for (int i = 0; i < n; i++)
            total += strlen(xlu_cfg_get_listitem(l, i)) + 1;
        out->strings = malloc(total ? total : 1);
        if (!out->strings)
            return fail(c, NULL, "out of memory");
        char *p = out->strings;
        for (int i = 0; i < n; i++) {
            const char *s = xlu_cfg_get_listitem(l, i);
            if (s[0] != '\\')
                return fail(c, "stao_namepaths", "stao_namepaths: entry %d \"%.40s\" is not "
                            "an absolute namepath: write \"\\\\_SB.PCI0...\" (xl.cfg strings "
                            "double the backslash)", i + 1, s);
            hw->stao_paths[i] = strcpy(p, s);
            p += strlen(s) + 1;
        }
        hw->n_stao_paths = (unsigned)n;
    }
    if ((r = get_list(c, "hypervisor_tables", &l, &n, ACPI_HWDOM_MAX_OWNED)) < 0)
        return -1;
    for (int i = 0; !r && i < n; i++) {
        const char *s = xlu_cfg_get_listitem(l, i);
        if (strlen(s) != 4)
            return fail(c, "hypervisor_tables", "hypervisor_tables: entry %d \"%.40s\" is not "
                        "a 4-character table signature", i + 1, s);
        memcpy(hw->owned[i], s, 5);
        hw->n_owned = (unsigned)n;
    }

    const char *s;
    int e = xlu_cfg_get_string(c->xlu, "acpi_oem_id", &s, 1);
    if (e && e != ESRCH)
        return fail(c, "acpi_oem_id", "acpi_oem_id is a list, expected a string");
    if (!e) {
        size_t len = strlen(s);
        if (!len || len > 6)
            return fail(c, "acpi_oem_id", "acpi_oem_id=\"%.40s\" must be 1 to 6 characters", s);
        for (size_t i = 0; i < len; i++)
            if (s[i] < 0x20 || s[i] > 0x7E)
                return fail(c, "acpi_oem_id", "acpi_oem_id: character %zu is not printable "
                            "ASCII", i + 1);
        memcpy(hw->oem_id, s, len + 1);
    }

    if ((r = get_long(c, "acpi_base", &v, 1, 0xFFFFFFFFl)) < 0)
        return -1;
    if (r)
        return fail(c, NULL, "acpi_base is not set: the guest-physical address of the new "
                    "tables, reserved in the hardware domain's memory map (e.g. acpi_base = "
                    "0x7000000)");
    if (v % 4096)
        return fail(c, "acpi_base", "acpi_base=0x%lx is not a multiple of 4096", v);
    out->layout.base = (uint64_t)v;
    out->layout.size = XL_HW_DEFAULT_SIZE;
    if ((r = get_long(c, "acpi_size", &v, 4096, 16l << 20)) < 0)
        return -1;
    if (!r && v % 4096)
        return fail(c, "acpi_size", "acpi_size=%ld is not a multiple of 4096", v);
    if (!r)
        out->layout.size = (uint64_t)v;
    if (out->layout.base + out->layout.size > 0x100000000ull)
        return fail(c, "acpi_base", "acpi_base=0x%llx + acpi_size=0x%llx passes 4 GiB (the "
                    "RSDT holds 32-bit addresses)", (unsigned long long)out->layout.base,
                    (unsigned long long)out->layout.size);
    return 0;
}

void xl_hwcfg_free(struct xl_hwcfg *c)
{
    free(c->strings);
    c->strings = NULL;
}

int xl_hwcfg_load(const char *path, struct xl_hwcfg *out, char *err, size_t errlen)
{
    struct ctx c = { .name = path, .err = err, .errlen = errlen };
    char *data = NULL, *report = NULL;
    size_t cap = 0, report_len = 0;
    FILE *f = fopen(path, "rb"), *rf = NULL;
    int ret = -1;

    memset(out, 0, sizeof(*out));
    acpi_hwdom_config_init(&out->hw);
    if (!f)
        return fail(&c, NULL, "cannot open: %s", strerror(errno));
    ssize_t got = getdelim(&data, &cap, '\0', f);
    int rd_err = ferror(f);
    fclose(f);
    if (got < 0 && rd_err) {
        free(data);
        return fail(&c, NULL, "cannot read: %s", strerror(errno));
    }
    c.data = data ? data : "";
    c.len = got > 0 ? (size_t)got : 0;
    if (memchr(c.data, '\0', c.len)) {
        fail(&c, NULL, "holds a NUL byte: not a text config");
        goto out;
    }
    rf = open_memstream(&report, &report_len);
    if (!rf || !(c.xlu = xlu_cfg_init(rf, path))) {
        fail(&c, NULL, "out of memory");
        goto out;
    }
    if (xlu_cfg_readdata(c.xlu, c.data, (int)c.len)) {
        fflush(rf);
        while (report_len && report[report_len - 1] == '\n')
            report[--report_len] = '\0';
        snprintf(err, errlen, "%s", report_len ? report : "config parsing error");
        goto out;
    }
    ret = map(&c, out);
out:
    if (c.xlu)
        xlu_cfg_destroy(c.xlu);
    if (rf)
        fclose(rf);
    free(report);
    free(data);
    if (ret)
        xl_hwcfg_free(out);
    return ret;
}
