/*
 * xl-acpi.c - `xl-acpi build CFG --out DIR`: the command line, and the
 * order of things: read the config (and the device model's blob area with
 * --dm-blobs), build the tables, then write the files and print the
 * summary.  Nothing is written unless the build succeeded; blobs the
 * dm-acpi policy rejects are reported, not an error.
 *
 * Exit status: 0 done (also for acpi=0, which builds nothing, and with
 * rejected blobs), 1 a config, --dm-blobs file, build or output error, 2 a
 * usage error.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <acpigen/guest.h>

#include "cfg.h"
#include "dmblobs.h"
#include "hvm.h"
#include "hwcmd.h"
#include "manifest.h"
#include "memmap.h"
#include "output.h"
#include "summary.h"
#include "xencmd.h"

/* Where libxl puts a PVH guest's ACPI tables (ACPI_INFO_PHYSICAL_ADDRESS),
 * and 1 MiB: room for 4096 vCPUs' DSDT and MADT with the GUID page. */
#define DEFAULT_BASE 0xFC000000u
#define DEFAULT_SIZE 0x100000u

static const char usage_text[] =
    "usage: xl-acpi build CFG --out DIR [--base ADDR] [--size BYTES] [--rsdp-low]\n"
    "                                   [--dm-blobs FILE] [--hvmloader FILE] [--json]\n"
    "       xl-acpi build CFG --json [--base ADDR] [--size BYTES] [--rsdp-low]\n"
    "                                [--dm-blobs FILE] [--hvmloader FILE]\n"
    "       xl-acpi create CFG [--paused] [--json]\n"
    "       xl-acpi attach DOMID --config CFG [--paused] [--json]\n"
    "       xl-acpi genid DOMID [--new | GUID]\n"
    "       xl-acpi hwdom --host-tables SRC --config CFG --out DIR [--json]\n"
    "       xl-acpi hwdom --host-tables SRC --config CFG --json\n"
    "       xl-acpi --help\n";

