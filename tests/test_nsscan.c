/*
 * test_nsscan.c - acpi_ns_scan() on tables our writer and acpi_guest_build()
 * produce, and acpi_aml_check_body() on device bodies compiled by iasl
 * (accepted ones, and one rejected body per rule with its own message),
 * on every truncation and byte flip of a valid body, and on hostile input
 * (lying PkgLengths, broken NameStrings, nesting 10,000 deep).
 *
 * The iasl bodies were made by compiling
 *     DefinitionBlock ("", "SSDT", 2, "XEN", "NSSCAN", 1)
 *     { Scope (\_SB) { Device (TST0) { <the ASL shown> } } }
 * with `iasl -oa` (acpica-tools 20200925) and cutting out the bytes between
 * the NameSeg TST0 and the end of the Device's PkgLength.
 */
#include "cunit_main.h"

#include <acpigen/aml.h>
#include <acpigen/guest.h>
#include <acpigen/nsscan.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ----------------------------------------------------------- */

#define MAX_SEEN 2048

struct seen {
    unsigned n;
    unsigned bad_nsegs;                 /* names with nsegs > ACPI_NS_MAX_SEGS */
    unsigned stop_after;                /* 0: never stop */
    char path[MAX_SEEN][64];
    uint16_t op[MAX_SEEN];
    size_t offset[MAX_SEEN];
};

static int collect(void *ctx, const struct acpi_ns_name *name)
{
    struct seen *s = ctx;

    if (name->nsegs > ACPI_NS_MAX_SEGS)
        s->bad_nsegs++;
    if (s->n < MAX_SEEN) {
        acpi_ns_format(name, s->path[s->n], sizeof(s->path[0]));
        s->op[s->n] = name->opcode;
        s->offset[s->n] = name->offset;
    }
    s->n++;
    return s->stop_after && s->n >= s->stop_after;
}

static int seen_has(const struct seen *s, const char *path)
{
    for (unsigned i = 0; i < s->n && i < MAX_SEEN; i++)
        if (!strcmp(s->path[i], path))
            return 1;
    return 0;
}

/* Check a body from an exactly sized heap copy, so that a read past its
 * end is caught by ASan (and valgrind). */
static int check(const uint8_t *body, size_t len, unsigned depth, char *err)
{
    uint8_t *copy = malloc(len ? len : 1);
    int rc;

    CU_ASSERT_FATAL(copy != NULL);
    if (len)
        memcpy(copy, body, len);
    rc = acpi_aml_check_body(copy, len, depth, err, ACPI_NS_MSG_MAX);
    free(copy);
    return rc;
}

static int scan(const uint8_t *aml, size_t len, struct seen *s, char *err)
{
    uint8_t *copy = malloc(len ? len : 1);
    int rc;

    CU_ASSERT_FATAL(copy != NULL);
    if (len)
        memcpy(copy, aml, len);
    rc = acpi_ns_scan(copy, len, collect, s, err, ACPI_NS_MSG_MAX);
    free(copy);
    return rc;
}

#define EXPECT_OK(body) expect_ok(#body, body, sizeof(body))
static void expect_ok(const char *what, const uint8_t *body, size_t len)
{
    char err[ACPI_NS_MSG_MAX];
    int rc = check(body, len, 0, err);

    if (rc)
        fprintf(stderr, "\n  %s: unexpected rejection: %s\n", what, err);
    CU_ASSERT_EQUAL(rc, 0);
    CU_ASSERT_STRING_EQUAL(err, "");
}

#define EXPECT_REJECT(body, msg) expect_reject(#body, body, sizeof(body), 0, msg)
static void expect_reject(const char *what, const uint8_t *body, size_t len, unsigned depth,
                          const char *msg)
{
    char err[ACPI_NS_MSG_MAX];
    int rc = check(body, len, depth, err);

    CU_ASSERT_EQUAL(rc, -1);
    if (!strstr(err, msg))
        fprintf(stderr, "\n  %s: want \"%s\", got \"%s\"\n", what, msg, err);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, msg));
}

static void expect_scan_error(const char *what, const uint8_t *aml, size_t len, const char *msg)
{
    struct seen s = { 0 };
    char err[ACPI_NS_MSG_MAX];
    int rc = scan(aml, len, &s, err);

    CU_ASSERT_EQUAL(rc, -1);
    if (!strstr(err, msg))
        fprintf(stderr, "\n  %s: want \"%s\", got \"%s\"\n", what, msg, err);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, msg));
}

/* ---- bodies compiled by iasl: accepted ---------------------------------- */

/*
 * An NVDIMM root device as a device model would hand it in:
 *
 *  Name (_HID, "ACPI0012")                                          @0x00
 *  Name (_STR, Unicode ("NVDIMM root"))                             @0x0F
 *  OperationRegion (NRAM, SystemMemory, 0xFEE00000, 0x1000)         @0x30
 *  Field (NRAM, DWordAcc, NoLock, Preserve)                         @0x3F
 *  { HDLE, 32, FUNC, 32, Offset (0x10), RLEN, 32, ODAT, 32608 }
 *  Method (_STA, 0, NotSerialized) { Return (0x0F) }                @0x60
 *  Method (NCAL, 5, Serialized)                                     @0x6A
 *  {
 *      Store (Arg4, HDLE)
 *      Store (Arg2, FUNC)
 *      Name (RBUF, Buffer (8) {})
 *      CreateDWordField (RBUF, Zero, STAT)
 *      CreateDWordField (RBUF, 4, RSZE)
 *      Store (RLEN, RSZE)
 *      Store (Zero, STAT)
 *      If (LGreater (RSZE, 0x1000)) { Return (Buffer (One) { 0x03 }) }
 *      Return (RBUF)
 *  }
 *  Method (_DSM, 4, NotSerialized)                                  @0xBF
 *  {
 *      If (LEqual (Arg0, ToUUID ("2f10e7a4-9e91-11e4-89d3-123b93f75cba")))
 *      {
 *          If (LEqual (Arg2, Zero)) { Return (Buffer (One) { 0x01 }) }
 *          Return (NCAL (Arg0, Arg1, Arg2, Arg3, Zero))
 *      }
 *      Return (Package (0x02) { One, "unsupported" })
 *  }
 *  Device (NV00)                                                    @0x105
 *  {
 *      Name (_ADR, One)
 *      Method (_DSM, 4, NotSerialized)
 *      { Return (^^NCAL (Arg0, Arg1, Arg2, Arg3, One)) }
 *  }
 */
