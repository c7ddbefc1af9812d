/*
 * test_dm_hostile.c - what a hostile device model can put in its dm-acpi
 * blob area, and what acpi_guest_build_dm() must make of it.
 *
 * One row per attack: the area (built by the small helpers below), the
 * policy it meets, and the outcome the ABI (docs/dm-acpi.md) prescribes:
 * the walk stops at a corrupt header, or blob k is rejected for its own
 * reason while the good blobs around it are taken.  Every row also checks
 * the resulting table set as a guest would read it (dm_setcheck.c): valid
 * RSDP/XSDT/RSDT, checksums, everything inside the image, exactly the
 * accepted tables and devices present.  A 4-vCPU HW-reduced domU with
 * vmgenid gives \_SB the names C000-C003 and VGEN; the policy allows NFIT.
 *
 * The area and all storage handed to the library are heap blocks of exactly
 * the size the API asks for, so ASan catches a single byte read or written
 * past any of them.
 *
 *   test_dm_hostile                  run the catalogue (CUnit); with
 *                                    DM_HOSTILE_VERBOSE set, print every verdict
 *   test_dm_hostile --dump DIR       write every case's tables as
 *                                    DIR/<case>-<SIG>[n].aml (iasl check)
 *   test_dm_hostile --write-corpus DIR   write every case's area as
 *                                    DIR/<case>.bin (fuzzer seeds)
 */
#include "cunit_main.h"
#include "dm_setcheck.h"

#include "acpigen/dmacpi.h"
#include "acpigen/guest.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE 0x7000000u
#define REGION (1u << 20)
#define POISON 0xA5

/* ---- byte buffers --------------------------------------------------------- */

struct buf {
    uint8_t *p;
    size_t n, cap;
};

static void reserve(struct buf *b, size_t more)
{
    if (b->n + more <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + more)
        cap *= 2;
    b->p = realloc(b->p, cap);
    if (!b->p) {
        perror("realloc");
        exit(2);
    }
    b->cap = cap;
}

static void put(struct buf *b, const void *d, size_t n)
{
    reserve(b, n);
    if (n)
        memcpy(b->p + b->n, d, n);
    b->n += n;
}

static void put8(struct buf *b, uint8_t v)
{
    put(b, &v, 1);
}

static void put16(struct buf *b, uint16_t v)
{
    uint8_t x[2] = { (uint8_t)v, (uint8_t)(v >> 8) };
    put(b, x, 2);
}

static void put32(struct buf *b, uint32_t v)
{
    uint8_t x[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };
    put(b, x, 4);
}

static void put64(struct buf *b, uint64_t v)
{
    put32(b, (uint32_t)v);
    put32(b, (uint32_t)(v >> 32));
}

static void puts_(struct buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void set32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* ---- AML pieces: PkgLength is fixed up on close, minimally encoded as iasl
 * does, so accepted bodies survive the iasl round trip byte for byte. ------ */

#define MAX_OPEN 20000
static size_t open_at[MAX_OPEN];
static unsigned n_open;

/* Emit opcode bytes, then room for a PkgLength filled in by pkg_close(). */
static void pkg_open(struct buf *b, const char *op, size_t oplen)
{
    put(b, op, oplen);
    if (n_open == MAX_OPEN) {
        fprintf(stderr, "pkg_open: too deep\n");
        exit(2);
    }
    open_at[n_open++] = b->n;
    reserve(b, 4);
    b->n += 4;
}

static void pkg_close(struct buf *b)
{
    size_t at = open_at[--n_open], content = b->n - at - 4, enc, len;

    /* ACPI 6.4, 20.2.4: one byte up to 63, then 12, 20 and 28 bits. */
    if (content + 1 <= 0x3F)
        enc = 1;
    else if (content + 2 <= 0xFFF)
        enc = 2;
    else if (content + 3 <= 0xFFFFF)
        enc = 3;
    else
        enc = 4;
    len = content + enc;
    memmove(b->p + at + enc, b->p + at + 4, content);
    b->n = at + enc + content;
    if (enc == 1) {
        b->p[at] = (uint8_t)len;
    } else {
        b->p[at] = (uint8_t)((enc - 1) << 6 | (len & 0x0F));
        for (size_t i = 1; i < enc; i++)
            b->p[at + i] = (uint8_t)(len >> (4 + 8 * (i - 1)));
    }
}

#define OP_SCOPE "\x10"
#define OP_METHOD "\x14"
#define OP_IF "\xA0"
#define OP_PACKAGE "\x12"
#define OP_DEVICE "\x5B\x82"

/* Name (_HID, "ACPI0012") and Method (_STA) { Return (0x0F) }: a body every
 * rule allows and iasl reproduces. */
static void body_good(struct buf *b)
{
    put(b, "\x08_HID\x0D" "ACPI0012", 15);
    pkg_open(b, OP_METHOD, 1);
    puts_(b, "_STA");
    put(b, "\x00\xA4\x0A\x0F", 4);
    pkg_close(b);
}

/* ---- tables and blobs ----------------------------------------------------- */

static void table(struct buf *t, const char *sig, uint8_t rev, const void *body, size_t n)
{
    size_t at = t->n;

    put(t, sig, 4);
    put32(t, (uint32_t)(36 + n));
    put8(t, rev);
    put8(t, 0);
    put(t, "BOCHS ", 6);
    put(t, "BXPC    ", 8);
    put32(t, 1);
    put(t, "BXPC", 4);
    put32(t, 1);
    put(t, body, n);
    uint8_t s = 0;
    for (size_t i = at; i < t->n; i++)
        s = (uint8_t)(s + t->p[i]);
    t->p[at + 9] = (uint8_t)(0x100 - s);
}

/* An NFIT (ACPI 6.4, 5.2.25) with n System Physical Address Range
 * structures of persistent memory, as QEMU describes a vNVDIMM. */
static void nfit_n(struct buf *t, unsigned n)
{
    static const uint8_t pmem_guid[16] = { 0x79, 0xD3, 0xF0, 0x66, 0xF3, 0xB4, 0x74, 0x40,
                                           0xAC, 0x43, 0x0D, 0x33, 0x18, 0xB7, 0x8C, 0xDB };
    struct buf body = { 0 };

    put32(&body, 0);                    /* reserved */
    for (unsigned i = 0; i < n; i++) {
        put16(&body, 0);                /* SPA range structure */
        put16(&body, 56);
        put16(&body, (uint16_t)(i + 1));
        put16(&body, 2);                /* proximity domain valid */
        put32(&body, 0);
        put32(&body, 0);
        put(&body, pmem_guid, 16);
        put64(&body, 0x100000000ull + (uint64_t)i * 0x10000000u);
        put64(&body, 0x10000000u);
        put64(&body, 0x8008);           /* EFI_MEMORY_WB | EFI_MEMORY_NV */
    }
    table(t, "NFIT", 1, body.p, body.n);
    free(body.p);
}

static void nfit(struct buf *t)
{
    nfit_n(t, 1);
}

static void blob(struct buf *a, uint32_t type, const void *d, size_t n)
{
    put32(a, type);
    put32(a, (uint32_t)(n + 8));
    put(a, d, n);
}

static void blob_hdr(struct buf *a, uint32_t type, uint32_t size)
{
    put32(a, type);
    put32(a, size);
}

static void table_blob(struct buf *a, void (*make)(struct buf *))
{
    struct buf t = { 0 };
    make(&t);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    free(t.p);
}

static void nfit_blob(struct buf *a)
{
    table_blob(a, nfit);
}

/* A well-formed table of any signature, 4 bytes of body. */
static void sig_blob(struct buf *a, const char *sig)
{
    struct buf t = { 0 };
    table(&t, sig, 1, "\0\0\0\0", 4);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    free(t.p);
}

static void dev_blob(struct buf *a, const char *name, const struct buf *body)
{
    put32(a, ACPI_DM_BLOB_NSDEV);
    put32(a, (uint32_t)(8 + 4 + body->n));
    put(a, name, 4);
    put(a, body->p, body->n);
}

static void good_dev(struct buf *a, const char *name)
{
    struct buf b = { 0 };
    body_good(&b);
    dev_blob(a, name, &b);
    free(b.p);
}

/* A device whose body is the given bytes, then the good body. */
static void raw_dev(struct buf *a, const char *name, const void *raw, size_t n)
{
    struct buf b = { 0 };
    put(&b, raw, n);
    body_good(&b);
    dev_blob(a, name, &b);
    free(b.p);
}

/* A device whose body is a method M000 around the given bytes. */
static void method_dev(struct buf *a, const char *name, const void *raw, size_t n)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_METHOD, 1);
    put(&b, "M000\x00", 5);
    put(&b, raw, n);
    pkg_close(&b);
    dev_blob(a, name, &b);
    free(b.p);
}

