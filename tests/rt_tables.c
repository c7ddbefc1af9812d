/*
 * rt_tables.c - writes a few complete AML tables through acpigen/aml.h for
 * the external-tool tests: test_roundtrip.sh (iasl must disassemble and
 * recompile them to the same bytes) and test_acpiexec.sh (the methods must
 * compute the expected values in the ACPICA interpreter).
 *
 * Usage: rt_tables OUTDIR  ->  OUTDIR/dsdt.aml, ssdt1.aml, ssdt2.aml
 *
 * Together the tables call every AML constructor of aml.h; the roundtrip
 * test checks that by grepping this file, so each one must appear here as a
 * call.  Each table is written so that iasl -d gives back ASL that compiles
 * with -on -of to exactly these bytes: externals are grouped in one
 * If (Zero) in the order the disassembler sorts them, integers that must
 * keep their width (slots) are values that need that width anyway, and no
 * Store() wraps an operator that has its own Target (ASL+ would fold it).
 *
 * The expected method results are derived in tests/test_acpiexec.sh; keep
 * the two in step.
 */
#include <acpigen/aml.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OEM_ID "XENACG"

/* ---- small helpers for the two most common statement shapes ------------ */

/* Store (<int>, LocalN) */
static void store_int_local(struct aml_writer *w, uint64_t v, unsigned local)
{
    aml_store(w);
    aml_int(w, v);
    aml_local(w, local);
}

/* If (Zero) { External ... } as iasl emits it; the caller writes the
 * externals and closes the If with aml_end(). */
static void externals_begin(struct aml_writer *w)
{
    aml_if(w);
    aml_int(w, 0);
}

/* ---- DSDT (revision 2: 64-bit integers) -------------------------------- */

static void dsdt_data(struct aml_writer *w)
{
    static const uint8_t buf0[12] = { 0x78, 0x56, 0x34, 0x12, 0xF0, 0xDE,
                                      0xBC, 0x9A, 0x01, 0x02, 0x03, 0x04 };
    static const uint8_t buf1[2] = { 0xAA, 0xBB };

    aml_name_string(w, "VERS", "xen-acpigen");
    aml_name_int(w, "NCPU", 4);
    aml_name_int(w, "BIGN", 0x123456789AULL);
    aml_name_decl(w, "VGIA");
    aml_dword_slot(w, 0xFED00000u);
    aml_name_decl(w, "VGIB");
    aml_qword_slot(w, 0x100000000ULL);
    aml_name_decl(w, "ALL1");
    aml_int(w, UINT64_MAX);                 /* Ones at 64 bits */

    aml_name_decl(w, "PKG0");
    aml_package(w);
        aml_int(w, 0x10);
        aml_int(w, 0x20);
        aml_int(w, 0x30);
        aml_package(w);
            aml_int(w, 0x40);
            aml_int(w, 0x50);
        aml_end(w);
        aml_string(w, "str");
    aml_end(w);
    aml_name_decl(w, "PKG1");
    aml_package_sized(w, 6);
        aml_int(w, 0x0A);
        aml_int(w, 0x0B);
    aml_end(w);

    aml_name_decl(w, "BUF0");
    aml_buffer(w, buf0, sizeof(buf0));
    aml_name_decl(w, "BUF1");
    aml_buffer_sized(w, 16, buf1, sizeof(buf1));
    aml_name_decl(w, "EMPT");
    aml_buffer(w, NULL, 0);
    aml_name_decl(w, "UUID");
    aml_touuid(w, "33db4d5b-1ff7-401c-9657-7441c03dd766");

    aml_alias(w, "NCPU", "NCP2");
    aml_mutex(w, "MTX0", 0);

    aml_operation_region(w, "MREG", AML_SYSTEM_MEMORY);
    aml_int(w, 0xFED10000u);
    aml_int(w, 0x100);
    aml_field(w, "MREG", AML_DWORD_ACC, AML_NO_LOCK, AML_PRESERVE);
        aml_field_unit(w, "FLD0", 32);
        aml_field_reserved(w, 32);
        aml_field_offset(w, 0x10);
        aml_field_unit(w, "FLD1", 8);
    aml_end(w);
    aml_operation_region(w, "IREG", AML_SYSTEM_IO);
    aml_int(w, 0x810);
    aml_int(w, 0x08);
    aml_field(w, "IREG", AML_BYTE_ACC, AML_LOCK, AML_WRITE_AS_ZEROS);
        aml_field_unit(w, "IFL0", 8);
    aml_end(w);
}