static const char help_text[] =
    "Build the ACPI tables of a Xen PVH guest from its xl.cfg, or the\n"
    "acpi_firmware= file of an HVM guest.\n"
    "\n"
    "  build CFG      read the xl.cfg CFG (type=\"pvh\", vcpus, maxvcpus, acpi,\n"
    "                 lapic, ioapic, vmgenid, vmgenid_gsi, acpi_oem_id, vnvdimms)\n"
    "                 type=\"hvm\": hvmloader builds the tables; build makes the\n"
    "                 file for acpi_firmware= (acpi-firmware.bin) of the device\n"
    "                 model's accepted tables, the SSDT \"DMACPI\" and the SSDT\n"
    "                 \"VMGENID\", checked against hvmloader's names\n"
    "  --hvmloader FILE\n"
    "                 type=\"hvm\": the hvmloader whose DSDT and SSDTs are read\n"
    "                 (default " XL_HVMLOADER ")\n"
    "  --out DIR      write the files into DIR (created if needed): tables.bin,\n"
    "                 one SIG.aml / SIG.dat per table, vmgenid-guid.bin,\n"
    "                 rsdp-low.bin, manifest.json (type=\"hvm\":\n"
    "                 acpi-firmware.bin instead of tables.bin)\n"
    "  --base ADDR    guest-physical start of the region (default 0xFC000000)\n"
    "  --size BYTES   its length (default 0x100000); ADDR and BYTES are decimal\n"
    "                 or 0x hex, multiples of 4096; the region must stay below\n"
    "                 4 GiB, above the low 1 MiB and clear of the guest's RAM\n"
    "                 (memory, maxmem) and of the PVH fixed MMIO ranges\n"
    "  --rsdp-low     put the RSDP at 0xFFFC0 (Linux before 4.17 looks there)\n"
    "  --dm-blobs FILE\n"
    "                 add the ACPI tables and namespace devices a device model\n"
    "                 handed over (FILE: its blob area as it lies in guest\n"
    "                 memory, at most 1 MiB), each accepted or rejected by the\n"
    "                 dm-acpi rules: an NFIT only with vnvdimms, no table the\n"
    "                 toolstack builds, no device name that exists; accepted\n"
    "                 devices go into an SSDT \"DMACPI\"\n"
    "  --json         print the manifest (manifest.json) on stdout instead of\n"
    "                 the summary; build's --out is then optional (no files\n"
    "                 are written without it)\n"
    "\n"
    "On a Xen host (dom0, as root), with the same xl.cfg:\n"
    "  create CFG     create the PVH domU of CFG paused through libxl, write\n"
    "                 this set (with the device model's dm-acpi blobs, when\n"
    "                 /local/domain/DOMID/hvmloader/dm-acpi/{address,length}\n"
    "                 are set) over libxl's tables, fix the e820 map and\n"
    "                 rsdp_paddr, then unpause; on any error the domain is\n"
    "                 destroyed\n"
    "  attach DOMID --config CFG\n"
    "                 the same for a domain made with xl create -p; for a\n"
    "                 type=\"hvm\" domain with vmgenid and acpi_firmware= set to\n"
    "                 build's file: populate and fill the VMGENID page\n"
    "  --paused       leave the domain paused\n"
    "  --json         print the manifest (JSON) instead of the summary\n"
    "  genid DOMID    print the VMGENID GUID in the guest's page; --new or a\n"
    "                 GUID writes a new one\n"
    "\n"
    "The hardware domain (PVH dom0), from the host's own tables:\n"
    "  hwdom          write a new MADT, the host's FADT adjusted, an STAO, a\n"
    "                 new XSDT/RSDT and RSDP into the config's acpi_base; the\n"
    "                 host's other tables are kept at their host addresses, the\n"
    "                 vNUMA and IOMMU tables dropped; prints what was kept,\n"
    "                 replaced, added and dropped, and why\n"
    "  --host-tables SRC\n"
    "                 a directory of binary tables (as /sys/firmware/acpi/tables;\n"
    "                 *.txt files in it: the kernel's \"ACPI: SIG 0xADDR\" lines\n"
    "                 with the host addresses) or an acpidump text file\n"
    "  --config CFG   vcpus, maxvcpus, stao_uart, stao_namepaths,\n"
    "                 hypervisor_tables, acpi_oem_id, acpi_base, acpi_size\n"
    "\n"
    "  -h, --help     this help\n"
    "\n"
    "The summary on stdout lists each table (as acpidump -s does), the e820\n"
    "ranges to reserve, the verdict on each dm-acpi blob and the RSDP address.\n"
    "Exit status: 0 done (acpi=0 builds nothing; rejected blobs are no error),\n"
    "1 config, dm-blobs file, build or output error, 2 usage error.\n";

#ifndef XL_HVMLOADER
#define XL_HVMLOADER "/usr/lib/xen-4.17/boot/hvmloader"
#endif

struct args {
    const char *cfg, *out, *dm_blobs, *hvmloader;
    uint64_t base, size;
    int rsdp_low, json;
    int layout_set;             /* --base, --size or --rsdp-low given */
};

__attribute__((format(printf, 1, 2)))
static int usage_error(const char *fmt, ...)
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

static int digit(char ch, unsigned base)
{
    unsigned d;

    if (ch >= '0' && ch <= '9')
        d = (unsigned)(ch - '0');
    else if (ch >= 'a' && ch <= 'f')
        d = (unsigned)(ch - 'a' + 10);
    else if (ch >= 'A' && ch <= 'F')
        d = (unsigned)(ch - 'A' + 10);
    else
        return -1;
    return d < base ? (int)d : -1;
}

/* Decimal or 0x hex, the whole string, no sign or space, not 0.  Unlike
 * strtoull: no octal surprise for "010", no silent "-1" wrap-around. */
static int parse_u64(const char *opt, const char *s, uint64_t *v)
{
    unsigned base = 10;
    const char *p = s;
    uint64_t x = 0;

    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        base = 16;
        p += 2;
    }
    if (!*p)
        return usage_error("%s \"%s\": not a number (decimal or 0x hex)", opt, s);
    for (; *p; p++) {
        int d = digit(*p, base);
        if (d < 0)
            return usage_error("%s \"%s\": not a number (decimal or 0x hex)", opt, s);
        if (x > (UINT64_MAX - (unsigned)d) / base)
            return usage_error("%s \"%s\": out of range (64 bits)", opt, s);
        x = x * base + (unsigned)d;
    }
    if (!x)
        return usage_error("%s \"%s\": must not be 0", opt, s);
    *v = x;
    return 0;
}

