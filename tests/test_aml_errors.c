/*
 * test_aml_errors.c - every way to misuse the AML writer gives its own error.
 *
 * Each case runs in a buffer followed by a guard region; after the error the
 * guard must be untouched, the error code and a message naming the problem
 * must be the expected ones, and the error must be sticky.  A reference
 * table is also written into buffers cut at every possible size: each
 * too-small one fails cleanly, the exact size succeeds.
 */
#include "cunit_main.h"

#include <acpigen/aml.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GUARD 64
#define GUARD_BYTE 0xA5

typedef void (*emit_fn)(struct aml_writer *w);

static uint8_t *new_buf(size_t cap)
{
    uint8_t *b = malloc(cap + GUARD);
    CU_ASSERT_FATAL(b != NULL);
    memset(b, GUARD_BYTE, cap + GUARD);
    return b;
}

static int guard_intact(const uint8_t *b, size_t cap)
{
    for (size_t i = 0; i < GUARD; i++)
        if (b[cap + i] != GUARD_BYTE)
            return 0;
    return 1;
}

/* Run fn in a 4 KiB buffer and check the error it must produce. */
static void expect(emit_fn fn, enum aml_error code, const char *needle)
{
    const size_t cap = 4096;
    uint8_t *b = new_buf(cap);
    struct aml_writer w;
    size_t len = 12345;

    aml_writer_init(&w, b, cap);
    fn(&w);
    enum aml_error e = aml_writer_finish(&w, &len);
    if (e != code || !strstr(aml_errmsg(&w), needle))
        fprintf(stderr, "\n  got error %d \"%s\", want %d containing \"%s\"\n", e,
                aml_errmsg(&w), code, needle);
    CU_ASSERT_EQUAL(e, code);
    CU_ASSERT_PTR_NOT_NULL(strstr(aml_errmsg(&w), needle));
    CU_ASSERT_EQUAL(len, 12345);            /* no length reported on error */
    CU_ASSERT(guard_intact(b, cap));

    /* Sticky: later calls neither write nor replace the first message. */
    char first[AML_MSG_MAX];
    size_t before = aml_writer_len(&w);
    snprintf(first, sizeof(first), "%s", aml_errmsg(&w));
    aml_scope(&w, "lower");
    aml_int(&w, 5);
    aml_end(&w);
    CU_ASSERT_EQUAL(aml_error(&w), code);
    CU_ASSERT_STRING_EQUAL(aml_errmsg(&w), first);
    CU_ASSERT_EQUAL(aml_writer_len(&w), before);
    free(b);
}

static void in_method(struct aml_writer *w, unsigned argc)
{
    aml_method(w, "TEST", argc, AML_NOT_SERIALIZED, 0);
}

/* ---- names ---------------------------------------------------------------- */

static void e_bad_char(struct aml_writer *w) { aml_device(w, "A-B"); }
static void e_lowercase(struct aml_writer *w) { aml_device(w, "_SB.pci0"); }
static void e_five_chars(struct aml_writer *w) { aml_scope(w, "\\_SB.ABCDE"); }
static void e_lead_digit(struct aml_writer *w) { aml_device(w, "1ABC"); }
static void e_empty_name(struct aml_writer *w) { aml_scope(w, ""); }
static void e_bare_parent(struct aml_writer *w) { aml_scope(w, "^^"); }
static void e_empty_segment(struct aml_writer *w) { aml_scope(w, "\\_SB..FOO"); }
static void e_trailing_dot(struct aml_writer *w) { aml_scope(w, "_SB."); }
static void e_root_then_parent(struct aml_writer *w) { aml_scope(w, "\\^FOO"); }
static void e_null_name(struct aml_writer *w) { aml_device(w, NULL); }

static void e_256_segments(struct aml_writer *w)
{
    static char name[256 * 2 + 1];
    for (int i = 0; i < 256; i++) {
        name[2 * i] = 'A';
        name[2 * i + 1] = '.';
    }
    name[511] = '\0';
    aml_scope(w, name);
}

