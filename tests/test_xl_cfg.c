/*
 * test_xl_cfg.c - xl-plugin/cfg.c: what each xl.cfg setting becomes in
 * struct acpi_guest_config, and the exact message (file:line included) of
 * every config error.  The line finder is checked against libxlutil's own
 * idea of a setting's line, which it only ever prints in its warnings.
 */
#define _POSIX_C_SOURCE 200809L

#include "cunit_main.h"

#include "../xl-plugin/cfg.h"

#include <errno.h>
#include <libxlutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct xl_cfg cfg;
static char err[2048];

static int load(const char *text)
{
    memset(err, 0, sizeof(err));
    return xl_cfg_load_data("t.cfg", text, strlen(text), &cfg, err, sizeof(err));
}

/* The config must load; show the message when it does not. */
static void load_ok(const char *text)
{
    int r = load(text);
    if (r)
        fprintf(stderr, "\nunexpected error: %s\n", err);
    CU_ASSERT_EQUAL_FATAL(r, 0);
}

static void expect_error(const char *text, const char *want)
{
    CU_ASSERT_EQUAL(load(text), -1);
    if (strcmp(err, want))
        fprintf(stderr, "\n  got:  %s\n  want: %s\n", err, want);
    CU_ASSERT_STRING_EQUAL(err, want);
}

/* ---- mapping ------------------------------------------------------------ */

static void test_defaults(void)
{
    load_ok("type = \"pvh\"\n");
    CU_ASSERT_EQUAL(cfg.acpi, 1);
    CU_ASSERT_EQUAL(cfg.guest.kind, ACPI_GUEST_DOMU);
    CU_ASSERT_EQUAL(cfg.guest.hw_reduced, 1);
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 1);
    CU_ASSERT_EQUAL(cfg.guest.maxvcpus, 1);
    CU_ASSERT_EQUAL(cfg.guest.lapic, 1);
    CU_ASSERT_EQUAL(cfg.guest.ioapic, 0);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid, 0);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, -1);
    CU_ASSERT_EQUAL(cfg.vmgenid_auto, 0);
    CU_ASSERT_STRING_EQUAL(cfg.guest.oem_id, "Xen");
    CU_ASSERT_STRING_EQUAL(cfg.guest.oem_table_id, "PVH");
}

static void test_full(void)
{
    load_ok("name = \"g\"\n"
            "type = \"pvh\"\n"
            "vcpus = 2\n"
            "maxvcpus = 0x10\n"
            "lapic = 1\n"
            "ioapic = 1\n"
            "vmgenid = \"6B7A1C3E-2F4D-4E8A-9B1C-0D2E3F4A5B6C\"\n"
            "vmgenid_gsi = 20\n"
            "acpi_oem_id = \"ACME 1\"\n");
    static const uint8_t guid[16] = { 0x6b, 0x7a, 0x1c, 0x3e, 0x2f, 0x4d, 0x4e, 0x8a,
                                      0x9b, 0x1c, 0x0d, 0x2e, 0x3f, 0x4a, 0x5b, 0x6c };
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 2);
    CU_ASSERT_EQUAL(cfg.guest.maxvcpus, 16);
    CU_ASSERT_EQUAL(cfg.guest.lapic, 1);
    CU_ASSERT_EQUAL(cfg.guest.ioapic, 1);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid, 1);
    CU_ASSERT_EQUAL(cfg.vmgenid_auto, 0);
    /* Canonical RFC 4122 order: the library swaps to SMBIOS order itself. */
    assert_bytes_eq("vmgenid_guid", cfg.guest.vmgenid_guid, 16, guid, 16);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, 20);
    CU_ASSERT_STRING_EQUAL(cfg.guest.oem_id, "ACME 1");
}

static void test_example_file(void)
{
    const char *top = getenv("top_srcdir");
    char path[4096];
    int r;

    snprintf(path, sizeof(path), "%s/examples/pvh-domu.cfg", top ? top : ".");
    r = xl_cfg_load(path, &cfg, err, sizeof(err));
    if (r)
        fprintf(stderr, "\n%s\n", err);
    CU_ASSERT_EQUAL_FATAL(r, 0);
    CU_ASSERT_EQUAL(cfg.acpi, 1);
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 2);
    CU_ASSERT_EQUAL(cfg.guest.maxvcpus, 4);
    CU_ASSERT_EQUAL(cfg.guest.lapic, 1);
    CU_ASSERT_EQUAL(cfg.guest.ioapic, 0);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid, 1);
    CU_ASSERT_EQUAL(cfg.vmgenid_auto, 1);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, -1);
}

