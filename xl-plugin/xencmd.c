/*
 * xencmd.c - `xl-acpi create`, `attach` and `genid`: the commands that act
 * on a real domain, in dom0.  create and attach end the same way (the
 * table set written by xl_domain_acpi_write(), then unpause); a failure
 * after the domain exists destroys it, so no domain runs on half-written
 * tables.
 */
#define _POSIX_C_SOURCE 200809L

#include "xencmd.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxl.h>
#include <libxl_utils.h>
#include <uuid/uuid.h>
#include <xenctrl.h>
#include <xenstore.h>
#include <xentoollog.h>

#include <acpigen/dmacpi.h>
#include <acpigen/guest.h>
#include <acpigen/hvmfw.h>

#include "cfg.h"
#include "domcfg.h"
#include "guestmem.h"
#include "manifest.h"
#include "output.h"
#include "summary.h"
#include "watch.h"
#include "xendomain.h"
#include "hvmdomain.h"

static const char usage_text[] =
    "usage: xl-acpi create CFG [--paused] [--json]\n"
    "       xl-acpi attach DOMID --config CFG [--paused] [--json]\n"
    "       xl-acpi genid DOMID [--new | GUID]\n";

struct xargs {
    const char *cmd, *cfg, *guid;
    uint32_t domid;
    int has_domid, paused, json, new_guid;
};

__attribute__((format(printf, 1, 2)))
static int usage(const char *fmt, ...)
{
    va_list ap;

    fputs("xl-acpi: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\n", stderr);
    fputs(usage_text, stderr);
    return 2;
}

int xl_is_xen_command(const char *cmd)
{
    return !strcmp(cmd, "create") || !strcmp(cmd, "attach") || !strcmp(cmd, "genid");
}

static uint64_t now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* A domain ID: decimal, 1..0x7FEF (DOMID_FIRST_RESERVED - 1; 0 is dom0,
 * whose tables are not ours to write). */
/* When xl_xen_main() started: the "since_main_ms" of the second timing
 * line covers config reading, libxl's context and the unpause as well. */
static uint64_t t_main;

static int parse_domid(const char *s, uint32_t *out)
{
    unsigned long v = 0;

    if (!*s || strlen(s) > 5)
        return -1;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        v = v * 10 + (unsigned long)(*p - '0');
    }
    if (v == 0 || v >= 0x7FF0 || (s[0] == '0'))
        return -1;
    *out = (uint32_t)v;
    return 0;
}

static int parse(int argc, char **argv, struct xargs *a)
{
    int pos = 0;

    a->cmd = argv[1];
    for (int i = 2; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--paused") && strcmp(a->cmd, "genid")) {
            a->paused = 1;
        } else if (!strcmp(s, "--json") && strcmp(a->cmd, "genid")) {
            a->json = 1;
        } else if (!strcmp(s, "--new") && !strcmp(a->cmd, "genid")) {
            a->new_guid = 1;
        } else if (!strcmp(s, "--config") && !strcmp(a->cmd, "attach")) {
            if (++i >= argc || !*argv[i])
                return usage("--config needs an xl.cfg");
            a->cfg = argv[i];
        } else if (!strncmp(s, "--config=", 9) && !strcmp(a->cmd, "attach")) {
            a->cfg = s + 9;
        } else if (!strcmp(s, "-h") || !strcmp(s, "--help")) {
            fputs(usage_text, stdout);
            return 0;
        } else if (s[0] == '-' && !(pos == 1 && !strcmp(a->cmd, "genid"))) {
            return usage("%s: unknown option \"%s\"", a->cmd, s);
        } else if (pos == 0 && !strcmp(a->cmd, "create")) {
            a->cfg = s;
            pos++;
        } else if (pos == 0) {
            if (parse_domid(s, &a->domid))
                return usage("%s: \"%s\" is not a domain ID (1 to 32751)", a->cmd, s);
            a->has_domid = 1;
            pos++;
        } else if (pos == 1 && !strcmp(a->cmd, "genid")) {
            a->guid = s;
            pos++;
        } else {
            return usage("%s: unexpected argument \"%s\"", a->cmd, s);
        }
    }
    if (!strcmp(a->cmd, "create") && !a->cfg)
        return usage("create: no xl.cfg given");
    if (!strcmp(a->cmd, "attach") && (!a->has_domid || !a->cfg))
        return usage("attach: needs DOMID and --config CFG");
    if (!strcmp(a->cmd, "genid") && !a->has_domid)
        return usage("genid: no DOMID given");
    if (a->new_guid && a->guid)
        return usage("genid: --new and a GUID exclude each other");
    return -1;
}