static void test_names(void)
{
    expect(e_bad_char, AML_E_NAME, "invalid character at position 2");
    expect(e_lowercase, AML_E_NAME, "lowercase letter at position 5");
    expect(e_five_chars, AML_E_NAME, "segment 2 is longer than 4 characters");
    expect(e_lead_digit, AML_E_NAME, "segment 1 starts with a digit");
    expect(e_empty_name, AML_E_NAME, "is empty");
    expect(e_bare_parent, AML_E_NAME, "has no name after its prefix");
    expect(e_empty_segment, AML_E_NAME, "segment 2 is empty");
    expect(e_trailing_dot, AML_E_NAME, "segment 2 is empty");
    expect(e_root_then_parent, AML_E_NAME, "misplaced prefix");
    expect(e_256_segments, AML_E_NAME, "more than 255 segments");
    expect(e_null_name, AML_E_ARG, "NULL NameString");
}

static void test_255_segments_ok(void)
{
    static char name[255 * 2];
    uint8_t buf[2048];
    struct aml_writer w;
    size_t len;

    for (int i = 0; i < 255; i++) {
        name[2 * i] = 'A';
        name[2 * i + 1] = i == 254 ? '\0' : '.';
    }
    aml_writer_init(&w, buf, sizeof(buf));
    aml_scope(&w, name);
    aml_end(&w);
    CU_ASSERT_EQUAL_FATAL(aml_writer_finish(&w, &len), AML_OK);
    /* ScopeOp, 2-byte PkgLength, MultiNamePrefix, count 255, 255 NameSegs */
    CU_ASSERT_EQUAL(len, 1 + 2 + 2 + 255 * 4);
    CU_ASSERT_EQUAL(buf[3], 0x2F);
    CU_ASSERT_EQUAL(buf[4], 255);
    CU_ASSERT_EQUAL(memcmp(buf + 5, "A___", 4), 0);
}

/* ---- methods, locals, args -------------------------------------------------- */

static void e_argcount8(struct aml_writer *w) { aml_method(w, "M8", 8, 0, 0); }
static void e_synclevel16(struct aml_writer *w) { aml_method(w, "MS", 0, 1, 16); }
static void e_local8(struct aml_writer *w) { in_method(w, 0); aml_return(w); aml_local(w, 8); }
static void e_arg7(struct aml_writer *w) { in_method(w, 7); aml_return(w); aml_arg(w, 7); }
static void e_arg_past_argc(struct aml_writer *w) { in_method(w, 1); aml_return(w); aml_arg(w, 1); }
static void e_local_outside(struct aml_writer *w) { aml_name_decl(w, "X"); aml_local(w, 0); }
static void e_arg_outside(struct aml_writer *w) { aml_scope(w, "\\"); aml_arg(w, 0); }
static void e_return_outside(struct aml_writer *w) { aml_return(w); }
static void e_call_8_args(struct aml_writer *w) { in_method(w, 0); aml_call(w, "FOO", 8); }

static void test_methods(void)
{
    expect(e_argcount8, AML_E_RANGE, "ArgCount 8 out of range 0..7");
    expect(e_synclevel16, AML_E_RANGE, "SyncLevel 16 out of range 0..15");
    expect(e_local8, AML_E_RANGE, "Local8 does not exist");
    expect(e_arg7, AML_E_RANGE, "Arg7 does not exist");
    expect(e_arg_past_argc, AML_E_RANGE, "Arg1 used in a Method that takes 1 argument");
    expect(e_local_outside, AML_E_SHAPE, "Local0 used outside a Method");
    expect(e_arg_outside, AML_E_SHAPE, "Arg0 used outside a Method");
    expect(e_return_outside, AML_E_SHAPE, "Return outside a Method");
    expect(e_call_8_args, AML_E_RANGE, "8 arguments");
}

/* ---- data ------------------------------------------------------------------- */