static const uint8_t nvdr[] = {
    0x08, 0x5F, 0x48, 0x49, 0x44, 0x0D, 0x41, 0x43, 0x50, 0x49, 0x30, 0x30,
    0x31, 0x32, 0x00, 0x08, 0x5F, 0x53, 0x54, 0x52, 0x11, 0x1B, 0x0A, 0x18,
    0x4E, 0x00, 0x56, 0x00, 0x44, 0x00, 0x49, 0x00, 0x4D, 0x00, 0x4D, 0x00,
    0x20, 0x00, 0x72, 0x00, 0x6F, 0x00, 0x6F, 0x00, 0x74, 0x00, 0x00, 0x00,
    0x5B, 0x80, 0x4E, 0x52, 0x41, 0x4D, 0x00, 0x0C, 0x00, 0x00, 0xE0, 0xFE,
    0x0B, 0x00, 0x10, 0x5B, 0x81, 0x1F, 0x4E, 0x52, 0x41, 0x4D, 0x03, 0x48,
    0x44, 0x4C, 0x45, 0x20, 0x46, 0x55, 0x4E, 0x43, 0x20, 0x00, 0x40, 0x04,
    0x52, 0x4C, 0x45, 0x4E, 0x20, 0x4F, 0x44, 0x41, 0x54, 0x80, 0xF6, 0x07,
    0x14, 0x09, 0x5F, 0x53, 0x54, 0x41, 0x00, 0xA4, 0x0A, 0x0F, 0x14, 0x44,
    0x05, 0x4E, 0x43, 0x41, 0x4C, 0x0D, 0x70, 0x6C, 0x48, 0x44, 0x4C, 0x45,
    0x70, 0x6A, 0x46, 0x55, 0x4E, 0x43, 0x08, 0x52, 0x42, 0x55, 0x46, 0x11,
    0x03, 0x0A, 0x08, 0x8A, 0x52, 0x42, 0x55, 0x46, 0x00, 0x53, 0x54, 0x41,
    0x54, 0x8A, 0x52, 0x42, 0x55, 0x46, 0x0A, 0x04, 0x52, 0x53, 0x5A, 0x45,
    0x70, 0x52, 0x4C, 0x45, 0x4E, 0x52, 0x53, 0x5A, 0x45, 0x70, 0x00, 0x53,
    0x54, 0x41, 0x54, 0xA0, 0x0E, 0x94, 0x52, 0x53, 0x5A, 0x45, 0x0B, 0x00,
    0x10, 0xA4, 0x11, 0x03, 0x01, 0x03, 0xA4, 0x52, 0x42, 0x55, 0x46, 0x14,
    0x45, 0x04, 0x5F, 0x44, 0x53, 0x4D, 0x04, 0xA0, 0x2B, 0x93, 0x68, 0x11,
    0x13, 0x0A, 0x10, 0xA4, 0xE7, 0x10, 0x2F, 0x91, 0x9E, 0xE4, 0x11, 0x89,
    0xD3, 0x12, 0x3B, 0x93, 0xF7, 0x5C, 0xBA, 0xA0, 0x09, 0x93, 0x6A, 0x00,
    0xA4, 0x11, 0x03, 0x01, 0x01, 0xA4, 0x4E, 0x43, 0x41, 0x4C, 0x68, 0x69,
    0x6A, 0x6B, 0x00, 0xA4, 0x12, 0x10, 0x02, 0x01, 0x0D, 0x75, 0x6E, 0x73,
    0x75, 0x70, 0x70, 0x6F, 0x72, 0x74, 0x65, 0x64, 0x00, 0x5B, 0x82, 0x1E,
    0x4E, 0x56, 0x30, 0x30, 0x08, 0x5F, 0x41, 0x44, 0x52, 0x01, 0x14, 0x12,
    0x5F, 0x44, 0x53, 0x4D, 0x04, 0xA4, 0x5E, 0x5E, 0x4E, 0x43, 0x41, 0x4C,
    0x68, 0x69, 0x6A, 0x6B, 0x01,
};
/* Where its top-level terms start (read off the bytes above): the only
 * places a truncated copy still parses. */
static const size_t nvdr_terms[] = { 0x00, 0x0F, 0x30, 0x3F, 0x60, 0x6A, 0xBF, 0x105 };

/*
 * References may go anywhere, definitions stay inside ("extra" ASL outside
 * the Scope: External (\_SB.PCI0, DeviceObj)):
 *
 *  Name (_HID, "XEN0001")
 *  External (\_SB.PCI0.XCAL, MethodObj)        (iasl emits no AML for it)
 *  OperationRegion (REG1, SystemIO, 0x80, One)
 *  Field (\_SB.TST0.REG1, ByteAcc, NoLock, Preserve) { P80, 8 }
 *  Mutex (MTX1, 0)
 *  Method (_INI, 0, Serialized)
 *  {
 *      Acquire (MTX1, 0xFFFF)
 *      Store (\_SB.PCI0.XCAL (0x80, "x"), Local0)
 *      Store (Local0, P80)
 *      Notify (^^TST0, 0x80)
 *      Release (MTX1)
 *  }
 */
static const uint8_t refs_ok[] = {
    0x08, 0x5F, 0x48, 0x49, 0x44, 0x0D, 0x58, 0x45, 0x4E, 0x30, 0x30, 0x30,
    0x31, 0x00, 0x5B, 0x80, 0x52, 0x45, 0x47, 0x31, 0x01, 0x0A, 0x80, 0x01,
    0x5B, 0x81, 0x16, 0x5C, 0x2F, 0x03, 0x5F, 0x53, 0x42, 0x5F, 0x54, 0x53,
    0x54, 0x30, 0x52, 0x45, 0x47, 0x31, 0x01, 0x50, 0x38, 0x30, 0x5F, 0x08,
    0x5B, 0x01, 0x4D, 0x54, 0x58, 0x31, 0x00, 0x14, 0x39, 0x5F, 0x49, 0x4E,
    0x49, 0x08, 0x5B, 0x23, 0x4D, 0x54, 0x58, 0x31, 0xFF, 0xFF, 0x70, 0x5C,
    0x2F, 0x03, 0x5F, 0x53, 0x42, 0x5F, 0x50, 0x43, 0x49, 0x30, 0x58, 0x43,
    0x41, 0x4C, 0x0A, 0x80, 0x0D, 0x78, 0x00, 0x60, 0x70, 0x60, 0x50, 0x38,
    0x30, 0x5F, 0x86, 0x5E, 0x5E, 0x54, 0x53, 0x54, 0x30, 0x0A, 0x80, 0x5B,
    0x27, 0x4D, 0x54, 0x58, 0x31,
};

static void test_iasl_accepted(void)
{
    struct seen s = { 0 };
    char err[ACPI_NS_MSG_MAX];
    static const char *const want[] = {
        "\\_HID", "\\_STR", "\\NRAM", "\\HDLE", "\\FUNC", "\\RLEN", "\\ODAT",
        "\\_STA", "\\NCAL", "\\_DSM", "\\NV00", "\\NV00._ADR", "\\NV00._DSM",
    };
    static const uint16_t want_op[] = {
        0x08, 0x08, 0x5B80, 0, 0, 0, 0, 0x14, 0x14, 0x14, 0x5B82, 0x08, 0x14,
    };

    EXPECT_OK(nvdr);
    EXPECT_OK(refs_ok);

    /* The same body scanned from the root: what it defines, method
     * bodies (RBUF, STAT, RSZE) skipped, field units with opcode 0. */
    CU_ASSERT_EQUAL(scan(nvdr, sizeof(nvdr), &s, err), 0);
    CU_ASSERT_EQUAL(s.n, sizeof(want) / sizeof(want[0]));
    for (unsigned i = 0; i < s.n && i < sizeof(want) / sizeof(want[0]); i++) {
        CU_ASSERT_STRING_EQUAL(s.path[i], want[i]);
        CU_ASSERT_EQUAL(s.op[i], want_op[i]);
    }
    CU_ASSERT_EQUAL(s.offset[0], 0x00);
    CU_ASSERT_EQUAL(s.offset[2], 0x30);
    CU_ASSERT_EQUAL(s.offset[3], 0x47);     /* the NameSeg HDLE in the FieldList */
    CU_ASSERT_EQUAL(s.offset[10], 0x105);
}

