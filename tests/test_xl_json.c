/*
 * test_xl_json.c - `xl-acpi build ... --json`, read back with yajl_tree:
 * the manifest on stdout is manifest.json byte for byte; every table's
 * signature, address, length, checksum and OEM IDs are what its file and
 * the image hold at that address; the "xl_cfg" object is what cfg.c reads
 * from the same file; without --out nothing is written and every "file"
 * is null.  xl-acpi runs as a child process, as a user runs it.
 */
#define _XOPEN_SOURCE 700     /* realpath */

#include "cunit_main.h"

#include "../xl-plugin/cfg.h"

#include <acpigen/guest.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uuid/uuid.h>
#include <yajl/yajl_tree.h>

static char xl_acpi[4096], ex[4096], tmp[4096];

struct buf {
    char *p;
    size_t n;
};

static void buf_free(struct buf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = 0;
}

static int read_stream(FILE *f, struct buf *b)
{
    size_t cap = 0;

    b->p = NULL;
    b->n = 0;
    for (;;) {
        if (b->n + 4096 + 1 > cap) {
            char *q = realloc(b->p, cap = 2 * cap + 8192);
            if (!q)
                return -1;
            b->p = q;
        }
        size_t got = fread(b->p + b->n, 1, 4096, f);
        b->n += got;
        if (!got)
            break;
    }
    b->p[b->n] = '\0';
    return ferror(f) ? -1 : 0;
}

static int read_file(const char *path, struct buf *b)
{
    FILE *f = fopen(path, "rb");
    int r;

    if (!f) {
        fprintf(stderr, "\n  cannot open %s: %s\n", path, strerror(errno));
        b->p = NULL;
        b->n = 0;
        return -1;
    }
    r = read_stream(f, b);
    fclose(f);
    return r;
}

/* Run `xl-acpi ARGS` (ARGS already shell-quoted where needed) in dir
 * (NULL: here); stdout into *out.  Returns the exit status. */
