/*
 * cfg.c - xl.cfg -> struct acpi_guest_config (see cfg.h for the options).
 *
 * libxlutil parses the file, so the syntax is exactly xl's and its syntax
 * errors come out as xl prints them.  libxlutil keeps the line of each
 * setting to itself (XLU_ConfigSetting is private), so the line of a value
 * we reject is found by xl_cfg_setting_line() on the same bytes.
 */
#define _POSIX_C_SOURCE 200809L

#include "cfg.h"

#include <errno.h>
#include <limits.h>
#include <libxlutil.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uuid/uuid.h>

struct ctx {
    const char *name;           /* the file, as the user named it */
    const char *data;
    size_t len;
    XLU_Config *xlu;
    char *err;
    size_t errlen;
};

static int is_ident_start(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
}

static int is_ident(char ch)
{
    return is_ident_start(ch) || (ch >= '0' && ch <= '9') || ch == '.';
}

/* A statement starts at the beginning of the file, after a newline outside
 * a list, or after ';'.  Comments and quoted strings are skipped so that a
 * "name =" inside them does not count.  libxlutil keeps the last assignment
 * of a name (settings are prepended, lookup takes the first), so do we. */
unsigned xl_cfg_setting_line(const char *d, size_t n, const char *setting)
{
    size_t slen = strlen(setting), i = 0;
    unsigned line = 1, found = 0;
    int depth = 0, stmt_start = 1;

    while (i < n) {
        char ch = d[i];

        if (ch == '\n') {
            line++;
            if (depth == 0)
                stmt_start = 1;
            i++;
        } else if (ch == ' ' || ch == '\t' || ch == '\r') {
            i++;
        } else if (ch == '#') {
            while (i < n && d[i] != '\n')
                i++;
        } else if (ch == '"' || ch == '\'') {
            for (i++; i < n && d[i] != ch && d[i] != '\n'; i++)
                if (d[i] == '\\' && i + 1 < n && d[i + 1] != '\n')
                    i++;
            if (i < n && d[i] == ch)
                i++;
            stmt_start = 0;
        } else if (ch == ';' && depth == 0) {
            stmt_start = 1;
            i++;
        } else if (stmt_start && depth == 0 && is_ident_start(ch)) {
            size_t j = i, k;
            while (j < n && is_ident(d[j]))
                j++;
            for (k = j; k < n && (d[k] == ' ' || d[k] == '\t'); k++)
                ;
            if (j - i == slen && !memcmp(d + i, setting, slen) && k < n &&
                (d[k] == '=' || (d[k] == '+' && k + 1 < n && d[k + 1] == '=')))
                found = line;
            i = j;
            stmt_start = 0;
        } else {
            if (ch == '[')
                depth++;
            else if (ch == ']' && depth > 0)
                depth--;
            stmt_start = 0;
            i++;
        }
    }
    return found;
}

static void vfail_at(struct ctx *c, unsigned line, const char *fmt, va_list ap)
{
    int n;

    if (!c->errlen)
        return;
    if (line)
        n = snprintf(c->err, c->errlen, "%s:%u: error: ", c->name, line);
    else
        n = snprintf(c->err, c->errlen, "%s: error: ", c->name);
    if (n >= 0 && (size_t)n < c->errlen)
        vsnprintf(c->err + n, c->errlen - (size_t)n, fmt, ap);
}

/* An error about `setting` (NULL: about the file as a whole).  Returns -1. */
__attribute__((format(printf, 3, 4)))
static int fail(struct ctx *c, const char *setting, const char *fmt, ...)
{
    va_list ap;
    unsigned line = setting ? xl_cfg_setting_line(c->data, c->len, setting) : 0;

    va_start(ap, fmt);
    vfail_at(c, line, fmt, ap);
    va_end(ap);
    return -1;
}