#define RAW(s) s, sizeof(s) - 1

/* "D000".."D999": a NameSeg per index. */
static void seq_name(char out[5], char lead, unsigned i)
{
    out[0] = lead;
    out[1] = (char)('0' + i / 100 % 10);
    out[2] = (char)('0' + i / 10 % 10);
    out[3] = (char)('0' + i % 10);
    out[4] = '\0';
}

/* ---- the areas, one builder per case ---------------------------------------- */

#define AREA(name) static void area_##name(struct buf *a)

/* Valid areas: a vNVDIMM's NFIT and its root device; many devices. */
AREA(valid_nfit_nvdr)
{
    nfit_blob(a);
    good_dev(a, "NVDR");
}
AREA(valid_empty) { (void)a; }
AREA(valid_devices_only)
{
    good_dev(a, "NVDR");
    good_dev(a, "DEV1");
    good_dev(a, "NV_1");
}
AREA(valid_many_devices)
{
    char name[5];
    for (int i = 0; i < 40; i++) {
        seq_name(name, 'D', (unsigned)i);
        good_dev(a, name);
    }
    nfit_blob(a);
}
/* Children, control flow and a method-local Name: all relative, all allowed. */
AREA(valid_rich_device)
{
    struct buf b = { 0 };
    put(&b, "\x08_HID\x0D" "ACPI0012\x00", 15);
    pkg_open(&b, OP_DEVICE, 2);
    puts_(&b, "NV00");
    put(&b, "\x08_ADR\x01", 6);
    pkg_close(&b);
    pkg_open(&b, OP_METHOD, 1);
    put(&b, "_DSM\x04", 5);
    pkg_open(&b, OP_IF, 1);
    put(&b, "\x93\x6A\x01", 3);                 /* LEqual (Arg2, One) */
    put(&b, "\xA4\x11\x03\x01\x0F", 5);         /* Return (Buffer (One) { 0x0F }) */
    pkg_close(&b);
    put(&b, "\xA4\x11\x03\x01\x00", 5);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
/* The NFIT of a big vNVDIMM set: 1000 SPA ranges, 56 KiB. */
AREA(valid_big_nfit)
{
    struct buf t = { 0 };
    nfit_n(&t, 1000);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    free(t.p);
}
/* Odd blob sizes put every later header at an odd offset. */
AREA(unaligned_headers)
{
    struct buf b = { 0 };
    body_good(&b);
    put(&b, "\x08_UID\x01", 6);                /* 43 bytes: odd again */
    dev_blob(a, "ODD1", &b);
    nfit_blob(a);
    good_dev(a, "ODD2");
    free(b.p);
}

/* Structure: the walk has to stop. */
AREA(area_short_header) { put(a, "\x00\x00\x00\x00\x10", 5); }
AREA(size_0)
{
    nfit_blob(a);
    blob_hdr(a, ACPI_DM_BLOB_NSDEV, 0);
    good_dev(a, "NVDR");
}
AREA(size_7)
{
    blob_hdr(a, ACPI_DM_BLOB_TABLE, 7);
    nfit_blob(a);
}
AREA(size_4_device)
{
    good_dev(a, "NVDR");
    blob_hdr(a, ACPI_DM_BLOB_NSDEV, 4);
    put(a, "\0\0\0\0\0\0\0\0", 8);
}
AREA(size_ffffffff)
{
    blob_hdr(a, ACPI_DM_BLOB_TABLE, 0xFFFFFFFFu);
    nfit_blob(a);
}
AREA(size_past_end)
{
    nfit_blob(a);
    blob_hdr(a, ACPI_DM_BLOB_NSDEV, 64);
    put(a, "NVDR", 4);
}
/* offset + size wraps a 32-bit offset back to the first blob. */
AREA(size_wraps_offset)
{
    nfit_blob(a);
    uint32_t at = (uint32_t)a->n;
    blob_hdr(a, ACPI_DM_BLOB_TABLE, 0u - at);
}
AREA(trailing_bytes)
{
    nfit_blob(a);
    put(a, "\x00\x00\x00", 3);
}
AREA(stop_after_good)
{
    nfit_blob(a);
    good_dev(a, "NVDR");
    blob_hdr(a, ACPI_DM_BLOB_TABLE, 0xFFFFFFF0u);
    good_dev(a, "NVD2");
}
AREA(too_many_blobs)
{
    char name[5];
    for (int i = 0; i < 5; i++) {
        seq_name(name, 'D', (unsigned)i);
        good_dev(a, name);
    }
}
AREA(blob_storage_full)
{
    nfit_blob(a);
    good_dev(a, "NVDR");
    good_dev(a, "NVD2");
}
AREA(area_over_max)
{
    nfit_blob(a);
    good_dev(a, "NVDR");
}
/* Accepted but more than the tables' region can hold. */
AREA(nfit_bigger_than_region)
{
    struct buf t = { 0 };
    nfit_n(&t, (REGION - 8 - 40) / 56);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    free(t.p);
}

/* 512 valid devices of 2 KiB: the largest area the default limit lets in,
 * and a DMACPI SSDT that no longer fits the tables' region. */
AREA(devices_fill_region)
{
    static uint8_t zeros[2010];
    char name[5];
    for (unsigned i = 0; i < 512; i++) {
        struct buf b = { 0 };
        put(&b, "\x08_HID\x0D" "ACPI0012", 15);
        put(&b, "\x08" "BUF0", 5);
        pkg_open(&b, "\x11", 1);
        put(&b, "\x0B\xDA\x07", 3);            /* BufferSize 2010 */
        put(&b, zeros, sizeof(zeros));
        pkg_close(&b);
        seq_name(name, 'D', i);
        dev_blob(a, name, &b);
        free(b.p);
    }
}

/* Blob by blob: rejected, the walk goes on. */
AREA(type_2)
{
    blob(a, 2, "NVDR\x01\x02\x03\x04", 8);
    good_dev(a, "NVDR");
}
AREA(type_ffffffff)
{
    blob(a, 0xFFFFFFFFu, "", 0);
    nfit_blob(a);
}
AREA(table_empty) { blob(a, ACPI_DM_BLOB_TABLE, "", 0); good_dev(a, "NVDR"); }
AREA(table_header_truncated)
{
    struct buf t = { 0 };
    nfit(&t);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, 20);
    good_dev(a, "NVDR");
    free(t.p);
}
AREA(table_length_35)
{
    struct buf t = { 0 };
    table(&t, "NFIT", 1, "", 0);
    set32(t.p + 4, 35);
    t.p[9] = (uint8_t)(t.p[9] + 1);             /* keep the byte sum 0 */
    blob(a, ACPI_DM_BLOB_TABLE, t.p, 35);
    free(t.p);
}
AREA(table_length_over_blob)
{
    struct buf t = { 0 };
    nfit(&t);
    set32(t.p + 4, (uint32_t)t.n + 64);
    t.p[9] = (uint8_t)(t.p[9] - 64);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    nfit_blob(a);
    free(t.p);
}
AREA(table_length_under_blob)
{
    struct buf t = { 0 };
    nfit(&t);
    put(&t, "\0\0\0\0\0\0\0\0", 8);            /* trailing bytes, sum unchanged */
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    free(t.p);
}
AREA(table_length_huge)
{
    struct buf t = { 0 };
    nfit(&t);
    set32(t.p + 4, 0xFFFFFFF0u);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    free(t.p);
}
AREA(table_bad_checksum)
{
    struct buf t = { 0 };
    nfit(&t);
    t.p[9] ^= 0x5A;
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    free(t.p);
}
AREA(owned_rsdt) { sig_blob(a, "RSDT"); }
AREA(owned_xsdt) { sig_blob(a, "XSDT"); }
AREA(owned_facp) { sig_blob(a, "FACP"); }
AREA(owned_facs) { sig_blob(a, "FACS"); }
AREA(owned_apic) { sig_blob(a, "APIC"); }
AREA(owned_stao) { sig_blob(a, "STAO"); }
AREA(owned_rsdp) { sig_blob(a, "RSD "); }
AREA(owned_dsdt)
{
    struct buf b = { 0 }, t = { 0 };
    pkg_open(&b, OP_SCOPE, 1);
    puts_(&b, "\\_SB_");
    put(&b, "\x08" "EVIL\x01", 6);
    pkg_close(&b);
    table(&t, "DSDT", 2, b.p, b.n);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    nfit_blob(a);
    free(b.p);
    free(t.p);
}
AREA(owned_ssdt)
{
    struct buf t = { 0 };
    table(&t, "SSDT", 2, "\x08" "EVIL\x01", 6);
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    free(t.p);
}
AREA(nfit_twice)
{
    nfit_blob(a);
    nfit_blob(a);
}
AREA(nfit_without_nvdimm) { nfit_blob(a); good_dev(a, "NVDR"); }
AREA(table_not_allowed) { sig_blob(a, "MCFG"); nfit_blob(a); }
AREA(table_sig_unprintable) { sig_blob(a, "\x01\xFF" "IT"); }
AREA(table_sig_lowercase) { sig_blob(a, "nfit"); }