/* "--opt VALUE" or "--opt=VALUE"; *i moves past what was used. */
static const char *opt_value(int argc, char **argv, int *i, const char *opt)
{
    size_t n = strlen(opt);

    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (*i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static int is_opt(const char *arg, const char *opt)
{
    size_t n = strlen(opt);
    return !strncmp(arg, opt, n) && (arg[n] == '\0' || arg[n] == '=');
}

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, struct args *a)
{
    int positional = 0, no_more_opts = 0;

    a->base = DEFAULT_BASE;
    a->size = DEFAULT_SIZE;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i], *v;

        if (no_more_opts || arg[0] != '-' || !strcmp(arg, "-")) {
            if (positional == 0 && strcmp(arg, "build"))
                return usage_error("unknown command \"%s\"", arg);
            if (positional == 1)
                a->cfg = arg;
            if (positional >= 2)
                return usage_error("unexpected argument \"%s\"", arg);
            positional++;
        } else if (!strcmp(arg, "--")) {
            no_more_opts = 1;
        } else if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
            fputs(usage_text, stdout);
            fputs("\n", stdout);
            fputs(help_text, stdout);
            return 0;
        } else if (is_opt(arg, "--out")) {
            if (!(v = opt_value(argc, argv, &i, "--out")) || !*v)
                return usage_error("--out needs a directory");
            a->out = v;
        } else if (is_opt(arg, "--base") || is_opt(arg, "--size")) {
            const char *opt = arg[2] == 'b' ? "--base" : "--size";
            if (!(v = opt_value(argc, argv, &i, opt)))
                return usage_error("%s needs a value", opt);
            if (parse_u64(opt, v, opt[2] == 'b' ? &a->base : &a->size))
                return 2;
            a->layout_set = 1;
        } else if (!strcmp(arg, "--rsdp-low")) {
            a->rsdp_low = 1;
            a->layout_set = 1;
        } else if (is_opt(arg, "--hvmloader")) {
            if (!(v = opt_value(argc, argv, &i, "--hvmloader")) || !*v)
                return usage_error("--hvmloader needs a file");
            a->hvmloader = v;
        } else if (!strcmp(arg, "--json")) {
            a->json = 1;
        } else if (is_opt(arg, "--dm-blobs")) {
            if (!(v = opt_value(argc, argv, &i, "--dm-blobs")) || !*v)
                return usage_error("--dm-blobs needs a file");
            a->dm_blobs = v;
        } else {
            return usage_error("unknown option \"%s\"", arg);
        }
    }
    if (positional == 0)
        return usage_error("no command (the command is \"build\")");
    if (!a->cfg)
        return usage_error("build: no xl.cfg given");
    if (!a->out && !a->json)
        return usage_error("build: --out DIR is required (or --json to print the manifest only)");
    /* Xen populates and types guest memory by 4 KiB page: a region that
     * starts or ends inside a page cannot be typed as ACPI data alone. */
    if (a->base % XL_PAGE_SIZE)
        return usage_error("--base 0x%llx: not a multiple of 4096 (guest memory is populated "
                           "and typed by 4 KiB page)", (unsigned long long)a->base);
    if (a->size % XL_PAGE_SIZE)
        return usage_error("--size 0x%llx: not a multiple of 4096 (guest memory is populated "
                           "and typed by 4 KiB page)", (unsigned long long)a->size);
    if (a->size > SIZE_MAX)
        return usage_error("--size 0x%llx is more than this host can hold",
                           (unsigned long long)a->size);
    return -1;
}

/* The region against the memory map libxl would give this guest: RAM from
 * memory/maxmem, the fixed MMIO ranges of a PVH guest.  Returns 0, or 1
 * after printing why not, naming both ranges and where the other comes
 * from. */