static void print_result(const struct xargs *a, const struct xl_cfg *cfg,
                         const struct xl_domain_acpi *o, uint64_t libxl_ns)
{
    struct xl_build b = { .cfg_path = a->cfg, .cfg = cfg, .layout = &o->layout, .t = &o->t,
                          .guid_page = cfg->guest.vmgenid ? o->guid_page : NULL,
                          .dm = o->has_dm ? &o->dm : NULL, .command = a->cmd,
                          .domid = o->domid, .no_files = 1 };
    static struct xl_out_files fs;
    unsigned char *json = NULL;
    size_t len;
    char err[512];

    if (a->json) {
        if (xl_out_files(&b, &fs, err, sizeof(err)) ||
            xl_manifest_json(&b, &fs, &json, &len, err, sizeof(err))) {
            fprintf(stderr, "xl-acpi: %s\n", err);
        } else {
            fwrite(json, 1, len, stdout);
            free(json);
        }
        return;
    }
    xl_summary(stdout, &b);
    for (unsigned i = 0; i < o->n_e820; i++)
        printf("e820: 0x%016" PRIx64 "-0x%016" PRIx64 " %s\n", o->e820[i].addr,
               o->e820[i].addr + o->e820[i].size - 1, xl_e820_type_name(o->e820[i].type));
    printf("libxl region 0x%" PRIx64 " bytes, now 0x%" PRIx64 " (%u pages populated by "
           "xl-acpi); rsdp_paddr 0x%" PRIx64 " -> 0x%" PRIx64 "\n", o->libxl_region,
           o->layout.size, o->pages_added, o->old_rsdp, o->t.rsdp_address);
    printf("domid=%u\n", o->domid);
    printf("timing: total_ms=%.3f libxl_ms=%.3f xlacpi_ms=%.3f xenstore_ms=%.3f map_ms=%.3f "
           "build_ms=%.3f\n", (double)(libxl_ns + o->total_ns) / 1e6, (double)libxl_ns / 1e6,
           (double)o->total_ns / 1e6, (double)o->xenstore_ns / 1e6, (double)o->map_ns / 1e6,
           (double)o->build_ns / 1e6);
}

/* attach of an HVM domain: hvmloader builds its tables from our file;
 * the GUID page is ours to put in place.  On error the domain is left as
 * it is (xl made it, not us), paused. */
static int finish_hvm(libxl_ctx *ctx, const struct xargs *a, const struct xl_cfg *cfg,
                      const libxl_domain_config *dc, uint32_t domid)
{
    char err[1024];
    int done = 0;

    if (xl_hvm_domain_attach(domid, dc, cfg, &done, err, sizeof(err))) {
        fprintf(stderr, "xl-acpi: %s: %s (domain %u left paused: xl destroy %u)\n", a->cfg,
                err, domid, domid);
        return 1;
    }
    if (done)
        printf("vmgenid: GUID page of domain %u populated and written at 0x%x\n", domid,
               ACPI_HVM_GUID_PAGE);
    else
        printf("%s: no vmgenid: nothing to put into HVM domain %u (its tables are "
               "hvmloader's, with acpi_firmware=)\n", a->cfg, domid);
    if (!a->paused && libxl_domain_unpause(ctx, domid, NULL)) {
        fprintf(stderr, "xl-acpi: cannot unpause domain %u (xl unpause %u)\n", domid, domid);
        return 1;
    }
    printf("domid=%u\n", domid);
    return fflush(stdout) ? 1 : 0;
}