AREA(dev_empty) { blob(a, ACPI_DM_BLOB_NSDEV, "", 0); good_dev(a, "NVDR"); }
AREA(dev_name_short) { blob(a, ACPI_DM_BLOB_NSDEV, "NV", 2); }
AREA(dev_name_sb) { good_dev(a, "_SB_"); }
AREA(dev_clash_c000) { good_dev(a, "C000"); good_dev(a, "NVDR"); }
AREA(dev_clash_c001) { good_dev(a, "C001"); }
AREA(dev_clash_c002) { good_dev(a, "C002"); }
AREA(dev_clash_c003) { good_dev(a, "C003"); }
AREA(dev_clash_vgen) { nfit_blob(a); good_dev(a, "VGEN"); }
AREA(dev_twice)
{
    good_dev(a, "NVDR");
    good_dev(a, "NVDR");
}
AREA(dev_name_lowercase) { good_dev(a, "nvdr"); }
AREA(dev_name_digit) { good_dev(a, "1NVD"); }
AREA(dev_name_nul) { good_dev(a, "NV\0\0"); }
AREA(dev_name_root) { good_dev(a, "\\NVD"); }
AREA(dev_name_blank) { good_dev(a, "NV D"); }
/* The name of the blob shadows \VGIA for \_SB.VGEN's methods: a bare
 * NameSeg reference searches \_SB.VGEN, then \_SB, then \ (ACPI 6.4,
 * 5.3: search rules), so Device (\_SB.VGIA) would be found first. */
AREA(dev_shadows_vgia) { good_dev(a, "VGIA"); }

/* Run-time writes outside the device are accepted on purpose: the device
 * model already writes all guest memory (docs/dm-acpi.md, "What the check
 * does not confine").  These two keep that decision visible. */
/* Method (_INI) { Store (0x12345000, \VGIA) } */
AREA(runtime_store_vgia)
{
    raw_dev(a, "NVDR", RAW("\x14\x11_INI\x00\x70\x0C\x00\x50\x34\x12\\VGIA"));
}
/* Method (_INI) { CopyObject (Zero, \_SB.C001._STA) } */
AREA(runtime_copyobject_sta)
{
    raw_dev(a, "NVDR", RAW("\x14\x17_INI\x00\x9D\x00\\\x2F\x03_SB_C001_STA"));
}

/* Bodies that leave the device or load code. */
AREA(body_name_root) { raw_dev(a, "NVDR", RAW("\x08\\XXXX\x01")); }
AREA(body_name_root_path) { raw_dev(a, "NVDR", RAW("\x08\\\x2E_SB_C000\x01")); }
AREA(body_method_parent)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_METHOD, 1);
    put(&b, "^FOO_\x00\xA4\x01", 8);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
AREA(body_device_root)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_DEVICE, 2);
    puts_(&b, "\\\x2E_SB_EVIL");
    put(&b, "\x08_HID\x0D" "EVIL0000\x00", 15);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
AREA(body_scope_root)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_SCOPE, 1);
    puts_(&b, "\\_SB_");
    put(&b, "\x08" "EVIL\x01", 6);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
/* A single NameSeg reaches \_SB.C000 through the search rules. */
AREA(body_scope_nameseg)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_SCOPE, 1);
    puts_(&b, "C000");
    put(&b, "\x08_EJ0\x01", 6);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