static int check_region(const struct args *a, const struct xl_cfg *cfg)
{
    struct xl_e820_entry map[XL_PVH_MODEL_ENTRIES];
    char why[512], from[64] = "";
    int n = xl_memmap_pvh_model(cfg->maxmem_mib, map, XL_PVH_MODEL_ENTRIES), hit;

    if (n < 0) {
        fprintf(stderr, "xl-acpi: internal error: the PVH memory map has more than %u entries\n",
                XL_PVH_MODEL_ENTRIES);
        return 1;
    }
    /* The model has no ACPI entry of its own: the region is what stands
     * for libxl's ACPI range. */
    if (!xl_region_check(map, (unsigned)n, 1u << XL_E820_ACPI, a->base, a->size, "region", why,
                         sizeof(why)))
        return 0;
    hit = xl_region_conflict(map, (unsigned)n, 1u << XL_E820_ACPI, a->base, a->size);
    if (hit >= 0 && map[hit].type == XL_E820_RAM)
        snprintf(from, sizeof(from), " (%s=%llu)", cfg->maxmem_set ? "maxmem" : "memory",
                 (unsigned long long)(cfg->maxmem_set ? cfg->maxmem_mib : cfg->memory_mib));
    else if (hit >= 0 && xl_memmap_pvh_name(map[hit].addr))
        snprintf(from, sizeof(from), " (%s)", xl_memmap_pvh_name(map[hit].addr));
    fprintf(stderr, "xl-acpi: --base 0x%llx --size 0x%llx: %s%s\n", (unsigned long long)a->base,
            (unsigned long long)a->size, why, from);
    return 1;
}

/* The manifest on stdout (--json): the JSON, then a newline if the
 * generator left none. */
static int print_json(const unsigned char *json, size_t len)
{
    fwrite(json, 1, len, stdout);
    if (!len || json[len - 1] != '\n')
        fputc('\n', stdout);
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "xl-acpi: writing the manifest to stdout: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}

/* Write b's files (--out), then print its manifest (--json) or summary. */
static int emit(const struct args *a, struct xl_build *b)
{
    static struct xl_out_files fs;
    unsigned char *json = NULL;
    size_t json_len;
    char err[4096];
    int ret = 1, w;

    if (xl_out_files(b, &fs, err, sizeof(err)) ||
        xl_manifest_json(b, &fs, &json, &json_len, err, sizeof(err))) {
        fprintf(stderr, "xl-acpi: %s\n", err);
        goto out;
    }
    if (a->out) {
        if (xl_out_add(&fs, XL_MANIFEST_NAME, json, json_len)) {
            fprintf(stderr, "xl-acpi: too many files\n");
            goto out;
        }
        w = xl_out_write(a->out, &fs, err, sizeof(err));
        if (w < 0) {
            fprintf(stderr, "xl-acpi: %s\n", err);
            goto out;
        }
        if (w > 0)
            fprintf(stderr, "xl-acpi: warning: %s\n", err);
    }
    if (a->json) {
        ret = print_json(json, json_len);
        goto out;
    }
    xl_summary(stdout, b);
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "xl-acpi: writing the summary: %s\n", strerror(errno));
        goto out;
    }
    ret = 0;
out:
    free(json);
    return ret;
}

/* type="hvm": the acpi_firmware file, against hvmloader's names. */
static int build_hvm(const struct args *a, const struct xl_cfg *cfg)
{
    static struct xl_hvm h;
    static struct xl_dm dm;
    struct xl_build b = { .cfg_path = a->cfg, .cfg = cfg, .hvm = &h, .command = "build",
                          .domid = -1, .no_files = !a->out };
    char err[4096];
    int ret = 1;

    if (a->layout_set) {
        fprintf(stderr, "%s: error: --base, --size and --rsdp-low apply to type=\"pvh\" "
                "guests: hvmloader places an HVM guest's tables\n", a->cfg);
        return 1;
    }
    if (!cfg->acpi) {
        fprintf(stderr, "%s: error: acpi=0: hvmloader builds no ACPI tables for this guest, "
                "so there is nothing to add to\n", a->cfg);
        return 1;
    }
    if (xl_dm_policy(cfg, &dm.policy, err, sizeof(err)) ||
        (a->dm_blobs && xl_dm_read(&dm, a->dm_blobs, err, sizeof(err))) ||
        xl_hvm_build(&h, cfg, a->hvmloader ? a->hvmloader : XL_HVMLOADER, &dm, err,
                     sizeof(err))) {
        fprintf(stderr, "xl-acpi: %s\n", err);
        goto out;
    }
    b.dm = a->dm_blobs ? &dm : NULL;
    b.guid_page = cfg->guest.vmgenid ? h.guid_page : NULL;
    ret = emit(a, &b);
out:
    xl_hvm_free(&h);
    xl_dm_free(&dm);
    return ret;
}