/* create and attach: tables into domid (paused), unpause, print. */
static int finish(libxl_ctx *ctx, const struct xargs *a, const struct xl_cfg *cfg,
                  const libxl_domain_config *dc, uint32_t domid, uint64_t libxl_ns)
{
    static struct xl_domain_acpi o;
    char err[1024];
    uint64_t t0, t1;
    int ret = 1;

    if (cfg->hvm)
        return finish_hvm(ctx, a, cfg, dc, domid);
    if (!cfg->acpi) {
        /* libxl 4.17 builds a PVH domU's tables whatever acpi= says
         * (libxl__arch_domain_finalise_hw_description): say so, touch none. */
        memset(&o, 0, sizeof(o));
        printf("%s: acpi=0: xl-acpi writes no tables into domain %u; libxl's own (which "
               "libxl 4.17 builds for every PVH domU) stay as they are\n", a->cfg, domid);
    } else if (xl_domain_acpi_write(ctx, domid, dc, cfg, &o, err, sizeof(err))) {
        fprintf(stderr, "xl-acpi: %s: %s\n", a->cfg, err);
        if (libxl_domain_destroy(ctx, domid, NULL))
            fprintf(stderr, "xl-acpi: destroying domain %u failed too: destroy it with "
                    "xl destroy %u\n", domid, domid);
        else
            fprintf(stderr, "xl-acpi: domain %u destroyed: it never ran\n", domid);
        goto out;
    }
    t0 = now_ns();
    if (!a->paused && libxl_domain_unpause(ctx, domid, NULL)) {
        fprintf(stderr, "xl-acpi: cannot unpause domain %u (its tables are in place: "
                "xl unpause %u)\n", domid, domid);
        goto out;
    }
    t1 = now_ns();
    if (cfg->acpi)
        print_result(a, cfg, &o, libxl_ns);
    else
        printf("domid=%u\n", domid);
    if (!a->json)
        printf("timing: since_main_ms=%.3f unpause_ms=%.3f\n", (double)(t1 - t_main) / 1e6,
               (double)(t1 - t0) / 1e6);
    ret = fflush(stdout) ? 1 : 0;
out:
    xl_domain_acpi_free(&o);
    return ret;
}

static int open_libxl(libxl_ctx **ctx, xentoollog_logger_stdiostream **lg)
{
    *lg = xtl_createlogger_stdiostream(stderr, XTL_ERROR, 0);
    if (!*lg || libxl_ctx_alloc(ctx, LIBXL_VERSION, 0, (xentoollog_logger *)*lg)) {
        fprintf(stderr, "xl-acpi: cannot open libxl: %s (run in dom0 as root)\n",
                strerror(errno));
        return -1;
    }
    return 0;
}

/* create: the domain of a->cfg made paused through libxl, our tables in
 * it, unpaused; *dc holds its libxl config (the caller disposes of it).
 * Run again by the shutdown daemon for a restart, on the file as it is
 * then, as xl does. */