AREA(body_alias_root) { raw_dev(a, "NVDR", RAW("\x08" "BUF0\x01\x06" "BUF0\\EVIL")); }
AREA(body_opregion_root) { raw_dev(a, "NVDR", RAW("\x5B\x80\\OPR0\x00\x00\x0A\x04")); }
AREA(body_createfield_parent)
{
    raw_dev(a, "NVDR", RAW("\x08" "BUF0\x11\x03\x0A\x04" "\x8A" "BUF0\x00^EVIL"));
}
AREA(body_mutex_parent) { raw_dev(a, "NVDR", RAW("\x5B\x01^MUT0\x00")); }
/* Method bodies are checked too: Name (\EVIL) runs when the method does. */
AREA(body_method_defines_root) { method_dev(a, "NVDR", RAW("\x08\\EVIL\x01")); }
AREA(body_load) { method_dev(a, "NVDR", RAW("\x5B\x20" "OPR0\x60")); }
AREA(body_unload) { method_dev(a, "NVDR", RAW("\x5B\x2A\x60")); }
AREA(body_loadtable)
{
    method_dev(a, "NVDR", RAW("\x70\x5B\x1F\x0D" "OEM1\x00\x0D\x00\x0D\x00\x0D\x00\x0D\x00\x00\x60"));
}
AREA(body_pkglength_past_end) { raw_dev(a, "NVDR", RAW("\x14\x3F" "M000\x00\xA4\x01")); }
/* 0xCF FF FF FF: a 4-byte PkgLength of 0x0FFFFFFF, 256 MiB. */
AREA(body_pkglength_256mib) { raw_dev(a, "NVDR", RAW("\x14\xCF\xFF\xFF\xFF" "M000\x00\xA4\x01")); }
AREA(body_string_no_nul) { blob(a, ACPI_DM_BLOB_NSDEV, "NVDR\x08_HID\x0D" "ACPI0012", 18); }
AREA(body_bad_opcode) { raw_dev(a, "NVDR", RAW("\x02")); }
AREA(body_multiname_overrun) { raw_dev(a, "NVDR", RAW("\x08\x2F\xFF" "ABCDEFGH\x01")); }
AREA(body_nest_ops)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_METHOD, 1);
    put(&b, "M000\x00\xA4", 6);
    for (int i = 0; i < 10000; i++)
        put8(&b, 0x72);                         /* Add ( */
    put8(&b, 0x01);
    for (int i = 0; i < 10000; i++)
        put(&b, "\x01\x00", 2);                 /* , One, ) */
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
    good_dev(a, "NVD2");
}
AREA(body_nest_ifs)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_METHOD, 1);
    put(&b, "M000\x00", 5);
    for (int i = 0; i < 10000; i++) {
        pkg_open(&b, OP_IF, 1);
        put8(&b, 0x01);
    }
    for (int i = 0; i < 10000; i++)
        pkg_close(&b);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
    good_dev(a, "NVD2");
}
AREA(body_nest_packages)
{
    struct buf b = { 0 };
    put(&b, "\x08PKG0", 5);
    for (int i = 0; i < 10000; i++) {
        pkg_open(&b, OP_PACKAGE, 1);
        put8(&b, 0x01);                         /* NumElements */
    }
    for (int i = 0; i < 10000; i++)
        pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
AREA(body_nest_devices)
{
    struct buf b = { 0 };
    for (int i = 0; i < 10000; i++) {
        pkg_open(&b, OP_DEVICE, 2);
        puts_(&b, "NEST");
    }
    for (int i = 0; i < 10000; i++)
        pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
AREA(body_nest_40)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_METHOD, 1);
    put(&b, "M000\x00", 5);
    for (int i = 0; i < 40; i++) {
        pkg_open(&b, OP_IF, 1);
        put8(&b, 0x01);
    }
    for (int i = 0; i < 40; i++)
        pkg_close(&b);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
AREA(bad_between_good)
{
    struct buf t = { 0 };
    nfit_blob(a);
    nfit(&t);
    memcpy(t.p, "HMAT", 4);                     /* not allowed... */
    t.p[9] = (uint8_t)(t.p[9] + 1);             /* ...and a bad checksum */
    blob(a, ACPI_DM_BLOB_TABLE, t.p, t.n);
    raw_dev(a, "BAD0", RAW("\x08\\EVIL\x01"));
    good_dev(a, "NVDR");
    free(t.p);
}

/* More of what a device model could send. */
AREA(area_zeroed) { put(a, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16); }
AREA(area_all_ff)
{
    for (int i = 0; i < 64; i++)
        put8(a, 0xFF);
}
AREA(too_many_blobs_default)
{
    for (uint32_t i = 0; i <= ACPI_DM_MAX_BLOBS; i++)
        blob_hdr(a, 7, 8);
}
AREA(many_bad_blobs)
{
    for (int i = 0; i < 1000; i++)
        blob_hdr(a, 7, 8);
    good_dev(a, "NVDR");
}
AREA(owned_hpet) { sig_blob(a, "HPET"); }
AREA(owned_waet) { sig_blob(a, "WAET"); }
AREA(owned_srat) { sig_blob(a, "SRAT"); }
AREA(owned_slit) { sig_blob(a, "SLIT"); }
AREA(owned_tcpa) { sig_blob(a, "TCPA"); }
AREA(owned_tpm2) { sig_blob(a, "TPM2"); }
AREA(dev_name_reserved) { good_dev(a, "_INI"); }
/* The rejected body does not take the name: a good device may have it. */
AREA(dev_bad_then_good_same_name)
{
    raw_dev(a, "NVDR", RAW("\x08\\EVIL\x01"));
    good_dev(a, "NVDR");
}
/* OperationRegion (OPR0, SystemMemory, 0xFED40000, 0x10), Field (OPR0,
 * DWordAcc, NoLock, Preserve) { REG0, 32 }: relative names, allowed. */
AREA(valid_opregion_field)
{
    struct buf b = { 0 };
    body_good(&b);
    put(&b, "\x5B\x80" "OPR0\x00\x0C\x00\x00\xD4\xFE\x0A\x10", 14);
    pkg_open(&b, "\x5B\x81", 2);
    put(&b, "OPR0\x03" "REG0\x20", 10);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
AREA(valid_nest_8)
{
    struct buf b = { 0 };
    body_good(&b);
    pkg_open(&b, OP_METHOD, 1);
    put(&b, "M000\x00", 5);
    for (int i = 0; i < 8; i++) {
        pkg_open(&b, OP_IF, 1);
        put8(&b, 0x01);
    }
    put8(&b, 0xA3);                             /* Noop */
    for (int i = 0; i < 8; i++)
        pkg_close(&b);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
/* A Method with n If (One) blocks nested in it: n + 1 levels. */
static void method_ifs(struct buf *a, int n)
{
    struct buf b = { 0 };
    body_good(&b);
    pkg_open(&b, OP_METHOD, 1);
    put(&b, "M000\x00", 5);
    for (int i = 0; i < n; i++) {
        pkg_open(&b, OP_IF, 1);
        put8(&b, 0x01);
    }
    for (int i = 0; i < n; i++)
        pkg_close(&b);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}
AREA(body_nest_8_policy_4) { method_ifs(a, 8); }
/* The documented limit is 32 levels: Method + 31 Ifs passes, + 32 not. */
AREA(valid_nest_32_levels) { method_ifs(a, 31); }
AREA(body_nest_33_levels) { method_ifs(a, 32); }
/* 0xFF: bits 4-5 of a multi-byte PkgLength's lead byte must be 0. */
AREA(body_pkglength_reserved_bits) { raw_dev(a, "NVDR", RAW("\x14\xFF\x00\x00\x00" "M000\x00")); }
AREA(body_pkglength_zero) { raw_dev(a, "NVDR", RAW("\x14\x00" "M000\x00")); }
AREA(body_truncated_nameseg) { blob(a, ACPI_DM_BLOB_NSDEV, "NVDR\x08_HI", 8); }
AREA(body_truncated_operand) { blob(a, ACPI_DM_BLOB_NSDEV, "NVDR\x08_HID\x0A", 10); }
AREA(body_string_not_ascii) { raw_dev(a, "NVDR", RAW("\x08_STR\x0D" "AB\x80" "C\x00")); }
AREA(body_bad_ext_opcode) { raw_dev(a, "NVDR", RAW("\x5B\xFE")); }
AREA(body_nullname_device)
{
    struct buf b = { 0 };
    pkg_open(&b, OP_DEVICE, 2);
    put8(&b, 0x00);
    pkg_close(&b);
    dev_blob(a, "NVDR", &b);
    free(b.p);
}

/* ---- the catalogue ---------------------------------------------------------- */

enum outcome { WALKED, STOPPED, FAILED };
enum verdict_kind { V_END, V_OK, V_REJ };

struct verdict {
    enum verdict_kind k;
    const char *why;            /* for V_REJ: substrings, '&'-separated, all required */
};

#define P_NO_NFIT 1u            /* the domain has no vNVDIMM */

struct hcase {
    const char *name;
    void (*build)(struct buf *a);
    unsigned flags;
    uint32_t max_blobs, max_area, work_blobs;
    unsigned max_depth;
    enum outcome outcome;
    const char *why;            /* stop_reason or out.error substrings */
    uint32_t n;                 /* blobs judged */
    struct verdict v[8];        /* the first verdicts; later blobs repeat the last */
    struct verdict last;        /* if set: the last blob's, overriding v */
};

#define OK { V_OK, NULL }
#define REJ(s) { V_REJ, s }
#define C(nm) .name = #nm, .build = area_##nm

static const struct hcase cases[] = {
    /* valid areas: everything taken */
    { C(valid_nfit_nvdr), .n = 2, .v = { OK, OK } },
    { C(valid_empty), .n = 0 },
    { C(valid_devices_only), .n = 3, .v = { OK, OK, OK } },
    { C(valid_many_devices), .n = 41, .v = { OK } },
    { C(valid_rich_device), .n = 1, .v = { OK } },
    { C(valid_opregion_field), .n = 1, .v = { OK } },
    { C(valid_nest_8), .n = 1, .v = { OK } },
    { C(valid_big_nfit), .n = 1, .v = { OK } },
    { C(unaligned_headers), .n = 3, .v = { OK, OK, OK } },

    /* the walk stops at a blob header that does not fit; earlier blobs stay */
    { C(area_short_header), .outcome = STOPPED, .why = "only 5 bytes left", .n = 0 },
    { C(area_zeroed), .outcome = STOPPED, .why = "blob size 0 is smaller", .n = 0 },
    { C(area_all_ff), .outcome = STOPPED, .why = "blob size 4294967295 runs past", .n = 0 },
    { C(size_0), .outcome = STOPPED, .why = "blob size 0 is smaller", .n = 1, .v = { OK } },
    { C(size_7), .outcome = STOPPED, .why = "blob size 7 is smaller", .n = 0 },
    { C(size_4_device), .outcome = STOPPED, .why = "blob size 4 is smaller", .n = 1,
      .v = { OK } },
    { C(size_ffffffff), .outcome = STOPPED, .why = "blob size 4294967295 runs past", .n = 0 },
    { C(size_past_end), .outcome = STOPPED, .why = "blob size 64 runs past&12 bytes left",
      .n = 1, .v = { OK } },
    /* 2^32 - 104: the NFIT blob is 104 bytes */
    { C(size_wraps_offset), .outcome = STOPPED, .why = "blob size 4294967192 runs past",
      .n = 1, .v = { OK } },
    { C(trailing_bytes), .outcome = STOPPED, .why = "only 3 bytes left", .n = 1, .v = { OK } },
    { C(stop_after_good), .outcome = STOPPED, .why = "blob size 4294967280 runs past", .n = 2,
      .v = { OK, OK } },
    { C(too_many_blobs), .max_blobs = 4, .outcome = STOPPED, .why = "more than 4 blobs&policy",
      .n = 4, .v = { OK } },
    { C(too_many_blobs_default), .outcome = STOPPED, .why = "more than 65536 blobs&policy",
      .n = 65536, .v = { REJ("blob type 7 (") } },
    { C(blob_storage_full), .work_blobs = 2, .outcome = STOPPED, .why = "more than 2 blobs&room",
      .n = 2, .v = { OK, OK } },
    { C(area_over_max), .max_area = 128, .outcome = STOPPED, .why = "141 bytes&limit of 128",
      .n = 0 },
    { C(nfit_bigger_than_region), .outcome = FAILED, .why = "region too small&extra table",
      .n = 1, .v = { OK } },
    { C(devices_fill_region), .outcome = FAILED, .why = "region too small&extra table",
      .n = 512, .v = { OK } },

    /* blob by blob: rejected for its own reason, the walk goes on */
    { C(type_2), .n = 2, .v = { REJ("blob type 2 ("), OK } },
    { C(type_ffffffff), .n = 2, .v = { REJ("blob type 4294967295"), OK } },
    { C(many_bad_blobs), .n = 1001, .v = { REJ("blob type 7 (") }, .last = OK },
    { C(table_empty), .n = 2, .v = { REJ("table of 0 bytes"), OK } },
    { C(table_header_truncated), .n = 2, .v = { REJ("table of 20 bytes"), OK } },
    { C(table_length_35), .n = 1, .v = { REJ("table of 35 bytes") } },
    { C(table_length_over_blob), .n = 2, .v = { REJ("length 160&96 data bytes"), OK } },
    { C(table_length_under_blob), .n = 1, .v = { REJ("length 96&104 data bytes") } },
    { C(table_length_huge), .n = 1, .v = { REJ("length 4294967280") } },
    { C(table_bad_checksum), .n = 1, .v = { REJ("checksum") } },
    { C(owned_rsdt), .n = 1, .v = { REJ("RSDT&rule 1") } },
    { C(owned_xsdt), .n = 1, .v = { REJ("XSDT&rule 1") } },
    { C(owned_facp), .n = 1, .v = { REJ("FACP&rule 1") } },
    { C(owned_facs), .n = 1, .v = { REJ("FACS&rule 1") } },
    { C(owned_apic), .n = 1, .v = { REJ("APIC&rule 1") } },
    { C(owned_stao), .n = 1, .v = { REJ("STAO&rule 1") } },
    { C(owned_rsdp), .n = 1, .v = { REJ("RSD &rule 1") } },
    { C(owned_hpet), .n = 1, .v = { REJ("HPET&rule 1") } },
    { C(owned_waet), .n = 1, .v = { REJ("WAET&rule 1") } },
    { C(owned_srat), .n = 1, .v = { REJ("SRAT&rule 1") } },
    { C(owned_slit), .n = 1, .v = { REJ("SLIT&rule 1") } },
    { C(owned_tcpa), .n = 1, .v = { REJ("TCPA&rule 1") } },
    { C(owned_tpm2), .n = 1, .v = { REJ("TPM2&rule 1") } },
    { C(owned_dsdt), .n = 2, .v = { REJ("DSDT&namespace devices"), OK } },
    { C(owned_ssdt), .n = 1, .v = { REJ("SSDT&namespace devices") } },
    { C(nfit_twice), .n = 2, .v = { OK, REJ("NFIT again&blob 0") } },
    { C(nfit_without_nvdimm), .flags = P_NO_NFIT, .n = 2,
      .v = { REJ("NFIT is not allowed&rule 2"), OK } },
    { C(table_not_allowed), .n = 2, .v = { REJ("MCFG is not allowed"), OK } },
    { C(table_sig_unprintable), .n = 1, .v = { REJ("signature \"\\x01\\xFFIT\"") } },
    { C(table_sig_lowercase), .n = 1, .v = { REJ("signature \"nfit\"") } },

    { C(dev_empty), .n = 2, .v = { REJ("device of 0 bytes"), OK } },
    { C(dev_name_short), .n = 1, .v = { REJ("device of 2 bytes") } },
    { C(dev_name_sb), .n = 1, .v = { REJ("_SB_&reserved") } },
    { C(dev_name_reserved), .n = 1, .v = { REJ("_INI&reserved") } },
    { C(dev_clash_c000), .n = 2, .v = { REJ("name C000 already exists"), OK } },
    { C(dev_clash_c001), .n = 1, .v = { REJ("name C001 already exists") } },
    { C(dev_clash_c002), .n = 1, .v = { REJ("name C002 already exists") } },
    { C(dev_clash_c003), .n = 1, .v = { REJ("name C003 already exists") } },
    { C(dev_clash_vgen), .n = 2, .v = { OK, REJ("name VGEN already exists") } },
    { C(dev_shadows_vgia), .n = 1, .v = { REJ("name VGIA already exists") } },
    { C(dev_twice), .n = 2, .v = { OK, REJ("name NVDR already exists") } },
    { C(dev_bad_then_good_same_name), .n = 2, .v = { REJ("Name defines \\EVIL"), OK } },
    { C(dev_name_lowercase), .n = 1, .v = { REJ("NameSeg \"nvdr\" is not valid") } },
    { C(dev_name_digit), .n = 1, .v = { REJ("NameSeg \"1NVD\" is not valid") } },
    { C(dev_name_nul), .n = 1, .v = { REJ("NameSeg \"NV\\x00\\x00\" is not valid") } },
    { C(dev_name_root), .n = 1, .v = { REJ("NameSeg \"\\x5CNVD\" is not valid") } },
    { C(dev_name_blank), .n = 1, .v = { REJ("NameSeg \"NV D\" is not valid") } },

    /* bodies that leave their device, load code or do not parse */
    { C(runtime_store_vgia), .n = 1, .v = { OK } },
    { C(runtime_copyobject_sta), .n = 1, .v = { OK } },
    { C(body_name_root), .n = 1, .v = { REJ("Name defines \\XXXX&absolute") } },
    { C(body_name_root_path), .n = 1, .v = { REJ("Name defines \\_SB_.C000&absolute") } },
    { C(body_method_parent), .n = 1, .v = { REJ("Method defines ^FOO_&parent") } },
    { C(body_device_root), .n = 1, .v = { REJ("Device defines \\_SB_.EVIL") } },
    { C(body_scope_root), .n = 1, .v = { REJ("Scope is not allowed") } },
    { C(body_scope_nameseg), .n = 1, .v = { REJ("Scope is not allowed") } },
    { C(body_alias_root), .n = 1, .v = { REJ("Alias defines \\EVIL") } },
    { C(body_opregion_root), .n = 1, .v = { REJ("OperationRegion defines \\OPR0") } },
    { C(body_createfield_parent), .n = 1, .v = { REJ("CreateDWordField defines ^EVIL") } },
    { C(body_mutex_parent), .n = 1, .v = { REJ("Mutex defines ^MUT0") } },
    /* offset 7: after Method's opcode, PkgLength, NameSeg and flags */
    { C(body_method_defines_root), .n = 1, .v = { REJ("offset 0x7: Name defines \\EVIL") } },
    { C(body_load), .n = 1, .v = { REJ("Load is not allowed") } },
    { C(body_unload), .n = 1, .v = { REJ("Unload is not allowed") } },
    { C(body_loadtable), .n = 1, .v = { REJ("LoadTable is not allowed") } },
    { C(body_pkglength_past_end), .n = 1, .v = { REJ("PkgLength 63 runs past") } },
    { C(body_pkglength_256mib), .n = 1, .v = { REJ("PkgLength 268435455 runs past") } },
    { C(body_pkglength_reserved_bits), .n = 1, .v = { REJ("reserved bits") } },
    { C(body_pkglength_zero), .n = 1, .v = { REJ("PkgLength 0 of Method") } },
    { C(body_truncated_nameseg), .n = 1, .v = { REJ("offset 0x1:&bytes but 3 are left") } },
    { C(body_truncated_operand), .n = 1, .v = { REJ("offset 0x6:&bytes but 0 are left") } },
    { C(body_string_no_nul), .n = 1, .v = { REJ("String has no terminating NUL") } },
    { C(body_string_not_ascii), .n = 1, .v = { REJ("String byte 0x80") } },
    { C(body_bad_opcode), .n = 1, .v = { REJ("unknown opcode 0x2") } },
    { C(body_bad_ext_opcode), .n = 1, .v = { REJ("unknown extended opcode") } },
    { C(body_nullname_device), .n = 1, .v = { REJ("NullName") } },
    { C(body_multiname_overrun), .n = 1, .v = { REJ("255 NameSegs&1020 bytes") } },
    { C(body_nest_ops), .n = 2, .v = { REJ("nesting deeper than 32 (Add)"), OK } },
    { C(body_nest_ifs), .n = 2, .v = { REJ("nesting deeper than 32 (If)"), OK } },
    { C(body_nest_packages), .n = 1, .v = { REJ("nesting deeper than 32 (Package)") } },
    { C(body_nest_devices), .n = 1, .v = { REJ("nesting deeper than 32 (Device)") } },
    { C(body_nest_40), .n = 1, .v = { REJ("nesting deeper than 32 (If)") } },
    { C(valid_nest_32_levels), .n = 1, .v = { OK } },
    { C(body_nest_33_levels), .n = 1, .v = { REJ("nesting deeper than 32 (If)") } },
    { C(body_nest_8_policy_4), .max_depth = 4, .n = 1, .v = { REJ("nesting deeper than 4 (If)") } },
    { C(bad_between_good), .n = 4,
      .v = { OK, REJ("HMAT is not allowed"), REJ("Name defines \\EVIL"), OK } },
};
#define N_CASES (sizeof(cases) / sizeof(cases[0]))

/* ---- running one case --------------------------------------------------------- */

static const char *const base_sigs[] = { "FACP", "SSDT", "APIC" };
static const char *const taken[] = { "C000", "C001", "C002", "C003", "VGEN" };

struct run {
    uint8_t *area;
    size_t area_len;
    struct acpi_dm_policy policy;
    struct acpi_guest_config cfg;
    struct acpi_layout layout;
    struct acpi_dm_work work;
    struct acpi_dm_result res;
    struct acpi_guest_tables out;
    uint8_t *image, *guid;
    int rc;
    char setup_error[ACPI_DM_REASON_MAX + 32];
};

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        perror("malloc");
        exit(2);
    }
    return p;
}

static int run_case(const struct hcase *hc, struct run *r)
{
    struct buf a = { 0 };
    char err[ACPI_DM_REASON_MAX];

    memset(r, 0, sizeof(*r));
    hc->build(&a);
    /* Exactly the area's bytes, so a read past it is an ASan error. */
    r->area_len = a.n;
    r->area = xmalloc(a.n);
    if (a.n)
        memcpy(r->area, a.p, a.n);
    free(a.p);

    acpi_dm_policy_init(&r->policy);
    if (!(hc->flags & P_NO_NFIT) &&
        acpi_dm_policy_allow(&r->policy, "NFIT", err, sizeof(err)) != 0) {
        snprintf(r->setup_error, sizeof(r->setup_error), "policy allow NFIT: %s", err);
        return -1;
    }
    if (hc->max_blobs)
        r->policy.max_blobs = hc->max_blobs;
    if (hc->max_area)
        r->policy.max_area = hc->max_area;
    if (hc->max_depth)
        r->policy.max_depth = hc->max_depth;

    acpi_guest_config_init(&r->cfg, ACPI_GUEST_DOMU);
    r->cfg.vcpus = r->cfg.maxvcpus = 4;
    r->cfg.vmgenid = 1;
    for (int i = 0; i < 16; i++)
        r->cfg.vmgenid_guid[i] = (uint8_t)(0x11 * i);
    r->layout = (struct acpi_layout){ .base = BASE, .size = REGION };

    r->work.n_blobs = hc->work_blobs ? hc->work_blobs : (uint32_t)(a.n / 8 + 1);
    r->work.blobs = xmalloc(r->work.n_blobs * sizeof(*r->work.blobs));
    r->work.n_name_slots = ACPI_DM_NAMESET_SLOTS(r->cfg.maxvcpus + 16 + r->work.n_blobs);
    r->work.name_slots = xmalloc(r->work.n_name_slots * sizeof(*r->work.name_slots));
    r->work.ssdt_cap = ACPI_DM_SSDT_MAX(a.n);
    r->work.ssdt = xmalloc(r->work.ssdt_cap);
    r->image = xmalloc(REGION);
    memset(r->image, POISON, REGION);
    r->guid = xmalloc(ACPI_GUID_PAGE_SIZE);

    r->rc = acpi_guest_build_dm(&r->cfg, &r->layout, r->image, REGION, r->guid, r->area,
                                r->area_len, &r->policy, &r->work, &r->res, &r->out);
    return 0;
}

static void free_run(struct run *r)
{
    free(r->area);
    free(r->work.blobs);
    free(r->work.name_slots);
    free(r->work.ssdt);
    free(r->image);
    free(r->guid);
}

/* Every '&'-separated part of want occurs in got. */
static int has_all(const char *got, const char *want)
{
    char part[128];

    while (*want) {
        size_t n = strcspn(want, "&");
        if (n >= sizeof(part))
            return 0;
        memcpy(part, want, n);
        part[n] = '\0';
        if (!strstr(got, part))
            return 0;
        want += n + (want[n] == '&');
    }
    return 1;
}

static const char *outcome_name(enum outcome o)
{
    return o == WALKED ? "walked" : o == STOPPED ? "stopped" : "build failed";
}

static void print_result(const struct hcase *hc, const struct run *r)
{
    fprintf(stderr, "\n  case %s: rc %d, %u blobs judged, stopped %d at %u: \"%s\", error \"%s\"\n",
            hc->name, r->rc, r->res.n, r->res.stopped, r->res.stop_offset, r->res.stop_reason,
            r->out.error);
    for (uint32_t i = 0; i < r->res.n && i < 8; i++)
        fprintf(stderr, "    blob %u at %u: type %u size %u \"%s\" %s \"%s\"\n", i,
                r->res.blobs[i].offset, r->res.blobs[i].type, r->res.blobs[i].size,
                r->res.blobs[i].name, r->res.blobs[i].accepted ? "accepted" : "rejected",
                r->res.blobs[i].reason);
}

#define CHECK(cond, ...) check_at(!!(cond), __LINE__, __VA_ARGS__)
static int check_at(int ok, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int check_at(int ok, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;

    if (ok) {
        CU_assertImplementation(CU_TRUE, (unsigned)line, "check", __FILE__, "", CU_FALSE);
        return 1;
    }
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n  FAILED: %s\n", msg);
    CU_assertImplementation(CU_FALSE, (unsigned)line, msg, __FILE__, "", CU_FALSE);
    return 0;
}

static void test_case(const struct hcase *hc)
{
    struct run r;
    char why[512];
    int ok = 1;

    if (!CHECK(run_case(hc, &r) == 0, "%s: %s", hc->name, r.setup_error)) {
        free_run(&r);
        return;
    }
    struct dm_set_expect e = {
        .base = BASE, .region = REGION, .base_sigs = base_sigs, .n_base_sigs = 3,
        .taken = taken, .n_taken = 5, .policy = &r.policy, .oem_id = "Xen", .poison = POISON,
    };

    if (hc->outcome == FAILED) {
        ok &= CHECK(r.rc == -1, "%s: acpi_guest_build_dm returned %d, want -1", hc->name, r.rc);
        ok &= CHECK(has_all(r.out.error, hc->why), "%s: error \"%s\" does not say \"%s\"",
                    hc->name, r.out.error, hc->why);
        ok &= CHECK(dm_check_failed(&e, r.image, &r.out, why, sizeof(why)) == 0, "%s: %s",
                    hc->name, why);
    } else {
        ok &= CHECK(r.rc == 0, "%s: acpi_guest_build_dm failed: %s", hc->name, r.out.error);
        int stopped = hc->outcome == STOPPED;
        ok &= CHECK(r.res.stopped == stopped, "%s: %s, want %s", hc->name,
                    outcome_name(r.res.stopped ? STOPPED : WALKED), outcome_name(hc->outcome));
        if (stopped)
            ok &= CHECK(has_all(r.res.stop_reason, hc->why),
                        "%s: stop reason \"%s\" does not say \"%s\"", hc->name,
                        r.res.stop_reason, hc->why);
        if (r.rc == 0)
            ok &= CHECK(dm_check_set(&e, r.image, &r.out, &r.res, r.area, r.area_len, why,
                                     sizeof(why)) == 0, "%s: %s", hc->name, why);
    }
    ok &= CHECK(r.res.n == hc->n, "%s: %u blobs judged, want %u", hc->name, r.res.n, hc->n);
    const struct verdict *v = NULL;
    for (uint32_t i = 0; i < r.res.n && i < hc->n; i++) {
        if (i < 8 && hc->v[i].k != V_END)
            v = &hc->v[i];
        if (i + 1 == hc->n && hc->last.k != V_END)
            v = &hc->last;
        if (!v)
            break;
        const struct acpi_dm_blob *b = &r.res.blobs[i];
        if (v->k == V_OK)
            ok &= CHECK(b->accepted, "%s: blob %u rejected (\"%s\"), want accepted", hc->name,
                        i, b->reason);
        else
            ok &= CHECK(!b->accepted && has_all(b->reason, v->why),
                        "%s: blob %u %s \"%s\", want rejected saying \"%s\"", hc->name, i,
                        b->accepted ? "accepted" : "rejected", b->reason, v->why);
    }
    if (!ok || getenv("DM_HOSTILE_VERBOSE"))
        print_result(hc, &r);
    free_run(&r);
}

/* One CUnit test per row: CU_TestFunc takes no argument. */
#define T1(i) static void t##i(void) { if ((i) < N_CASES) test_case(&cases[i]); }
#define T10(i) T1(i##0) T1(i##1) T1(i##2) T1(i##3) T1(i##4) T1(i##5) T1(i##6) T1(i##7) \
    T1(i##8) T1(i##9)
T1(0) T1(1) T1(2) T1(3) T1(4) T1(5) T1(6) T1(7) T1(8) T1(9)
T10(1) T10(2) T10(3) T10(4) T10(5) T10(6) T10(7) T10(8) T10(9) T10(10) T10(11)
#define F10(i) t##i##0, t##i##1, t##i##2, t##i##3, t##i##4, t##i##5, t##i##6, t##i##7, \
    t##i##8, t##i##9
static CU_TestFunc const trampolines[] = {
    t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, F10(1), F10(2), F10(3), F10(4), F10(5), F10(6),
    F10(7), F10(8), F10(9), F10(10), F10(11),
};

/* ---- the xenstore numbers and the area's place in guest memory ---------------- */

struct num_case {
    const char *s;
    size_t len;                 /* 0: strlen */
    int ok;
    uint64_t value;
    const char *why;            /* for errors: substrings, '&'-separated */
};

static const struct num_case numbers[] = {
    { "0", 0, 1, 0, NULL },
    { "4096", 0, 1, 4096, NULL },
    { "0x7F000000", 0, 1, 0x7F000000u, NULL },
    { "0XfeDC", 0, 1, 0xFEDC, NULL },
    { "18446744073709551615", 0, 1, UINT64_MAX, NULL },
    { "0xFFFFFFFFFFFFFFFF", 0, 1, UINT64_MAX, NULL },
    { "0x0000000000000001", 0, 1, 1, NULL },    /* 16 digits, zeros included */
    { "123456", 3, 1, 123, NULL },              /* only len bytes are read */
    { "", 0, 0, 0, "empty" },
    { "0x", 0, 0, 0, "no hex digit after 0x" },
    { "0X", 0, 0, 0, "no hex digit after 0x" },
    { "-1", 0, 0, 0, "\"-1\"&byte 0 is not a decimal digit" },
    { "+1", 0, 0, 0, "byte 0 is not a decimal digit" },
    { "012", 0, 0, 0, "\"012\"&leading zero" },
    { "00", 0, 0, 0, "leading zero" },
    { " 1", 0, 0, 0, "byte 0 is not a decimal digit" },
    { "1 ", 0, 0, 0, "byte 1 is not a decimal digit" },
    { "1\n", 0, 0, 0, "\"1\\x0A\"&byte 1 is not a decimal digit" },
    { "1\0" "2", 3, 0, 0, "\"1\\x002\"&byte 1 is not a decimal digit" },
    { "0x1g", 0, 0, 0, "byte 3 is not a hex digit" },
    { "0x-1", 0, 0, 0, "byte 2 is not a hex digit" },
    { "12a", 0, 0, 0, "byte 2 is not a decimal digit" },
    { "0x0x1", 0, 0, 0, "byte 3 is not a hex digit" },
    { "18446744073709551616", 0, 0, 0, "larger than 2^64-1" },         /* 2^64 */
    { "99999999999999999999999", 0, 0, 0, "larger than 2^64-1" },
    { "0x10000000000000000", 0, 0, 0, "more than 16 hex digits" },    /* 17 digits */
    { "0x00000000000000001", 0, 0, 0, "more than 16 hex digits" },    /* 17, fits 64 bits */
    { "1e3", 0, 0, 0, "byte 1 is not a decimal digit" },
};

static void test_parse_number(void)
{
    for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
        const struct num_case *nc = &numbers[i];
        size_t len = nc->len ? nc->len : strlen(nc->s);
        char err[160] = "";
        uint64_t v = 0xDEADBEEF;
        /* The string in a heap block of exactly len bytes: no NUL to lean on. */
        char *s = xmalloc(len);
        memcpy(s, nc->s, len);
        int rc = acpi_dm_parse_number(s, len, "dm-acpi/length", &v, err, sizeof(err));
        free(s);
        if (nc->ok)
            CHECK(rc == 0 && v == nc->value, "parse_number(\"%s\", %zu): rc %d value %llu, "
                  "want %llu (%s)", nc->s, len, rc, (unsigned long long)v,
                  (unsigned long long)nc->value, err);
        else
            CHECK(rc == -1 && strstr(err, "dm-acpi/length") && has_all(err, nc->why),
                  "parse_number(\"%s\", %zu): rc %d value %llu err \"%s\", want -1 and an "
                  "error naming dm-acpi/length saying \"%s\"", nc->s, len, rc,
                  (unsigned long long)v, err, nc->why);
    }
}

struct area_case {
    uint64_t address, length;
    uint32_t max_area;          /* 0: default */
    int ok;
    const char *why;
};

static const struct area_case areas[] = {
    { 0xFC000000u, 4096, 0, 1, NULL },
    { 0xFFFFF000u, 4096, 0, 1, NULL },          /* ends exactly at 4 GiB */
    { 0xFFFFFFFFu, 1, 0, 1, NULL },
    { 0x80000000u, ACPI_DM_AREA_MAX_DEFAULT, 0, 1, NULL },
    { 0xFFFFF000u, 4097, 0, 0, "0xFFFFF000&4097&4 GiB" },  /* one byte past 4 GiB */
    { 0xFFFFFFFFu, 2, 0, 0, "0xFFFFFFFF&4 GiB" },
    /* address + length wraps 32 bits (to 0xFFFFFFFE, 1): only the limit
     * lets such lengths through to the 4 GiB check */
    { 0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0, "0xFFFFFFFF&4294967295&4 GiB" },
    { 0x80000000u, 0x80000001u, 0xFFFFFFFFu, 0, "0x80000000&2147483649&4 GiB" },
    { 0x100000000ull, 16, 0, 0, "0x100000000&4 GiB" },       /* above 4 GiB */
    { UINT64_MAX, 2, 0, 0, "0xFFFFFFFFFFFFFFFF&4 GiB" },     /* wraps 64 bits */
    { UINT64_MAX - 0xFFF, 0x2000, 0, 0, "0xFFFFFFFFFFFFF000&4 GiB" },
    { 0x80000000u, 0, 0, 0, "length is 0" },
    { 0x80000000u, ACPI_DM_AREA_MAX_DEFAULT + 1u, 0, 0, "1048577&1048576" },
    { 0x80000000u, 4096, 4095, 0, "4096&4095" },
    { 0x80000000u, 4095, 4095, 1, NULL },
    { 0x80000000u, UINT64_MAX, 0, 0, "18446744073709551615" },
};

static void test_check_area(void)
{
    for (size_t i = 0; i < sizeof(areas) / sizeof(areas[0]); i++) {
        const struct area_case *ac = &areas[i];
        struct acpi_dm_policy p;
        char err[160] = "";

        acpi_dm_policy_init(&p);
        if (ac->max_area)
            p.max_area = ac->max_area;
        int rc = acpi_dm_check_area(ac->address, ac->length, &p, err, sizeof(err));
        if (ac->ok)
            CHECK(rc == 0, "check_area(0x%llx, %llu): rc %d (%s), want 0",
                  (unsigned long long)ac->address, (unsigned long long)ac->length, rc, err);
        else
            CHECK(rc == -1 && has_all(err, ac->why), "check_area(0x%llx, %llu): rc %d \"%s\", "
                  "want -1 saying \"%s\"", (unsigned long long)ac->address,
                  (unsigned long long)ac->length, rc, err, ac->why);
    }
}

/* The policy itself cannot be talked into taking an owned signature. */
static void test_policy(void)
{
    struct acpi_dm_policy p;
    char err[160];

    acpi_dm_policy_init(&p);
    for (unsigned i = 0; i < dm_n_owned_sigs; i++) {
        err[0] = '\0';
        int rc = acpi_dm_policy_allow(&p, dm_owned_sigs[i], err, sizeof(err));
        /* "RSD " is refused as malformed before it is found owned. */
        const char *want = strchr(dm_owned_sigs[i], ' ') ? "is not 4 characters" : "rule 1";
        CHECK(rc == -1 && strstr(err, dm_owned_sigs[i]) && strstr(err, want),
              "allow(\"%s\"): rc %d \"%s\", want -1 saying %s", dm_owned_sigs[i], rc, err, want);
    }
    static const char *const bad[] = { "", "NFI", "NFITX", "NF\x01T", "NF T" };
    for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        err[0] = '\0';
        int rc = acpi_dm_policy_allow(&p, bad[i], err, sizeof(err));
        CHECK(rc == -1 && strstr(err, "is not 4 characters"), "allow(\"%s\"): rc %d \"%s\", "
              "want -1: not 4 characters", bad[i], rc, err);
    }
    CHECK(p.n_allow == 0, "rejected signatures were added: n_allow %u", p.n_allow);
    char sig[5];
    for (unsigned i = 0; i < ACPI_DM_MAX_ALLOW; i++) {
        seq_name(sig, 'T', i);
        CHECK(acpi_dm_policy_allow(&p, sig, err, sizeof(err)) == 0, "allow(%s): %s", sig, err);
    }
    err[0] = '\0';
    CHECK(acpi_dm_policy_allow(&p, "NFIT", err, sizeof(err)) == -1 && has_all(err, "NFIT&full"),
          "a 17th signature was allowed (\"%s\")", err);
    CHECK(p.n_allow == ACPI_DM_MAX_ALLOW, "n_allow %u", p.n_allow);
}

/* ---- --dump and --write-corpus ------------------------------------------------ */

static int write_file(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || (n && fwrite(p, 1, n, f) != n) || fclose(f)) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* Every table of every case's set, the RSDP excepted (iasl cannot read a
 * binary RSDP; the catalogue checks it). */