static int build(const struct args *a)
{
    static struct xl_cfg cfg;
    static struct acpi_guest_tables tables;
    static uint8_t guid_page[ACPI_GUID_PAGE_SIZE];
    static struct xl_dm dm;
    struct acpi_layout layout = { .base = a->base, .size = a->size, .rsdp_low = a->rsdp_low };
    struct xl_build b = { .cfg_path = a->cfg, .cfg = &cfg, .layout = &layout, .t = &tables,
                          .command = "build", .domid = -1, .no_files = !a->out };
    char err[4096];
    unsigned char *json = NULL;
    size_t json_len;
    uint8_t *image = NULL;
    int ret = 1;

    if (xl_cfg_load(a->cfg, &cfg, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    if (cfg.hvm)
        return build_hvm(a, &cfg);
    if (a->hvmloader) {
        fprintf(stderr, "%s: error: --hvmloader applies to type=\"hvm\" guests\n", a->cfg);
        return 1;
    }
    if (!cfg.acpi && a->dm_blobs) {
        fprintf(stderr, "%s: error: acpi=0: this guest has no ACPI tables to add the blobs "
                "of --dm-blobs %s to\n", a->cfg, a->dm_blobs);
        return 1;
    }
    /* libxl gives an acpi=0 PVH guest no tables at all: a valid guest.
     * --json still prints what was read, and that there is nothing. */
    if (!cfg.acpi && a->json) {
        b.t = NULL;
        if (xl_manifest_json(&b, NULL, &json, &json_len, err, sizeof(err))) {
            fprintf(stderr, "xl-acpi: %s\n", err);
            return 1;
        }
        ret = print_json(json, json_len);
        free(json);
        return ret;
    }
    if (!cfg.acpi) {
        printf("%s: acpi=0: this guest has no ACPI tables (rsdp_paddr=0); nothing written\n",
               a->cfg);
        return fflush(stdout) ? 1 : 0;
    }
    if (check_region(a, &cfg))
        goto out;
    if (a->dm_blobs && (xl_dm_policy(&cfg, &dm.policy, err, sizeof(err)) ||
                        xl_dm_read(&dm, a->dm_blobs, err, sizeof(err)))) {
        fprintf(stderr, "xl-acpi: %s\n", err);
        goto out;
    }
    image = calloc(1, (size_t)a->size);
    if (!image) {
        fprintf(stderr, "xl-acpi: cannot allocate the %llu-byte region: %s\n",
                (unsigned long long)a->size, strerror(errno));
        goto out;
    }
    if (a->dm_blobs) {
        if (xl_dm_build(&dm, &cfg.guest, &layout, image, (size_t)a->size, guid_page, &tables,
                        err, sizeof(err))) {
            fprintf(stderr, "xl-acpi: %s: cannot build the tables: %s\n", a->cfg, err);
            goto out;
        }
        b.dm = &dm;
    } else if (acpi_guest_build(&cfg.guest, &layout, image, (size_t)a->size, guid_page,
                                &tables)) {
        fprintf(stderr, "xl-acpi: %s: cannot build the tables: %s\n", a->cfg, tables.error);
        goto out;
    }
    b.guid_page = cfg.guest.vmgenid ? guid_page : NULL;
    ret = emit(a, &b);
out:
    free(json);
    free(image);
    xl_dm_free(&dm);
    return ret;
}

int main(int argc, char **argv)
{
    struct args a = { 0 };
    int r;

    /* The commands that act on a real domain live in xencmd.c. */
    if (argc > 1 && xl_is_xen_command(argv[1]))
        return xl_xen_main(argc, argv);
    if (argc > 1 && !strcmp(argv[1], "hwdom"))
        return xl_hwdom_main(argc, argv);
    r = parse_args(argc, argv, &a);

    if (r >= 0)
        return r;
    return build(&a);
}