/* ---- bodies compiled by iasl: rejected, one per rule -------------------- */

/* Name (\FOO, One) */
static const uint8_t abs_name[] = { 0x08, 0x5C, 0x46, 0x4F, 0x4F, 0x5F, 0x01 };
/* Method (^BAR, 0) { Return (One) } */
static const uint8_t par_method[] = {
    0x14, 0x09, 0x5E, 0x42, 0x41, 0x52, 0x5F, 0x00, 0xA4, 0x01,
};
/* Scope (_SB) { Name (EVIL, One) }: one NameSeg, found above the device */
static const uint8_t scope_sb[] = {
    0x10, 0x0B, 0x5F, 0x53, 0x42, 0x5F, 0x08, 0x45, 0x56, 0x49, 0x4C, 0x01,
};
/* Name (BUF0, Buffer (0x24) {})  Method (LDIT, 0) { Load (BUF0, Local0) } */
static const uint8_t load[] = {
    0x08, 0x42, 0x55, 0x46, 0x30, 0x11, 0x03, 0x0A, 0x24, 0x14, 0x0D, 0x4C,
    0x44, 0x49, 0x54, 0x00, 0x5B, 0x20, 0x42, 0x55, 0x46, 0x30, 0x60,
};
/* Method (LDTB, 0) { Return (LoadTable ("OEM1", "XEN", "TBL0", "", "", Zero)) } */
static const uint8_t loadtable[] = {
    0x14, 0x1F, 0x4C, 0x44, 0x54, 0x42, 0x00, 0xA4, 0x5B, 0x1F, 0x0D, 0x4F,
    0x45, 0x4D, 0x31, 0x00, 0x0D, 0x58, 0x45, 0x4E, 0x00, 0x0D, 0x54, 0x42,
    0x4C, 0x30, 0x00, 0x0D, 0x00, 0x0D, 0x00, 0x00,
};
/* Method (UNLD, 1) { Unload (Arg0) } */
static const uint8_t unload[] = {
    0x14, 0x09, 0x55, 0x4E, 0x4C, 0x44, 0x01, 0x5B, 0x2A, 0x68,
};
/* Device (\_SB.EVIL) { Name (_HID, "EVIL0001") } */
static const uint8_t abs_device[] = {
    0x5B, 0x82, 0x1A, 0x5C, 0x2E, 0x5F, 0x53, 0x42, 0x5F, 0x45, 0x56, 0x49,
    0x4C, 0x08, 0x5F, 0x48, 0x49, 0x44, 0x0D, 0x45, 0x56, 0x49, 0x4C, 0x30,
    0x30, 0x30, 0x31, 0x00,
};
/* Name (NAM0, One)  Alias (NAM0, \ALI0) */
static const uint8_t abs_alias[] = {
    0x08, 0x4E, 0x41, 0x4D, 0x30, 0x01, 0x06, 0x4E, 0x41, 0x4D, 0x30, 0x5C,
    0x41, 0x4C, 0x49, 0x30,
};
/* OperationRegion (\REG0, SystemMemory, Zero, 4) */
static const uint8_t abs_region[] = {
    0x5B, 0x80, 0x5C, 0x52, 0x45, 0x47, 0x30, 0x00, 0x00, 0x0A, 0x04,
};
/* Name (BUF0, Buffer (8) {})  CreateDWordField (BUF0, Zero, ^FLD0) */
static const uint8_t par_cdwf[] = {
    0x08, 0x42, 0x55, 0x46, 0x30, 0x11, 0x03, 0x0A, 0x08, 0x8A, 0x42, 0x55,
    0x46, 0x30, 0x00, 0x5E, 0x46, 0x4C, 0x44, 0x30,
};
/* Name (BUF0, Buffer (8) {})  CreateField (BUF0, Zero, 8, \CF00) */
static const uint8_t abs_cf[] = {
    0x08, 0x42, 0x55, 0x46, 0x30, 0x11, 0x03, 0x0A, 0x08, 0x5B, 0x13, 0x42,
    0x55, 0x46, 0x30, 0x00, 0x0A, 0x08, 0x5C, 0x43, 0x46, 0x30, 0x30,
};
/* Mutex (\MTX0, 0) */
static const uint8_t abs_mutex[] = { 0x5B, 0x01, 0x5C, 0x4D, 0x54, 0x58, 0x30, 0x00 };
/* Event (^EVT0) */
static const uint8_t par_event[] = { 0x5B, 0x02, 0x5E, 0x45, 0x56, 0x54, 0x30 };
/* ThermalZone (\TZ00) { } */
static const uint8_t abs_tz[] = { 0x5B, 0x85, 0x06, 0x5C, 0x54, 0x5A, 0x30, 0x30 };
/* PowerResource (^PWR0, 0, 0) { Method (_STA) { Return (One) } Method (_ON) { }
 * Method (_OFF) { } } */
static const uint8_t par_pwr[] = {
    0x5B, 0x84, 0x20, 0x5E, 0x50, 0x57, 0x52, 0x30, 0x00, 0x00, 0x00, 0x14,
    0x08, 0x5F, 0x53, 0x54, 0x41, 0x00, 0xA4, 0x01, 0x14, 0x06, 0x5F, 0x4F,
    0x4E, 0x5F, 0x00, 0x14, 0x06, 0x5F, 0x4F, 0x46, 0x46, 0x00,
};
/* Processor (\CPU0, 1, 0, 0) { } */
static const uint8_t abs_proc[] = {
    0x5B, 0x83, 0x0C, 0x5C, 0x43, 0x50, 0x55, 0x30, 0x01, 0x00, 0x00, 0x00,
    0x00, 0x00,
};
/* DataTableRegion (\DTR0, "DSDT", "", "") */
static const uint8_t abs_dtr[] = {
    0x5B, 0x88, 0x5C, 0x44, 0x54, 0x52, 0x30, 0x0D, 0x44, 0x53, 0x44, 0x54,
    0x00, 0x0D, 0x00, 0x0D, 0x00,
};
/* Method (MTH0, 0) { Name (\INM0, One)  Return (INM0) }: method bodies too */
static const uint8_t name_in_method[] = {
    0x14, 0x12, 0x4D, 0x54, 0x48, 0x30, 0x00, 0x08, 0x5C, 0x49, 0x4E, 0x4D,
    0x30, 0x01, 0xA4, 0x49, 0x4E, 0x4D, 0x30,
};