static int dump(const char *dir)
{
    char path[4096];
    int status = 0;

    for (size_t c = 0; c < N_CASES; c++) {
        struct run r;
        if (run_case(&cases[c], &r) != 0 || r.rc != 0) {
            if (cases[c].outcome != FAILED) {
                fprintf(stderr, "%s: %s%s\n", cases[c].name, r.setup_error, r.out.error);
                status = 1;
            }
            free_run(&r);
            continue;
        }
        for (unsigned i = 0; i < r.out.n_tables; i++) {
            const struct acpi_table_info *ti = &r.out.tables[i];
            unsigned same = 0, total = 0;
            if (!strcmp(ti->signature, "RSDP"))
                continue;
            for (unsigned j = 0; j < r.out.n_tables; j++)
                if (!strcmp(r.out.tables[j].signature, ti->signature)) {
                    total++;
                    same += j <= i;
                }
            if (total > 1)
                snprintf(path, sizeof(path), "%s/%s-%s%u.aml", dir, cases[c].name, ti->signature,
                         same);
            else
                snprintf(path, sizeof(path), "%s/%s-%s.aml", dir, cases[c].name, ti->signature);
            if (ti->offset > r.out.image_len || ti->length > r.out.image_len - ti->offset ||
                write_file(path, r.image + ti->offset, ti->length))
                status = 1;
        }
        free_run(&r);
    }
    return status;
}

