/*
 * test_domcfg.c - the domain half of an xl.cfg as `xl-acpi create` hands
 * it to libxl (xl-plugin/domcfg.c): cpus= in xl's syntax, the settings it
 * refuses by name, the shutdown actions.  On a real domain, make check-xen
 * creates its domUs with cpus= from this code.
 */
#include "cunit_main.h"

#include "domcfg.h"

#include <libxl_utils.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NCPUS 8

/* The CPUs in map as a string of 0/1, CPU 0 first. */
static const char *bits(const libxl_bitmap *map)
{
    static char s[NCPUS + 1];

    for (int i = 0; i < NCPUS; i++)
        s[i] = libxl_bitmap_test(map, i) ? '1' : '0';
    s[NCPUS] = 0;
    return s;
}

/* Parse spec; "" when it fails (err then says why). */
static const char *parse(const char *spec, char *err, size_t errlen)
{
    static char out[NCPUS + 1];
    libxl_bitmap map;

    /* As libxl allocates one (a context is not needed for that). */
    libxl_bitmap_init(&map);
    map.size = (NCPUS + 7) / 8;
    map.map = calloc(map.size, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(map.map);
    err[0] = 0;
    if (xl_cpus_parse(spec, NCPUS, &map, err, errlen))
        out[0] = 0;
    else
        strcpy(out, bits(&map));
    libxl_bitmap_dispose(&map);
    return out;
}

static void test_cpus_accepted(void)
{
    static const struct { const char *spec, *want; } c[] = {
        { "1", "01000000" },
        { "0,2", "10100000" },
        { "1-3", "01110000" },
        { "0-7,^2", "11011111" },
        { "all,^0-1", "00111111" },
        { "all", "11111111" },
        { "7", "00000001" },
        { "3-3", "00010000" },
        { "0-3,^1,1", "11110000" }, /* in order: the last item gives 1 back */
    };
    char err[256];

    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        const char *got = parse(c[i].spec, err, sizeof(err));

        if (strcmp(got, c[i].want))
            fprintf(stderr, "cpus=\"%s\": got \"%s\" (%s), want %s\n", c[i].spec, got, err,
                    c[i].want);
        CU_ASSERT_STRING_EQUAL(got, c[i].want);
    }
}

static void test_cpus_refused(void)
{
    static const struct { const char *spec, *names; } c[] = {
        { "8", "\"8\"" },           /* the host has CPUs 0-7 */
        { "1-8", "\"1-8\"" },
        { "3-1", "\"3-1\"" },
        { "x", "\"x\"" },
        { "1,,2", "\"\"" },
        { "1,", "ends in a comma" },
        { "-1", "\"-1\"" },
        { "1 ", "\"1 \"" },
        { "^1", "no CPU" },          /* takes away from nothing */
        { "0-1,^0-1", "no CPU" },
        { "nodes:0", "nodes:0" },
        { "alls", "\"alls\"" },
        { "", "no CPU" },
        { "99999999999999999999", "\"99999999999999999999\"" },
    };
    char err[256];

    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        const char *got = parse(c[i].spec, err, sizeof(err));

        if (*got || !strstr(err, c[i].names))
            fprintf(stderr, "cpus=\"%s\": got \"%s\", error \"%s\", want one naming %s\n",
                    c[i].spec, got, err, c[i].names);
        CU_ASSERT_STRING_EQUAL(got, "");
        CU_ASSERT_PTR_NOT_NULL(strstr(err, c[i].names));
        CU_ASSERT_PTR_NOT_NULL(strstr(err, c[i].spec));
    }
}

/* Write text to a temporary xl.cfg; returns its path (static). */
static const char *cfgfile(const char *text)
{
    static char path[] = "/tmp/test_domcfg.XXXXXX";
    int fd;

    strcpy(path, "/tmp/test_domcfg.XXXXXX");
    fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    CU_ASSERT_FATAL(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
    return path;
}

static int load(const char *text, libxl_domain_config *dc, char *err, size_t errlen)
{
    struct xl_cfg cfg;
    const char *path = cfgfile(text);
    int rc;

    memset(&cfg, 0, sizeof(cfg));
    cfg.guest.vcpus = 2;
    cfg.guest.maxvcpus = 4;
    cfg.acpi = 1;
    err[0] = 0;
    /* No libxl context: nothing here may need the host (cpus= unset). */
    rc = xl_domcfg_load(NULL, path, &cfg, dc, err, errlen);
    unlink(path);
    return rc;
}

static void test_load(void)
{
    libxl_domain_config dc;
    char err[512];

    CU_ASSERT_EQUAL_FATAL(load("name=\"d\"\nkernel=\"/k\"\nmemory=64\non_reboot=\"rename-restart\"\n",
                               &dc, err, sizeof(err)), 0);
    CU_ASSERT_STRING_EQUAL(dc.c_info.name, "d");
    CU_ASSERT_STRING_EQUAL(dc.b_info.kernel, "/k");
    CU_ASSERT_EQUAL(dc.b_info.max_memkb, 64 * 1024);
    CU_ASSERT_EQUAL(dc.b_info.max_vcpus, 4);
    CU_ASSERT_TRUE(libxl_bitmap_test(&dc.b_info.avail_vcpus, 1));
    CU_ASSERT_FALSE(libxl_bitmap_test(&dc.b_info.avail_vcpus, 2));
    CU_ASSERT_EQUAL(dc.b_info.num_vcpu_hard_affinity, 0);
    CU_ASSERT_EQUAL(dc.on_reboot, LIBXL_ACTION_ON_SHUTDOWN_RESTART_RENAME);
    CU_ASSERT_EQUAL(dc.on_poweroff, LIBXL_ACTION_ON_SHUTDOWN_DESTROY);
    libxl_domain_config_dispose(&dc);
}

static void test_load_refused(void)
{
    static const struct { const char *text, *names; } c[] = {
        { "name=\"d\"\nkernel=\"/k\"\ndisk=[\"x\"]\n", "disk=" },
        { "name=\"d\"\nkernel=\"/k\"\ncpus_soft=\"1\"\n", "cpus_soft=" },
        { "name=\"d\"\nkernel=\"/k\"\ncpus=[\"1\",\"2\"]\n", "cpus= as a list" },
        { "name=\"d\"\nkernel=\"/k\"\non_crash=\"reboot\"\n", "on_crash=\"reboot\"" },
        /* libxl's own spellings are not xl's */
        { "name=\"d\"\nkernel=\"/k\"\non_reboot=\"restart_rename\"\n", "restart_rename" },
        { "name=\"d\"\nkernel=\"/k\"\non_reboot=\"DESTROY\"\n", "DESTROY" },
        { "kernel=\"/k\"\n", "name is not set" },
        { "name=\"d\"\n", "kernel is not set" },
    };
    libxl_domain_config dc;
    char err[512];

    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        int rc = load(c[i].text, &dc, err, sizeof(err));

        if (rc != -1 || !strstr(err, c[i].names))
            fprintf(stderr, "config %zu: rc %d, error \"%s\", want one naming %s\n", i, rc, err,
                    c[i].names);
        CU_ASSERT_EQUAL(rc, -1);
        CU_ASSERT_PTR_NOT_NULL(strstr(err, c[i].names));
    }
}

void register_tests(void)
{
    CU_pSuite s = add_suite("domcfg");

    add_test(s, "cpus= specs xl accepts", test_cpus_accepted);
    add_test(s, "cpus= specs refused, naming the item", test_cpus_refused);
    add_test(s, "an xl.cfg as libxl_domain_config", test_load);
    add_test(s, "settings refused by name", test_load_refused);
}