/* A single value, as a string: 0 set, 1 absent, -1 error. */
static int get_string(struct ctx *c, const char *name, const char **v)
{
    int e = xlu_cfg_get_string(c->xlu, name, v, 1);

    if (e == ESRCH)
        return 1;
    if (e == EINVAL)
        return fail(c, name, "%s is a list, expected a single value", name);
    if (e)
        return fail(c, name, "%s: %s", name, strerror(e));
    return 0;
}

/* A number as xl reads numbers (strtol base 0): 0 set, 1 absent, -1 error. */
static int get_long(struct ctx *c, const char *name, long *v)
{
    const char *s;
    int r = get_string(c, name, &s);

    if (r)
        return r;
    int e = xlu_cfg_get_long(c->xlu, name, v, 1);
    if (e == ERANGE)
        return fail(c, name, "%s=%.40s is out of range", name, s);
    if (e) {
        /* libxlutil also refuses "name += number": say that, not "not a number". */
        char *end;
        errno = 0;
        (void)strtol(s, &end, 0);
        if (!errno && end != s && !*end)
            return fail(c, name, "%s: += cannot be used with numbers", name);
        return fail(c, name, "%s=\"%.40s\" is not a number", name, s);
    }
    return 0;
}

/* A boolean as xl reads one (xlu_cfg_get_defbool: any number, non-zero is
 * true), without linking libxenlight for libxl_defbool. */
static int get_bool(struct ctx *c, const char *name, int *v, int dflt)
{
    long l;
    int r = get_long(c, name, &l);

    if (r < 0)
        return -1;
    *v = r ? dflt : l != 0;
    return 0;
}

static int parse_type(struct ctx *c, struct xl_cfg *out)
{
    const char *s;
    int r = get_string(c, "type", &s);

    if (r < 0)
        return -1;
    /* xl's guest types are enum names, matched case-insensitively. */
    if (r)
        return fail(c, NULL, "type is not set (xl would build a PV guest): "
                    "xl-acpi builds ACPI tables for type=\"pvh\" and \"hvm\" guests only");
    if (!strcasecmp(s, "hvm"))
        out->hvm = 1;
    else if (strcasecmp(s, "pvh"))
        return fail(c, "type", "type=\"%.40s\": xl-acpi builds ACPI tables for "
                    "type=\"pvh\" and \"hvm\" guests only (a PV guest has no ACPI)", s);
    return 0;
}

/* Settings that only shape a table set xl-acpi builds whole: an HVM
 * guest's MADT is hvmloader's, so they would silently do nothing. */
static int parse_hvm(struct ctx *c, struct xl_cfg *out)
{
    static const char *const pvh_only[] = { "lapic", "ioapic" };
    const char *s;
    int r;

    if (!out->hvm)
        return 0;
    for (unsigned i = 0; i < sizeof(pvh_only) / sizeof(pvh_only[0]); i++)
        if (xl_cfg_setting_line(c->data, c->len, pvh_only[i]))
            return fail(c, pvh_only[i], "%s= applies to type=\"pvh\" guests only (hvmloader "
                        "builds the MADT of an HVM guest)", pvh_only[i]);
    out->guest.hw_reduced = 0;
    out->guest.lapic = 1;
    out->guest.ioapic = 1;
    /* hvmloader's set has no GED and nothing raises a GPE for our device:
     * the guest sees a new GUID when it next reads it. */
    out->guest.vmgenid_gpe = -1;
    r = get_string(c, "ms_vm_genid", &s);
    if (r < 0)
        return -1;
    if (!r && strcasecmp(s, "none") && out->guest.vmgenid)
        return fail(c, "ms_vm_genid", "ms_vm_genid=\"%.40s\" and vmgenid both give the guest "
                    "a VM generation ID device: set one of them", s);
    r = get_string(c, "acpi_firmware", &s);
    if (r < 0)
        return -1;
    out->acpi_firmware_set = !r && *s;
    return 0;
}

