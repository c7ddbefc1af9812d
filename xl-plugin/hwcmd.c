/*
 * hwcmd.c - `xl-acpi hwdom`: read the config and the host's tables, check
 * them, build the new tables, then write the files and print the manifest
 * (nothing is written unless the build succeeded).
 *
 * Files in DIR: tables.bin (the new tables as they lie from acpi_base,
 * for loading there), one SIG.dat per new table (APIC, FACP, STAO, XSDT,
 * RSDT, RSDP) and manifest.json.  The kept host tables are not copied:
 * they stay where the firmware put them.
 */
#define _POSIX_C_SOURCE 200809L

#include "hwcmd.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hostsrc.h"
#include "hwcfg.h"
#include "hwmanifest.h"
#include "output.h"

static const char usage_text[] =
    "usage: xl-acpi hwdom --host-tables SRC --config CFG [--out DIR] [--json]\n";

static int usage(const char *what)
{
    fprintf(stderr, "xl-acpi hwdom: %s\n%s", what, usage_text);
    return 2;
}

static const char *value(int argc, char **argv, int *i, const char *opt)
{
    size_t n = strlen(opt);

    if (strncmp(argv[*i], opt, n))
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

int xl_hwdom_main(int argc, char **argv)
{
    static struct xl_hwcfg cfg;
    static struct xl_host_src src;
    static struct acpi_host_set set;
    static struct acpi_hwdom_tables t;
    static struct xl_out_files fs;
    const char *host = NULL, *cfg_path = NULL, *out = NULL;
    char err[1024], names[ACPI_GUEST_MAX_TABLES][XL_OUT_NAME_MAX];
    unsigned char *json = NULL;
    size_t json_len;
    uint8_t *image = NULL;
    int json_out = 0, ret = 1;

    for (int i = 2; i < argc; i++) {
        const char *v;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(usage_text, stdout);
            return 0;
        } else if ((v = value(argc, argv, &i, "--host-tables"))) {
            host = v;
        } else if ((v = value(argc, argv, &i, "--config"))) {
            cfg_path = v;
        } else if ((v = value(argc, argv, &i, "--out"))) {
            out = v;
        } else if (!strcmp(argv[i], "--json")) {
            json_out = 1;
        } else {
            fprintf(stderr, "xl-acpi hwdom: unknown or incomplete option \"%s\"\n", argv[i]);
            fputs(usage_text, stderr);
            return 2;
        }
    }
    if (!host || !*host)
        return usage("--host-tables SRC is required (a directory of tables or an acpidump file)");
    if (!cfg_path || !*cfg_path)
        return usage("--config CFG is required");
    if ((!out || !*out) && !json_out)
        return usage("--out DIR is required (or --json to print the manifest only)");

    if (xl_hwcfg_load(cfg_path, &cfg, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    if (xl_host_read(host, &src, err, sizeof(err))) {
        fprintf(stderr, "xl-acpi: host tables: %s\n", err);
        goto done;
    }
    if (acpi_host_set_init(&set, src.t, src.n)) {
        fprintf(stderr, "xl-acpi: host tables: %s\n", set.error);
        goto done;
    }
    image = calloc(1, (size_t)cfg.layout.size);
    if (!image) {
        fprintf(stderr, "xl-acpi: cannot allocate %llu bytes: %s\n",
                (unsigned long long)cfg.layout.size, strerror(errno));
        goto done;
    }
    if (acpi_hwdom_build(&cfg.hw, &set, &cfg.layout, image, (size_t)cfg.layout.size, &t)) {
        fprintf(stderr, "xl-acpi: %s: %s\n", cfg_path, t.set.error);
        goto done;
    }

    struct xl_hwdom_run run = { .cfg_path = cfg_path, .src = host, .cfg = &cfg, .set = &set,
                                .t = &t, .n_addresses = src.n_addresses };
    memset(&fs, 0, sizeof(fs));
    if (out) {
        int bad = xl_out_add(&fs, "tables.bin", image, t.set.image_len);
        for (unsigned i = 0; !bad && i < t.set.n_tables; i++) {
            const struct acpi_table_info *ti = &t.set.tables[i];
            snprintf(names[i], sizeof(names[i]), "%s.dat", ti->signature);
            bad = xl_out_add(&fs, names[i], image + ti->offset, ti->length);
            fs.table_file[i] = fs.f[fs.n - 1].name;
        }
        if (bad) {
            fprintf(stderr, "xl-acpi: too many files\n");
            goto done;
        }
    }
    if (xl_hwdom_json(&run, out ? &fs : NULL, &json, &json_len)) {
        fprintf(stderr, "xl-acpi: manifest: out of memory\n");
        goto done;
    }
    if (out) {
        int w;
        if (xl_out_add(&fs, "manifest.json", json, json_len) ||
            (w = xl_out_write(out, &fs, err, sizeof(err))) < 0) {
            fprintf(stderr, "xl-acpi: %s\n", fs.n >= XL_OUT_MAX_FILES ? "too many files" : err);
            goto done;
        }
        if (w > 0)
            fprintf(stderr, "xl-acpi: warning: %s\n", err);
    }
    if (json_out) {
        fwrite(json, 1, json_len, stdout);
        fputc('\n', stdout);
    } else {
        xl_hwdom_print(stdout, &run);
    }
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "xl-acpi: writing stdout: %s\n", strerror(errno));
        goto done;
    }
    ret = 0;
done:
    free(json);
    free(image);
    xl_host_free(&src);
    xl_hwcfg_free(&cfg);
    return ret;
}