static void dsdt_devices(struct aml_writer *w)
{
    static const uint32_t gsis[3] = { 5, 10, 0x20 };
    const struct aml_addr_space bus = {
        .granularity = 0, .min = 0, .max = 0xFF, .translation = 0, .length = 0x100,
        .min_fixed = 1, .max_fixed = 1,
    };
    const struct aml_addr_space io = {
        .granularity = 0, .min = 0, .max = 0xCF7, .translation = 0, .length = 0xCF8,
        .min_fixed = 1, .max_fixed = 1,
    };
    const struct aml_addr_space mem32 = {
        .granularity = 0, .min = 0xA0000, .max = 0xBFFFF, .translation = 0, .length = 0x20000,
        .min_fixed = 1, .max_fixed = 1,
    };
    const struct aml_addr_space mem64 = {
        .granularity = 0, .min = 0x800000000ULL, .max = 0xFFFFFFFFFULL, .translation = 0,
        .length = 0x800000000ULL, .min_fixed = 1, .max_fixed = 1,
    };

    aml_power_resource(w, "PRS0", 0, 0);
        aml_method(w, "_STA", 0, AML_NOT_SERIALIZED, 0);
            aml_return(w);
            aml_int(w, 1);
        aml_end(w);
        aml_method(w, "_ON", 0, AML_NOT_SERIALIZED, 0);
            aml_sleep(w);
            aml_int(w, 0x0A);
        aml_end(w);
        aml_method(w, "_OFF", 0, AML_NOT_SERIALIZED, 0);
            aml_store(w);
            aml_string(w, "PRS0 off");
            aml_debug(w);
        aml_end(w);
    aml_end(w);

    aml_scope(w, "\\_SB");
        aml_processor(w, "CPU0", 0, 0x810, 6);
            aml_name_int(w, "_STA", 0x0F);
        aml_end(w);
        aml_device(w, "PCI0");
            aml_name_decl(w, "_HID");
            aml_eisaid(w, "PNP0A03");
            aml_name_int(w, "_UID", 0);
            aml_name_decl(w, "_CRS");
            aml_resource_template(w);
                aml_rt_word_bus_number(w, &bus);
                aml_rt_io(w, 1, 0xCF8, 0xCF8, 1, 8);
                aml_rt_dword_io(w, &io);
                aml_rt_dword_memory(w, &mem32, AML_CACHEABLE, 1);
                aml_rt_qword_memory(w, &mem64, AML_PREFETCHABLE, 1);
                aml_rt_memory32_fixed(w, 0, 0xFED00000u, 0x400);
                aml_rt_irq_noflags(w, (1u << 0) | (1u << 8));
                aml_rt_interrupt(w, AML_RT_CONSUMER | AML_RT_SHARED, gsis, 3);
                aml_rt_register(w, 1 /* SystemIO */, 8, 0, 0x810, 1);
            aml_end(w);
            aml_method(w, "_STA", 0, AML_NOT_SERIALIZED, 0);
                aml_return(w);
                aml_int(w, 0x0F);
            aml_end(w);
        aml_end(w);
    aml_end(w);
}

/* ADD2 (a, b) = a + b; SUMP (pkg) = sum of the integers in pkg. */
static void dsdt_helpers(struct aml_writer *w)
{
    aml_method(w, "ADD2", 2, AML_NOT_SERIALIZED, 0);
        aml_return(w);
        aml_add(w); aml_arg(w, 0); aml_arg(w, 1); aml_null_target(w);
    aml_end(w);

    aml_method(w, "SUMP", 1, AML_NOT_SERIALIZED, 0);
        store_int_local(w, 0, 0);
        store_int_local(w, 0, 1);
        aml_store(w); aml_sizeof(w); aml_arg(w, 0); aml_local(w, 2);
        aml_while(w);
        aml_lless(w); aml_local(w, 1); aml_local(w, 2);
            aml_add(w);
                aml_local(w, 0);
                aml_derefof(w);
                aml_index(w); aml_arg(w, 0); aml_local(w, 1); aml_null_target(w);
                aml_local(w, 0);
            aml_increment(w); aml_local(w, 1);
        aml_end(w);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}