static int parse_vcpus(struct ctx *c, struct acpi_guest_config *g)
{
    long vcpus = 1, maxvcpus;
    int r;

    if (get_long(c, "vcpus", &vcpus) < 0)
        return -1;
    if (vcpus < 1)
        return fail(c, "vcpus", "vcpus=%ld: a guest needs at least 1 vCPU", vcpus);
    if (vcpus > ACPI_GUEST_MAX_VCPUS)
        return fail(c, "vcpus", "vcpus=%ld is more than %d, the most the DSDT can name "
                    "(C000-CFFF)", vcpus, ACPI_GUEST_MAX_VCPUS);
    r = get_long(c, "maxvcpus", &maxvcpus);
    if (r < 0)
        return -1;
    if (r)
        maxvcpus = vcpus;
    if (maxvcpus < vcpus)
        return fail(c, "maxvcpus", "maxvcpus=%ld is less than vcpus=%ld", maxvcpus, vcpus);
    if (maxvcpus > ACPI_GUEST_MAX_VCPUS)
        return fail(c, "maxvcpus", "maxvcpus=%ld is more than %d, the most the DSDT can "
                    "name (C000-CFFF)", maxvcpus, ACPI_GUEST_MAX_VCPUS);
    g->vcpus = (uint32_t)vcpus;
    g->maxvcpus = (uint32_t)maxvcpus;
    return 0;
}

static int parse_apics(struct ctx *c, struct acpi_guest_config *g)
{
    if (get_bool(c, "lapic", &g->lapic, 1) < 0 || get_bool(c, "ioapic", &g->ioapic, 0) < 0)
        return -1;
    if (g->ioapic && !g->lapic)
        return fail(c, "ioapic", "ioapic=1 needs lapic=1 (the IO APIC is described in the "
                    "MADT, which lapic=0 leaves out)");
    return 0;
}

static int parse_vmgenid(struct ctx *c, struct xl_cfg *out)
{
    struct acpi_guest_config *g = &out->guest;
    const char *s;
    uuid_t u;
    long gsi;
    int r = get_string(c, "vmgenid", &s);

    if (r < 0)
        return -1;
    if (r || !strcasecmp(s, "none")) {
        g->vmgenid = 0;
    } else if (!strcasecmp(s, "auto")) {
        uuid_generate_random(u);
        memcpy(g->vmgenid_guid, u, sizeof(g->vmgenid_guid));
        g->vmgenid = 1;
        out->vmgenid_auto = 1;
    } else if (!uuid_parse(s, u)) {
        /* A generation ID that never changes from "unset" would defeat it. */
        if (uuid_is_null(u))
            return fail(c, "vmgenid", "vmgenid=\"%s\": the nil GUID is not a generation ID "
                        "(use \"auto\" for a random one)", s);
        memcpy(g->vmgenid_guid, u, sizeof(g->vmgenid_guid));
        g->vmgenid = 1;
    } else {
        return fail(c, "vmgenid", "vmgenid=\"%.40s\" is not \"none\", \"auto\" or a GUID "
                    "such as \"6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6c\"", s);
    }
    if (g->vmgenid && !out->acpi)
        return fail(c, "vmgenid", "vmgenid needs ACPI tables, but acpi=0");

    /* xl.cfg has no negative number literals (-1 is a lexical error), so
     * "no interrupt" is spelt "none" (or "-1", quoted). */
    r = get_string(c, "vmgenid_gsi", &s);
    if (r < 0)
        return -1;
    if (!r && !strcasecmp(s, "none"))
        gsi = -1;
    else if (!r && get_long(c, "vmgenid_gsi", &gsi) < 0)
        return -1;
    if (!r && out->hvm && gsi != -1 && g->vmgenid)
        return fail(c, "vmgenid_gsi", "vmgenid_gsi=%ld: an HVM guest's tables are hvmloader's, "
                    "which have no GED for the VMGENID device (use \"none\")", gsi);
    if (!r && (gsi < -1 || gsi > XL_CFG_MAX_GSI))
        return fail(c, "vmgenid_gsi", "vmgenid_gsi=%ld is out of range: a GSI 0-%d, or "
                    "\"none\" for no notification", gsi, XL_CFG_MAX_GSI);
    if (r)
        gsi = g->ioapic && !out->hvm ? XL_CFG_DEFAULT_VMGENID_GSI : -1;
    else if (g->vmgenid && gsi >= 0 && !g->ioapic)
        return fail(c, "vmgenid_gsi", "vmgenid_gsi=%ld needs ioapic=1 (the GED interrupt is "
                    "an IO APIC input)", gsi);
    g->vmgenid_gsi = g->vmgenid ? gsi : -1;
    return 0;
}