static void e_string_0x80(struct aml_writer *w) { aml_name_decl(w, "S"); aml_string(w, "ab\x80"); }
static void e_string_null(struct aml_writer *w) { aml_name_decl(w, "S"); aml_string(w, NULL); }
static void e_eisaid_lower(struct aml_writer *w) { aml_name_decl(w, "_HID"); aml_eisaid(w, "pNP0A03"); }
static void e_eisaid_hex(struct aml_writer *w) { aml_name_decl(w, "_HID"); aml_eisaid(w, "PNP0G03"); }
static void e_eisaid_len(struct aml_writer *w) { aml_name_decl(w, "_HID"); aml_eisaid(w, "PNP0A030"); }
static void e_uuid_dash(struct aml_writer *w) { aml_name_decl(w, "U"); aml_touuid(w, "e5c937d0+3553-4d7a-9117-ea4d19c3434d"); }
static void e_uuid_short(struct aml_writer *w) { aml_name_decl(w, "U"); aml_touuid(w, "e5c937d0-3553-4d7a-9117-ea4d19c3434"); }
static void e_uuid_hex(struct aml_writer *w) { aml_name_decl(w, "U"); aml_touuid(w, "g5c937d0-3553-4d7a-9117-ea4d19c3434d"); }
static void e_buffer_init(struct aml_writer *w)
{
    aml_name_decl(w, "B");
    aml_buffer_sized(w, 2, "abc", 3);
}
static void e_pkg_overflow(struct aml_writer *w)
{
    aml_name_decl(w, "P");
    aml_package_sized(w, 2);
    aml_int(w, 1);
    aml_int(w, 2);
    aml_int(w, 3);
}
static void e_rev1_int(struct aml_writer *w)
{
    aml_definition_block(w, "SSDT", 1, "XEN", "T", 0);
    aml_name_decl(w, "BIG");
    aml_int(w, 0x100000000ull);
}
static void e_rev1_qword_slot(struct aml_writer *w)
{
    aml_definition_block(w, "SSDT", 1, "XEN", "T", 0);
    aml_name_decl(w, "BIG");
    aml_qword_slot(w, 1);
}
static void e_too_many_slots(struct aml_writer *w)
{
    static const char *const names[] = { "S00", "S01", "S02", "S03", "S04", "S05", "S06",
        "S07", "S08", "S09", "S10", "S11", "S12", "S13", "S14", "S15", "S16" };
    for (unsigned i = 0; i <= AML_MAX_SLOTS; i++) {
        aml_name_decl(w, names[i]);
        aml_dword_slot(w, i);
    }
}

static void test_data(void)
{
    expect(e_string_0x80, AML_E_STRING, "byte 2 is above 0x7F");
    expect(e_string_null, AML_E_ARG, "String: NULL");
    expect(e_eisaid_lower, AML_E_STRING, "character 1 must be an uppercase letter");
    expect(e_eisaid_hex, AML_E_STRING, "character 5 must be a hex digit");
    expect(e_eisaid_len, AML_E_STRING, "must be 7 characters");
    expect(e_uuid_dash, AML_E_STRING, "is not of the form");
    expect(e_uuid_short, AML_E_STRING, "is not of the form");
    expect(e_uuid_hex, AML_E_STRING, "\"g5c937d0");
    expect(e_buffer_init, AML_E_COUNT, "Buffer (2): 3 initializer bytes do not fit");
    expect(e_pkg_overflow, AML_E_COUNT, "Package (2) is full: element 3 does not fit");
    expect(e_rev1_int, AML_E_RANGE, "0x100000000 does not fit the 32-bit integers");
    expect(e_rev1_qword_slot, AML_E_RANGE, "a revision 1 table has no 64-bit integers");
    expect(e_too_many_slots, AML_E_RANGE, "more than 16 patchable slots");
}

/* Integer width follows the table revision (ACPI 5.2.11.1). */
static void test_integer_width(void)
{
    uint8_t buf[128];
    struct aml_writer w;
    size_t len;

    aml_writer_init(&w, buf, sizeof(buf));
    aml_definition_block(&w, "SSDT", 1, "XEN", "T", 0);
    aml_name_decl(&w, "ONES");
    aml_int(&w, 0xFFFFFFFFu);               /* Ones in a 32-bit table */
    aml_end(&w);
    aml_definition_block(&w, "SSDT", 2, "XEN", "T", 0);
    aml_name_decl(&w, "DW");
    aml_int(&w, 0xFFFFFFFFu);               /* DWordConst in a 64-bit table */
    aml_end(&w);
    CU_ASSERT_EQUAL_FATAL(aml_writer_finish(&w, &len), AML_OK);
    CU_ASSERT_EQUAL(len, (36 + 6) + (36 + 10));
    CU_ASSERT_EQUAL(buf[36 + 5], 0xFF);
    CU_ASSERT_EQUAL(buf[42 + 36 + 5], 0x0C);
}

