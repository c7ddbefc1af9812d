/*
 * hw_stao.c - the hardware domain's STAO: tables/stao.c writes it; this
 * file first proves that every namepath the config lists names a device
 * in the host's namespace (DSDT, SSDTs, PSDTs, scanned with acpi_ns_scan).
 * An OS compares STAO paths with its namespace and silently ignores one
 * that matches nothing, so a typo would leave the device visible to the
 * hardware domain with no sign of it: here it is an error.
 */
#include "hwdom/hw_build.h"

#include "acpigen/nsscan.h"
#include "aml/aml_encode.h"
#include "base/mem.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

struct want {
    uint32_t segs[ACPI_NS_MAX_SEGS];
    unsigned nsegs;
    int found;
    uint16_t opcode;        /* how it was defined (0: a field unit) */
    int device;             /* defined as a device-like object somewhere */
};

struct check {
    struct want w[ACPI_HWDOM_MAX_STAO];
    unsigned n;
};

/* Objects an OS enumerates as devices, which the STAO can hide. */
static int device_like(uint16_t op)
{
    return op == 0x5B82 || op == 0x5B83 || op == 0x5B84 || op == 0x5B85;
}

static int on_name(void *ctx, const struct acpi_ns_name *name)
{
    struct check *c = ctx;

    for (unsigned i = 0; i < c->n; i++) {
        struct want *w = &c->w[i];
        if (w->nsegs != name->nsegs)
            continue;
        unsigned k = 0;
        while (k < w->nsegs && w->segs[k] == name->segs[k])
            k++;
        if (k < w->nsegs)
            continue;
        if (!w->found || device_like(name->opcode))
            w->opcode = name->opcode;
        w->found = 1;
        w->device |= device_like(name->opcode);
    }
    return 0;
}

/* "\_SB.PCI0.UAR1" into NameSegs padded with '_'; 0, or -1 after build_fail(). */
static int parse_path(struct hw_build *h, const char *path, unsigned index, struct want *w)
{
    const char *p = path;

    if (!p || p[0] != '\\' || !p[1]) {
        build_fail(&h->b, "STAO: namepath %u %q must be an absolute path like \\_SB.PCI0.UAR1",
                   index + 1, path);
        return -1;
    }
    w->nsegs = 0;
    for (p++;;) {
        char seg[4] = { '_', '_', '_', '_' };
        unsigned n = 0;
        for (; *p && *p != '.'; p++, n++) {
            if (n == 4 || !aml__seg_char(*p, n == 0)) {
                build_fail(&h->b, "STAO: namepath %q: %s at position %u", path,
                           n == 4 ? "segment longer than 4 characters" : "invalid character",
                           (unsigned)(p - path) + 1);
                return -1;
            }
            seg[n] = *p;
        }
        if (!n || w->nsegs == ACPI_NS_MAX_SEGS) {
            build_fail(&h->b, "STAO: namepath %q: %s", path,
                       n ? "too many segments" : "empty segment");
            return -1;
        }
        w->segs[w->nsegs++] = ACPI_NAMESEG(seg[0], seg[1], seg[2], seg[3]);
        if (!*p++)
            return 0;
    }
}

static int is_aml(const char *sig)
{
    return (sig[0] == 'D' && sig[1] == 'S' && sig[2] == 'D' && sig[3] == 'T') ||
           (sig[0] == 'S' && sig[1] == 'S' && sig[2] == 'D' && sig[3] == 'T') ||
           (sig[0] == 'P' && sig[1] == 'S' && sig[2] == 'D' && sig[3] == 'T');
}

static int check_paths(struct hw_build *h)
{
    static const char *const kind[] = { [0] = "a field unit", [0x08] = "a Name",
                                        [0x10] = "only a Scope", [0x14] = "a Method" };
    struct check c;
    char err[ACPI_NS_MSG_MAX];
    unsigned scanned = 0;

    acpigen_memset(&c, 0, sizeof(c));
    c.n = h->cfg->n_stao_paths;

    for (unsigned i = 0; i < c.n; i++)
        if (parse_path(h, h->cfg->stao_paths[i], i, &c.w[i]))
            return -1;
    if (!c.n)
        return 0;
    for (unsigned i = 0; i < h->s->n; i++) {
        const struct acpi_host_table *t = &h->s->t[i];
        if (!is_aml(h->s->sig[i]))
            continue;
        if (acpi_ns_scan(t->data + 36, t->size - 36, on_name, &c, err, sizeof(err)) < 0) {
            build_fail(&h->b, "STAO: cannot check the namepaths: host %s %q does not parse: %s",
                       h->s->sig[i], t->name, err);
            return -1;
        }
        scanned++;
    }
    for (unsigned i = 0; i < c.n; i++) {
        const struct want *w = &c.w[i];
        if (w->device)
            continue;
        const char *what = !w->found ? "not defined"
                           : w->opcode < sizeof(kind) / sizeof(kind[0]) && kind[w->opcode]
                               ? kind[w->opcode] : "not a device";
        /* %s: parse_path() let only NameSeg characters, '\\' and '.' through. */
        build_fail(&h->b, "STAO: namepath \"%s\" is %s in the host's namespace (%u DSDT/SSDT "
                   "tables scanned): it must name a Device, Processor, PowerResource or "
                   "ThermalZone", h->cfg->stao_paths[i], what, scanned);
        return -1;
    }
    return 0;
}

size_t hw_stao(struct hw_build *h)
{
    if (check_paths(h))
        return SIZE_MAX;
    size_t off = build_stao(&h->b);
    if (off == SIZE_MAX)
        return SIZE_MAX;
    int host = -1;
    for (unsigned i = 0; i < h->s->n; i++)
        if (h->s->sig[i][0] == 'S' && h->s->sig[i][1] == 'T' && h->s->sig[i][2] == 'A' &&
            h->s->sig[i][3] == 'O')
            host = (int)i;
    hw_record(h, "STAO", host < 0 ? ACPI_HWDOM_ADDED : ACPI_HWDOM_REPLACED, host,
              build_addr(&h->b, off), get_le32(h->b.img + off + 4),
              "UART flag %u (the OS ignores the SPCR UART), %u namepaths hidden, each found "
              "as a device in the host's namespace", (unsigned)(h->cfg->stao_uart != 0),
              h->cfg->n_stao_paths);
    return off;
}