static void test_iasl_rejected(void)
{
    EXPECT_REJECT(abs_name, "offset 0x0: Name defines \\FOO_ outside the device (absolute path)");
    EXPECT_REJECT(par_method,
                  "offset 0x0: Method defines ^BAR_ outside the device (parent prefix ^)");
    EXPECT_REJECT(scope_sb, "offset 0x0: Scope is not allowed in a device body (even a Scope of "
                            "one NameSeg can reach objects above the device)");
    EXPECT_REJECT(load, "offset 0x10: Load is not allowed in a device body");
    EXPECT_REJECT(loadtable, "offset 0x8: LoadTable is not allowed in a device body");
    EXPECT_REJECT(unload, "offset 0x7: Unload is not allowed in a device body");
    EXPECT_REJECT(abs_device, "offset 0x0: Device defines \\_SB_.EVIL outside the device");
    EXPECT_REJECT(abs_alias, "offset 0x6: Alias defines \\ALI0 outside the device");
    EXPECT_REJECT(abs_region, "offset 0x0: OperationRegion defines \\REG0 outside");
    EXPECT_REJECT(par_cdwf, "offset 0x9: CreateDWordField defines ^FLD0 outside the device "
                            "(parent prefix ^)");
    EXPECT_REJECT(abs_cf, "offset 0x9: CreateField defines \\CF00 outside");
    EXPECT_REJECT(abs_mutex, "offset 0x0: Mutex defines \\MTX0 outside");
    EXPECT_REJECT(par_event, "offset 0x0: Event defines ^EVT0 outside");
    EXPECT_REJECT(abs_tz, "offset 0x0: ThermalZone defines \\TZ00 outside");
    EXPECT_REJECT(par_pwr, "offset 0x0: PowerResource defines ^PWR0 outside");
    EXPECT_REJECT(abs_proc, "offset 0x0: Processor defines \\CPU0 outside");
    EXPECT_REJECT(abs_dtr, "offset 0x0: DataTableRegion defines \\DTR0 outside");
    EXPECT_REJECT(name_in_method, "offset 0x7: Name defines \\INM0 outside the device");
}

/* ---- method calls: the argument count comes from the definition --------- */

static void test_method_calls(void)
{
    /* Method (MTW0, 2) { Return (Arg0) }
     * Method (MCL0, 0) { Return (MTW0 (One)) }   <- one argument short */
    static const uint8_t short_call[] = {
        0x14, 0x08, 'M', 'T', 'W', '0', 0x02, 0xA4, 0x68,
        0x14, 0x0C, 'M', 'C', 'L', '0', 0x00, 0xA4, 'M', 'T', 'W', '0', 0x01,
    };
    /* The same call to a method the body does not define: a reference,
     * followed by the statement One. */
    static const uint8_t unknown_call[] = {
        0x14, 0x08, 'M', 'T', 'W', '1', 0x02, 0xA4, 0x68,
        0x14, 0x0C, 'M', 'C', 'L', '0', 0x00, 0xA4, 'M', 'T', 'W', '0', 0x01,
    };
    /* Both arguments, the call before the definition (pass 1 finds it). */
    static const uint8_t full_call[] = {
        0x14, 0x0E, 'M', 'C', 'L', '0', 0x00, 0xA4, 'M', 'T', 'W', '0', 0x01, 0x0A, 0x07,
        0x14, 0x08, 'M', 'T', 'W', '0', 0x02, 0xA4, 0x68,
    };
    /* External (MTW0, MethodObj, 2) declares the count too. */
    static const uint8_t ext_call[] = {
        0x15, 'M', 'T', 'W', '0', 0x08, 0x02,
        0x14, 0x0C, 'M', 'C', 'L', '0', 0x00, 0xA4, 'M', 'T', 'W', '0', 0x01,
    };
    /* ... but an External of another type does not. */
    static const uint8_t ext_int[] = {
        0x15, 'M', 'T', 'W', '0', 0x01, 0x02,
        0x14, 0x0C, 'M', 'C', 'L', '0', 0x00, 0xA4, 'M', 'T', 'W', '0', 0x01,
    };
    /* A call in a SuperName position takes no arguments:
     * Method (MTW0, 2) {...}  Method (MCL0) { Store (One, MTW0)  Zero } */
    static const uint8_t call_as_target[] = {
        0x14, 0x08, 'M', 'T', 'W', '0', 0x02, 0xA4, 0x68,
        0x14, 0x0C, 'M', 'C', 'L', '0', 0x00, 0x70, 0x01, 'M', 'T', 'W', '0', 0x00,
    };
    struct seen s = { 0 };
    char err[ACPI_NS_MSG_MAX];

    EXPECT_REJECT(short_call, "offset 0x16: method call is missing an operand");
    EXPECT_OK(unknown_call);
    EXPECT_OK(full_call);
    EXPECT_REJECT(ext_call, "offset 0x14: method call is missing an operand");
    EXPECT_OK(ext_int);
    EXPECT_OK(call_as_target);

    /* External declares; the scan does not report it. */
    CU_ASSERT_EQUAL(scan(ext_call, sizeof(ext_call), &s, err), 0);
    CU_ASSERT_EQUAL(s.n, 1);
    CU_ASSERT_STRING_EQUAL(s.path[0], "\\MCL0");
}

/* ---- nesting ------------------------------------------------------------ */

/* n nested If (One) { ... } with an empty innermost body, built from the
 * inside out so each PkgLength is known when it is written. */
static uint8_t *nested_ifs(unsigned n, size_t *len)
{
    size_t cap = 6 * (size_t)n + 1;
    uint8_t *buf = malloc(cap);
    size_t pos = cap;

    CU_ASSERT_FATAL(buf != NULL);
    for (unsigned i = 0; i < n; i++) {
        size_t inner = cap - pos + 1;       /* One + what is inside */
        size_t enc = inner + 1 < 0x40 ? 1 : inner + 2 < 0x1000 ? 2 : inner + 3 < 0x100000 ? 3 : 4;
        size_t v = inner + enc;
        uint8_t e[4];
        buf[--pos] = 0x01;
        /* lead byte: count of following bytes in bits 7-6, then the value
         * (alone in bits 5-0, or its low nibble in bits 3-0) */
        e[0] = enc == 1 ? (uint8_t)v : (uint8_t)((enc - 1) << 6 | (v & 0x0F));
        for (size_t k = 1; k < enc; k++)
            e[k] = (uint8_t)(v >> (4 + 8 * (k - 1)));
        pos -= enc;
        memcpy(buf + pos, e, enc);
        buf[--pos] = 0xA0;
    }
    memmove(buf, buf + pos, cap - pos);
    *len = cap - pos;
    return buf;
}

/* Add (Add (... Add (One, One, Zero) ..., One, Zero), One, Zero) n deep:
 * n x 0x72, One, then One Zero for each Add from the innermost out. */