/* ---- shape ------------------------------------------------------------------ */

static void e_int_statement(struct aml_writer *w) { aml_int(w, 5); }
static void e_lequal_target(struct aml_writer *w)
{
    in_method(w, 0);
    aml_add(w); aml_int(w, 1); aml_int(w, 2); aml_lequal(w);
}
static void e_int_as_target(struct aml_writer *w)
{
    in_method(w, 0);
    aml_store(w); aml_int(w, 1); aml_int(w, 2);
}
static void e_null_as_operand(struct aml_writer *w)
{
    in_method(w, 0);
    aml_return(w); aml_null_target(w);
}
static void e_null_as_store_dest(struct aml_writer *w)
{
    in_method(w, 0);
    aml_store(w); aml_int(w, 1); aml_null_target(w);
}
static void e_local_in_package(struct aml_writer *w)
{
    in_method(w, 0);
    aml_return(w); aml_package(w); aml_local(w, 0);
}
static void e_name_as_name_value(struct aml_writer *w) { aml_name_decl(w, "A"); aml_name(w, "B"); }
static void e_else_without_if(struct aml_writer *w) { in_method(w, 0); aml_else(w); }
static void e_else_after_stmt(struct aml_writer *w)
{
    in_method(w, 0);
    aml_if(w); aml_int(w, 1); aml_end(w);
    aml_sleep(w); aml_int(w, 1);
    aml_else(w);
}
static void e_break_outside(struct aml_writer *w) { in_method(w, 0); aml_if(w); aml_int(w, 1); aml_break(w); }
static void e_end_pending_op(struct aml_writer *w)
{
    in_method(w, 0);
    aml_add(w); aml_int(w, 1);
    aml_end(w);
}
static void e_if_no_predicate(struct aml_writer *w) { in_method(w, 0); aml_if(w); aml_end(w); }
static void e_unit_outside_field(struct aml_writer *w) { aml_field_unit(w, "F1", 8); }
static void e_desc_outside_rt(struct aml_writer *w) { aml_rt_irq_noflags(w, 1); }
static void e_int_in_rt(struct aml_writer *w) { aml_name_decl(w, "R"); aml_resource_template(w); aml_int(w, 1); }
static void e_int_in_field(struct aml_writer *w) { aml_field(w, "OPR", AML_ANY_ACC, 0, 0); aml_int(w, 1); }
static void e_method_in_package(struct aml_writer *w)
{
    aml_name_decl(w, "P"); aml_package(w); aml_method(w, "M", 0, 0, 0);
}
static void e_nested_table(struct aml_writer *w)
{
    aml_definition_block(w, "SSDT", 2, "XEN", "T", 0);
    aml_definition_block(w, "SSDT", 2, "XEN", "T", 0);
}

static const uint8_t raw_noop[] = { 0xA3 };
static void e_raw_as_operand(struct aml_writer *w)
{
    in_method(w, 0);
    aml_return(w);
    aml_raw_terms(w, raw_noop, sizeof(raw_noop));
}
static void e_raw_in_package(struct aml_writer *w)
{
    aml_name_decl(w, "PKG");
    aml_package(w);
    aml_raw_terms(w, raw_noop, sizeof(raw_noop));
}
static void e_raw_null(struct aml_writer *w) { aml_raw_terms(w, NULL, 3); }