static void test_example_nvdimm_file(void)
{
    const char *top = getenv("top_srcdir");
    char path[4096];
    int r;

    snprintf(path, sizeof(path), "%s/examples/pvh-domu-nvdimm.cfg", top ? top : ".");
    r = xl_cfg_load(path, &cfg, err, sizeof(err));
    if (r)
        fprintf(stderr, "\n%s\n", err);
    CU_ASSERT_EQUAL_FATAL(r, 0);
    CU_ASSERT_EQUAL(cfg.n_vnvdimms, 1);
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 2);
    CU_ASSERT_EQUAL(cfg.guest.maxvcpus, 2);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid, 1);
    CU_ASSERT_EQUAL(cfg.vmgenid_auto, 0);
}

static void test_maxvcpus_defaults_to_vcpus(void)
{
    load_ok("type = \"pvh\"\nvcpus = 3\n");
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 3);
    CU_ASSERT_EQUAL(cfg.guest.maxvcpus, 3);
    load_ok("type = \"pvh\"\nvcpus = 4096\n");
    CU_ASSERT_EQUAL(cfg.guest.maxvcpus, 4096);
    load_ok("type = \"pvh\"\nvcpus = \"2\"\nmaxvcpus = 4096\n");   /* a quoted number, as xl takes it */
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 2);
    CU_ASSERT_EQUAL(cfg.guest.maxvcpus, 4096);
}

static void test_type_case(void)
{
    load_ok("type = \"PVH\"\n");        /* xl matches guest types case-insensitively */
}

static void test_booleans(void)
{
    load_ok("type = \"pvh\"\nlapic = 0\n");
    CU_ASSERT_EQUAL(cfg.guest.lapic, 0);
    CU_ASSERT_EQUAL(cfg.guest.ioapic, 0);
    /* xlu_cfg_get_defbool semantics: any non-zero number is true. */
    load_ok("type = \"pvh\"\nacpi = 2\nioapic = 7\n");
    CU_ASSERT_EQUAL(cfg.acpi, 1);
    CU_ASSERT_EQUAL(cfg.guest.ioapic, 1);
}

static void test_acpi_off(void)
{
    load_ok("type = \"pvh\"\nacpi = 0\nvcpus = 2\n");
    CU_ASSERT_EQUAL(cfg.acpi, 0);
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 2);
}