static uint8_t *nested_adds(unsigned n, size_t *len)
{
    uint8_t *buf = malloc(3 * (size_t)n + 1);
    size_t pos = 0;

    CU_ASSERT_FATAL(buf != NULL);
    for (unsigned i = 0; i < n; i++)
        buf[pos++] = 0x72;
    buf[pos++] = 0x01;
    for (unsigned i = 0; i < n; i++) {      /* each Add's 2nd operand and Target */
        buf[pos++] = 0x01;
        buf[pos++] = 0x00;
    }
    *len = pos;
    return buf;
}

static size_t error_offset(const char *err)
{
    const char *p = strstr(err, "offset 0x");
    return p ? (size_t)strtoull(p + 9, NULL, 16) : (size_t)-1;
}

static void test_nesting(void)
{
    char err[ACPI_NS_MSG_MAX];
    size_t len;
    uint8_t *b;

    /* The default limit, 32, exactly. */
    b = nested_ifs(32, &len);
    CU_ASSERT_EQUAL(check(b, len, 0, err), 0);
    free(b);
    b = nested_ifs(33, &len);
    CU_ASSERT_EQUAL(check(b, len, 0, err), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "nesting deeper than 32"));
    {   /* it points at the 33rd If */
        size_t off = error_offset(err), ifs = 0;
        CU_ASSERT_FATAL(off < len);
        CU_ASSERT_EQUAL(b[off], 0xA0);
        for (size_t i = 0; i < off; i++)
            ifs += b[i] == 0xA0;
        CU_ASSERT_EQUAL(ifs, 32);
    }
    free(b);
    b = nested_adds(32, &len);
    CU_ASSERT_EQUAL(check(b, len, 0, err), 0);
    free(b);
    b = nested_adds(33, &len);
    CU_ASSERT_EQUAL(check(b, len, 0, err), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "nesting deeper than 32"));
    free(b);

    /* A caller's own limit, and the cap. */
    b = nested_ifs(4, &len);
    CU_ASSERT_EQUAL(check(b, len, 4, err), 0);
    CU_ASSERT_EQUAL(check(b, len, 3, err), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "nesting deeper than 3"));
    free(b);
    b = nested_ifs(ACPI_NS_MAX_DEPTH, &len);
    CU_ASSERT_EQUAL(check(b, len, 100000, err), 0);
    free(b);
    b = nested_ifs(ACPI_NS_MAX_DEPTH + 1, &len);
    CU_ASSERT_EQUAL(check(b, len, 100000, err), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "nesting deeper than 255"));
    free(b);

    /* 10,000 deep, both kinds: rejected where the limit is crossed, not
     * after walking all of it. */
    b = nested_ifs(10000, &len);
    CU_ASSERT_EQUAL(check(b, len, 0, err), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "nesting deeper than 32 (If)"));
    CU_ASSERT(error_offset(err) < 33 * 6);
    {
        struct seen s = { 0 };
        CU_ASSERT_EQUAL(scan(b, len, &s, err), -1);
        CU_ASSERT_PTR_NOT_NULL(strstr(err, "nesting deeper than 255"));
    }
    free(b);
    b = nested_adds(10000, &len);
    CU_ASSERT_EQUAL(check(b, len, 0, err), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "nesting deeper than 32 (Add)"));
    CU_ASSERT_EQUAL(error_offset(err), 32);
    free(b);
}

/* ---- truncations and byte flips ----------------------------------------- */

static void test_truncations(void)
{
    char err[ACPI_NS_MSG_MAX];
    unsigned accepted = 0;

    for (size_t cut = 0; cut < sizeof(nvdr); cut++) {
        int at_term = 0;
        for (size_t k = 0; k < sizeof(nvdr_terms) / sizeof(nvdr_terms[0]); k++)
            at_term |= nvdr_terms[k] == cut;
        int rc = check(nvdr, cut, 0, err);
        if (rc != (at_term ? 0 : -1))
            fprintf(stderr, "\n  cut at %zu: rc %d (%s)\n", cut, rc, err);
        CU_ASSERT_EQUAL(rc, at_term ? 0 : -1);
        if (rc)
            CU_ASSERT(error_offset(err) <= cut);
        accepted += rc == 0;

        static struct seen s;
        s.n = 0;
        rc = scan(nvdr, cut, &s, err);
        CU_ASSERT_EQUAL(rc, at_term ? 0 : -1);
    }
    CU_ASSERT_EQUAL(accepted, sizeof(nvdr_terms) / sizeof(nvdr_terms[0]));
    /* refs_ok is one Method at its end: cut anywhere inside it, it fails. */
    for (size_t cut = 0x37 + 1; cut < sizeof(refs_ok); cut++)
        CU_ASSERT_EQUAL(check(refs_ok, cut, 0, err), -1);
}

/* Whatever a flipped bit makes of a body, the answer is a clean accept or
 * a clean rejection that names an offset inside the input. */
static struct seen flip_seen;

static void flip_all(const uint8_t *body, size_t len)
{
    uint8_t *copy = malloc(len);
    char err[ACPI_NS_MSG_MAX];

    CU_ASSERT_FATAL(copy != NULL);
    for (size_t i = 0; i < len; i++) {
        for (unsigned bit = 0; bit < 8; bit++) {
            memcpy(copy, body, len);
            copy[i] ^= (uint8_t)(1u << bit);
            int rc = acpi_aml_check_body(copy, len, 0, err, sizeof(err));
            if (rc) {
                CU_ASSERT_EQUAL(rc, -1);
                CU_ASSERT_EQUAL(strncmp(err, "offset 0x", 9), 0);
                CU_ASSERT(error_offset(err) <= len);
            } else {
                CU_ASSERT_STRING_EQUAL(err, "");
            }
            flip_seen.n = flip_seen.bad_nsegs = 0;
            rc = acpi_ns_scan(copy, len, collect, &flip_seen, err, sizeof(err));
            CU_ASSERT(rc == 0 || rc == -1);
            CU_ASSERT_EQUAL(flip_seen.bad_nsegs, 0);
        }
        /* and every value of the byte, not only one-bit flips */
        for (unsigned v = 0; v < 256; v++) {
            memcpy(copy, body, len);
            copy[i] = (uint8_t)v;
            int rc = acpi_aml_check_body(copy, len, 0, err, sizeof(err));
            CU_ASSERT(rc == 0 || (rc == -1 && error_offset(err) <= len));
        }
    }
    free(copy);
}

static void test_byte_flips(void)
{
    flip_all(nvdr, sizeof(nvdr));
    flip_all(refs_ok, sizeof(refs_ok));
}

/* ---- hostile input -------------------------------------------------------- */