static void test_shape(void)
{
    expect(e_int_statement, AML_E_SHAPE, "Integer cannot be a statement in a TermList at the top level");
    expect(e_lequal_target, AML_E_SHAPE, "LEqual cannot be a Target operand of Add");
    expect(e_int_as_target, AML_E_SHAPE, "Integer cannot be a SuperName operand of Store");
    expect(e_null_as_operand, AML_E_SHAPE, "NullName target cannot be a TermArg operand of Return");
    expect(e_null_as_store_dest, AML_E_SHAPE, "NullName target cannot be a SuperName operand of Store");
    expect(e_local_in_package, AML_E_SHAPE, "Local cannot be a Package element");
    expect(e_name_as_name_value, AML_E_SHAPE, "name reference cannot be the value of a Name");
    expect(e_else_without_if, AML_E_SHAPE, "Else does not directly follow the end of an If");
    expect(e_else_after_stmt, AML_E_SHAPE, "Else does not directly follow");
    expect(e_break_outside, AML_E_SHAPE, "Break outside a While");
    expect(e_end_pending_op, AML_E_SHAPE, "aml_end: Add is still waiting for 2 more operand(s)");
    expect(e_if_no_predicate, AML_E_SHAPE, "aml_end: If has no predicate");
    expect(e_unit_outside_field, AML_E_SHAPE, "field unit cannot be a statement");
    expect(e_desc_outside_rt, AML_E_SHAPE, "IRQNoFlags cannot be a statement");
    expect(e_int_in_rt, AML_E_SHAPE, "Integer cannot be a ResourceTemplate descriptor");
    expect(e_int_in_field, AML_E_SHAPE, "Integer cannot be an entry of a Field list");
    expect(e_method_in_package, AML_E_SHAPE, "Method cannot be a Package element");
    expect(e_nested_table, AML_E_SHAPE, "DefinitionBlock cannot be nested inside DefinitionBlock");
    expect(e_raw_as_operand, AML_E_SHAPE, "raw TermList cannot be a TermArg operand of Return");
    expect(e_raw_in_package, AML_E_SHAPE, "raw TermList cannot be a Package element");
    expect(e_raw_null, AML_E_ARG, "raw TermList: NULL pointer");
}

/* ---- nesting ---------------------------------------------------------------- */

static void e_closed_twice(struct aml_writer *w) { aml_scope(w, "\\_SB"); aml_end(w); aml_end(w); }
static void e_never_closed(struct aml_writer *w) { aml_scope(w, "\\_SB"); aml_device(w, "DEV0"); }
static void e_op_unfinished(struct aml_writer *w) { aml_name_decl(w, "X"); }
static void e_too_deep(struct aml_writer *w)
{
    for (int i = 0; i <= AML_MAX_DEPTH; i++)
        aml_scope(w, "\\");
}

static void test_nesting(void)
{
    expect(e_closed_twice, AML_E_NESTING, "aml_end: no open block to close");
    expect(e_never_closed, AML_E_NESTING, "Device opened at offset 7 was never closed");
    expect(e_op_unfinished, AML_E_NESTING, "Name is still waiting for 1 more operand(s)");
    expect(e_too_deep, AML_E_NESTING, "nesting deeper than 64 levels");
}

/* ---- tables, fields, descriptors -------------------------------------------- */

static void e_sig_lower(struct aml_writer *w) { aml_definition_block(w, "Ssdt", 2, "XEN", "T", 0); }
static void e_sig_short(struct aml_writer *w) { aml_definition_block(w, "SSD", 2, "XEN", "T", 0); }
static void e_oem_long(struct aml_writer *w) { aml_definition_block(w, "SSDT", 2, "XENXENX", "T", 0); }
static void e_table_id_long(struct aml_writer *w) { aml_definition_block(w, "SSDT", 2, "XEN", "TABLEID12", 0); }
static void e_oem_ctrl(struct aml_writer *w) { aml_definition_block(w, "SSDT", 2, "X\nN", "T", 0); }
static void e_field_offset_back(struct aml_writer *w)
{
    aml_field(w, "OPR", AML_BYTE_ACC, AML_NO_LOCK, AML_PRESERVE);
    aml_field_unit(w, "F1", 32);
    aml_field_offset(w, 2);
}
static void e_field_path(struct aml_writer *w)
{
    aml_field(w, "OPR", AML_BYTE_ACC, AML_NO_LOCK, AML_PRESERVE);
    aml_field_unit(w, "\\F1", 8);
}
static void e_field_huge(struct aml_writer *w)
{
    aml_field(w, "OPR", AML_BYTE_ACC, AML_NO_LOCK, AML_PRESERVE);
    aml_field_unit(w, "F1", 0x10000000);
}
static void e_field_flags(struct aml_writer *w) { aml_field(w, "OPR", 6, AML_NO_LOCK, AML_PRESERVE); }
static void e_region_space(struct aml_writer *w) { aml_operation_region(w, "OPR", 7); }
static void e_irq_none(struct aml_writer *w)
{
    static const uint32_t irq[1] = { 5 };
    aml_name_decl(w, "R"); aml_resource_template(w); aml_rt_interrupt(w, 0, irq, 0);
}
static void e_irq_flags(struct aml_writer *w)
{
    static const uint32_t irq[1] = { 5 };
    aml_name_decl(w, "R"); aml_resource_template(w); aml_rt_interrupt(w, 0x20, irq, 1);
}
static void e_dword_range(struct aml_writer *w)
{
    struct aml_addr_space a = { .min = 0x100000000ull };
    aml_name_decl(w, "R"); aml_resource_template(w);
    aml_rt_dword_memory(w, &a, AML_CACHEABLE, 1);
}
static void e_word_range(struct aml_writer *w)
{
    struct aml_addr_space a = { .length = 0x10000 };
    aml_name_decl(w, "R"); aml_resource_template(w);
    aml_rt_word_bus_number(w, &a);
}
static void e_register_access(struct aml_writer *w)
{
    aml_name_decl(w, "R"); aml_resource_template(w);
    aml_rt_register(w, 1, 8, 0, 0xCF9, 5);
}
static void e_external_type(struct aml_writer *w) { aml_external(w, "FOO", 15, 0); }
static void e_external_argc(struct aml_writer *w) { aml_external(w, "FOO", AML_OBJ_METHOD, 8); }
static void e_mutex_sync(struct aml_writer *w) { aml_mutex(w, "MTX", 16); }