static void dsdt_tadd(struct aml_writer *w)
{
    aml_method(w, "TADD", 0, AML_NOT_SERIALIZED, 0);
        aml_store(w);
        aml_call(w, "ADD2", 2); aml_int(w, 0x1234); aml_int(w, 0x4321);
        aml_local(w, 0);
        aml_add(w); aml_local(w, 0); aml_int(w, 0x100); aml_local(w, 0);
        aml_subtract(w); aml_local(w, 0); aml_int(w, 0x55); aml_local(w, 1);
        aml_multiply(w); aml_local(w, 1); aml_int(w, 3); aml_local(w, 1);
        aml_and(w); aml_local(w, 1); aml_int(w, 0xFF00); aml_local(w, 2);
        aml_or(w); aml_local(w, 2); aml_int(w, 0x0F); aml_local(w, 2);
        aml_xor(w); aml_local(w, 2); aml_int(w, 0xFF); aml_local(w, 2);
        aml_shift_left(w); aml_local(w, 2); aml_int(w, 4); aml_local(w, 3);
        aml_shift_right(w); aml_local(w, 3); aml_int(w, 8); aml_local(w, 3);
        aml_not(w); aml_local(w, 3); aml_local(w, 4);
        aml_and(w); aml_local(w, 4); aml_int(w, 0xF0F0); aml_local(w, 4);
        aml_increment(w); aml_local(w, 4);
        aml_decrement(w); aml_local(w, 3);
        aml_return(w);
        aml_add(w); aml_local(w, 4); aml_local(w, 3); aml_null_target(w);
    aml_end(w);
}

/* Add (Local1, <next term>, Local1): the caller writes the middle operand. */
static void add_to_local1(struct aml_writer *w)
{
    aml_add(w);
    aml_local(w, 1);
}

static void dsdt_tpkg(struct aml_writer *w)
{
    aml_method(w, "TPKG", 0, AML_NOT_SERIALIZED, 0);
        aml_store(w);
        aml_derefof(w);
        aml_index(w); aml_name(w, "PKG0"); aml_int(w, 3); aml_null_target(w);
        aml_local(w, 0);
        aml_store(w);
        aml_derefof(w);
        aml_index(w); aml_local(w, 0); aml_int(w, 1); aml_null_target(w);
        aml_local(w, 1);
        add_to_local1(w); aml_sizeof(w); aml_name(w, "PKG0"); aml_local(w, 1);
        add_to_local1(w); aml_sizeof(w); aml_local(w, 0); aml_local(w, 1);
        aml_store(w);
        aml_int(w, 0x77);
        aml_index(w); aml_name(w, "PKG1"); aml_int(w, 5); aml_null_target(w);
        add_to_local1(w);
        aml_derefof(w);
        aml_index(w); aml_name(w, "PKG1"); aml_int(w, 5); aml_null_target(w);
        aml_local(w, 1);
        aml_index(w); aml_name(w, "PKG0"); aml_int(w, 2); aml_local(w, 2);
        add_to_local1(w); aml_derefof(w); aml_local(w, 2); aml_local(w, 1);
        aml_store(w); aml_refof(w); aml_name(w, "NCPU"); aml_local(w, 3);
        add_to_local1(w); aml_derefof(w); aml_local(w, 3); aml_local(w, 1);
        add_to_local1(w);
        aml_call(w, "SUMP", 1);
        aml_package(w);
            aml_int(w, 0x11);
            aml_int(w, 0x22);
            aml_int(w, 0x33);
            aml_int(w, 0x100);
        aml_end(w);
        aml_local(w, 1);
        aml_return(w); aml_local(w, 1);
    aml_end(w);
}

static void dsdt_tbuf(struct aml_writer *w)
{
    static const uint8_t tail[2] = { 0x11, 0x22 };

    /* Serialized: it creates named buffer fields. */
    aml_method(w, "TBUF", 0, AML_SERIALIZED, 0);
        aml_create_dword_field(w, "DW00"); aml_name(w, "BUF0"); aml_int(w, 0);
        aml_create_qword_field(w, "QW00"); aml_name(w, "BUF0"); aml_int(w, 4);
        aml_to_buffer(w); aml_name(w, "DW00"); aml_local(w, 0);
        aml_concatenate(w); aml_local(w, 0); aml_buffer(w, tail, sizeof(tail)); aml_local(w, 1);
        aml_store(w); aml_sizeof(w); aml_local(w, 1); aml_local(w, 2);
        aml_create_dword_field(w, "DW01"); aml_local(w, 1); aml_int(w, 6);
        aml_to_integer(w); aml_string(w, "0x1F"); aml_local(w, 3);
        aml_add(w); aml_local(w, 2); aml_local(w, 3); aml_local(w, 2);
        aml_add(w); aml_local(w, 2); aml_name(w, "DW01"); aml_local(w, 2);
        aml_and(w); aml_name(w, "QW00"); aml_int(w, 0xFFFF); aml_local(w, 4);
        aml_add(w); aml_local(w, 2); aml_local(w, 4); aml_local(w, 2);
        aml_return(w); aml_local(w, 2);
    aml_end(w);
}