static int create_one(libxl_ctx *ctx, const struct xargs *a, struct xl_cfg *cfg,
                      libxl_domain_config *dc, uint32_t *domid)
{
    char err[4096];
    uint64_t t0, libxl_ns;

    if (xl_cfg_load(a->cfg, cfg, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        libxl_domain_config_init(dc);
        return 1;
    }
    if (cfg->hvm) {
        fprintf(stderr, "%s: error: xl-acpi create makes PVH domains; for type=\"hvm\": "
                "xl-acpi build it, set acpi_firmware= to its acpi-firmware.bin, xl create -p "
                "it, then xl-acpi attach DOMID --config CFG\n", a->cfg);
        libxl_domain_config_init(dc);
        return 1;
    }
    if (xl_domcfg_load(ctx, a->cfg, cfg, dc, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        libxl_domain_config_init(dc);
        return 1;
    }
    t0 = now_ns();
    if (libxl_domain_create_new(ctx, dc, domid, NULL, NULL)) {
        fprintf(stderr, "xl-acpi: %s: libxl could not create the domain (its messages "
                "are above)\n", a->cfg);
        return 1;
    }
    libxl_ns = now_ns() - t0;
    return finish(ctx, a, cfg, dc, *domid, libxl_ns);
}

struct restart { const struct xargs *a; };

static int restart(void *arg, libxl_ctx *ctx, uint32_t *domid)
{
    static struct xl_cfg cfg;
    const struct restart *r = arg;
    struct xargs a = *r->a;
    libxl_domain_config dc;
    int ret;

    a.paused = 0;
    a.json = 0;
    ret = create_one(ctx, &a, &cfg, &dc, domid);
    libxl_domain_config_dispose(&dc);
    return ret ? -1 : 0;
}

static int cmd_domain(const struct xargs *a)
{
    static struct xl_cfg cfg;
    libxl_domain_config dc;
    libxl_ctx *ctx = NULL;
    xentoollog_logger_stdiostream *lg = NULL;
    char err[4096];
    uint32_t domid = a->domid;
    int ret = 1, have_dc = 0;

    if (open_libxl(&ctx, &lg))
        goto out;
    if (!strcmp(a->cmd, "create")) {
        static struct restart r;
        have_dc = 1;
        ret = create_one(ctx, a, &cfg, &dc, &domid);
        r.a = a;
        /* As xl create: someone must act on the domain's shutdown. */
        if (!ret && xl_watch_spawn(ctx, &dc, domid, restart, &r) < 0)
            fprintf(stderr, "xl-acpi: domain %u: cannot start its shutdown daemon: %s; "
                    "destroy it with xl destroy %u when it has shut down\n", domid,
                    strerror(errno), domid);
        goto out;
    }
    if (xl_cfg_load(a->cfg, &cfg, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        goto out;
    }
    libxl_domain_config_init(&dc);
    have_dc = 1;
    if (libxl_retrieve_domain_configuration(ctx, domid, &dc, NULL)) {
        fprintf(stderr, "xl-acpi: attach: cannot get the libxl configuration of domain "
                "%u (does it exist, created by xl or libxl?)\n", domid);
        goto out;
    }
    ret = finish(ctx, a, &cfg, &dc, domid, 0);
out:
    if (have_dc)
        libxl_domain_config_dispose(&dc);
    libxl_ctx_free(ctx);
    if (lg)
        xtl_logger_destroy((xentoollog_logger *)lg);
    return ret;
}

/* genid: the GUID page xl-acpi recorded, read or rewritten in place. */
static int cmd_genid(const struct xargs *a)
{
    struct xl_guestmem gm = { .domid = a->domid };
    struct xs_handle *xs = xs_open(0);
    char path[96], err[512], text[37];
    char *v = NULL;
    uint8_t page_bytes[16], canon[16];
    uint64_t addr = 0;
    unsigned len = 0;
    int ret = 1;

    gm.fmem = xenforeignmemory_open(NULL, 0);
    if (!xs || !gm.fmem) {
        fprintf(stderr, "xl-acpi: genid: cannot open %s: %s (run in dom0 as root)\n",
                !xs ? "xenstore" : "libxenforeignmemory", strerror(errno));
        goto out;
    }
    if (a->guid && uuid_parse(a->guid, canon)) {
        fprintf(stderr, "xl-acpi: genid: \"%s\" is not a GUID such as "
                "\"6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6c\"\n", a->guid);
        ret = 2;
        goto out;
    }
    snprintf(path, sizeof(path), XL_XS_GUID_PAGE, a->domid);
    v = xs_read(xs, XBT_NULL, path, &len);
    if (!v || acpi_dm_parse_number(v, len, path, &addr, err, sizeof(err)) ||
        addr % XL_GUEST_PAGE) {
        fprintf(stderr, "xl-acpi: genid: domain %u has no VMGENID page recorded at %s: it "
                "was not given one by xl-acpi create/attach (vmgenid=\"none\"?)\n", a->domid,
                path);
        goto out;
    }
    if (a->guid || a->new_guid) {
        if (a->new_guid)
            uuid_generate_random(canon);
        if (uuid_is_null(canon)) {
            fprintf(stderr, "xl-acpi: genid: the nil GUID is no generation ID\n");
            goto out;
        }
        acpi_guid_swap_fields(canon, page_bytes);
        if (xl_guest_write(&gm, addr + ACPI_VMGENID_GUID_OFFSET, page_bytes, 16, err,
                           sizeof(err))) {
            fprintf(stderr, "xl-acpi: genid: %s\n", err);
            goto out;
        }
    }
    if (xl_guest_read(&gm, addr + ACPI_VMGENID_GUID_OFFSET, page_bytes, 16, err, sizeof(err))) {
        fprintf(stderr, "xl-acpi: genid: %s\n", err);
        goto out;
    }
    acpi_guid_swap_fields(page_bytes, canon);
    uuid_unparse_lower(canon, text);
    printf("guid=%s\npage=0x%" PRIx64 "\n", text, addr);
    if (a->guid || a->new_guid)
        printf("notify: none: no interrupt can announce the change (a PVH domU has no "
               "emulated IO APIC or GPE block, an HVM domU's tables are hvmloader's, without "
               "a GED); domain %u sees the new ID when it next reads it, at its next boot or "
               "restore\n", a->domid);
    ret = fflush(stdout) ? 1 : 0;
out:
    free(v);
    if (xs)
        xs_close(xs);
    if (gm.fmem)
        xenforeignmemory_close(gm.fmem);
    return ret;
}

int xl_xen_main(int argc, char **argv)
{
    struct xargs a = { 0 };
    int r;

    t_main = now_ns();
    r = parse(argc, argv, &a);

    if (r >= 0)
        return r;
    if (!strcmp(a.cmd, "genid"))
        return cmd_genid(&a);
    return cmd_domain(&a);
}