static void test_hostile(void)
{
    /* Device (ABCD) whose PkgLength says 0x3F bytes, 6 are there */
    static const uint8_t pkg_past[] = { 0x5B, 0x82, 0x3F, 'A', 'B', 'C', 'D', 0x01 };
    /* a 4-byte PkgLength claiming 256 MiB */
    static const uint8_t pkg_huge[] = {
        0x08, 'N', 'A', 'M', '0', 0x01,
        0x5B, 0x82, 0xCF, 0xFF, 0xFF, 0xFF, 'A', 'B', 'C', 'D', 0x01, 0x01,
    };
    /* PkgLength shorter than its own encoding */
    static const uint8_t pkg_short[] = { 0xA0, 0x40, 0x00, 0x01 };
    static const uint8_t pkg_reserved[] = { 0xA0, 0x53, 0x00, 0x01 };
    /* Name (MultiNamePrefix SegCount 0, One) */
    static const uint8_t multi0[] = { 0x08, 0x2F, 0x00, 'A', 'B', 'C', 'D', 0x01 };
    /* Name (MultiNamePrefix SegCount 255, ...) with one NameSeg present */
    static const uint8_t multi255[] = { 0x08, 0x2F, 0xFF, 'A', 'B', 'C', 'D', 0x01 };
    static const uint8_t multi_end[] = { 0x08, 0x2F };
    /* Name (STR0, "AB  (no NUL) */
    static const uint8_t no_nul[] = { 0x08, 'S', 'T', 'R', '0', 0x0D, 'A', 'B' };
    static const uint8_t non_ascii[] = { 0x08, 'S', 'T', 'R', '0', 0x0D, 'A', 0x80, 0x00 };
    static const uint8_t bad_seg[] = { 0x08, 'S', 't', 'R', '0', 0x01 };
    static const uint8_t digit_lead[] = { 0x08, '0', 'S', 'T', 'R', 0x01 };
    static const uint8_t unknown_op[] = { 0x08, 'N', 'A', 'M', '0', 0x01, 0x6F };
    static const uint8_t unknown_ext[] = { 0x5B, 0xFF };
    static const uint8_t ext_last[] = { 0x08, 'N', 'A', 'M', '0', 0x01, 0x5B };
    static const uint8_t null_def[] = { 0x08, 0x00, 0x01 };
    /* Name (NAM0, If (One) {}): a statement where an operand goes */
    static const uint8_t if_operand[] = { 0x08, 'N', 'A', 'M', '0', 0xA0, 0x02, 0x01 };
    /* Package (1) { Local0 } */
    static const uint8_t pkg_local[] = { 0x08, 'P', 'K', 'G', '0', 0x12, 0x03, 0x01, 0x60 };
    /* Store (One) at the end */
    static const uint8_t store_short[] = { 0x70, 0x01 };
    /* Field (REG0, ...) { 0x04 } */
    static const uint8_t bad_field[] = { 0x5B, 0x81, 0x07, 'R', 'E', 'G', '0', 0x01, 0x04 };
    /* a NamedField whose length runs past the Field */
    static const uint8_t field_past[] = {
        0x5B, 0x81, 0x0B, 'R', 'E', 'G', '0', 0x01, 'F', 'L', 'D', '0', 0x40,
    };
    /* Local7 + 1 is no Local; Arg6 + 1 (0x6F) is no Arg */
    static const uint8_t bad_arg[] = { 0x70, 0x6F, 0x60 };
    char err[ACPI_NS_MSG_MAX];

    EXPECT_REJECT(pkg_past, "offset 0x2: PkgLength 63 runs past the end (6 bytes left)");
    EXPECT_REJECT(pkg_huge, "offset 0x8: PkgLength 268435455 runs past the end (10 bytes left)");
    EXPECT_REJECT(pkg_short, "offset 0x1: PkgLength 0 of If is shorter than its own 2-byte");
    EXPECT_REJECT(pkg_reserved, "offset 0x1: PkgLength lead byte 0x53 has reserved bits");
    EXPECT_REJECT(multi0, "offset 0x1: MultiNamePrefix with a SegCount of 0");
    EXPECT_REJECT(multi255,
                  "offset 0x1: NameString of 255 NameSegs needs 1020 bytes but 5 are left");
    EXPECT_REJECT(multi_end, "offset 0x1: MultiNamePrefix without its SegCount");
    EXPECT_REJECT(no_nul, "offset 0x5: String has no terminating NUL");
    EXPECT_REJECT(non_ascii, "offset 0x7: String byte 0x80 is not ASCII");
    EXPECT_REJECT(bad_seg, "offset 0x2: byte 0x74 cannot be a later character of a NameSeg");
    EXPECT_REJECT(digit_lead, "offset 0x1: byte 0x30 cannot be the first character of a NameSeg");
    EXPECT_REJECT(unknown_op, "offset 0x6: unknown opcode 0x6F");
    EXPECT_REJECT(unknown_ext, "offset 0x0: unknown extended opcode 0x5B 0xFF");
    EXPECT_REJECT(ext_last, "offset 0x6: ExtOpPrefix 0x5B is the last byte");
    EXPECT_REJECT(null_def, "offset 0x1: Name has a NullName where a name is required");
    EXPECT_REJECT(if_operand, "offset 0x5: If cannot stand where an operand is expected");
    EXPECT_REJECT(pkg_local, "offset 0x8: Local0 cannot be a Package element");
    EXPECT_REJECT(store_short, "offset 0x2: Store is missing an operand");
    EXPECT_REJECT(bad_field, "offset 0x8: byte 0x4 does not start a FieldList element");
    EXPECT_REJECT(field_past, "offset 0xC: PkgLength of 2 bytes runs past the end (1 bytes left)");
    EXPECT_REJECT(bad_arg, "offset 0x1: unknown opcode 0x6F");

    /* NULL input */
    CU_ASSERT_EQUAL(acpi_aml_check_body(NULL, 4, 0, err, sizeof(err)), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "NULL"));
    CU_ASSERT_EQUAL(acpi_aml_check_body(NULL, 0, 0, err, sizeof(err)), 0);
    CU_ASSERT_EQUAL(acpi_ns_scan(NULL, 4, NULL, NULL, err, sizeof(err)), -1);
    /* no error buffer at all */
    CU_ASSERT_EQUAL(acpi_aml_check_body(unknown_op, sizeof(unknown_op), 0, NULL, 0), -1);
    /* a tiny one: truncated, still terminated */
    CU_ASSERT_EQUAL(acpi_aml_check_body(unknown_op, sizeof(unknown_op), 0, err, 8), -1);
    CU_ASSERT_STRING_EQUAL(err, "offset ");
}