static int run(const char *dir, const char *args, struct buf *out)
{
    char cmd[16384];
    FILE *p;
    int st;

    snprintf(cmd, sizeof(cmd), "%s%s%s'%s' %s 2>'%s/stderr.txt'", dir ? "cd '" : "",
             dir ? dir : "", dir ? "' && " : "", xl_acpi, args, tmp);
    p = popen(cmd, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(read_stream(p, out), 0);
    st = pclose(p);
    if (!WIFEXITED(st) || WEXITSTATUS(st)) {
        struct buf e;
        char path[4200];
        snprintf(path, sizeof(path), "%s/stderr.txt", tmp);
        if (!read_file(path, &e))
            fprintf(stderr, "\n  xl-acpi %s: %s\n", args, e.p);
        buf_free(&e);
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static yajl_val parse(const struct buf *b)
{
    char why[256] = "";
    yajl_val v = yajl_tree_parse(b->p ? b->p : "", why, sizeof(why));

    if (!v)
        fprintf(stderr, "\n  not JSON: %s\n", why);
    return v;
}

static yajl_val get(yajl_val obj, const char *key)
{
    const char *path[] = { key, NULL };
    return obj ? yajl_tree_get(obj, path, yajl_t_any) : NULL;
}

static int has_key(yajl_val obj, const char *key)
{
    if (!YAJL_IS_OBJECT(obj))
        return 0;
    for (size_t i = 0; i < obj->u.object.len; i++)
        if (!strcmp(obj->u.object.keys[i], key))
            return 1;
    return 0;
}

/* A JSON integer, exactly (as its digits: yajl's long long would do too,
 * but the manifest promises unsigned decimal digits). */
static uint64_t num(yajl_val obj, const char *key)
{
    yajl_val v = get(obj, key);

    if (!YAJL_IS_NUMBER(v) || !YAJL_IS_INTEGER(v)) {
        fprintf(stderr, "\n  \"%s\" is not an integer\n", key);
        CU_FAIL("integer expected");
        return UINT64_MAX;
    }
    return strtoull(YAJL_GET_NUMBER(v), NULL, 10);
}

static const char *text(yajl_val obj, const char *key)
{
    yajl_val v = get(obj, key);

    if (!YAJL_IS_STRING(v)) {
        fprintf(stderr, "\n  \"%s\" is not a string\n", key);
        CU_FAIL("string expected");
        return "";
    }
    return YAJL_GET_STRING(v);
}

static int boolean(yajl_val obj, const char *key)
{
    yajl_val v = get(obj, key);

    CU_ASSERT(YAJL_IS_TRUE(v) || YAJL_IS_FALSE(v));
    return YAJL_IS_TRUE(v);
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint8_t sum8(const uint8_t *p, size_t n)
{
    uint8_t s = 0;
    while (n--)
        s = (uint8_t)(s + *p++);
    return s;
}

/* n bytes of a header field, as the library reports it: up to the first
 * NUL, trailing spaces kept. */
static void field(char *out, const uint8_t *p, size_t n)
{
    size_t i = 0;
    for (; i < n && p[i]; i++)
        out[i] = (char)p[i];
    out[i] = '\0';
}

/* ---- the xl.cfg as the manifest tells it, against cfg.c ----------------- */

static void check_cfg(yajl_val root, const char *path)
{
    static struct xl_cfg c;
    char err[2048], guid[37];
    yajl_val x = get(root, "xl_cfg");

    CU_ASSERT_FATAL(YAJL_IS_OBJECT(x));
    if (xl_cfg_load(path, &c, err, sizeof(err))) {
        fprintf(stderr, "\n%s\n", err);
        CU_FAIL_FATAL("the config loads");
    }
    CU_ASSERT_STRING_EQUAL(text(root, "config"), path);
    CU_ASSERT_STRING_EQUAL(text(x, "path"), path);
    CU_ASSERT_STRING_EQUAL(text(x, "type"), "pvh");
    CU_ASSERT_EQUAL(boolean(x, "acpi"), c.acpi);
    CU_ASSERT_EQUAL(num(x, "vcpus"), c.guest.vcpus);
    CU_ASSERT_EQUAL(num(x, "maxvcpus"), c.guest.maxvcpus);
    CU_ASSERT_EQUAL(boolean(x, "lapic"), c.guest.lapic);
    CU_ASSERT_EQUAL(boolean(x, "ioapic"), c.guest.ioapic);
    CU_ASSERT_STRING_EQUAL(text(x, "vmgenid"),
                           !c.guest.vmgenid ? "none" : c.vmgenid_auto ? "auto" : "guid");
    if (c.guest.vmgenid && !c.vmgenid_auto) {
        /* A configured GUID is the same on every load. */
        uuid_unparse_lower(c.guest.vmgenid_guid, guid);
        CU_ASSERT_STRING_EQUAL(text(x, "vmgenid_guid"), guid);
    } else if (!c.guest.vmgenid) {
        CU_ASSERT(YAJL_IS_NULL(get(x, "vmgenid_guid")));
    } else {
        uuid_t u;
        CU_ASSERT_EQUAL(uuid_parse(text(x, "vmgenid_guid"), u), 0);
    }
    if (c.guest.vmgenid_gsi >= 0) {
        CU_ASSERT_EQUAL(num(x, "vmgenid_gsi"), (uint64_t)c.guest.vmgenid_gsi);
    } else {
        CU_ASSERT(YAJL_IS_NULL(get(x, "vmgenid_gsi")));
    }
    CU_ASSERT_STRING_EQUAL(text(x, "acpi_oem_id"), c.guest.oem_id);
    CU_ASSERT_EQUAL(num(x, "vnvdimms"), c.n_vnvdimms);
    CU_ASSERT_EQUAL(num(x, "memory"), c.memory_mib);
    CU_ASSERT_EQUAL(num(x, "maxmem"), c.maxmem_mib);
    /* A build goes into no domain. */
    CU_ASSERT_STRING_EQUAL(text(root, "command"), "build");
    CU_ASSERT(!has_key(root, "domid"));
}

/* ---- every table against its file and the image --------------------------- */

static void check_table(yajl_val t, const char *dir, const struct buf *image, uint64_t base)
{
    const char *sig = text(t, "signature"), *file = text(t, "file");
    uint64_t addr = num(t, "address"), len = num(t, "length");
    char path[8400], id[9];
    struct buf f;
    const uint8_t *p;

    snprintf(path, sizeof(path), "%s/%s", dir, file);
    CU_ASSERT_EQUAL_FATAL(read_file(path, &f), 0);
    p = (const uint8_t *)f.p;
    if (f.n != len)
        fprintf(stderr, "\n  %s: %zu bytes, the manifest says %llu\n", file, f.n,
                (unsigned long long)len);
    CU_ASSERT_EQUAL(f.n, len);
    /* The bytes at the table's address: in the image, or the low RSDP. */
    if (addr >= base && addr - base + len <= image->n) {
        assert_bytes_eq(file, p, f.n, (const uint8_t *)image->p + (addr - base), (size_t)len);
    } else {
        struct buf low;
        CU_ASSERT_STRING_EQUAL(sig, "RSDP");
        CU_ASSERT_EQUAL(addr, 0xFFFC0);
        snprintf(path, sizeof(path), "%s/rsdp-low.bin", dir);
        CU_ASSERT_EQUAL_FATAL(read_file(path, &low), 0);
        assert_bytes_eq(file, p, f.n, (const uint8_t *)low.p, low.n);
        buf_free(&low);
    }
    if (!strcmp(sig, "RSDP")) {
        CU_ASSERT_FATAL(f.n == 36);
        CU_ASSERT(!memcmp(p, "RSD PTR ", 8));
        CU_ASSERT_EQUAL(num(t, "checksum"), p[8]);
        CU_ASSERT_EQUAL(num(t, "revision"), p[15]);
        CU_ASSERT_EQUAL(sum8(p, 20), 0);
        CU_ASSERT_EQUAL(sum8(p, 36), 0);
        field(id, p + 9, 6);
        CU_ASSERT_STRING_EQUAL(text(t, "oem_id"), id);
    } else if (!strcmp(sig, "FACS")) {
        CU_ASSERT_FATAL(f.n >= 8);
        CU_ASSERT(!memcmp(p, "FACS", 4));
        CU_ASSERT_EQUAL(le32(p + 4), len);
    } else {
        CU_ASSERT_FATAL(f.n >= 36);
        CU_ASSERT(!memcmp(p, sig, 4));
        CU_ASSERT_EQUAL(le32(p + 4), len);
        CU_ASSERT_EQUAL(num(t, "revision"), p[8]);
        CU_ASSERT_EQUAL(num(t, "checksum"), p[9]);
        CU_ASSERT_EQUAL(sum8(p, f.n), 0);
        field(id, p + 10, 6);
        CU_ASSERT_STRING_EQUAL(text(t, "oem_id"), id);
        field(id, p + 16, 8);
        CU_ASSERT_STRING_EQUAL(text(t, "oem_table_id"), id);
        CU_ASSERT_EQUAL(num(t, "oem_revision"), le32(p + 24));
    }
    buf_free(&f);
}

/* Build cfg (with extra options) into a fresh directory with --json; check
 * stdout against the files written.  Returns the parsed manifest. */
static yajl_val build_and_check(const char *name, const char *cfg, const char *extra)
{
    char dir[4200], args[12000], path[8400];
    struct buf out, mf, image;
    yajl_val root, tables, files, layout, regions, vg;
    uint64_t base;

    snprintf(dir, sizeof(dir), "%s/%s", tmp, name);
    snprintf(args, sizeof(args), "build '%s' --out '%s' --json %s", cfg, dir, extra);
    CU_ASSERT_EQUAL_FATAL(run(NULL, args, &out), 0);
    root = parse(&out);
    CU_ASSERT_PTR_NOT_NULL_FATAL(root);
    /* "the same JSON as manifest.json" */
    snprintf(path, sizeof(path), "%s/manifest.json", dir);
    CU_ASSERT_EQUAL_FATAL(read_file(path, &mf), 0);
    CU_ASSERT(out.n == mf.n && !memcmp(out.p, mf.p, mf.n));
    buf_free(&mf);
    buf_free(&out);

    check_cfg(root, cfg);
    layout = get(root, "layout");
    base = num(layout, "base");
    CU_ASSERT_STRING_EQUAL(text(get(root, "image"), "file"), "tables.bin");
    CU_ASSERT_EQUAL(num(get(root, "image"), "address"), base);
    snprintf(path, sizeof(path), "%s/tables.bin", dir);
    CU_ASSERT_EQUAL_FATAL(read_file(path, &image), 0);
    CU_ASSERT_EQUAL(image.n, num(get(root, "image"), "length"));

    tables = get(root, "tables");
    CU_ASSERT_FATAL(YAJL_IS_ARRAY(tables) && tables->u.array.len >= 5);
    for (size_t i = 0; i < tables->u.array.len; i++)
        check_table(tables->u.array.values[i], dir, &image, base);
    /* The RSDP the tables list is the one at rsdp_address. */
    int rsdp = 0;
    for (size_t i = 0; i < tables->u.array.len; i++)
        if (!strcmp(text(tables->u.array.values[i], "signature"), "RSDP")) {
            rsdp++;
            CU_ASSERT_EQUAL(num(tables->u.array.values[i], "address"),
                            num(root, "rsdp_address"));
        }
    CU_ASSERT_EQUAL(rsdp, 1);

    /* Every region has an e820 type (3 ACPI data, 2 reserved); the image
     * lies in the ACPI one. */
    regions = get(root, "regions");
    CU_ASSERT_FATAL(YAJL_IS_ARRAY(regions) && regions->u.array.len >= 1);
    int acpi = 0;
    for (size_t i = 0; i < regions->u.array.len; i++) {
        yajl_val r = regions->u.array.values[i];
        uint64_t type = num(r, "e820_type");
        CU_ASSERT(type == 2 || type == 3);
        if (type == 3 && num(r, "address") == base && num(r, "length") >= image.n)
            acpi++;
    }
    CU_ASSERT_EQUAL(acpi, 1);

    /* The GUID: the one in xl_cfg, and in the page's bytes (SMBIOS order). */
    vg = get(root, "vmgenid");
    if (YAJL_IS_OBJECT(vg)) {
        struct buf page;
        uuid_t u;
        uint8_t want[16];
        CU_ASSERT_STRING_EQUAL(text(vg, "guid"), text(get(root, "xl_cfg"), "vmgenid_guid"));
        CU_ASSERT_EQUAL_FATAL(uuid_parse(text(vg, "guid"), u), 0);
        acpi_guid_swap_fields(u, want);
        snprintf(path, sizeof(path), "%s/%s", dir, text(vg, "file"));
        CU_ASSERT_EQUAL_FATAL(read_file(path, &page), 0);
        CU_ASSERT_FATAL(page.n == ACPI_GUID_PAGE_SIZE);
        assert_bytes_eq("GUID in the page", (const uint8_t *)page.p + ACPI_VMGENID_GUID_OFFSET,
                        16, want, 16);
        CU_ASSERT_EQUAL(num(vg, "guid_address"), num(vg, "page_address") + ACPI_VMGENID_GUID_OFFSET);
        buf_free(&page);
    } else {
        CU_ASSERT(YAJL_IS_NULL(vg));
        CU_ASSERT_STRING_EQUAL(text(get(root, "xl_cfg"), "vmgenid"), "none");
    }

    /* "files" names what is in the directory. */
    files = get(root, "files");
    CU_ASSERT_FATAL(YAJL_IS_ARRAY(files));
    for (size_t i = 0; i < files->u.array.len; i++) {
        struct stat st;
        snprintf(path, sizeof(path), "%s/%s", dir, YAJL_GET_STRING(files->u.array.values[i]));
        CU_ASSERT_EQUAL(stat(path, &st), 0);
    }
    buf_free(&image);
    return root;
}

static void test_vmgenid_example(void)
{
    char cfg[4200];
    snprintf(cfg, sizeof(cfg), "%s/pvh-domu-vmgenid.cfg", ex);
    yajl_tree_free(build_and_check("gen", cfg, ""));
}

static void test_auto_example(void)
{
    char cfg[4200];
    snprintf(cfg, sizeof(cfg), "%s/pvh-domu.cfg", ex);
    yajl_tree_free(build_and_check("domu", cfg, ""));
}

static void test_rsdp_low(void)
{
    char cfg[4200];
    snprintf(cfg, sizeof(cfg), "%s/pvh-domu-vmgenid.cfg", ex);
    yajl_tree_free(build_and_check("low", cfg, "--base 0x80000000 --size 65536 --rsdp-low"));
}

static void test_dm_blobs(void)
{
    char cfg[4200], extra[4300];
    yajl_val root, dm;

    snprintf(cfg, sizeof(cfg), "%s/pvh-domu-nvdimm.cfg", ex);
    snprintf(extra, sizeof(extra), "--dm-blobs '%s/dm-blobs.bin'", ex);
    root = build_and_check("nv", cfg, extra);
    dm = get(root, "dm_acpi");
    CU_ASSERT_EQUAL(num(dm, "accepted"), 3);
    CU_ASSERT_EQUAL(num(dm, "rejected"), 2);
    CU_ASSERT_EQUAL(num(get(root, "xl_cfg"), "vnvdimms"), 1);
    yajl_tree_free(root);
}

/* Every setting away from its default, and in the manifest as read. */
static void test_every_setting(void)
{
    char cfg[4200];
    FILE *f;
    yajl_val root, x;

    snprintf(cfg, sizeof(cfg), "%s/every.cfg", tmp);
    f = fopen(cfg, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("type = \"PVH\"\nvcpus = 3\nmaxvcpus = 8\nioapic = 1\nmemory = 512\nmaxmem = 1024\n"
          "vmgenid = \"6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6c\"\nvmgenid_gsi = 20\n"
          "acpi_oem_id = \"ACME\"\nvnvdimms = [ \"/dev/pmem0\", \"/dev/pmem1\" ]\n", f);
    CU_ASSERT_EQUAL_FATAL(fclose(f), 0);
    root = build_and_check("every", cfg, "");
    x = get(root, "xl_cfg");
    /* The literal values, not only cfg.c's idea of them. */
    CU_ASSERT_EQUAL(num(x, "vcpus"), 3);
    CU_ASSERT_EQUAL(num(x, "maxvcpus"), 8);
    CU_ASSERT_EQUAL(boolean(x, "ioapic"), 1);
    CU_ASSERT_EQUAL(num(x, "memory"), 512);
    CU_ASSERT_EQUAL(num(x, "maxmem"), 1024);
    CU_ASSERT_STRING_EQUAL(text(x, "vmgenid"), "guid");
    CU_ASSERT_STRING_EQUAL(text(x, "vmgenid_guid"), "6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6c");
    CU_ASSERT_EQUAL(num(x, "vmgenid_gsi"), 20);
    CU_ASSERT_STRING_EQUAL(text(x, "acpi_oem_id"), "ACME");
    CU_ASSERT_EQUAL(num(x, "vnvdimms"), 2);
    yajl_tree_free(root);
}

static int dir_is_empty(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;

    if (!d)
        return 0;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n == 0;
}

/* --json alone: the same tables as a build with files, nothing written,
 * every "file" null. */
static void test_without_out(void)
{
    char cfg[4200], args[8400], here[4200];
    struct buf out;
    yajl_val with, without, tw, to;

    snprintf(cfg, sizeof(cfg), "%s/pvh-domu-vmgenid.cfg", ex);
    with = build_and_check("with", cfg, "");
    snprintf(here, sizeof(here), "%s/cwd", tmp);
    CU_ASSERT_EQUAL_FATAL(mkdir(here, 0700), 0);
    snprintf(args, sizeof(args), "build '%s' --json", cfg);
    CU_ASSERT_EQUAL_FATAL(run(here, args, &out), 0);
    without = parse(&out);
    CU_ASSERT_PTR_NOT_NULL_FATAL(without);
    CU_ASSERT(dir_is_empty(here));
    check_cfg(without, cfg);
    CU_ASSERT(YAJL_IS_NULL(get(get(without, "image"), "file")));
    CU_ASSERT(YAJL_IS_NULL(get(get(without, "vmgenid"), "file")));
    CU_ASSERT(YAJL_IS_ARRAY(get(without, "files")) && get(without, "files")->u.array.len == 0);
    CU_ASSERT_EQUAL(num(without, "rsdp_address"), num(with, "rsdp_address"));
    tw = get(with, "tables");
    to = get(without, "tables");
    CU_ASSERT_FATAL(YAJL_IS_ARRAY(to) && to->u.array.len == tw->u.array.len);
    for (size_t i = 0; i < to->u.array.len; i++) {
        yajl_val a = tw->u.array.values[i], b = to->u.array.values[i];
        static const char *const nums[] = { "address", "length", "revision", "checksum",
                                            "oem_revision" };
        CU_ASSERT_STRING_EQUAL(text(b, "signature"), text(a, "signature"));
        CU_ASSERT_STRING_EQUAL(text(b, "oem_id"), text(a, "oem_id"));
        CU_ASSERT_STRING_EQUAL(text(b, "oem_table_id"), text(a, "oem_table_id"));
        for (unsigned k = 0; k < sizeof(nums) / sizeof(nums[0]); k++)
            CU_ASSERT_EQUAL(num(b, nums[k]), num(a, nums[k]));
        CU_ASSERT(YAJL_IS_NULL(get(b, "file")));
    }
    buf_free(&out);
    yajl_tree_free(with);
    yajl_tree_free(without);
}

/* acpi=0 with --json: what was read, and that there are no tables. */
static void test_acpi_off(void)
{
    char cfg[4200], args[8400];
    struct buf out;
    yajl_val root;
    FILE *f;

    snprintf(cfg, sizeof(cfg), "%s/noacpi.cfg", tmp);
    f = fopen(cfg, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("type = \"pvh\"\nacpi = 0\nvcpus = 2\nmemory = 64\n", f);
    CU_ASSERT_EQUAL_FATAL(fclose(f), 0);
    snprintf(args, sizeof(args), "build '%s' --json", cfg);
    CU_ASSERT_EQUAL_FATAL(run(NULL, args, &out), 0);
    root = parse(&out);
    CU_ASSERT_PTR_NOT_NULL_FATAL(root);
    check_cfg(root, cfg);
    CU_ASSERT_EQUAL(boolean(get(root, "xl_cfg"), "acpi"), 0);
    CU_ASSERT_EQUAL(num(root, "rsdp_address"), 0);
    CU_ASSERT(YAJL_IS_ARRAY(get(root, "tables")) && get(root, "tables")->u.array.len == 0);
    CU_ASSERT(YAJL_IS_NULL(get(root, "layout")));
    buf_free(&out);
    yajl_tree_free(root);
}

/* The scratch directory goes when the program ends, passed or not. */
static void cleanup(void)
{
    char cmd[4200];

    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
    if (system(cmd))
        fprintf(stderr, "cannot remove %s\n", tmp);
}

void register_tests(void)
{
    const char *top = getenv("top_srcdir"), *build = getenv("top_builddir");
    const char *t = getenv("TMPDIR");

    char rel[4096];

    /* Absolute: one test runs it from another directory. */
    snprintf(rel, sizeof(rel), "%s/xl-plugin/xl-acpi", build ? build : ".");
    if (!realpath(rel, xl_acpi)) {
        fprintf(stderr, "%s: %s\n", rel, strerror(errno));
        exit(1);
    }
    snprintf(rel, sizeof(rel), "%s/examples", top ? top : ".");
    if (!realpath(rel, ex)) {
        fprintf(stderr, "%s: %s\n", rel, strerror(errno));
        exit(1);
    }
    snprintf(tmp, sizeof(tmp), "%s/test_xl_json.XXXXXX", t ? t : "/tmp");
    if (!mkdtemp(tmp)) {
        fprintf(stderr, "mkdtemp %s: %s\n", tmp, strerror(errno));
        exit(1);
    }
    atexit(cleanup);

    CU_pSuite s = add_suite("xl-acpi build --json");
    add_test(s, "pvh-domu-vmgenid.cfg: stdout, files and image agree", test_vmgenid_example);
    add_test(s, "pvh-domu.cfg (vmgenid auto)", test_auto_example);
    add_test(s, "--base --size --rsdp-low", test_rsdp_low);
    add_test(s, "--dm-blobs", test_dm_blobs);
    add_test(s, "every xl.cfg setting in xl_cfg", test_every_setting);
    add_test(s, "--json without --out writes nothing", test_without_out);
    add_test(s, "acpi=0", test_acpi_off);
}