static void dsdt_twhl(struct aml_writer *w)
{
    aml_method(w, "TWHL", 0, AML_NOT_SERIALIZED, 0);
        store_int_local(w, 0, 0);
        store_int_local(w, 0, 1);
        aml_while(w);
        aml_int(w, 1);
            aml_increment(w); aml_local(w, 0);
            aml_if(w);
            aml_lor(w);
                aml_lless(w); aml_local(w, 0); aml_int(w, 1);
                aml_lgreater(w); aml_local(w, 0); aml_int(w, 0x0A);
                aml_break(w);
            aml_end(w);
            aml_if(w);
            aml_land(w);
                aml_lequal(w);
                    aml_and(w); aml_local(w, 0); aml_int(w, 1); aml_null_target(w);
                    aml_int(w, 0);
                aml_lnot(w);
                    aml_lequal(w); aml_local(w, 0); aml_int(w, 4);
                aml_add(w); aml_local(w, 1); aml_local(w, 0); aml_local(w, 1);
            aml_end(w);
            aml_else(w);
                aml_add(w);
                aml_local(w, 1);
                aml_multiply(w); aml_local(w, 0); aml_int(w, 3); aml_null_target(w);
                aml_local(w, 1);
            aml_end(w);
        aml_end(w);
        aml_return(w); aml_local(w, 1);
    aml_end(w);
}

static void dsdt_main(struct aml_writer *w)
{
    static const char *const tests[4] = { "TADD", "TPKG", "TBUF", "TWHL" };

    aml_method(w, "MAIN", 0, AML_NOT_SERIALIZED, 0);
        for (unsigned i = 0; i < 4; i++) {
            aml_store(w);
            aml_call(w, tests[i], 0);
            aml_local(w, i);
        }
        aml_multiply(w); aml_local(w, 0); aml_int(w, 3); aml_local(w, 4);
        aml_xor(w); aml_local(w, 4); aml_local(w, 1); aml_local(w, 4);
        aml_shift_left(w); aml_local(w, 4); aml_int(w, 1); aml_local(w, 4);
        aml_add(w); aml_local(w, 4); aml_local(w, 2); aml_local(w, 4);
        aml_subtract(w); aml_local(w, 4); aml_local(w, 3); aml_local(w, 4);
        store_int_local(w, 5, 5);
        store_int_local(w, 0, 6);
        aml_while(w);
        aml_lgreater(w); aml_local(w, 5); aml_int(w, 0);
            aml_store(w);
            aml_call(w, "ADD2", 2); aml_local(w, 6); aml_local(w, 5);
            aml_local(w, 6);
            aml_decrement(w); aml_local(w, 5);
            aml_if(w);
            aml_lequal(w); aml_local(w, 6); aml_int(w, 0x0C);
                aml_break(w);
            aml_end(w);
        aml_end(w);
        aml_add(w); aml_local(w, 4); aml_local(w, 6); aml_local(w, 4);
        aml_if(w);
        aml_lnot(w); aml_acquire(w, 0x64); aml_name(w, "MTX0");
            aml_store(w); aml_int(w, 0x1234); aml_name(w, "FLD0");
            aml_add(w); aml_local(w, 4); aml_name(w, "FLD0"); aml_local(w, 4);
            aml_release(w); aml_name(w, "MTX0");
        aml_end(w);
        aml_else(w);
            store_int_local(w, 0xDEAD, 4);
        aml_end(w);
        aml_notify(w); aml_name(w, "\\_SB.PCI0"); aml_int(w, 0);
        aml_store(w); aml_local(w, 4); aml_debug(w);
        aml_return(w); aml_local(w, 4);
    aml_end(w);
}

static void build_dsdt(struct aml_writer *w)
{
    aml_definition_block(w, "DSDT", 2, OEM_ID, "RTDSDT", 2);
    dsdt_data(w);
    dsdt_devices(w);
    dsdt_helpers(w);
    dsdt_tadd(w);
    dsdt_tpkg(w);
    dsdt_tbuf(w);
    dsdt_twhl(w);
    dsdt_main(w);
    aml_end(w);
}

/* ---- SSDT1 (revision 1: 32-bit integers) ------------------------------- */