static int parse_oem_id(struct ctx *c, struct acpi_guest_config *g)
{
    const char *s;
    int r = get_string(c, "acpi_oem_id", &s);
    size_t n;

    if (r)
        return r < 0 ? -1 : 0;
    n = strlen(s);
    if (n == 0 || n > 6)
        return fail(c, "acpi_oem_id", "acpi_oem_id=\"%.40s\" must be 1 to 6 characters "
                    "(it has %zu)", s, n);
    for (size_t i = 0; i < n; i++)
        if (s[i] < 0x20 || s[i] > 0x7E)
            return fail(c, "acpi_oem_id", "acpi_oem_id: character %zu is not printable ASCII "
                        "(0x%02X)", i + 1, (unsigned)(unsigned char)s[i]);
    memcpy(g->oem_id, s, n + 1);
    return 0;
}

/* vnvdimms = [ "path", ... ] as in the vNVDIMM series: only how many
 * matters here (any vNVDIMM justifies an NFIT), but every entry must be a
 * path, so a typo does not silently take the NFIT away or let it in. */
static int parse_vnvdimms(struct ctx *c, struct xl_cfg *out)
{
    XLU_ConfigList *list;
    int n, e = xlu_cfg_get_list(c->xlu, "vnvdimms", &list, &n, 1);

    if (e == ESRCH)
        return 0;
    if (e == EINVAL)
        return fail(c, "vnvdimms", "vnvdimms is a single value, expected a list such as "
                    "[ \"/dev/pmem0\" ]");
    if (e)
        return fail(c, "vnvdimms", "vnvdimms: %s", strerror(e));
    for (int i = 0; i < n; i++) {
        XLU_ConfigValue *v = xlu_cfg_get_listitem2(list, i);
        const char *s = xlu_cfg_get_listitem(list, i);

        if (!v || xlu_cfg_value_type(v) != XLU_STRING || !s)
            return fail(c, "vnvdimms", "vnvdimms: entry %d is a list, expected a path", i + 1);
        if (!*s)
            return fail(c, "vnvdimms", "vnvdimms: entry %d is empty, expected a path", i + 1);
    }
    out->n_vnvdimms = (unsigned)n;
    return 0;
}

/* memory= and maxmem= in MiB, as xl reads them: they only decide where
 * the guest's RAM is, which the ACPI region must stay clear of. */
static int parse_memory(struct ctx *c, struct xl_cfg *out)
{
    long memory = XL_CFG_DEFAULT_MEMORY_MIB, maxmem;
    int r = get_long(c, "memory", &memory);

    if (r < 0)
        return -1;
    out->memory_set = !r;
    if (memory < 1)
        return fail(c, "memory", "memory=%ld: a guest needs at least 1 MiB of RAM", memory);
    if (memory > XL_CFG_MAX_MEM_MIB)
        return fail(c, "memory", "memory=%ld is more than %lld MiB", memory,
                    (long long)XL_CFG_MAX_MEM_MIB);
    r = get_long(c, "maxmem", &maxmem);
    if (r < 0)
        return -1;
    out->maxmem_set = !r;
    if (r)
        maxmem = memory;
    /* xl.cfg(5): "The value of maxmem= must be equal to or greater than
     * that of memory=". */
    if (maxmem < memory)
        return fail(c, "maxmem", "maxmem=%ld is less than memory=%ld%s", maxmem, memory,
                    out->memory_set ? "" : " (libxl's default without memory=)");
    if (maxmem > XL_CFG_MAX_MEM_MIB)
        return fail(c, "maxmem", "maxmem=%ld is more than %lld MiB", maxmem,
                    (long long)XL_CFG_MAX_MEM_MIB);
    out->memory_mib = (uint64_t)memory;
    out->maxmem_mib = (uint64_t)maxmem;
    return 0;
}