static void test_tables_fields_descriptors(void)
{
    expect(e_sig_lower, AML_E_STRING, "signature \"Ssdt\" may only hold A-Z, 0-9 and _");
    expect(e_sig_short, AML_E_STRING, "must be exactly 4 characters");
    expect(e_oem_long, AML_E_STRING, "OEM ID \"XENXENX\" is too long");
    expect(e_table_id_long, AML_E_STRING, "OEM table ID \"TABLEID12\" is too long");
    expect(e_oem_ctrl, AML_E_STRING, "OEM ID \"X\\x0AN\" holds a non-printable byte");
    expect(e_field_offset_back, AML_E_RANGE, "Offset (2): the field list is already at bit 32");
    expect(e_field_path, AML_E_NAME, "must be a single NameSeg");
    expect(e_field_huge, AML_E_RANGE, "268435456 bits is longer than a field unit can be");
    expect(e_field_flags, AML_E_RANGE, "access 6");
    expect(e_region_space, AML_E_RANGE, "region space 7 is not supported");
    expect(e_irq_none, AML_E_ARG, "needs 1 to 255 interrupt numbers");
    expect(e_irq_flags, AML_E_RANGE, "unknown flag bits");
    expect(e_dword_range, AML_E_RANGE, "DWordMemory: min 0x100000000 does not fit in 4 bytes");
    expect(e_word_range, AML_E_RANGE, "WordBusNumber: length 0x10000 does not fit in 2 bytes");
    expect(e_register_access, AML_E_RANGE, "access size 5 out of range");
    expect(e_external_type, AML_E_RANGE, "object type 15 out of range");
    expect(e_external_argc, AML_E_RANGE, "argument count 8 out of range");
    expect(e_mutex_sync, AML_E_RANGE, "SyncLevel 16 out of range");
}

/* ---- buffer too small at every cut point -------------------------------------- */

/* A table whose blocks grow their PkgLength, Package count and Buffer size
 * prefixes when closed, so cuts land inside every kind of fix-up. */
static void reference_table(struct aml_writer *w)
{
    static const uint32_t irqs[2] = { 5, 9 };
    char name[16];      /* room for any int, though only C000-C011 are made */

    aml_definition_block(w, "DSDT", 2, "XEN", "CUTS", 1);
    aml_name_decl(w, "VGIA");
    aml_dword_slot(w, 0xFC000000u);
    aml_name_decl(w, "BIGP");
    aml_package(w);
    for (int i = 0; i < 300; i++)
        aml_int(w, (uint64_t)i * 3);
    aml_end(w);
    aml_scope(w, "\\_SB");
    for (int i = 0; i < 12; i++) {
        snprintf(name, sizeof(name), "C%03d", i);
        aml_device(w, name);
        aml_name_decl(w, "_HID");
        aml_string(w, "ACPI0007");
        aml_name_decl(w, "_UID");
        aml_int(w, (uint64_t)i);
        aml_end(w);
    }
    aml_device(w, "RES0");
    aml_name_decl(w, "_CRS");
    aml_resource_template(w);
    aml_rt_interrupt(w, AML_RT_CONSUMER, irqs, 2);
    aml_rt_memory32_fixed(w, 1, 0xFEC00000u, 0x1000);
    aml_end(w);
    aml_method(w, "ADDR", 1, AML_SERIALIZED, 0);
    aml_create_dword_field(w, "DW0");
    aml_arg(w, 0);
    aml_int(w, 4);
    aml_while(w);
    aml_lless(w); aml_local(w, 0); aml_int(w, 10);
    aml_increment(w); aml_local(w, 0);
    aml_end(w);
    aml_return(w);
    aml_add(w); aml_name(w, "VGIA"); aml_int(w, 40); aml_null_target(w);
    aml_end(w);
    aml_end(w);
    aml_end(w);
    aml_end(w);
}