static void build_ssdt1(struct aml_writer *w)
{
    aml_definition_block(w, "SSDT", 1, OEM_ID, "RTSSDT1", 1);
    externals_begin(w);
        aml_external(w, "\\_SB.PCI0", AML_OBJ_DEVICE, 0);
        aml_external(w, "\\ADD2", AML_OBJ_METHOD, 2);
        aml_external(w, "\\NCPU", AML_OBJ_INT, 0);
    aml_end(w);
    aml_name_decl(w, "W32A");
    aml_int(w, 0xFFFFFFFFu);                /* Ones at 32 bits */
    aml_name_decl(w, "W32B");
    aml_dword_slot(w, 0xFC000000u);
    aml_scope(w, "\\_SB.PCI0");
        aml_device(w, "S32D");
            aml_name_int(w, "_ADR", 0x00030000);
        aml_end(w);
    aml_end(w);
    aml_method(w, "T32", 0, AML_SERIALIZED, 3);
        aml_store(w);
        aml_call(w, "ADD2", 2); aml_name(w, "NCPU"); aml_int(w, 0x100);
        aml_local(w, 0);
        aml_if(w);
        aml_lequal(w); aml_name(w, "W32A"); aml_int(w, 0xFFFFFFFFu);
            aml_add(w); aml_local(w, 0); aml_int(w, 0x1000); aml_local(w, 0);
        aml_end(w);
        aml_shift_right(w); aml_name(w, "W32B"); aml_int(w, 0x10); aml_local(w, 1);
        aml_add(w); aml_local(w, 0); aml_local(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
    aml_end(w);
}

/* ---- SSDT2 (revision 2): references into the DSDT ---------------------- */

static void build_ssdt2(struct aml_writer *w)
{
    aml_definition_block(w, "SSDT", 2, OEM_ID, "RTSSDT2", 3);
    externals_begin(w);
        aml_external(w, "\\_SB.PCI0", AML_OBJ_DEVICE, 0);
        aml_external(w, "\\FLD0", AML_OBJ_FIELD_UNIT, 0);
        aml_external(w, "\\MTX0", AML_OBJ_MUTEX, 0);
        aml_external(w, "\\TADD", AML_OBJ_METHOD, 0);
    aml_end(w);
    aml_name_decl(w, "VGIQ");
    aml_qword_slot(w, 0x200000000ULL);
    aml_scope(w, "\\_SB");
        aml_device(w, "C001");
            aml_name_string(w, "_HID", "ACPI0007");
            /* Name (_UID, One) as bytes, as a device-model body arrives. */
            static const uint8_t uid_one[] = { 0x08, '_', 'U', 'I', 'D', 0x01 };
            aml_raw_terms(w, uid_one, sizeof(uid_one));
            aml_method(w, "_STA", 0, AML_NOT_SERIALIZED, 0);
                aml_return(w);
                aml_int(w, 0x0F);
            aml_end(w);
        aml_end(w);
    aml_end(w);
    aml_method(w, "TEXT", 0, AML_SERIALIZED, 0);
        store_int_local(w, 0, 0);
        aml_if(w);
        aml_lnot(w); aml_acquire(w, 0xFFFF); aml_name(w, "\\MTX0");
            aml_store(w); aml_int(w, 0xABC); aml_name(w, "\\FLD0");
            aml_store(w); aml_name(w, "\\FLD0"); aml_local(w, 0);
            aml_release(w); aml_name(w, "\\MTX0");
        aml_end(w);
        aml_add(w); aml_local(w, 0); aml_call(w, "\\TADD", 0); aml_local(w, 0);
        aml_notify(w); aml_name(w, "\\_SB.C001"); aml_int(w, 0x81);
        aml_notify(w); aml_name(w, "\\_SB.PCI0"); aml_int(w, 1);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
    aml_end(w);
}

/* ---- driver ------------------------------------------------------------- */

/* realloc-backed growth, so the DSDT also goes through the grow path. */
static uint8_t *grow(void *ctx, uint8_t *buf, size_t len, size_t need, size_t *cap)
{
    (void)ctx;
    (void)len;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    uint8_t *p = realloc(buf, n);
    if (p)
        *cap = n;
    return p;
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Cheap sanity checks the external tools would report less clearly. */
static int check_table(const char *file, const uint8_t *aml, size_t len)
{
    uint8_t sum = 0;

    for (size_t i = 0; i < len; i++)
        sum = (uint8_t)(sum + aml[i]);
    if (len < 36 || le32(aml + 4) != len || sum != 0) {
        fprintf(stderr, "rt_tables: %s: bad header (len %zu, Length %u, sum 0x%02x)\n", file,
                len, len >= 36 ? le32(aml + 4) : 0, sum);
        return -1;
    }
    return 0;
}

static int check_slot(const char *file, const struct aml_writer *w, int slot, uint64_t value,
                      unsigned bytes)
{
    uint64_t got = 0;

    if (slot >= 0) {
        const uint8_t *p = aml_writer_buf(w) + aml_slot_offset(w, slot);
        for (unsigned i = 0; i < bytes; i++)
            got |= (uint64_t)p[i] << (8 * i);
    }
    if (slot < 0 || got != value) {
        fprintf(stderr, "rt_tables: %s: slot %d holds 0x%llx, want 0x%llx\n", file, slot,
                (unsigned long long)got, (unsigned long long)value);
        return -1;
    }
    return 0;
}

static int write_file(const char *dir, const char *file, const uint8_t *aml, size_t len)
{
    char path[4096];
    FILE *f;

    if (snprintf(path, sizeof(path), "%s/%s", dir, file) >= (int)sizeof(path)) {
        fprintf(stderr, "rt_tables: path too long\n");
        return -1;
    }
    f = fopen(path, "wb");
    if (!f || fwrite(aml, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "rt_tables: %s: %s\n", path, strerror(errno));
        return -1;
    }
    printf("%s: %zu bytes\n", path, len);
    return 0;
}

struct table {
    const char *file;
    void (*build)(struct aml_writer *w);
    int grow;   /* start from a tiny heap buffer instead of a fixed one */
};

static int emit(const char *dir, const struct table *t)
{
    static uint8_t fixed[16384];
    struct aml_writer w;
    size_t len = 0;
    int rc = -1;

    if (t->grow) {
        uint8_t *b = malloc(64);
        if (!b)
            return -1;
        aml_writer_init(&w, b, 64);
        aml_writer_set_grow(&w, grow, NULL);
    } else {
        aml_writer_init(&w, fixed, sizeof(fixed));
    }
    t->build(&w);
    if (aml_writer_finish(&w, &len) != AML_OK) {
        fprintf(stderr, "rt_tables: %s: writer error %d: %s\n", t->file, (int)aml_error(&w),
                aml_errmsg(&w));
    } else if (len != aml_writer_len(&w)) {
        fprintf(stderr, "rt_tables: %s: finish says %zu bytes, writer_len %zu\n", t->file, len,
                aml_writer_len(&w));
    } else if (check_table(t->file, aml_writer_buf(&w), len) == 0) {
        rc = write_file(dir, t->file, aml_writer_buf(&w), len);
    }
    if (t->grow)
        free(aml_writer_buf(&w));
    return rc;
}

/* The slots are checked separately: their ids are only known while writing.
 * The long string makes the Package's PkgLength grow to two bytes when it
 * is closed, so the slot after it has to move. */
static int check_slots(void)
{
    static uint8_t b[256];
    struct aml_writer w;
    size_t len;

    aml_writer_init(&w, b, sizeof(b));
    aml_definition_block(&w, "SSDT", 2, OEM_ID, "SLOTS", 1);
    aml_scope(&w, "\\_SB");
    aml_name_decl(&w, "SLTA");
    int a = aml_dword_slot(&w, 0xFED00000u);
    aml_name_decl(&w, "SLTB");
    aml_package(&w);
    aml_string(&w, "0123456789012345678901234567890123456789012345678901234567890123456789");
    int c = aml_qword_slot(&w, 0x100000000ULL);
    aml_end(&w);
    aml_end(&w);
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK) {
        fprintf(stderr, "rt_tables: slots: writer error: %s\n", aml_errmsg(&w));
        return -1;
    }
    return check_slot("slots", &w, a, 0xFED00000u, 4) |
           check_slot("slots", &w, c, 0x100000000ULL, 8);
}

int main(int argc, char **argv)
{
    static const struct table tables[] = {
        { "dsdt.aml", build_dsdt, 1 },
        { "ssdt1.aml", build_ssdt1, 0 },
        { "ssdt2.aml", build_ssdt2, 0 },
    };
    int rc = 0;

    if (argc != 2) {
        fprintf(stderr, "usage: rt_tables OUTDIR\n");
        return 2;
    }
    for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
        if (emit(argv[1], &tables[i]) != 0)
            rc = 1;
    if (check_slots() != 0)
        rc = 1;
    return rc;
}