static int map(struct ctx *c, struct xl_cfg *out)
{
    memset(out, 0, sizeof(*out));
    acpi_guest_config_init(&out->guest, ACPI_GUEST_DOMU);
    if (parse_type(c, out) < 0 || get_bool(c, "acpi", &out->acpi, 1) < 0 ||
        parse_vcpus(c, &out->guest) < 0 || (!out->hvm && parse_apics(c, &out->guest) < 0) ||
        parse_vmgenid(c, out) < 0 || parse_hvm(c, out) < 0 ||
        parse_oem_id(c, &out->guest) < 0 || parse_vnvdimms(c, out) < 0 ||
        parse_memory(c, out) < 0)
        return -1;
    return 0;
}

/* libxlutil prints its syntax errors to a stream: collect them into err. */
int xl_cfg_load_data(const char *name, const char *data, size_t len, struct xl_cfg *out,
                     char *err, size_t errlen)
{
    struct ctx c = { .name = name, .data = data, .len = len, .err = err, .errlen = errlen };
    char *report = NULL;
    size_t report_len = 0;
    FILE *rf;
    int e, ret = -1;

    if (errlen)
        err[0] = '\0';
    if (len > INT_MAX)
        return fail(&c, NULL, "larger than %d bytes", INT_MAX);
    rf = open_memstream(&report, &report_len);
    if (!rf)
        return fail(&c, NULL, "open_memstream: %s", strerror(errno));
    c.xlu = xlu_cfg_init(rf, name);
    if (!c.xlu) {
        fail(&c, NULL, "xlu_cfg_init: %s", strerror(ENOMEM));
        goto out;
    }
    e = xlu_cfg_readdata(c.xlu, data, (int)len);
    if (e) {
        fflush(rf);
        while (report_len && report[report_len - 1] == '\n')
            report[--report_len] = '\0';
        if (report_len)
            snprintf(err, errlen, "%s", report);
        else
            fail(&c, NULL, "%s", strerror(e));
        goto out;
    }
    ret = map(&c, out);
out:
    xlu_cfg_destroy(c.xlu);
    fclose(rf);
    free(report);
    return ret;
}

/* Read the file once and parse those bytes, so the line lookup sees what
 * libxlutil saw (and an open error is reported with its real cause). */
int xl_cfg_load(const char *path, struct xl_cfg *out, char *err, size_t errlen)
{
    struct ctx c = { .name = path, .err = err, .errlen = errlen };
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    size_t len = 0, cap = 0;
    int ret;

    if (!f)
        return fail(&c, NULL, "cannot open: %s", strerror(errno));
    for (;;) {
        if (len == cap) {
            char *p = cap > INT_MAX ? NULL : realloc(data, cap ? 2 * cap : 4096);
            if (!p) {
                free(data);
                fclose(f);
                if (cap > INT_MAX)
                    return fail(&c, NULL, "larger than %d bytes", INT_MAX);
                return fail(&c, NULL, "out of memory");
            }
            data = p;
            cap = cap ? 2 * cap : 4096;
        }
        errno = 0;
        size_t got = fread(data + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        int e = errno ? errno : EIO;
        free(data);
        fclose(f);
        return fail(&c, NULL, "cannot read: %s", strerror(e));
    }
    fclose(f);
    ret = xl_cfg_load_data(path, data, len, out, err, errlen);
    free(data);
    return ret;
}