static int write_corpus(const char *dir)
{
    char path[4096];
    int status = 0;

    for (size_t c = 0; c < N_CASES; c++) {
        struct buf a = { 0 };
        cases[c].build(&a);
        snprintf(path, sizeof(path), "%s/%s.bin", dir, cases[c].name);
        status |= write_file(path, a.p, a.n) != 0;
        free(a.p);
    }
    return status;
}

void register_tests(void)
{
    if (cunit_argc == 3 && !strcmp(cunit_argv[1], "--dump"))
        exit(dump(cunit_argv[2]));
    if (cunit_argc == 3 && !strcmp(cunit_argv[1], "--write-corpus"))
        exit(write_corpus(cunit_argv[2]));
    if (cunit_argc != 1) {
        fprintf(stderr, "usage: %s [--dump DIR | --write-corpus DIR]\n", cunit_argv[0]);
        exit(2);
    }
    if (N_CASES > sizeof(trampolines) / sizeof(trampolines[0]) || N_CASES < 40) {
        fprintf(stderr, "%zu cases: the catalogue needs 40 to %zu\n", N_CASES,
                sizeof(trampolines) / sizeof(trampolines[0]));
        exit(2);
    }

    CU_pSuite s = add_suite("dm-acpi hostile areas");
    for (size_t i = 0; i < N_CASES; i++)
        add_test(s, cases[i].name, trampolines[i]);
    s = add_suite("dm-acpi xenstore values and policy");
    add_test(s, "acpi_dm_parse_number", test_parse_number);
    add_test(s, "acpi_dm_check_area", test_check_area);
    add_test(s, "acpi_dm_policy_allow", test_policy);
}