static void test_scan_errors(void)
{
    /* Name (^ABC_, One) at the root */
    static const uint8_t above_root[] = { 0x08, 0x5E, 'A', 'B', 'C', '_', 0x01 };
    /* Scope (\_SB) { Name (^^ABC_, One) } */
    static const uint8_t above_root2[] = {
        0x10, 0x0D, 0x5C, '_', 'S', 'B', '_', 0x08, 0x5E, 0x5E, 'A', 'B', 'C', '_', 0x01,
    };
    /* Name (\ MultiNamePrefix 33 segments, One) */
    uint8_t too_long[4 + 33 * 4 + 1];
    struct seen s = { 0 };
    char err[ACPI_NS_MSG_MAX];

    expect_scan_error("above_root", above_root, sizeof(above_root),
                      "offset 0x1: NameString with 1 ^ prefixes goes above the root");
    expect_scan_error("above_root2", above_root2, sizeof(above_root2),
                      "offset 0x8: NameString with 2 ^ prefixes goes above the root "
                      "(scope depth 1)");

    too_long[0] = 0x08;
    too_long[1] = 0x5C;
    too_long[2] = 0x2F;
    too_long[3] = 33;
    for (unsigned i = 0; i < 33; i++)
        memcpy(too_long + 4 + 4 * i, "SEG_", 4);
    too_long[sizeof(too_long) - 1] = 0x01;
    expect_scan_error("too_long", too_long, sizeof(too_long),
                      "offset 0x1: path of 33 NameSegs is longer than 32");
    /* 32 is fine */
    too_long[3] = 32;
    too_long[sizeof(too_long) - 5] = 0x01;
    CU_ASSERT_EQUAL(scan(too_long, sizeof(too_long) - 4, &s, err), 0);
    CU_ASSERT_EQUAL(s.n, 1);
    CU_ASSERT_EQUAL(strlen(s.path[0]), sizeof(s.path[0]) - 1);     /* cut to fit */

    /* Scopes opened through `\` save the path they replace until they
     * close; nested without end, that memory runs out with an error.
     * Each level: Scope (\SCP_.SCP_. ... 30 segments) { next level }. */
    {
        enum { SEGS = 30, LEVELS = 12, LEVEL_BYTES = 7 + 4 * SEGS };
        static uint8_t deep[LEVELS * LEVEL_BYTES];
        size_t pos = 0;
        for (unsigned l = 0; l < LEVELS; l++) {
            size_t v = sizeof(deep) - pos - 1;  /* PkgLength: all after the 0x10 */
            deep[pos++] = 0x10;
            deep[pos++] = (uint8_t)(0x80 | (v & 0x0F));   /* 3-byte encoding */
            deep[pos++] = (uint8_t)(v >> 4);
            deep[pos++] = (uint8_t)(v >> 12);
            deep[pos++] = 0x5C;
            deep[pos++] = 0x2F;
            deep[pos++] = SEGS;
            for (unsigned i = 0; i < SEGS; i++, pos += 4)
                memcpy(deep + pos, "SCP_", 4);
        }
        CU_ASSERT_EQUAL_FATAL(pos, sizeof(deep));
        expect_scan_error("deep absolute scopes", deep, pos,
                          "scopes opened through \\ or ^ nest too deeply (256 saved NameSegs)");
        /* The first saves nothing, the next eight 8 x 30 = 240 segments:
         * nine are reported, the tenth (270) fails. */
        memset(&s, 0, sizeof(s));
        CU_ASSERT_EQUAL(scan(deep, pos, &s, err), -1);
        CU_ASSERT_EQUAL(s.n, 9);
    }

    /* The callback stops the scan. */
    memset(&s, 0, sizeof(s));
    s.stop_after = 2;
    CU_ASSERT_EQUAL(acpi_ns_scan(nvdr, sizeof(nvdr), collect, &s, err, sizeof(err)), 1);
    CU_ASSERT_EQUAL(s.n, 2);
    CU_ASSERT_STRING_EQUAL(err, "");
}

/* ---- acpi_ns_scan on tables we write ------------------------------------- */

static void test_scan_writer_table(void)
{
    static uint8_t buf[4096];
    struct aml_writer w;
    struct seen s = { 0 };
    char err[ACPI_NS_MSG_MAX];
    size_t len;
    static const struct { const char *path; uint16_t op; } want[] = {
        { "\\_SB_", 0x10 },
        { "\\_SB_.C000", 0x5B82 },
        { "\\_SB_.C000._HID", 0x08 },
        { "\\_SB_.C000._STA", 0x14 },
        { "\\_SB_.C000.REG0", 0x5B80 },
        { "\\_SB_.C000.P80A", 0 },
        { "\\_SB_.C000.P80B", 0 },
        { "\\_SB_.C000.ALS0", 0x06 },
        { "\\_SB_.C000.MTX0", 0x5B01 },
        { "\\_SB_.C000.BUF0", 0x08 },
        { "\\_SB_.C000.FLD0", 0x8A },
        { "\\_SB_.UPN0", 0x08 },
        { "\\_SB_.UPD0", 0x5B82 },
        { "\\_SB_.UPD0.IN01", 0x08 },
        { "\\_GPE.DEV0", 0x5B82 },
        { "\\_GPE.DEV0.IN02", 0x08 },
        { "\\_SB_.C000.AFT1", 0x08 },
        { "\\_SB_.CPU0", 0x5B83 },
        { "\\_SB_.CPU0._PXM", 0x08 },
        { "\\_SB_.PWR0", 0x5B84 },
        { "\\_SB_.C000.DUAL", 0x08 },
        { "\\_SB_.C000.MUL0", 0x08 },
        { "\\_SB_.C000.MUL1.MUL2", 0x5B82 },
        { "\\_SB_.C000.MUL1.MUL2.IN00", 0x08 },
        { "\\_SB_.C000.MUL1.UP00", 0x08 },
        { "\\", 0x10 },
        { "\\RT00", 0x08 },
        { "\\_SB_.AFT0", 0x08 },
    };

    aml_writer_init(&w, buf, sizeof(buf));
    aml_definition_block(&w, "SSDT", 2, "XEN", "NSSCAN", 1);
    aml_external(&w, "\\_SB.PCI0", AML_OBJ_DEVICE, 0);          /* not reported */
    aml_scope(&w, "\\_SB");
      aml_device(&w, "C000");
        aml_name_string(&w, "_HID", "ACPI0007");
        aml_method(&w, "_STA", 0, AML_NOT_SERIALIZED, 0);
          aml_name_int(&w, "\\XX", 1);                          /* skipped */
          aml_return(&w); aml_int(&w, 0x0F);
        aml_end(&w);
        aml_operation_region(&w, "REG0", AML_SYSTEM_IO); aml_int(&w, 0x80); aml_int(&w, 2);
        aml_field(&w, "REG0", AML_BYTE_ACC, AML_NO_LOCK, AML_PRESERVE);
          aml_field_unit(&w, "P80A", 8);
          aml_field_reserved(&w, 4);
          aml_field_unit(&w, "P80B", 4);
        aml_end(&w);
        aml_alias(&w, "P80A", "ALS0");
        aml_mutex(&w, "MTX0", 0);
        aml_name_decl(&w, "BUF0"); aml_buffer(&w, "\1\2\3\4", 4);
        aml_create_dword_field(&w, "FLD0"); aml_name(&w, "BUF0"); aml_int(&w, 0);
        aml_name_int(&w, "^UPN0", 1);
        aml_device(&w, "^UPD0");                            /* scopes that replace */
          aml_name_int(&w, "IN01", 1);                      /* part of the path */
        aml_end(&w);
        aml_device(&w, "\\_GPE.DEV0");
          aml_name_int(&w, "IN02", 1);
        aml_end(&w);
        aml_name_int(&w, "AFT1", 1);                        /* and give it back */
      aml_end(&w);
      aml_processor(&w, "CPU0", 0, 0, 0);
        aml_name_int(&w, "_PXM", 0);
      aml_end(&w);
      aml_power_resource(&w, "PWR0", 0, 0);
      aml_end(&w);
      aml_name_int(&w, "C000.DUAL", 2);
      aml_name_int(&w, "\\_SB.C000.MUL0", 3);
      aml_device(&w, "C000.MUL1.MUL2");
        aml_name_int(&w, "IN00", 4);
        aml_name_int(&w, "^UP00", 5);
      aml_end(&w);
    aml_end(&w);
    aml_scope(&w, "\\");
      aml_name_int(&w, "RT00", 6);
    aml_end(&w);
    aml_name_int(&w, "\\_SB.AFT0", 7);
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK)
        fprintf(stderr, "\n  writer: %s\n", aml_errmsg(&w));
    CU_ASSERT_EQUAL_FATAL(aml_error(&w), AML_OK);

    CU_ASSERT_EQUAL(scan(buf + 36, len - 36, &s, err), 0);
    CU_ASSERT_STRING_EQUAL(err, "");
    CU_ASSERT_EQUAL(s.n, sizeof(want) / sizeof(want[0]));
    for (unsigned i = 0; i < s.n && i < sizeof(want) / sizeof(want[0]); i++) {
        if (strcmp(s.path[i], want[i].path))
            fprintf(stderr, "\n  name %u: got %s, want %s\n", i, s.path[i], want[i].path);
        CU_ASSERT_STRING_EQUAL(s.path[i], want[i].path);
        CU_ASSERT_EQUAL(s.op[i], want[i].op);
        /* the offset points at the defining opcode (or a field unit's NameSeg) */
        CU_ASSERT(s.offset[i] < len - 36);
        uint8_t first = buf[36 + s.offset[i]];
        CU_ASSERT(want[i].op == 0 ? first == (uint8_t)want[i].path[strlen(want[i].path) - 4]
                  : want[i].op > 0xFF ? first == 0x5B : first == want[i].op);
    }
    CU_ASSERT(!seen_has(&s, "\\XX__"));
    CU_ASSERT(!seen_has(&s, "\\_SB_.PCI0"));
}