static void test_vmgenid_forms(void)
{
    load_ok("type = \"pvh\"\nvmgenid = \"none\"\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid, 0);
    load_ok("type = \"pvh\"\nvmgenid = \"NONE\"\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid, 0);
    load_ok("type = \"pvh\"\nvmgenid = '6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6c'\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid, 1);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_guid[0], 0x6b);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_guid[15], 0x6c);
}

static void test_vmgenid_auto(void)
{
    uint8_t first[16];
    static const uint8_t nil[16];

    load_ok("type = \"pvh\"\nvmgenid = \"auto\"\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid, 1);
    CU_ASSERT_EQUAL(cfg.vmgenid_auto, 1);
    CU_ASSERT_NOT_EQUAL(memcmp(cfg.guest.vmgenid_guid, nil, 16), 0);
    /* A random (version 4, RFC 4122 variant) GUID, new on every load. */
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_guid[6] >> 4, 4);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_guid[8] >> 6, 2);
    memcpy(first, cfg.guest.vmgenid_guid, 16);
    load_ok("type = \"pvh\"\nvmgenid = \"Auto\"\n");
    CU_ASSERT_NOT_EQUAL(memcmp(cfg.guest.vmgenid_guid, first, 16), 0);
}

static void test_vmgenid_gsi(void)
{
    /* With an IO APIC the default GSI is 23; without one, no interrupt. */
    load_ok("type = \"pvh\"\nioapic = 1\nvmgenid = \"auto\"\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, XL_CFG_DEFAULT_VMGENID_GSI);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, 23);
    load_ok("type = \"pvh\"\nvmgenid = \"auto\"\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, -1);
    load_ok("type = \"pvh\"\nioapic = 1\nvmgenid = \"auto\"\nvmgenid_gsi = \"none\"\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, -1);
    /* xl.cfg has no negative literals, but a quoted "-1" is a number. */
    load_ok("type = \"pvh\"\nioapic = 1\nvmgenid = \"auto\"\nvmgenid_gsi = \"-1\"\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, -1);
    load_ok("type = \"pvh\"\nioapic = 1\nvmgenid = \"auto\"\nvmgenid_gsi = 47\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, 47);
    /* Without vmgenid the GSI has nothing to signal: unused, not an error. */
    load_ok("type = \"pvh\"\nvmgenid_gsi = 5\n");
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, -1);
}

static void test_vnvdimms(void)
{
    load_ok("type = \"pvh\"\n");
    CU_ASSERT_EQUAL(cfg.n_vnvdimms, 0);
    load_ok("type = \"pvh\"\nvnvdimms = [ \"/dev/pmem0\",\n  '/srv/nv1.img', ]\n");
    CU_ASSERT_EQUAL(cfg.n_vnvdimms, 2);
    load_ok("type = \"pvh\"\nvnvdimms = [ \"/dev/pmem0\" ]\n");
    CU_ASSERT_EQUAL(cfg.n_vnvdimms, 1);
    /* An empty list is a guest without vNVDIMMs, as if it were not set. */
    load_ok("type = \"pvh\"\nvnvdimms = [ \"/dev/pmem0\" ]\nvnvdimms = [ ]\n");
    CU_ASSERT_EQUAL(cfg.n_vnvdimms, 0);
    /* += appends to a list, as for disk = [ ... ]. */
    load_ok("type = \"pvh\"\nvnvdimms = [ \"a\" ]\nvnvdimms += [ \"b\", \"c\" ]\n");
    CU_ASSERT_EQUAL(cfg.n_vnvdimms, 3);
}

static void test_oem_id_edges(void)
{
    load_ok("type = \"pvh\"\nacpi_oem_id = \"ABCDEF\"\n");
    CU_ASSERT_STRING_EQUAL(cfg.guest.oem_id, "ABCDEF");
    load_ok("type = \"pvh\"\nacpi_oem_id = \"~ x\"\n");
    CU_ASSERT_STRING_EQUAL(cfg.guest.oem_id, "~ x");
}

static void test_unknown_options_ignored(void)
{
    load_ok("type = \"pvh\"\n"
            "builder = \"hvm\"\n"
            "cpuid = [ \"host,tm=0\" ]\n"
            "on_crash = \"destroy\"\n"
            "some.future_option = 42\n");
}

static void test_last_assignment_wins(void)
{
    /* libxlutil keeps the last assignment of a setting, as xl does. */
    load_ok("type = \"pvh\"\nvcpus = 1\nvcpus = 3\n");
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 3);
    expect_error("type = \"pvh\"\nvcpus = 1\nvcpus = 0\n",
                 "t.cfg:3: error: vcpus=0: a guest needs at least 1 vCPU");
}

/* ---- errors, one each --------------------------------------------------- */

static void test_err_syntax(void)
{
    expect_error("type = \"pvh\"\nvcpus 2\n",
                 "t.cfg:2: config parsing error near `2': syntax error, unexpected NUMBER, "
                 "expecting += or '='");
}

/* libxlutil adds its Python hint to a lexical error: xl prints it too. */
static void test_err_lexical(void)
{
    expect_error("type = \"pvh\"\n\nvcpus = -1\n",
                 "t.cfg:3: config parsing error near `-1': lexical error\n"
                 "warning: Config file looks like it contains Python code.\n"
                 "warning:  Arbitrary Python is no longer supported.\n"
                 "warning:  See https://wiki.xen.org/wiki/PythonInXlConfig");
}

static void test_err_type(void)
{
    expect_error("name = \"x\"\ntype = \"pv\"\n",
                 "t.cfg:2: error: type=\"pv\": xl-acpi builds ACPI tables for type=\"pvh\" "
                 "and \"hvm\" guests only (a PV guest has no ACPI)");
}

/* type="hvm": hvmloader's tables, so no MADT settings; vmgenid without a
 * notify path and never next to hvmloader's own generation ID. */
static void test_hvm(void)
{
    load_ok("type = \"HVM\"\nvcpus = 4\nvmgenid = \"auto\"\nacpi_firmware = \"/x.bin\"\n");
    CU_ASSERT_TRUE(cfg.hvm);
    CU_ASSERT_TRUE(cfg.acpi_firmware_set);
    CU_ASSERT_FALSE(cfg.guest.hw_reduced);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gsi, -1);
    CU_ASSERT_EQUAL(cfg.guest.vmgenid_gpe, -1);
    CU_ASSERT_EQUAL(cfg.guest.vcpus, 4);
    load_ok("type = \"hvm\"\nvmgenid = \"auto\"\nms_vm_genid = \"none\"\nvmgenid_gsi = \"none\"\n");
    CU_ASSERT_FALSE(cfg.acpi_firmware_set);
    load_ok("type = \"hvm\"\nms_vm_genid = \"generate\"\n");
    load_ok("type = \"pvh\"\nacpi_firmware = \"/x.bin\"\n");
    CU_ASSERT_FALSE(cfg.hvm);
    CU_ASSERT_FALSE(cfg.acpi_firmware_set);
    expect_error("type = \"hvm\"\n\nioapic = 0\n", "t.cfg:3: error: ioapic= applies to "
                 "type=\"pvh\" guests only (hvmloader builds the MADT of an HVM guest)");
    expect_error("type = \"hvm\"\nlapic = 1\n", "t.cfg:2: error: lapic= applies to "
                 "type=\"pvh\" guests only (hvmloader builds the MADT of an HVM guest)");
    expect_error("type = \"hvm\"\nvmgenid = \"auto\"\nms_vm_genid = \"generate\"\n",
                 "t.cfg:3: error: ms_vm_genid=\"generate\" and vmgenid both give the guest a "
                 "VM generation ID device: set one of them");
    expect_error("type = \"hvm\"\nvmgenid = \"auto\"\nvmgenid_gsi = 9\n",
                 "t.cfg:3: error: vmgenid_gsi=9: an HVM guest's tables are hvmloader's, which "
                 "have no GED for the VMGENID device (use \"none\")");
}

static void test_err_type_missing(void)
{
    expect_error("name = \"x\"\n",
                 "t.cfg: error: type is not set (xl would build a PV guest): xl-acpi builds "
                 "ACPI tables for type=\"pvh\" and \"hvm\" guests only");
}

static void test_err_type_list(void)
{
    expect_error("type = [ \"pvh\" ]\n", "t.cfg:1: error: type is a list, expected a single value");
}

static void test_err_vcpus_zero(void)
{
    expect_error("type = \"pvh\"\nvcpus = 0\n",
                 "t.cfg:2: error: vcpus=0: a guest needs at least 1 vCPU");
}

static void test_err_vcpus_too_many(void)
{
    expect_error("type = \"pvh\"\nvcpus = 4097\n",
                 "t.cfg:2: error: vcpus=4097 is more than 4096, the most the DSDT can name "
                 "(C000-CFFF)");
}

static void test_err_vcpus_over_max(void)
{
    expect_error("type = \"pvh\"\nvcpus = 4\n# fewer\nmaxvcpus = 2\n",
                 "t.cfg:4: error: maxvcpus=2 is less than vcpus=4");
}

static void test_err_maxvcpus_too_many(void)
{
    expect_error("type = \"pvh\"\nmaxvcpus = 4097\n",
                 "t.cfg:2: error: maxvcpus=4097 is more than 4096, the most the DSDT can name "
                 "(C000-CFFF)");
}

static void test_err_not_a_number(void)
{
    expect_error("type = \"pvh\"\nvcpus = \"two\"\n", "t.cfg:2: error: vcpus=\"two\" is not a number");
}

static void test_err_number_range(void)
{
    expect_error("type = \"pvh\"\nmaxvcpus = 99999999999999999999\n",
                 "t.cfg:2: error: maxvcpus=99999999999999999999 is out of range");
}

static void test_err_number_list(void)
{
    expect_error("type = \"pvh\"\nvcpus = [ 1,\n  2 ]\n",
                 "t.cfg:2: error: vcpus is a list, expected a single value");
}

static void test_err_number_append(void)
{
    expect_error("type = \"pvh\"\nvcpus = 1\nvcpus += 1\n",
                 "t.cfg:3: error: vcpus: += cannot be used with numbers");
}

static void test_err_bool_not_number(void)
{
    expect_error("type = \"pvh\"\nlapic = \"yes\"\n", "t.cfg:2: error: lapic=\"yes\" is not a number");
}

static void test_err_ioapic_without_lapic(void)
{
    expect_error("type = \"pvh\"\nlapic = 0\nioapic = 1\n",
                 "t.cfg:3: error: ioapic=1 needs lapic=1 (the IO APIC is described in the MADT, "
                 "which lapic=0 leaves out)");
}

static void test_err_vmgenid_not_guid(void)
{
    expect_error("type = \"pvh\"\nvmgenid = \"6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6\"\n",
                 "t.cfg:2: error: vmgenid=\"6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6\" is not "
                 "\"none\", \"auto\" or a GUID such as \"6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6c\"");
}

static void test_err_vmgenid_nil(void)
{
    expect_error("type = \"pvh\"\nvmgenid = \"00000000-0000-0000-0000-000000000000\"\n",
                 "t.cfg:2: error: vmgenid=\"00000000-0000-0000-0000-000000000000\": the nil "
                 "GUID is not a generation ID (use \"auto\" for a random one)");
}

static void test_err_vmgenid_without_acpi(void)
{
    expect_error("type = \"pvh\"\nacpi = 0\nvmgenid = \"auto\"\n",
                 "t.cfg:3: error: vmgenid needs ACPI tables, but acpi=0");
}

static void test_err_vmgenid_gsi_range(void)
{
    expect_error("type = \"pvh\"\nioapic = 1\nvmgenid_gsi = 48\n",
                 "t.cfg:3: error: vmgenid_gsi=48 is out of range: a GSI 0-47, or \"none\" "
                 "for no notification");
    expect_error("type = \"pvh\"\nioapic = 1\nvmgenid_gsi = \"-2\"\n",
                 "t.cfg:3: error: vmgenid_gsi=-2 is out of range: a GSI 0-47, or \"none\" "
                 "for no notification");
    expect_error("type = \"pvh\"\nioapic = 1\nvmgenid_gsi = \"nine\"\n",
                 "t.cfg:3: error: vmgenid_gsi=\"nine\" is not a number");
}

static void test_err_vmgenid_gsi_without_ioapic(void)
{
    expect_error("type = \"pvh\"\nvmgenid = \"auto\"\nvmgenid_gsi = 9\n",
                 "t.cfg:3: error: vmgenid_gsi=9 needs ioapic=1 (the GED interrupt is an IO "
                 "APIC input)");
}

static void test_err_oem_id_long(void)
{
    expect_error("type = \"pvh\"\nacpi_oem_id = \"SEVENCH\"\n",
                 "t.cfg:2: error: acpi_oem_id=\"SEVENCH\" must be 1 to 6 characters (it has 7)");
}

static void test_err_oem_id_empty(void)
{
    expect_error("type = \"pvh\"\nacpi_oem_id = \"\"\n",
                 "t.cfg:2: error: acpi_oem_id=\"\" must be 1 to 6 characters (it has 0)");
}

static void test_err_oem_id_unprintable(void)
{
    expect_error("type = \"pvh\"\nacpi_oem_id = \"Xe\x01n\"\n",
                 "t.cfg:2: error: acpi_oem_id: character 3 is not printable ASCII (0x01)");
}

static void test_err_vnvdimms_not_list(void)
{
    expect_error("type = \"pvh\"\nvcpus = 2\nvnvdimms = \"/dev/pmem0\"\n",
                 "t.cfg:3: error: vnvdimms is a single value, expected a list such as "
                 "[ \"/dev/pmem0\" ]");
}

static void test_err_vnvdimms_entries(void)
{
    expect_error("type = \"pvh\"\nvnvdimms = [ \"/dev/pmem0\",\n  \"\" ]\n",
                 "t.cfg:2: error: vnvdimms: entry 2 is empty, expected a path");
    expect_error("type = \"pvh\"\n\nvnvdimms = [ [ \"/dev/pmem0\" ] ]\n",
                 "t.cfg:3: error: vnvdimms: entry 1 is a list, expected a path");
}

static void test_err_missing_file(void)
{
    CU_ASSERT_EQUAL(xl_cfg_load("/nonexistent/x.cfg", &cfg, err, sizeof(err)), -1);
    CU_ASSERT_STRING_EQUAL(err, "/nonexistent/x.cfg: error: cannot open: No such file or directory");
}

static void test_err_directory(void)
{
    CU_ASSERT_EQUAL(xl_cfg_load("/", &cfg, err, sizeof(err)), -1);
    CU_ASSERT_STRING_EQUAL(err, "/: error: cannot read: Is a directory");
}

/* A file on disk: the message names it as the user did, with the line. */
static void test_err_in_file(void)
{
    char path[] = "/tmp/test_xl_cfg.XXXXXX";
    char want[256];
    const char text[] = "# comment\ntype = \"pvh\"\n\nvcpus = 8\nmaxvcpus = 4\n";
    int fd = mkstemp(path);

    CU_ASSERT_FATAL(fd >= 0);
    CU_ASSERT_FATAL(write(fd, text, sizeof(text) - 1) == (ssize_t)(sizeof(text) - 1));
    close(fd);
    CU_ASSERT_EQUAL(xl_cfg_load(path, &cfg, err, sizeof(err)), -1);
    snprintf(want, sizeof(want), "%s:5: error: maxvcpus=4 is less than vcpus=8", path);
    CU_ASSERT_STRING_EQUAL(err, want);
    unlink(path);
}

/* A short buffer truncates the message, never overruns it. */
static void test_err_short_buffer(void)
{
    char small[16];
    const char *text = "type = \"pvh\"\nvcpus = 0\n";

    memset(small, 'x', sizeof(small));
    CU_ASSERT_EQUAL(xl_cfg_load_data("t.cfg", text, strlen(text), &cfg, small, 10), -1);
    CU_ASSERT_STRING_EQUAL(small, "t.cfg:2: ");
    CU_ASSERT_EQUAL(small[10], 'x');
}

/* ---- where a setting is ------------------------------------------------- */

static unsigned line_of(const char *text, const char *name)
{
    return xl_cfg_setting_line(text, strlen(text), name);
}

static void test_line_finder(void)
{
    const char *t =
        "# vcpus = 9 in a comment\n"                    /* 1 */
        "name = \"vcpus = 9 in a string\"\n"            /* 2 */
        "cmdline = 'x'; vcpus = 2\n"                    /* 3: after ';' */
        "disk = [ \"a\",\n"                             /* 4 */
        "  \"vcpus = 1\" ]\n"                           /* 5: inside a list */
        "  maxvcpus=4 # vcpus = 3\n"                    /* 6 */
        "extra = \"a\\\"b; vcpus = 5\"\n"               /* 7: escaped quote */
        "vcpusx = 1\n"                                  /* 8: longer name */
        "acpi_oem_id += \"X\"\n";                       /* 9: += */

    CU_ASSERT_EQUAL(line_of(t, "vcpus"), 3);
    CU_ASSERT_EQUAL(line_of(t, "maxvcpus"), 6);
    CU_ASSERT_EQUAL(line_of(t, "disk"), 4);
    CU_ASSERT_EQUAL(line_of(t, "acpi_oem_id"), 9);
    CU_ASSERT_EQUAL(line_of(t, "vcpusx"), 8);
    CU_ASSERT_EQUAL(line_of(t, "vmgenid"), 0);
    CU_ASSERT_EQUAL(line_of("vcpus=1\nvcpus=2\n", "vcpus"), 2);
    CU_ASSERT_EQUAL(line_of("vcpus=1", "vcpus"), 1);
}

/* libxlutil knows each setting's line but only prints it: ask for every
 * setting as a list, which warns "FILE:LINE: warning: parameter `NAME' is
 * a single value but should be a list", and compare. */
static void test_line_finder_agrees_with_libxlutil(void)
{
    static const char *names[] = { "name", "type", "vcpus", "maxvcpus", "lapic", "vmgenid",
                                   "cmdline", "acpi_oem_id" };
    const char *t =
        "name='x';type=\"pvh\"\n"
        "\n"
        "# vcpus = 1\n"
        "vcpus = 2 ; maxvcpus = 4\n"
        "disk = [ 'a',\n"
        "         'b', ]\n"
        "lapic=1\n"
        "cmdline = \"console=hvc0 # not a comment; lapic = 0\"\n"
        "vmgenid = 'auto'\n"
        "maxvcpus = 8\n"
        "acpi_oem_id = 'A'\n"
        "acpi_oem_id += 'B'\n";
    char *report = NULL;
    size_t report_len = 0;
    FILE *rf = open_memstream(&report, &report_len);
    XLU_Config *x;

    CU_ASSERT_FATAL(rf != NULL);
    x = xlu_cfg_init(rf, "t.cfg");
    CU_ASSERT_FATAL(x != NULL);
    CU_ASSERT_EQUAL_FATAL(xlu_cfg_readdata(x, t, (int)strlen(t)), 0);
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        unsigned theirs = 0;
        char want[128];

        fflush(rf);
        size_t before = report_len;
        CU_ASSERT_EQUAL(xlu_cfg_get_list(x, names[i], NULL, NULL, 0), EINVAL);
        fflush(rf);
        snprintf(want, sizeof(want), "' is a single value but should be a list");
        CU_ASSERT_PTR_NOT_NULL(strstr(report + before, want));
        CU_ASSERT_EQUAL(sscanf(report + before, "t.cfg:%u:", &theirs), 1);
        if (theirs != line_of(t, names[i]))
            fprintf(stderr, "\n%s: libxlutil says line %u, we say %u\n", names[i], theirs,
                    line_of(t, names[i]));
        CU_ASSERT_EQUAL(line_of(t, names[i]), theirs);
    }
    xlu_cfg_destroy(x);
    fclose(rf);
    free(report);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("xl.cfg -> acpi_guest_config");
    add_test(s, "defaults", test_defaults);
    add_test(s, "type=\"hvm\"", test_hvm);
    add_test(s, "every option", test_full);
    add_test(s, "examples/pvh-domu.cfg", test_example_file);
    add_test(s, "examples/pvh-domu-nvdimm.cfg", test_example_nvdimm_file);
    add_test(s, "maxvcpus defaults to vcpus", test_maxvcpus_defaults_to_vcpus);
    add_test(s, "type is case-insensitive", test_type_case);
    add_test(s, "booleans as xl reads them", test_booleans);
    add_test(s, "acpi=0 is a valid guest", test_acpi_off);
    add_test(s, "vmgenid none / GUID", test_vmgenid_forms);
    add_test(s, "vmgenid auto", test_vmgenid_auto);
    add_test(s, "vmgenid_gsi", test_vmgenid_gsi);
    add_test(s, "acpi_oem_id edges", test_oem_id_edges);
    add_test(s, "vnvdimms lists", test_vnvdimms);
    add_test(s, "unknown options ignored", test_unknown_options_ignored);
    add_test(s, "last assignment wins", test_last_assignment_wins);

    s = add_suite("config errors");
    add_test(s, "syntax error (libxlutil)", test_err_syntax);
    add_test(s, "lexical error (libxlutil)", test_err_lexical);
    add_test(s, "type not pvh", test_err_type);
    add_test(s, "type missing", test_err_type_missing);
    add_test(s, "type is a list", test_err_type_list);
    add_test(s, "vcpus=0", test_err_vcpus_zero);
    add_test(s, "vcpus > 4096", test_err_vcpus_too_many);
    add_test(s, "vcpus > maxvcpus", test_err_vcpus_over_max);
    add_test(s, "maxvcpus > 4096", test_err_maxvcpus_too_many);
    add_test(s, "not a number", test_err_not_a_number);
    add_test(s, "number out of range", test_err_number_range);
    add_test(s, "number is a list", test_err_number_list);
    add_test(s, "+= on a number", test_err_number_append);
    add_test(s, "boolean not a number", test_err_bool_not_number);
    add_test(s, "ioapic=1 with lapic=0", test_err_ioapic_without_lapic);
    add_test(s, "vmgenid not a GUID", test_err_vmgenid_not_guid);
    add_test(s, "vmgenid nil GUID", test_err_vmgenid_nil);
    add_test(s, "vmgenid with acpi=0", test_err_vmgenid_without_acpi);
    add_test(s, "vmgenid_gsi out of range", test_err_vmgenid_gsi_range);
    add_test(s, "vmgenid_gsi without ioapic", test_err_vmgenid_gsi_without_ioapic);
    add_test(s, "acpi_oem_id too long", test_err_oem_id_long);
    add_test(s, "acpi_oem_id empty", test_err_oem_id_empty);
    add_test(s, "acpi_oem_id not printable", test_err_oem_id_unprintable);
    add_test(s, "vnvdimms not a list", test_err_vnvdimms_not_list);
    add_test(s, "vnvdimms entries", test_err_vnvdimms_entries);
    add_test(s, "missing file", test_err_missing_file);
    add_test(s, "a directory", test_err_directory);
    add_test(s, "error in a file on disk", test_err_in_file);
    add_test(s, "short message buffer", test_err_short_buffer);

    s = add_suite("setting lines");
    add_test(s, "comments, strings, ';', lists, +=", test_line_finder);
    add_test(s, "agrees with libxlutil", test_line_finder_agrees_with_libxlutil);
}