static void test_every_cut_point(void)
{
    static uint8_t want[8192];
    struct aml_writer w;
    size_t full, len;

    aml_writer_init(&w, want, sizeof(want));
    reference_table(&w);
    CU_ASSERT_EQUAL_FATAL(aml_writer_finish(&w, &full), AML_OK);
    CU_ASSERT_FATAL(full > 1000);

    unsigned bad = 0;
    for (size_t cap = 0; cap <= full; cap++) {
        uint8_t *b = new_buf(cap);
        aml_writer_init(&w, b, cap);
        reference_table(&w);
        enum aml_error e = aml_writer_finish(&w, &len);
        int ok = guard_intact(b, cap) &&
                 (cap < full ? e == AML_E_NOSPACE && strstr(aml_errmsg(&w), "too small")
                             : e == AML_OK && len == full && !memcmp(b, want, full));
        if (!ok && bad++ < 5)
            fprintf(stderr, "\n  cut at %zu of %zu: error %d \"%s\"\n", cap, full, e,
                    aml_errmsg(&w));
        free(b);
    }
    CU_ASSERT_EQUAL(bad, 0);
}

/* ---- grow callback -------------------------------------------------------------- */

static uint8_t *grow_realloc(void *ctx, uint8_t *buf, size_t len, size_t need, size_t *cap)
{
    (void)len;
    (*(unsigned *)ctx)++;
    uint8_t *nb = realloc(buf, need * 2);
    if (nb)
        *cap = need * 2;
    return nb;
}

static uint8_t *grow_refuse(void *ctx, uint8_t *buf, size_t len, size_t need, size_t *cap)
{
    (void)ctx; (void)buf; (void)len; (void)need; (void)cap;
    return NULL;
}

static void test_grow(void)
{
    static uint8_t want[8192];
    struct aml_writer w;
    size_t full, len;
    unsigned calls = 0;

    aml_writer_init(&w, want, sizeof(want));
    reference_table(&w);
    CU_ASSERT_EQUAL_FATAL(aml_writer_finish(&w, &full), AML_OK);

    aml_writer_init(&w, malloc(1), 1);
    aml_writer_set_grow(&w, grow_realloc, &calls);
    reference_table(&w);
    CU_ASSERT_EQUAL(aml_writer_finish(&w, &len), AML_OK);
    CU_ASSERT_EQUAL(len, full);
    CU_ASSERT(calls > 1);
    CU_ASSERT_EQUAL(memcmp(aml_writer_buf(&w), want, full), 0);
    free(aml_writer_buf(&w));

    uint8_t small[16];
    aml_writer_init(&w, small, sizeof(small));
    aml_writer_set_grow(&w, grow_refuse, NULL);
    reference_table(&w);
    CU_ASSERT_EQUAL(aml_writer_finish(&w, &len), AML_E_NOSPACE);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("aml_errors");
    add_test(s, "names", test_names);
    add_test(s, "255 segments accepted", test_255_segments_ok);
    add_test(s, "methods, locals, args", test_methods);
    add_test(s, "data", test_data);
    add_test(s, "integer width follows table revision", test_integer_width);
    add_test(s, "shape", test_shape);
    add_test(s, "nesting", test_nesting);
    add_test(s, "tables, fields, descriptors", test_tables_fields_descriptors);
    add_test(s, "buffer too small at every cut point", test_every_cut_point);
    add_test(s, "grow callback", test_grow);
}