/* ---- acpi_ns_scan on the guest's own tables -------------------------------- */

static void test_scan_guest(void)
{
    static uint8_t image[1 << 20];
    static uint8_t page[ACPI_GUID_PAGE_SIZE];
    static struct acpi_guest_tables out;
    static struct seen s;
    struct acpi_guest_config c;
    struct acpi_layout lp = { .base = 0x7000000, .size = sizeof(image) };
    char err[ACPI_NS_MSG_MAX], name[16];
    unsigned scanned = 0;

    acpi_guest_config_init(&c, ACPI_GUEST_DOMU);
    c.vcpus = 2;
    c.maxvcpus = 128;
    c.vmgenid = 1;
    for (int i = 0; i < 16; i++)
        c.vmgenid_guid[i] = (uint8_t)(i + 1);
    if (acpi_guest_build(&c, &lp, image, sizeof(image), page, &out))
        fprintf(stderr, "\n  acpi_guest_build: %s\n", out.error);
    CU_ASSERT_EQUAL_FATAL(out.n_tables > 0, 1);

    memset(&s, 0, sizeof(s));
    for (unsigned i = 0; i < out.n_tables; i++) {
        const struct acpi_table_info *t = &out.tables[i];
        if (strcmp(t->signature, "DSDT") && strcmp(t->signature, "SSDT"))
            continue;
        CU_ASSERT_FATAL(t->length >= 36 && t->offset + t->length <= out.image_len);
        int rc = scan(out.image + t->offset + 36, t->length - 36, &s, err);
        if (rc)
            fprintf(stderr, "\n  %s: %s\n", t->signature, err);
        CU_ASSERT_EQUAL(rc, 0);
        scanned++;
    }
    CU_ASSERT_EQUAL(scanned, 2);        /* DSDT and the VMGENID SSDT */
    for (unsigned i = 0; i < 128; i++) {
        snprintf(name, sizeof(name), "\\_SB_.C%03X", i);
        if (!seen_has(&s, name))
            fprintf(stderr, "\n  missing %s\n", name);
        CU_ASSERT(seen_has(&s, name));
    }
    CU_ASSERT(!seen_has(&s, "\\_SB_.C080"));
    CU_ASSERT(seen_has(&s, "\\_SB_.VGEN"));
    CU_ASSERT(seen_has(&s, "\\_SB_.VGEN._HID"));
    CU_ASSERT_EQUAL(s.bad_nsegs, 0);
}

/* ---- acpi_ns_format ---------------------------------------------------------- */

static void test_format(void)
{
    struct acpi_ns_name n;
    char buf[64];

    memset(&n, 0, sizeof(n));
    acpi_ns_format(&n, buf, sizeof(buf));
    CU_ASSERT_STRING_EQUAL(buf, "\\");
    n.segs[0] = ACPI_NAMESEG('_', 'S', 'B', '_');
    n.segs[1] = ACPI_NAMESEG('C', '0', '0', '0');
    n.nsegs = 2;
    acpi_ns_format(&n, buf, sizeof(buf));
    CU_ASSERT_STRING_EQUAL(buf, "\\_SB_.C000");
    acpi_ns_format(&n, buf, 6);
    CU_ASSERT_STRING_EQUAL(buf, "\\_SB_");
    acpi_ns_format(&n, buf, 1);
    CU_ASSERT_STRING_EQUAL(buf, "");
    n.segs[1] = ACPI_NAMESEG('a', 0x01, 0xFF, ' ');   /* not from a scan */
    acpi_ns_format(&n, buf, sizeof(buf));
    CU_ASSERT_STRING_EQUAL(buf, "\\_SB_.a???");
    n.nsegs = 1000;                                     /* clamped */
    acpi_ns_format(&n, buf, sizeof(buf));
    CU_ASSERT_EQUAL(strlen(buf), sizeof(buf) - 1);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("nsscan");

    add_test(s, "scan a table from the AML writer", test_scan_writer_table);
    add_test(s, "scan the 128-vCPU guest DSDT and VMGENID SSDT", test_scan_guest);
    add_test(s, "scan errors and stopping", test_scan_errors);
    add_test(s, "acpi_ns_format", test_format);
    add_test(s, "iasl bodies accepted", test_iasl_accepted);
    add_test(s, "iasl bodies rejected, one per rule", test_iasl_rejected);
    add_test(s, "method calls take their ArgCount", test_method_calls);
    add_test(s, "nesting limits", test_nesting);
    add_test(s, "every truncation", test_truncations);
    add_test(s, "byte flips", test_byte_flips);
    add_test(s, "hostile input", test_hostile);
}
