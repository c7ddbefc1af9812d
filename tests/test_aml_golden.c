/*
 * test_aml_golden.c - the AML writer's bytes against iasl's, construct by
 * construct.
 *
 * Every vector keeps an ASL snippet next to the bytes iasl 20200925 produced
 * for it with `iasl -on -of` (no namepath shortening, no constant folding;
 * the default Zero/One/Ones integer optimization stays on, and the writer
 * matches it).  The snippet is the body of
 *     DefinitionBlock ("", "SSDT", 2, "XENACP", "GOLDEN", 1) { ... }
 * and the bytes are what follows the 36-byte table header.  emit_*() writes
 * the same body with the aml.h API, into a writer without DefinitionBlock
 * (64-bit integers, like a revision 2 table), and must give exactly these
 * bytes.  The definition_block* vectors are whole tables instead.
 *
 * `test_aml_golden --emit-asl DIR` writes DIR/<name>.asl and the expected
 * bytes as hex; tests/test_golden_vs_iasl.sh recompiles them with iasl, so
 * a golden that is not really iasl's output cannot creep in.
 */
#include "cunit_main.h"

#include <acpigen/aml.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vector {
    const char *name;
    const char *asl;                 /* body of the DefinitionBlock (whole table if full) */
    const uint8_t *want;             /* iasl's bytes after the header (whole table if full) */
    size_t want_len;
    void (*emit)(struct aml_writer *w);
    /* Extra assertions on the finished output, or NULL. */
    void (*check)(const struct aml_writer *w);
    int full;                        /* asl and want are a whole table */
    /* Bodies too big to keep: want is only their first want_len bytes, the
     * ASL comes from gen_asl() and body_len is iasl's body length. */
    size_t body_len;
    void (*gen_asl)(FILE *f);
};

#define VEC(n) { #n, asl_##n, want_##n, sizeof(want_##n), emit_##n, NULL, 0, 0, NULL }
#define VEC_CHECK(n, fn) { #n, asl_##n, want_##n, sizeof(want_##n), emit_##n, fn, 0, 0, NULL }
#define VEC_FULL(n) { #n, asl_##n, want_##n, sizeof(want_##n), emit_##n, NULL, 1, 0, NULL }
/* want kept as a string literal: drop its NUL */
#define VEC_TEXT(n) { #n, asl_##n, want_##n, sizeof(want_##n) - 1, emit_##n, NULL, 0, 0, NULL }
#define VEC_BIG(n, len) { #n, NULL, want_##n, sizeof(want_##n), emit_##n, NULL, 0, len, gen_##n }

#define TABLE_HEAD "DefinitionBlock (\"\", \"SSDT\", 2, \"XENACP\", \"GOLDEN\", 1)\n{\n"
#define TABLE_TAIL "}\n"
#define HEADER_LEN 36
/* Header bytes iasl and the writer legitimately disagree on: the checksum
 * and Creator ID/Revision ("INTL" + iasl version vs "XACG"). */
#define HDR_CHECKSUM 9
#define HDR_CREATOR 28
#define HDR_CREATOR_END 36

/* n letters "ABC...ZABC...": the filler of the PkgLength boundary vectors,
 * the same text as their ASL.  n <= 4094. */
static const char *letters(size_t n)
{
    static char s[4096];

    for (size_t i = 0; i < n; i++)
        s[i] = (char)('A' + i % 26);
    s[n] = 0;
    return s;
}

/* The body of pkglen_package_*: 255 strings of 4094 letters and one of
 * `last`, which puts the Package payload right at a PkgLength boundary. */
static void gen_big_package(FILE *f, unsigned last)
{
    fputs("    Name (BIG0, Package ()\n    {\n", f);
    for (unsigned i = 0; i < 255; i++)
        fprintf(f, "        \"%s\",\n", letters(4094));
    fprintf(f, "        \"%s\"\n    })\n", letters(last));
}

/* ---- fixed-width slots ---------------------------------------------------- */

static int slot_ids[2];
static int slots_held_early;   /* aml_slot_offset() was right before the Scope closed */

/* Whether the slot's offset points at v (n bytes, little-endian) right now. */
static int slot_holds(const struct aml_writer *w, int slot, uint64_t v, unsigned n)
{
    const uint8_t *out = aml_writer_buf(w);
    size_t off = aml_slot_offset(w, slot);

    if (off == SIZE_MAX || off + n > aml_writer_len(w))
        return 0;
    for (unsigned i = 0; i < n; i++)
        if (out[off + i] != (uint8_t)(v >> (8 * i)))
            return 0;
    return 1;
}

static void check_dword_slot(const struct aml_writer *w)
{
    CU_ASSERT_EQUAL(aml_slot_offset(w, slot_ids[0]), 6);
    CU_ASSERT(slot_holds(w, slot_ids[0], 0x12345678, 4));
}

static void check_qword_slot(const struct aml_writer *w)
{
    /* The Scope's PkgLength grew to two bytes after the slots were written:
     * the offsets must have moved with the data. */
    CU_ASSERT(slots_held_early);
    CU_ASSERT_EQUAL(aml_slot_offset(w, slot_ids[0]), 14);
    CU_ASSERT_EQUAL(aml_slot_offset(w, slot_ids[1]), 24);
    CU_ASSERT(slot_holds(w, slot_ids[0], 0x12345678, 4));
    CU_ASSERT(slot_holds(w, slot_ids[1], 0x123456789ABCDEF0, 8));
}

/* ---- the vectors ---------------------------------------------------------- */

/* ---- definition_block ------------------------------------------------------ */
/*
 * A whole table: the header must match iasl's except the checksum and
 * the creator fields, and the checksum must be right.
 */
static const char asl_definition_block[] =
    "DefinitionBlock (\"\", \"SSDT\", 2, \"XENACP\", \"GOLDEN\", 1)\n"
    "{\n"
    "    Name (FOO0, 0x05)\n"
    "}\n";
static const uint8_t want_definition_block[] = {
    0x53, 0x53, 0x44, 0x54, 0x2B, 0x00, 0x00, 0x00, 0x02, 0x4C, 0x58, 0x45,
    0x4E, 0x41, 0x43, 0x50, 0x47, 0x4F, 0x4C, 0x44, 0x45, 0x4E, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x49, 0x4E, 0x54, 0x4C, 0x25, 0x09, 0x20, 0x20,
    0x08, 0x46, 0x4F, 0x4F, 0x30, 0x0A, 0x05,
};
static void emit_definition_block(struct aml_writer *w)
{
    aml_definition_block(w, "SSDT", 2, "XENACP", "GOLDEN", 1);
    aml_name_decl(w, "FOO0");
    aml_int(w, 5);
    aml_end(w);
}
static const struct vector vec_definition_block = VEC_FULL(definition_block);

/* ---- definition_block_rev1 ------------------------------------------------- */
/*
 * Revision 1: integers are 32-bit, so 0xFFFFFFFF is Ones; short OEM IDs
 * are NUL-padded.
 */
static const char asl_definition_block_rev1[] =
    "DefinitionBlock (\"\", \"DSDT\", 1, \"XEN\", \"HVM\", 0x12345678)\n"
    "{\n"
    "    Name (ONE1, 0xFFFFFFFF)\n"
    "    Name (DW00, 0xFFFFFFFE)\n"
    "}\n";
static const uint8_t want_definition_block_rev1[] = {
    0x44, 0x53, 0x44, 0x54, 0x34, 0x00, 0x00, 0x00, 0x01, 0xE9, 0x58, 0x45,
    0x4E, 0x00, 0x00, 0x00, 0x48, 0x56, 0x4D, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x78, 0x56, 0x34, 0x12, 0x49, 0x4E, 0x54, 0x4C, 0x25, 0x09, 0x20, 0x20,
    0x08, 0x4F, 0x4E, 0x45, 0x31, 0xFF, 0x08, 0x44, 0x57, 0x30, 0x30, 0x0C,
    0xFE, 0xFF, 0xFF, 0xFF,
};
static void emit_definition_block_rev1(struct aml_writer *w)
{
    aml_definition_block(w, "DSDT", 1, "XEN", "HVM", 0x12345678);
    aml_name_decl(w, "ONE1");
    aml_int(w, 0xFFFFFFFF);
    aml_name_decl(w, "DW00");
    aml_int(w, 0xFFFFFFFE);
    aml_end(w);
}
static const struct vector vec_definition_block_rev1 = VEC_FULL(definition_block_rev1);

/* ---- int_zero -------------------------------------------------------------- */
static const char asl_int_zero[] =
    "Name (INTV, 0x00)\n";
static const uint8_t want_int_zero[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x00,
};
static void emit_int_zero(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 0);
}
static const struct vector vec_int_zero = VEC(int_zero);

/* ---- int_one --------------------------------------------------------------- */
static const char asl_int_one[] =
    "Name (INTV, 0x01)\n";
static const uint8_t want_int_one[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x01,
};
static void emit_int_one(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 1);
}
static const struct vector vec_int_one = VEC(int_one);

/* ---- int_byte_2 ------------------------------------------------------------ */
static const char asl_int_byte_2[] =
    "Name (INTV, 0x02)\n";
static const uint8_t want_int_byte_2[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x0A, 0x02,
};
static void emit_int_byte_2(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 2);
}
static const struct vector vec_int_byte_2 = VEC(int_byte_2);

/* ---- int_byte_ff ----------------------------------------------------------- */
static const char asl_int_byte_ff[] =
    "Name (INTV, 0xFF)\n";
static const uint8_t want_int_byte_ff[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x0A, 0xFF,
};
static void emit_int_byte_ff(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 0xFF);
}
static const struct vector vec_int_byte_ff = VEC(int_byte_ff);

/* ---- int_word_100 ---------------------------------------------------------- */
static const char asl_int_word_100[] =
    "Name (INTV, 0x0100)\n";
static const uint8_t want_int_word_100[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x0B, 0x00, 0x01,
};
static void emit_int_word_100(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 0x100);
}
static const struct vector vec_int_word_100 = VEC(int_word_100);

/* ---- int_word_ffff --------------------------------------------------------- */
static const char asl_int_word_ffff[] =
    "Name (INTV, 0xFFFF)\n";
static const uint8_t want_int_word_ffff[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x0B, 0xFF, 0xFF,
};
static void emit_int_word_ffff(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 0xFFFF);
}
static const struct vector vec_int_word_ffff = VEC(int_word_ffff);

/* ---- int_dword_10000 ------------------------------------------------------- */
static const char asl_int_dword_10000[] =
    "Name (INTV, 0x00010000)\n";
static const uint8_t want_int_dword_10000[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x0C, 0x00, 0x00, 0x01, 0x00,
};
static void emit_int_dword_10000(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 0x10000);
}
static const struct vector vec_int_dword_10000 = VEC(int_dword_10000);

/* ---- int_dword_ffffffff ---------------------------------------------------- */
static const char asl_int_dword_ffffffff[] =
    "Name (INTV, 0xFFFFFFFF)\n";
static const uint8_t want_int_dword_ffffffff[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x0C, 0xFF, 0xFF, 0xFF, 0xFF,
};
static void emit_int_dword_ffffffff(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 0xFFFFFFFF);
}
static const struct vector vec_int_dword_ffffffff = VEC(int_dword_ffffffff);

/* ---- int_qword_100000000 --------------------------------------------------- */
static const char asl_int_qword_100000000[] =
    "Name (INTV, 0x0000000100000000)\n";
static const uint8_t want_int_qword_100000000[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0x0E, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
    0x00, 0x00,
};
static void emit_int_qword_100000000(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 0x100000000);
}
static const struct vector vec_int_qword_100000000 = VEC(int_qword_100000000);

/* ---- int_ones -------------------------------------------------------------- */
static const char asl_int_ones[] =
    "Name (INTV, 0xFFFFFFFFFFFFFFFF)\n";
static const uint8_t want_int_ones[] = {
    0x08, 0x49, 0x4E, 0x54, 0x56, 0xFF,
};
static void emit_int_ones(struct aml_writer *w)
{
    aml_name_decl(w, "INTV");
    aml_int(w, 0xFFFFFFFFFFFFFFFF);
}
static const struct vector vec_int_ones = VEC(int_ones);

/* ---- dword_slot ------------------------------------------------------------ */
/* aml_slot_offset() points at the value bytes, after the DWordPrefix. */
static const char asl_dword_slot[] =
    "Name (SLT0, 0x12345678)\n";
static const uint8_t want_dword_slot[] = {
    0x08, 0x53, 0x4C, 0x54, 0x30, 0x0C, 0x78, 0x56, 0x34, 0x12,
};
static void emit_dword_slot(struct aml_writer *w)
{
    aml_name_decl(w, "SLT0");
    slot_ids[0] = aml_dword_slot(w, 0x12345678);
}
static const struct vector vec_dword_slot = VEC_CHECK(dword_slot, check_dword_slot);

/* ---- qword_slot ------------------------------------------------------------ */
/* The Scope's PkgLength grows to 2 bytes after the slots are written. */
static const char asl_qword_slot[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Name (SLT1, 0x12345678)\n"
    "    Name (SLT2, 0x123456789ABCDEF0)\n"
    "    Name (PAD0, \"grows the PkgLength of the Scope to two bytes\")\n"
    "}\n";
static const uint8_t want_qword_slot[] = {
    0x10, 0x43, 0x05, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x08, 0x53, 0x4C, 0x54,
    0x31, 0x0C, 0x78, 0x56, 0x34, 0x12, 0x08, 0x53, 0x4C, 0x54, 0x32, 0x0E,
    0xF0, 0xDE, 0xBC, 0x9A, 0x78, 0x56, 0x34, 0x12, 0x08, 0x50, 0x41, 0x44,
    0x30, 0x0D, 0x67, 0x72, 0x6F, 0x77, 0x73, 0x20, 0x74, 0x68, 0x65, 0x20,
    0x50, 0x6B, 0x67, 0x4C, 0x65, 0x6E, 0x67, 0x74, 0x68, 0x20, 0x6F, 0x66,
    0x20, 0x74, 0x68, 0x65, 0x20, 0x53, 0x63, 0x6F, 0x70, 0x65, 0x20, 0x74,
    0x6F, 0x20, 0x74, 0x77, 0x6F, 0x20, 0x62, 0x79, 0x74, 0x65, 0x73, 0x00,
};
static void emit_qword_slot(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_name_decl(w, "SLT1");
        slot_ids[0] = aml_dword_slot(w, 0x12345678);
        slots_held_early &= slot_holds(w, slot_ids[0], 0x12345678, 4);
        aml_name_decl(w, "SLT2");
        slot_ids[1] = aml_qword_slot(w, 0x123456789ABCDEF0);
        slots_held_early &= slot_holds(w, slot_ids[1], 0x123456789ABCDEF0, 8);
        aml_name_decl(w, "PAD0");
        aml_string(w, "grows the PkgLength of the Scope to two bytes");
    aml_end(w);
}
static const struct vector vec_qword_slot = VEC_CHECK(qword_slot, check_qword_slot);

/* ---- string ---------------------------------------------------------------- */
static const char asl_string[] =
    "Name (STR0, \"Xen ACPI\")\n";
static const uint8_t want_string[] = {
    0x08, 0x53, 0x54, 0x52, 0x30, 0x0D, 0x58, 0x65, 0x6E, 0x20, 0x41, 0x43,
    0x50, 0x49, 0x00,
};
static void emit_string(struct aml_writer *w)
{
    aml_name_decl(w, "STR0");
    aml_string(w, "Xen ACPI");
}
static const struct vector vec_string = VEC(string);

/* ---- string_empty ---------------------------------------------------------- */
static const char asl_string_empty[] =
    "Name (STR1, \"\")\n";
static const uint8_t want_string_empty[] = {
    0x08, 0x53, 0x54, 0x52, 0x31, 0x0D, 0x00,
};
static void emit_string_empty(struct aml_writer *w)
{
    aml_name_decl(w, "STR1");
    aml_string(w, "");
}
static const struct vector vec_string_empty = VEC(string_empty);

/* ---- buffer ---------------------------------------------------------------- */
static const char asl_buffer[] =
    "Name (BUF0, Buffer () {0x01, 0x02, 0xFF})\n";
static const uint8_t want_buffer[] = {
    0x08, 0x42, 0x55, 0x46, 0x30, 0x11, 0x06, 0x0A, 0x03, 0x01, 0x02, 0xFF,
};
static void emit_buffer(struct aml_writer *w)
{
    aml_name_decl(w, "BUF0");
    aml_buffer(w, "\x01\x02\xFF", 3);
}
static const struct vector vec_buffer = VEC(buffer);

/* ---- buffer_empty ---------------------------------------------------------- */
static const char asl_buffer_empty[] =
    "Name (BUF1, Buffer () {})\n";
static const uint8_t want_buffer_empty[] = {
    0x08, 0x42, 0x55, 0x46, 0x31, 0x11, 0x02, 0x00,
};
static void emit_buffer_empty(struct aml_writer *w)
{
    aml_name_decl(w, "BUF1");
    aml_buffer(w, NULL, 0);
}
static const struct vector vec_buffer_empty = VEC(buffer_empty);

/* ---- buffer_sized ---------------------------------------------------------- */
/* iasl keeps only the initializer: the interpreter zero-fills the rest. */
static const char asl_buffer_sized[] =
    "Name (BUF2, Buffer (0x04) {0x01})\n";
static const uint8_t want_buffer_sized[] = {
    0x08, 0x42, 0x55, 0x46, 0x32, 0x11, 0x04, 0x0A, 0x04, 0x01,
};
static void emit_buffer_sized(struct aml_writer *w)
{
    aml_name_decl(w, "BUF2");
    aml_buffer_sized(w, 4, "\x01", 1);
}
static const struct vector vec_buffer_sized = VEC(buffer_sized);

/* ---- buffer_sized_empty ---------------------------------------------------- */
static const char asl_buffer_sized_empty[] =
    "Name (BUF3, Buffer (0x10) {})\n";
static const uint8_t want_buffer_sized_empty[] = {
    0x08, 0x42, 0x55, 0x46, 0x33, 0x11, 0x03, 0x0A, 0x10,
};
static void emit_buffer_sized_empty(struct aml_writer *w)
{
    aml_name_decl(w, "BUF3");
    aml_buffer_sized(w, 16, NULL, 0);
}
static const struct vector vec_buffer_sized_empty = VEC(buffer_sized_empty);

/* ---- buffer_sized_300 ------------------------------------------------------ */
static const char asl_buffer_sized_300[] =
    "Name (BUF4, Buffer (0x012C) {0x01, 0x02})\n";
static const uint8_t want_buffer_sized_300[] = {
    0x08, 0x42, 0x55, 0x46, 0x34, 0x11, 0x06, 0x0B, 0x2C, 0x01, 0x01, 0x02,
};
static void emit_buffer_sized_300(struct aml_writer *w)
{
    aml_name_decl(w, "BUF4");
    aml_buffer_sized(w, 300, "\x01\x02", 2);
}
static const struct vector vec_buffer_sized_300 = VEC(buffer_sized_300);

/* ---- eisaid ---------------------------------------------------------------- */
static const char asl_eisaid[] =
    "Name (HID0, EisaId (\"PNP0A03\"))\n";
static const uint8_t want_eisaid[] = {
    0x08, 0x48, 0x49, 0x44, 0x30, 0x0C, 0x41, 0xD0, 0x0A, 0x03,
};
static void emit_eisaid(struct aml_writer *w)
{
    aml_name_decl(w, "HID0");
    aml_eisaid(w, "PNP0A03");
}
static const struct vector vec_eisaid = VEC(eisaid);

/* ---- eisaid_lower_hex ------------------------------------------------------ */
static const char asl_eisaid_lower_hex[] =
    "Name (HID1, EisaId (\"PNP0a0f\"))\n";
static const uint8_t want_eisaid_lower_hex[] = {
    0x08, 0x48, 0x49, 0x44, 0x31, 0x0C, 0x41, 0xD0, 0x0A, 0x0F,
};
static void emit_eisaid_lower_hex(struct aml_writer *w)
{
    aml_name_decl(w, "HID1");
    aml_eisaid(w, "PNP0a0f");
}
static const struct vector vec_eisaid_lower_hex = VEC(eisaid_lower_hex);

/* ---- eisaid_wordconst ------------------------------------------------------ */
/* AAA0000 compresses to 0x2104, which iasl writes as a WordConst. */
static const char asl_eisaid_wordconst[] =
    "Name (HID2, EisaId (\"AAA0000\"))\n";
static const uint8_t want_eisaid_wordconst[] = {
    0x08, 0x48, 0x49, 0x44, 0x32, 0x0B, 0x04, 0x21,
};
static void emit_eisaid_wordconst(struct aml_writer *w)
{
    aml_name_decl(w, "HID2");
    aml_eisaid(w, "AAA0000");
}
static const struct vector vec_eisaid_wordconst = VEC(eisaid_wordconst);

/* ---- touuid ---------------------------------------------------------------- */
static const char asl_touuid[] =
    "Name (UID0, ToUUID (\"e5c937d0-3553-4d7a-9117-ea4d19c3434d\"))\n";
static const uint8_t want_touuid[] = {
    0x08, 0x55, 0x49, 0x44, 0x30, 0x11, 0x13, 0x0A, 0x10, 0xD0, 0x37, 0xC9,
    0xE5, 0x53, 0x35, 0x7A, 0x4D, 0x91, 0x17, 0xEA, 0x4D, 0x19, 0xC3, 0x43,
    0x4D,
};
static void emit_touuid(struct aml_writer *w)
{
    aml_name_decl(w, "UID0");
    aml_touuid(w, "e5c937d0-3553-4d7a-9117-ea4d19c3434d");
}
static const struct vector vec_touuid = VEC(touuid);

/* ---- touuid_upper ---------------------------------------------------------- */
static const char asl_touuid_upper[] =
    "Name (UID1, ToUUID (\"DAFFD814-6EBA-4D8C-8A91-BC9BBF4AA301\"))\n";
static const uint8_t want_touuid_upper[] = {
    0x08, 0x55, 0x49, 0x44, 0x31, 0x11, 0x13, 0x0A, 0x10, 0x14, 0xD8, 0xFF,
    0xDA, 0xBA, 0x6E, 0x8C, 0x4D, 0x8A, 0x91, 0xBC, 0x9B, 0xBF, 0x4A, 0xA3,
    0x01,
};
static void emit_touuid_upper(struct aml_writer *w)
{
    aml_name_decl(w, "UID1");
    aml_touuid(w, "DAFFD814-6EBA-4D8C-8A91-BC9BBF4AA301");
}
static const struct vector vec_touuid_upper = VEC(touuid_upper);

/* ---- package --------------------------------------------------------------- */
static const char asl_package[] =
    "Name (PKG0, Package () {0x01, \"two\", Buffer () {0x03}, "
    "Package () {0x04, Package () {}}})\n";
static const uint8_t want_package[] = {
    0x08, 0x50, 0x4B, 0x47, 0x30, 0x12, 0x14, 0x04, 0x01, 0x0D, 0x74, 0x77,
    0x6F, 0x00, 0x11, 0x03, 0x01, 0x03, 0x12, 0x07, 0x02, 0x0A, 0x04, 0x12,
    0x02, 0x00,
};
static void emit_package(struct aml_writer *w)
{
    aml_name_decl(w, "PKG0");
    aml_package(w);
        aml_int(w, 1);
        aml_string(w, "two");
        aml_buffer(w, "\x03", 1);
        aml_package(w);
            aml_int(w, 4);
            aml_package(w);
            aml_end(w);
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_package = VEC(package);

/* ---- package_names --------------------------------------------------------- */
static const char asl_package_names[] =
    "Name (INT0, One)\n"
    "Scope (\\_SB)\n"
    "{\n"
    "    Name (INT1, 0x02)\n"
    "}\n"
    "Name (PKG1, Package () {INT0, \\_SB.INT1, \\INT0})\n";
static const uint8_t want_package_names[] = {
    0x08, 0x49, 0x4E, 0x54, 0x30, 0x01, 0x10, 0x0D, 0x5C, 0x5F, 0x53, 0x42,
    0x5F, 0x08, 0x49, 0x4E, 0x54, 0x31, 0x0A, 0x02, 0x08, 0x50, 0x4B, 0x47,
    0x31, 0x12, 0x15, 0x03, 0x49, 0x4E, 0x54, 0x30, 0x5C, 0x2E, 0x5F, 0x53,
    0x42, 0x5F, 0x49, 0x4E, 0x54, 0x31, 0x5C, 0x49, 0x4E, 0x54, 0x30,
};
static void emit_package_names(struct aml_writer *w)
{
    aml_name_decl(w, "INT0");
    aml_int(w, 1);
    aml_scope(w, "\\_SB");
        aml_name_decl(w, "INT1");
        aml_int(w, 2);
    aml_end(w);
    aml_name_decl(w, "PKG1");
    aml_package(w);
        aml_name(w, "INT0");
        aml_name(w, "\\_SB.INT1");
        aml_name(w, "\\INT0");
    aml_end(w);
}
static const struct vector vec_package_names = VEC(package_names);

/* ---- package_255 ----------------------------------------------------------- */
/* 255 elements: the most a Package (one-byte NumElements) holds. */
static const char asl_package_255[] =
    "Name (P255, Package ()\n"
    "{\n"
    "    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, "
    "0x0B, 0x0C, 0x0D, 0x0E, 0x0F,\n"
    "    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, "
    "0x1B, 0x1C, 0x1D, 0x1E, 0x1F,\n"
    "    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, "
    "0x2B, 0x2C, 0x2D, 0x2E, 0x2F,\n"
    "    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, "
    "0x3B, 0x3C, 0x3D, 0x3E, 0x3F,\n"
    "    0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, "
    "0x4B, 0x4C, 0x4D, 0x4E, 0x4F,\n"
    "    0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, "
    "0x5B, 0x5C, 0x5D, 0x5E, 0x5F,\n"
    "    0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, "
    "0x6B, 0x6C, 0x6D, 0x6E, 0x6F,\n"
    "    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, "
    "0x7B, 0x7C, 0x7D, 0x7E, 0x7F,\n"
    "    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, "
    "0x8B, 0x8C, 0x8D, 0x8E, 0x8F,\n"
    "    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, "
    "0x9B, 0x9C, 0x9D, 0x9E, 0x9F,\n"
    "    0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, "
    "0xAB, 0xAC, 0xAD, 0xAE, 0xAF,\n"
    "    0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, "
    "0xBB, 0xBC, 0xBD, 0xBE, 0xBF,\n"
    "    0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, "
    "0xCB, 0xCC, 0xCD, 0xCE, 0xCF,\n"
    "    0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, "
    "0xDB, 0xDC, 0xDD, 0xDE, 0xDF,\n"
    "    0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, "
    "0xEB, 0xEC, 0xED, 0xEE, 0xEF,\n"
    "    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, "
    "0xFB, 0xFC, 0xFD, 0xFE\n"
    "})\n";
static const uint8_t want_package_255[] = {
    0x08, 0x50, 0x32, 0x35, 0x35, 0x12, 0x4F, 0x1F, 0xFF, 0x00, 0x01, 0x0A,
    0x02, 0x0A, 0x03, 0x0A, 0x04, 0x0A, 0x05, 0x0A, 0x06, 0x0A, 0x07, 0x0A,
    0x08, 0x0A, 0x09, 0x0A, 0x0A, 0x0A, 0x0B, 0x0A, 0x0C, 0x0A, 0x0D, 0x0A,
    0x0E, 0x0A, 0x0F, 0x0A, 0x10, 0x0A, 0x11, 0x0A, 0x12, 0x0A, 0x13, 0x0A,
    0x14, 0x0A, 0x15, 0x0A, 0x16, 0x0A, 0x17, 0x0A, 0x18, 0x0A, 0x19, 0x0A,
    0x1A, 0x0A, 0x1B, 0x0A, 0x1C, 0x0A, 0x1D, 0x0A, 0x1E, 0x0A, 0x1F, 0x0A,
    0x20, 0x0A, 0x21, 0x0A, 0x22, 0x0A, 0x23, 0x0A, 0x24, 0x0A, 0x25, 0x0A,
    0x26, 0x0A, 0x27, 0x0A, 0x28, 0x0A, 0x29, 0x0A, 0x2A, 0x0A, 0x2B, 0x0A,
    0x2C, 0x0A, 0x2D, 0x0A, 0x2E, 0x0A, 0x2F, 0x0A, 0x30, 0x0A, 0x31, 0x0A,
    0x32, 0x0A, 0x33, 0x0A, 0x34, 0x0A, 0x35, 0x0A, 0x36, 0x0A, 0x37, 0x0A,
    0x38, 0x0A, 0x39, 0x0A, 0x3A, 0x0A, 0x3B, 0x0A, 0x3C, 0x0A, 0x3D, 0x0A,
    0x3E, 0x0A, 0x3F, 0x0A, 0x40, 0x0A, 0x41, 0x0A, 0x42, 0x0A, 0x43, 0x0A,
    0x44, 0x0A, 0x45, 0x0A, 0x46, 0x0A, 0x47, 0x0A, 0x48, 0x0A, 0x49, 0x0A,
    0x4A, 0x0A, 0x4B, 0x0A, 0x4C, 0x0A, 0x4D, 0x0A, 0x4E, 0x0A, 0x4F, 0x0A,
    0x50, 0x0A, 0x51, 0x0A, 0x52, 0x0A, 0x53, 0x0A, 0x54, 0x0A, 0x55, 0x0A,
    0x56, 0x0A, 0x57, 0x0A, 0x58, 0x0A, 0x59, 0x0A, 0x5A, 0x0A, 0x5B, 0x0A,
    0x5C, 0x0A, 0x5D, 0x0A, 0x5E, 0x0A, 0x5F, 0x0A, 0x60, 0x0A, 0x61, 0x0A,
    0x62, 0x0A, 0x63, 0x0A, 0x64, 0x0A, 0x65, 0x0A, 0x66, 0x0A, 0x67, 0x0A,
    0x68, 0x0A, 0x69, 0x0A, 0x6A, 0x0A, 0x6B, 0x0A, 0x6C, 0x0A, 0x6D, 0x0A,
    0x6E, 0x0A, 0x6F, 0x0A, 0x70, 0x0A, 0x71, 0x0A, 0x72, 0x0A, 0x73, 0x0A,
    0x74, 0x0A, 0x75, 0x0A, 0x76, 0x0A, 0x77, 0x0A, 0x78, 0x0A, 0x79, 0x0A,
    0x7A, 0x0A, 0x7B, 0x0A, 0x7C, 0x0A, 0x7D, 0x0A, 0x7E, 0x0A, 0x7F, 0x0A,
    0x80, 0x0A, 0x81, 0x0A, 0x82, 0x0A, 0x83, 0x0A, 0x84, 0x0A, 0x85, 0x0A,
    0x86, 0x0A, 0x87, 0x0A, 0x88, 0x0A, 0x89, 0x0A, 0x8A, 0x0A, 0x8B, 0x0A,
    0x8C, 0x0A, 0x8D, 0x0A, 0x8E, 0x0A, 0x8F, 0x0A, 0x90, 0x0A, 0x91, 0x0A,
    0x92, 0x0A, 0x93, 0x0A, 0x94, 0x0A, 0x95, 0x0A, 0x96, 0x0A, 0x97, 0x0A,
    0x98, 0x0A, 0x99, 0x0A, 0x9A, 0x0A, 0x9B, 0x0A, 0x9C, 0x0A, 0x9D, 0x0A,
    0x9E, 0x0A, 0x9F, 0x0A, 0xA0, 0x0A, 0xA1, 0x0A, 0xA2, 0x0A, 0xA3, 0x0A,
    0xA4, 0x0A, 0xA5, 0x0A, 0xA6, 0x0A, 0xA7, 0x0A, 0xA8, 0x0A, 0xA9, 0x0A,
    0xAA, 0x0A, 0xAB, 0x0A, 0xAC, 0x0A, 0xAD, 0x0A, 0xAE, 0x0A, 0xAF, 0x0A,
    0xB0, 0x0A, 0xB1, 0x0A, 0xB2, 0x0A, 0xB3, 0x0A, 0xB4, 0x0A, 0xB5, 0x0A,
    0xB6, 0x0A, 0xB7, 0x0A, 0xB8, 0x0A, 0xB9, 0x0A, 0xBA, 0x0A, 0xBB, 0x0A,
    0xBC, 0x0A, 0xBD, 0x0A, 0xBE, 0x0A, 0xBF, 0x0A, 0xC0, 0x0A, 0xC1, 0x0A,
    0xC2, 0x0A, 0xC3, 0x0A, 0xC4, 0x0A, 0xC5, 0x0A, 0xC6, 0x0A, 0xC7, 0x0A,
    0xC8, 0x0A, 0xC9, 0x0A, 0xCA, 0x0A, 0xCB, 0x0A, 0xCC, 0x0A, 0xCD, 0x0A,
    0xCE, 0x0A, 0xCF, 0x0A, 0xD0, 0x0A, 0xD1, 0x0A, 0xD2, 0x0A, 0xD3, 0x0A,
    0xD4, 0x0A, 0xD5, 0x0A, 0xD6, 0x0A, 0xD7, 0x0A, 0xD8, 0x0A, 0xD9, 0x0A,
    0xDA, 0x0A, 0xDB, 0x0A, 0xDC, 0x0A, 0xDD, 0x0A, 0xDE, 0x0A, 0xDF, 0x0A,
    0xE0, 0x0A, 0xE1, 0x0A, 0xE2, 0x0A, 0xE3, 0x0A, 0xE4, 0x0A, 0xE5, 0x0A,
    0xE6, 0x0A, 0xE7, 0x0A, 0xE8, 0x0A, 0xE9, 0x0A, 0xEA, 0x0A, 0xEB, 0x0A,
    0xEC, 0x0A, 0xED, 0x0A, 0xEE, 0x0A, 0xEF, 0x0A, 0xF0, 0x0A, 0xF1, 0x0A,
    0xF2, 0x0A, 0xF3, 0x0A, 0xF4, 0x0A, 0xF5, 0x0A, 0xF6, 0x0A, 0xF7, 0x0A,
    0xF8, 0x0A, 0xF9, 0x0A, 0xFA, 0x0A, 0xFB, 0x0A, 0xFC, 0x0A, 0xFD, 0x0A,
    0xFE,
};
static void emit_package_255(struct aml_writer *w)
{
    aml_name_decl(w, "P255");
    aml_package(w);
    for (unsigned i = 0; i < 255; i++)
        aml_int(w, i);
    aml_end(w);
}
static const struct vector vec_package_255 = VEC(package_255);

/* ---- package_var ----------------------------------------------------------- */
/* 300 elements: VarPackage, with the count as a WordConst. */
static const char asl_package_var[] =
    "Name (P300, Package ()\n"
    "{\n"
    "    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, "
    "0x0B, 0x0C, 0x0D, 0x0E, 0x0F,\n"
    "    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, "
    "0x1B, 0x1C, 0x1D, 0x1E, 0x1F,\n"
    "    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, "
    "0x2B, 0x2C, 0x2D, 0x2E, 0x2F,\n"
    "    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, "
    "0x3B, 0x3C, 0x3D, 0x3E, 0x3F,\n"
    "    0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, "
    "0x4B, 0x4C, 0x4D, 0x4E, 0x4F,\n"
    "    0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, "
    "0x5B, 0x5C, 0x5D, 0x5E, 0x5F,\n"
    "    0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, "
    "0x6B, 0x6C, 0x6D, 0x6E, 0x6F,\n"
    "    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, "
    "0x7B, 0x7C, 0x7D, 0x7E, 0x7F,\n"
    "    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, "
    "0x8B, 0x8C, 0x8D, 0x8E, 0x8F,\n"
    "    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, "
    "0x9B, 0x9C, 0x9D, 0x9E, 0x9F,\n"
    "    0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, "
    "0xAB, 0xAC, 0xAD, 0xAE, 0xAF,\n"
    "    0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, "
    "0xBB, 0xBC, 0xBD, 0xBE, 0xBF,\n"
    "    0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, "
    "0xCB, 0xCC, 0xCD, 0xCE, 0xCF,\n"
    "    0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, "
    "0xDB, 0xDC, 0xDD, 0xDE, 0xDF,\n"
    "    0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, "
    "0xEB, 0xEC, 0xED, 0xEE, 0xEF,\n"
    "    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, "
    "0xFB, 0xFC, 0xFD, 0xFE, 0xFF,\n"
    "    0x0100, 0x0101, 0x0102, 0x0103, 0x0104, 0x0105, 0x0106, 0x0107, "
    "0x0108, 0x0109, 0x010A, 0x010B, 0x010C, 0x010D, 0x010E, 0x010F,\n"
    "    0x0110, 0x0111, 0x0112, 0x0113, 0x0114, 0x0115, 0x0116, 0x0117, "
    "0x0118, 0x0119, 0x011A, 0x011B, 0x011C, 0x011D, 0x011E, 0x011F,\n"
    "    0x0120, 0x0121, 0x0122, 0x0123, 0x0124, 0x0125, 0x0126, 0x0127, "
    "0x0128, 0x0129, 0x012A, 0x012B\n"
    "})\n";
static const uint8_t want_package_var[] = {
    0x08, 0x50, 0x33, 0x30, 0x30, 0x13, 0x47, 0x28, 0x0B, 0x2C, 0x01, 0x00,
    0x01, 0x0A, 0x02, 0x0A, 0x03, 0x0A, 0x04, 0x0A, 0x05, 0x0A, 0x06, 0x0A,
    0x07, 0x0A, 0x08, 0x0A, 0x09, 0x0A, 0x0A, 0x0A, 0x0B, 0x0A, 0x0C, 0x0A,
    0x0D, 0x0A, 0x0E, 0x0A, 0x0F, 0x0A, 0x10, 0x0A, 0x11, 0x0A, 0x12, 0x0A,
    0x13, 0x0A, 0x14, 0x0A, 0x15, 0x0A, 0x16, 0x0A, 0x17, 0x0A, 0x18, 0x0A,
    0x19, 0x0A, 0x1A, 0x0A, 0x1B, 0x0A, 0x1C, 0x0A, 0x1D, 0x0A, 0x1E, 0x0A,
    0x1F, 0x0A, 0x20, 0x0A, 0x21, 0x0A, 0x22, 0x0A, 0x23, 0x0A, 0x24, 0x0A,
    0x25, 0x0A, 0x26, 0x0A, 0x27, 0x0A, 0x28, 0x0A, 0x29, 0x0A, 0x2A, 0x0A,
    0x2B, 0x0A, 0x2C, 0x0A, 0x2D, 0x0A, 0x2E, 0x0A, 0x2F, 0x0A, 0x30, 0x0A,
    0x31, 0x0A, 0x32, 0x0A, 0x33, 0x0A, 0x34, 0x0A, 0x35, 0x0A, 0x36, 0x0A,
    0x37, 0x0A, 0x38, 0x0A, 0x39, 0x0A, 0x3A, 0x0A, 0x3B, 0x0A, 0x3C, 0x0A,
    0x3D, 0x0A, 0x3E, 0x0A, 0x3F, 0x0A, 0x40, 0x0A, 0x41, 0x0A, 0x42, 0x0A,
    0x43, 0x0A, 0x44, 0x0A, 0x45, 0x0A, 0x46, 0x0A, 0x47, 0x0A, 0x48, 0x0A,
    0x49, 0x0A, 0x4A, 0x0A, 0x4B, 0x0A, 0x4C, 0x0A, 0x4D, 0x0A, 0x4E, 0x0A,
    0x4F, 0x0A, 0x50, 0x0A, 0x51, 0x0A, 0x52, 0x0A, 0x53, 0x0A, 0x54, 0x0A,
    0x55, 0x0A, 0x56, 0x0A, 0x57, 0x0A, 0x58, 0x0A, 0x59, 0x0A, 0x5A, 0x0A,
    0x5B, 0x0A, 0x5C, 0x0A, 0x5D, 0x0A, 0x5E, 0x0A, 0x5F, 0x0A, 0x60, 0x0A,
    0x61, 0x0A, 0x62, 0x0A, 0x63, 0x0A, 0x64, 0x0A, 0x65, 0x0A, 0x66, 0x0A,
    0x67, 0x0A, 0x68, 0x0A, 0x69, 0x0A, 0x6A, 0x0A, 0x6B, 0x0A, 0x6C, 0x0A,
    0x6D, 0x0A, 0x6E, 0x0A, 0x6F, 0x0A, 0x70, 0x0A, 0x71, 0x0A, 0x72, 0x0A,
    0x73, 0x0A, 0x74, 0x0A, 0x75, 0x0A, 0x76, 0x0A, 0x77, 0x0A, 0x78, 0x0A,
    0x79, 0x0A, 0x7A, 0x0A, 0x7B, 0x0A, 0x7C, 0x0A, 0x7D, 0x0A, 0x7E, 0x0A,
    0x7F, 0x0A, 0x80, 0x0A, 0x81, 0x0A, 0x82, 0x0A, 0x83, 0x0A, 0x84, 0x0A,
    0x85, 0x0A, 0x86, 0x0A, 0x87, 0x0A, 0x88, 0x0A, 0x89, 0x0A, 0x8A, 0x0A,
    0x8B, 0x0A, 0x8C, 0x0A, 0x8D, 0x0A, 0x8E, 0x0A, 0x8F, 0x0A, 0x90, 0x0A,
    0x91, 0x0A, 0x92, 0x0A, 0x93, 0x0A, 0x94, 0x0A, 0x95, 0x0A, 0x96, 0x0A,
    0x97, 0x0A, 0x98, 0x0A, 0x99, 0x0A, 0x9A, 0x0A, 0x9B, 0x0A, 0x9C, 0x0A,
    0x9D, 0x0A, 0x9E, 0x0A, 0x9F, 0x0A, 0xA0, 0x0A, 0xA1, 0x0A, 0xA2, 0x0A,
    0xA3, 0x0A, 0xA4, 0x0A, 0xA5, 0x0A, 0xA6, 0x0A, 0xA7, 0x0A, 0xA8, 0x0A,
    0xA9, 0x0A, 0xAA, 0x0A, 0xAB, 0x0A, 0xAC, 0x0A, 0xAD, 0x0A, 0xAE, 0x0A,
    0xAF, 0x0A, 0xB0, 0x0A, 0xB1, 0x0A, 0xB2, 0x0A, 0xB3, 0x0A, 0xB4, 0x0A,
    0xB5, 0x0A, 0xB6, 0x0A, 0xB7, 0x0A, 0xB8, 0x0A, 0xB9, 0x0A, 0xBA, 0x0A,
    0xBB, 0x0A, 0xBC, 0x0A, 0xBD, 0x0A, 0xBE, 0x0A, 0xBF, 0x0A, 0xC0, 0x0A,
    0xC1, 0x0A, 0xC2, 0x0A, 0xC3, 0x0A, 0xC4, 0x0A, 0xC5, 0x0A, 0xC6, 0x0A,
    0xC7, 0x0A, 0xC8, 0x0A, 0xC9, 0x0A, 0xCA, 0x0A, 0xCB, 0x0A, 0xCC, 0x0A,
    0xCD, 0x0A, 0xCE, 0x0A, 0xCF, 0x0A, 0xD0, 0x0A, 0xD1, 0x0A, 0xD2, 0x0A,
    0xD3, 0x0A, 0xD4, 0x0A, 0xD5, 0x0A, 0xD6, 0x0A, 0xD7, 0x0A, 0xD8, 0x0A,
    0xD9, 0x0A, 0xDA, 0x0A, 0xDB, 0x0A, 0xDC, 0x0A, 0xDD, 0x0A, 0xDE, 0x0A,
    0xDF, 0x0A, 0xE0, 0x0A, 0xE1, 0x0A, 0xE2, 0x0A, 0xE3, 0x0A, 0xE4, 0x0A,
    0xE5, 0x0A, 0xE6, 0x0A, 0xE7, 0x0A, 0xE8, 0x0A, 0xE9, 0x0A, 0xEA, 0x0A,
    0xEB, 0x0A, 0xEC, 0x0A, 0xED, 0x0A, 0xEE, 0x0A, 0xEF, 0x0A, 0xF0, 0x0A,
    0xF1, 0x0A, 0xF2, 0x0A, 0xF3, 0x0A, 0xF4, 0x0A, 0xF5, 0x0A, 0xF6, 0x0A,
    0xF7, 0x0A, 0xF8, 0x0A, 0xF9, 0x0A, 0xFA, 0x0A, 0xFB, 0x0A, 0xFC, 0x0A,
    0xFD, 0x0A, 0xFE, 0x0A, 0xFF, 0x0B, 0x00, 0x01, 0x0B, 0x01, 0x01, 0x0B,
    0x02, 0x01, 0x0B, 0x03, 0x01, 0x0B, 0x04, 0x01, 0x0B, 0x05, 0x01, 0x0B,
    0x06, 0x01, 0x0B, 0x07, 0x01, 0x0B, 0x08, 0x01, 0x0B, 0x09, 0x01, 0x0B,
    0x0A, 0x01, 0x0B, 0x0B, 0x01, 0x0B, 0x0C, 0x01, 0x0B, 0x0D, 0x01, 0x0B,
    0x0E, 0x01, 0x0B, 0x0F, 0x01, 0x0B, 0x10, 0x01, 0x0B, 0x11, 0x01, 0x0B,
    0x12, 0x01, 0x0B, 0x13, 0x01, 0x0B, 0x14, 0x01, 0x0B, 0x15, 0x01, 0x0B,
    0x16, 0x01, 0x0B, 0x17, 0x01, 0x0B, 0x18, 0x01, 0x0B, 0x19, 0x01, 0x0B,
    0x1A, 0x01, 0x0B, 0x1B, 0x01, 0x0B, 0x1C, 0x01, 0x0B, 0x1D, 0x01, 0x0B,
    0x1E, 0x01, 0x0B, 0x1F, 0x01, 0x0B, 0x20, 0x01, 0x0B, 0x21, 0x01, 0x0B,
    0x22, 0x01, 0x0B, 0x23, 0x01, 0x0B, 0x24, 0x01, 0x0B, 0x25, 0x01, 0x0B,
    0x26, 0x01, 0x0B, 0x27, 0x01, 0x0B, 0x28, 0x01, 0x0B, 0x29, 0x01, 0x0B,
    0x2A, 0x01, 0x0B, 0x2B, 0x01,
};
static void emit_package_var(struct aml_writer *w)
{
    aml_name_decl(w, "P300");
    aml_package(w);
    for (unsigned i = 0; i < 300; i++)
        aml_int(w, i);
    aml_end(w);
}
static const struct vector vec_package_var = VEC(package_var);

/* ---- package_sized --------------------------------------------------------- */
static const char asl_package_sized[] =
    "Name (PKG2, Package (0x02) {})\n";
static const uint8_t want_package_sized[] = {
    0x08, 0x50, 0x4B, 0x47, 0x32, 0x12, 0x02, 0x02,
};
static void emit_package_sized(struct aml_writer *w)
{
    aml_name_decl(w, "PKG2");
    aml_package_sized(w, 2);
    aml_end(w);
}
static const struct vector vec_package_sized = VEC(package_sized);

/* ---- package_sized_partial ------------------------------------------------- */
static const char asl_package_sized_partial[] =
    "Name (PKG3, Package (0x04) {0x01, 0x02})\n";
static const uint8_t want_package_sized_partial[] = {
    0x08, 0x50, 0x4B, 0x47, 0x33, 0x12, 0x05, 0x04, 0x01, 0x0A, 0x02,
};
static void emit_package_sized_partial(struct aml_writer *w)
{
    aml_name_decl(w, "PKG3");
    aml_package_sized(w, 4);
        aml_int(w, 1);
        aml_int(w, 2);
    aml_end(w);
}
static const struct vector vec_package_sized_partial = VEC(package_sized_partial);

/* ---- package_sized_var ----------------------------------------------------- */
/* A declared size above 255 also needs a VarPackage. */
static const char asl_package_sized_var[] =
    "Name (PKG4, Package (0x012C) {0x01})\n";
static const uint8_t want_package_sized_var[] = {
    0x08, 0x50, 0x4B, 0x47, 0x34, 0x13, 0x05, 0x0B, 0x2C, 0x01, 0x01,
};
static void emit_package_sized_var(struct aml_writer *w)
{
    aml_name_decl(w, "PKG4");
    aml_package_sized(w, 300);
        aml_int(w, 1);
    aml_end(w);
}
static const struct vector vec_package_sized_var = VEC(package_sized_var);

/* ---- name_root ------------------------------------------------------------- */
/* RootChar. */
static const char asl_name_root[] =
    "Name (VAL0, One)\n"
    "Name (PKG0, Package () {\\VAL0})\n";
static const uint8_t want_name_root[] = {
    0x08, 0x56, 0x41, 0x4C, 0x30, 0x01, 0x08, 0x50, 0x4B, 0x47, 0x30, 0x12,
    0x07, 0x01, 0x5C, 0x56, 0x41, 0x4C, 0x30,
};
static void emit_name_root(struct aml_writer *w)
{
    aml_name_decl(w, "VAL0");
    aml_int(w, 1);
    aml_name_decl(w, "PKG0");
    aml_package(w);
        aml_name(w, "\\VAL0");
    aml_end(w);
}
static const struct vector vec_name_root = VEC(name_root);

/* ---- name_parent ----------------------------------------------------------- */
/* ParentPrefixChar, once and twice. */
static const char asl_name_parent[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Name (VAL0, One)\n"
    "    Device (PCI0)\n"
    "    {\n"
    "        Name (_ADR, Zero)\n"
    "        Name (VAL1, 0x02)\n"
    "        Device (LPC0)\n"
    "        {\n"
    "            Name (_ADR, 0x001F0000)\n"
    "            Name (PKG0, Package () {^VAL1, ^^VAL0})\n"
    "        }\n"
    "    }\n"
    "}\n";
static const uint8_t want_name_parent[] = {
    0x10, 0x45, 0x04, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x08, 0x56, 0x41, 0x4C,
    0x30, 0x01, 0x5B, 0x82, 0x36, 0x50, 0x43, 0x49, 0x30, 0x08, 0x5F, 0x41,
    0x44, 0x52, 0x00, 0x08, 0x56, 0x41, 0x4C, 0x31, 0x0A, 0x02, 0x5B, 0x82,
    0x22, 0x4C, 0x50, 0x43, 0x30, 0x08, 0x5F, 0x41, 0x44, 0x52, 0x0C, 0x00,
    0x00, 0x1F, 0x00, 0x08, 0x50, 0x4B, 0x47, 0x30, 0x12, 0x0D, 0x02, 0x5E,
    0x56, 0x41, 0x4C, 0x31, 0x5E, 0x5E, 0x56, 0x41, 0x4C, 0x30,
};
static void emit_name_parent(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_name_decl(w, "VAL0");
        aml_int(w, 1);
        aml_device(w, "PCI0");
            aml_name_decl(w, "_ADR");
            aml_int(w, 0);
            aml_name_decl(w, "VAL1");
            aml_int(w, 2);
            aml_device(w, "LPC0");
                aml_name_decl(w, "_ADR");
                aml_int(w, 0x1F0000);
                aml_name_decl(w, "PKG0");
                aml_package(w);
                    aml_name(w, "^VAL1");
                    aml_name(w, "^^VAL0");
                aml_end(w);
            aml_end(w);
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_name_parent = VEC(name_parent);

/* ---- name_dual ------------------------------------------------------------- */
/* Two segments: DualNamePrefix, relative and from the root. */
static const char asl_name_dual[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Device (PCI0)\n"
    "    {\n"
    "        Name (_ADR, Zero)\n"
    "        Name (VAL1, 0x02)\n"
    "    }\n"
    "\n"
    "    Name (PKG0, Package () {PCI0.VAL1, \\_SB.PCI0})\n"
    "}\n";
static const uint8_t want_name_dual[] = {
    0x10, 0x35, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x5B, 0x82, 0x12, 0x50, 0x43,
    0x49, 0x30, 0x08, 0x5F, 0x41, 0x44, 0x52, 0x00, 0x08, 0x56, 0x41, 0x4C,
    0x31, 0x0A, 0x02, 0x08, 0x50, 0x4B, 0x47, 0x30, 0x12, 0x15, 0x02, 0x2E,
    0x50, 0x43, 0x49, 0x30, 0x56, 0x41, 0x4C, 0x31, 0x5C, 0x2E, 0x5F, 0x53,
    0x42, 0x5F, 0x50, 0x43, 0x49, 0x30,
};
static void emit_name_dual(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_device(w, "PCI0");
            aml_name_decl(w, "_ADR");
            aml_int(w, 0);
            aml_name_decl(w, "VAL1");
            aml_int(w, 2);
        aml_end(w);
        aml_name_decl(w, "PKG0");
        aml_package(w);
            aml_name(w, "PCI0.VAL1");
            aml_name(w, "\\_SB.PCI0");
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_name_dual = VEC(name_dual);

/* ---- name_multi ------------------------------------------------------------ */
/* Three and four segments: MultiNamePrefix, relative and from the root. */
static const char asl_name_multi[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Device (PCI0)\n"
    "    {\n"
    "        Name (_ADR, Zero)\n"
    "        Device (LPC0)\n"
    "        {\n"
    "            Name (_ADR, 0x001F0000)\n"
    "            Name (VAL2, 0x03)\n"
    "        }\n"
    "    }\n"
    "\n"
    "    Name (PKG0, Package () {PCI0.LPC0.VAL2, \\_SB.PCI0.LPC0.VAL2})\n"
    "}\n";
static const uint8_t want_name_multi[] = {
    0x10, 0x45, 0x05, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x5B, 0x82, 0x23, 0x50,
    0x43, 0x49, 0x30, 0x08, 0x5F, 0x41, 0x44, 0x52, 0x00, 0x5B, 0x82, 0x16,
    0x4C, 0x50, 0x43, 0x30, 0x08, 0x5F, 0x41, 0x44, 0x52, 0x0C, 0x00, 0x00,
    0x1F, 0x00, 0x08, 0x56, 0x41, 0x4C, 0x32, 0x0A, 0x03, 0x08, 0x50, 0x4B,
    0x47, 0x30, 0x12, 0x23, 0x02, 0x2F, 0x03, 0x50, 0x43, 0x49, 0x30, 0x4C,
    0x50, 0x43, 0x30, 0x56, 0x41, 0x4C, 0x32, 0x5C, 0x2F, 0x04, 0x5F, 0x53,
    0x42, 0x5F, 0x50, 0x43, 0x49, 0x30, 0x4C, 0x50, 0x43, 0x30, 0x56, 0x41,
    0x4C, 0x32,
};
static void emit_name_multi(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_device(w, "PCI0");
            aml_name_decl(w, "_ADR");
            aml_int(w, 0);
            aml_device(w, "LPC0");
                aml_name_decl(w, "_ADR");
                aml_int(w, 0x1F0000);
                aml_name_decl(w, "VAL2");
                aml_int(w, 3);
            aml_end(w);
        aml_end(w);
        aml_name_decl(w, "PKG0");
        aml_package(w);
            aml_name(w, "PCI0.LPC0.VAL2");
            aml_name(w, "\\_SB.PCI0.LPC0.VAL2");
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_name_multi = VEC(name_multi);

/* ---- name_padded ----------------------------------------------------------- */
/* Segments shorter than four characters are padded with '_'. */
static const char asl_name_padded[] =
    "Name (DEF, 0x02)\n"
    "Device (A)\n"
    "{\n"
    "    Name (_ADR, Zero)\n"
    "    Name (BC, One)\n"
    "    Name (PKG0, Package () {^DEF, BC})\n"
    "}\n"
    "\n"
    "Name (PKG1, Package () {A.BC, \\A.BC, \\DEF})\n";
static const uint8_t want_name_padded[] = {
    0x08, 0x44, 0x45, 0x46, 0x5F, 0x0A, 0x02, 0x5B, 0x82, 0x22, 0x41, 0x5F,
    0x5F, 0x5F, 0x08, 0x5F, 0x41, 0x44, 0x52, 0x00, 0x08, 0x42, 0x43, 0x5F,
    0x5F, 0x01, 0x08, 0x50, 0x4B, 0x47, 0x30, 0x12, 0x0B, 0x02, 0x5E, 0x44,
    0x45, 0x46, 0x5F, 0x42, 0x43, 0x5F, 0x5F, 0x08, 0x50, 0x4B, 0x47, 0x31,
    0x12, 0x1A, 0x03, 0x2E, 0x41, 0x5F, 0x5F, 0x5F, 0x42, 0x43, 0x5F, 0x5F,
    0x5C, 0x2E, 0x41, 0x5F, 0x5F, 0x5F, 0x42, 0x43, 0x5F, 0x5F, 0x5C, 0x44,
    0x45, 0x46, 0x5F,
};
static void emit_name_padded(struct aml_writer *w)
{
    aml_name_decl(w, "DEF");
    aml_int(w, 2);
    aml_device(w, "A");
        aml_name_decl(w, "_ADR");
        aml_int(w, 0);
        aml_name_decl(w, "BC");
        aml_int(w, 1);
        aml_name_decl(w, "PKG0");
        aml_package(w);
            aml_name(w, "^DEF");
            aml_name(w, "BC");
        aml_end(w);
    aml_end(w);
    aml_name_decl(w, "PKG1");
    aml_package(w);
        aml_name(w, "A.BC");
        aml_name(w, "\\A.BC");
        aml_name(w, "\\DEF");
    aml_end(w);
}
static const struct vector vec_name_padded = VEC(name_padded);

/* ---- local ----------------------------------------------------------------- */
static const char asl_local[] =
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    Store (Zero, Local0)\n"
    "    Store (Local0, Local1)\n"
    "    Store (Local1, Local2)\n"
    "    Store (Local2, Local3)\n"
    "    Store (Local3, Local4)\n"
    "    Store (Local4, Local5)\n"
    "    Store (Local5, Local6)\n"
    "    Store (Local6, Local7)\n"
    "    Return (Local7)\n"
    "}\n";
static const uint8_t want_local[] = {
    0x14, 0x20, 0x54, 0x53, 0x54, 0x30, 0x00, 0x70, 0x00, 0x60, 0x70, 0x60,
    0x61, 0x70, 0x61, 0x62, 0x70, 0x62, 0x63, 0x70, 0x63, 0x64, 0x70, 0x64,
    0x65, 0x70, 0x65, 0x66, 0x70, 0x66, 0x67, 0xA4, 0x67,
};
static void emit_local(struct aml_writer *w)
{
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_store(w); aml_int(w, 0); aml_local(w, 0);
        for (unsigned i = 1; i < 8; i++) {
            aml_store(w); aml_local(w, i - 1); aml_local(w, i);
        }
        aml_return(w); aml_local(w, 7);
    aml_end(w);
}
static const struct vector vec_local = VEC(local);

/* ---- arg ------------------------------------------------------------------- */
static const char asl_arg[] =
    "Method (TST0, 7, NotSerialized)\n"
    "{\n"
    "    Add (Arg0, Arg1, Local0)\n"
    "    Add (Arg2, Arg3, Local1)\n"
    "    Add (Arg4, Arg5, Local2)\n"
    "    Add (Local0, Local1, Local3)\n"
    "    Add (Local2, Local3, Local4)\n"
    "    Return (Add (Local4, Arg6))\n"
    "}\n";
static const uint8_t want_arg[] = {
    0x14, 0x1F, 0x54, 0x53, 0x54, 0x30, 0x07, 0x72, 0x68, 0x69, 0x60, 0x72,
    0x6A, 0x6B, 0x61, 0x72, 0x6C, 0x6D, 0x62, 0x72, 0x60, 0x61, 0x63, 0x72,
    0x62, 0x63, 0x64, 0xA4, 0x72, 0x64, 0x6E, 0x00,
};
static void emit_arg(struct aml_writer *w)
{
    aml_method(w, "TST0", 7, AML_NOT_SERIALIZED, 0);
        aml_add(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_add(w); aml_arg(w, 2); aml_arg(w, 3); aml_local(w, 1);
        aml_add(w); aml_arg(w, 4); aml_arg(w, 5); aml_local(w, 2);
        aml_add(w); aml_local(w, 0); aml_local(w, 1); aml_local(w, 3);
        aml_add(w); aml_local(w, 2); aml_local(w, 3); aml_local(w, 4);
        aml_return(w); aml_add(w); aml_local(w, 4); aml_arg(w, 6); aml_null_target(w);
    aml_end(w);
}
static const struct vector vec_arg = VEC(arg);

/* ---- null_target ----------------------------------------------------------- */
/* Operators used as operands, with no Target. */
static const char asl_null_target[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Return (Add (Multiply (Arg0, 0x02), ShiftLeft (Arg1, 0x04)))\n"
    "}\n";
static const uint8_t want_null_target[] = {
    0x14, 0x13, 0x54, 0x53, 0x54, 0x30, 0x02, 0xA4, 0x72, 0x77, 0x68, 0x0A,
    0x02, 0x00, 0x79, 0x69, 0x0A, 0x04, 0x00, 0x00,
};
static void emit_null_target(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_return(w);
        aml_add(w);
            aml_multiply(w); aml_arg(w, 0); aml_int(w, 2); aml_null_target(w);
            aml_shift_left(w); aml_arg(w, 1); aml_int(w, 4); aml_null_target(w);
            aml_null_target(w);
    aml_end(w);
}
static const struct vector vec_null_target = VEC(null_target);

/* ---- debug ----------------------------------------------------------------- */
static const char asl_debug[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Store (Arg0, Debug)\n"
    "}\n";
static const uint8_t want_debug[] = {
    0x14, 0x0A, 0x54, 0x53, 0x54, 0x30, 0x01, 0x70, 0x68, 0x5B, 0x31,
};
static void emit_debug(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_store(w); aml_arg(w, 0); aml_debug(w);
    aml_end(w);
}
static const struct vector vec_debug = VEC(debug);

/* ---- name_int -------------------------------------------------------------- */
/*
 * Outside any block, inside one, and with NameStrings that are not a
 * plain NameSeg.
 */
static const char asl_name_int[] =
    "Name (I000, Zero)\n"
    "Name (I001, One)\n"
    "Name (I002, 0xFF)\n"
    "Name (I003, 0x1234)\n"
    "Name (I004, 0x12345678)\n"
    "Name (I005, 0x0000000123456789)\n"
    "Name (I006, 0xFFFFFFFFFFFFFFFF)\n"
    "Name (\\I007, 0x02)\n"
    "Scope (\\_SB)\n"
    "{\n"
    "    Name (J000, Zero)\n"
    "    Name (J001, One)\n"
    "    Name (J002, 0xFF)\n"
    "    Name (J003, 0x1234)\n"
    "    Name (J004, 0x12345678)\n"
    "    Name (J005, 0x0000000123456789)\n"
    "    Name (J006, 0xFFFFFFFFFFFFFFFF)\n"
    "    Name (K, 0x03)\n"
    "    Name (\\_SB.J007, 0x04)\n"
    "}\n";
static const uint8_t want_name_int[] = {
    0x08, 0x49, 0x30, 0x30, 0x30, 0x00, 0x08, 0x49, 0x30, 0x30, 0x31, 0x01,
    0x08, 0x49, 0x30, 0x30, 0x32, 0x0A, 0xFF, 0x08, 0x49, 0x30, 0x30, 0x33,
    0x0B, 0x34, 0x12, 0x08, 0x49, 0x30, 0x30, 0x34, 0x0C, 0x78, 0x56, 0x34,
    0x12, 0x08, 0x49, 0x30, 0x30, 0x35, 0x0E, 0x89, 0x67, 0x45, 0x23, 0x01,
    0x00, 0x00, 0x00, 0x08, 0x49, 0x30, 0x30, 0x36, 0xFF, 0x08, 0x5C, 0x49,
    0x30, 0x30, 0x37, 0x0A, 0x02, 0x10, 0x44, 0x05, 0x5C, 0x5F, 0x53, 0x42,
    0x5F, 0x08, 0x4A, 0x30, 0x30, 0x30, 0x00, 0x08, 0x4A, 0x30, 0x30, 0x31,
    0x01, 0x08, 0x4A, 0x30, 0x30, 0x32, 0x0A, 0xFF, 0x08, 0x4A, 0x30, 0x30,
    0x33, 0x0B, 0x34, 0x12, 0x08, 0x4A, 0x30, 0x30, 0x34, 0x0C, 0x78, 0x56,
    0x34, 0x12, 0x08, 0x4A, 0x30, 0x30, 0x35, 0x0E, 0x89, 0x67, 0x45, 0x23,
    0x01, 0x00, 0x00, 0x00, 0x08, 0x4A, 0x30, 0x30, 0x36, 0xFF, 0x08, 0x4B,
    0x5F, 0x5F, 0x5F, 0x0A, 0x03, 0x08, 0x5C, 0x2E, 0x5F, 0x53, 0x42, 0x5F,
    0x4A, 0x30, 0x30, 0x37, 0x0A, 0x04,
};
static void emit_name_int(struct aml_writer *w)
{
    aml_name_int(w, "I000", 0);
    aml_name_int(w, "I001", 1);
    aml_name_int(w, "I002", 0xFF);
    aml_name_int(w, "I003", 0x1234);
    aml_name_int(w, "I004", 0x12345678);
    aml_name_int(w, "I005", 0x123456789);
    aml_name_int(w, "I006", 0xFFFFFFFFFFFFFFFF);
    aml_name_int(w, "\\I007", 2);
    aml_scope(w, "\\_SB");
        aml_name_int(w, "J000", 0);
        aml_name_int(w, "J001", 1);
        aml_name_int(w, "J002", 0xFF);
        aml_name_int(w, "J003", 0x1234);
        aml_name_int(w, "J004", 0x12345678);
        aml_name_int(w, "J005", 0x123456789);
        aml_name_int(w, "J006", 0xFFFFFFFFFFFFFFFF);
        aml_name_int(w, "K", 3);
        aml_name_int(w, "\\_SB.J007", 4);
    aml_end(w);
}
static const struct vector vec_name_int = VEC(name_int);

/* ---- name_string ----------------------------------------------------------- */
/*
 * Outside any block, inside one, and with NameStrings that are not a
 * plain NameSeg.
 */
static const char asl_name_string[] =
    "Name (STR0, \"Xen\")\n"
    "Name (\\STR1, \"\")\n"
    "Device (C000)\n"
    "{\n"
    "    Name (_HID, \"ACPI0007\")\n"
    "    Name (_UID, \"\")\n"
    "    Name (AB, \"short name\")\n"
    "    Name (\\C000.STR2, \"path\")\n"
    "}\n";
static const uint8_t want_name_string[] = {
    0x08, 0x53, 0x54, 0x52, 0x30, 0x0D, 0x58, 0x65, 0x6E, 0x00, 0x08, 0x5C,
    0x53, 0x54, 0x52, 0x31, 0x0D, 0x00, 0x5B, 0x82, 0x3D, 0x43, 0x30, 0x30,
    0x30, 0x08, 0x5F, 0x48, 0x49, 0x44, 0x0D, 0x41, 0x43, 0x50, 0x49, 0x30,
    0x30, 0x30, 0x37, 0x00, 0x08, 0x5F, 0x55, 0x49, 0x44, 0x0D, 0x00, 0x08,
    0x41, 0x42, 0x5F, 0x5F, 0x0D, 0x73, 0x68, 0x6F, 0x72, 0x74, 0x20, 0x6E,
    0x61, 0x6D, 0x65, 0x00, 0x08, 0x5C, 0x2E, 0x43, 0x30, 0x30, 0x30, 0x53,
    0x54, 0x52, 0x32, 0x0D, 0x70, 0x61, 0x74, 0x68, 0x00,
};
static void emit_name_string(struct aml_writer *w)
{
    aml_name_string(w, "STR0", "Xen");
    aml_name_string(w, "\\STR1", "");
    aml_device(w, "C000");
        aml_name_string(w, "_HID", "ACPI0007");
        aml_name_string(w, "_UID", "");
        aml_name_string(w, "AB", "short name");
        aml_name_string(w, "\\C000.STR2", "path");
    aml_end(w);
}
static const struct vector vec_name_string = VEC(name_string);

/* ---- definition_block_names ------------------------------------------------ */
/*
 * aml_name_int/aml_name_string inside a DefinitionBlock (the writer's
 * fast path), revision 1.
 */
static const char asl_definition_block_names[] =
    "DefinitionBlock (\"\", \"SSDT\", 1, \"XENACP\", \"GOLDEN\", 2)\n"
    "{\n"
    "    Name (ONE1, 0xFFFFFFFF)\n"
    "    Name (I000, 0x12345678)\n"
    "    Name (STR0, \"rev1\")\n"
    "    Device (DEV0)\n"
    "    {\n"
    "        Name (_ADR, 0xFFFFFFFF)\n"
    "        Name (_UID, \"u\")\n"
    "    }\n"
    "}\n";
static const uint8_t want_definition_block_names[] = {
    0x53, 0x53, 0x44, 0x54, 0x54, 0x00, 0x00, 0x00, 0x01, 0x70, 0x58, 0x45,
    0x4E, 0x41, 0x43, 0x50, 0x47, 0x4F, 0x4C, 0x44, 0x45, 0x4E, 0x00, 0x00,
    0x02, 0x00, 0x00, 0x00, 0x49, 0x4E, 0x54, 0x4C, 0x25, 0x09, 0x20, 0x20,
    0x08, 0x4F, 0x4E, 0x45, 0x31, 0xFF, 0x08, 0x49, 0x30, 0x30, 0x30, 0x0C,
    0x78, 0x56, 0x34, 0x12, 0x08, 0x53, 0x54, 0x52, 0x30, 0x0D, 0x72, 0x65,
    0x76, 0x31, 0x00, 0x5B, 0x82, 0x13, 0x44, 0x45, 0x56, 0x30, 0x08, 0x5F,
    0x41, 0x44, 0x52, 0xFF, 0x08, 0x5F, 0x55, 0x49, 0x44, 0x0D, 0x75, 0x00,
};
static void emit_definition_block_names(struct aml_writer *w)
{
    aml_definition_block(w, "SSDT", 1, "XENACP", "GOLDEN", 2);
    aml_name_int(w, "ONE1", 0xFFFFFFFF);
    aml_name_int(w, "I000", 0x12345678);
    aml_name_string(w, "STR0", "rev1");
    aml_device(w, "DEV0");
        aml_name_int(w, "_ADR", 0xFFFFFFFF);
        aml_name_string(w, "_UID", "u");
    aml_end(w);
    aml_end(w);
}
static const struct vector vec_definition_block_names = VEC_FULL(definition_block_names);

/* ---- name_decl ------------------------------------------------------------- */
static const char asl_name_decl[] =
    "Name (N000, 0x2A)\n";
static const uint8_t want_name_decl[] = {
    0x08, 0x4E, 0x30, 0x30, 0x30, 0x0A, 0x2A,
};
static void emit_name_decl(struct aml_writer *w)
{
    aml_name_decl(w, "N000");
    aml_int(w, 0x2A);
}
static const struct vector vec_name_decl = VEC(name_decl);

/* ---- scope ----------------------------------------------------------------- */
static const char asl_scope[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Name (VAL0, One)\n"
    "}\n";
static const uint8_t want_scope[] = {
    0x10, 0x0C, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x08, 0x56, 0x41, 0x4C, 0x30,
    0x01,
};
static void emit_scope(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_name_decl(w, "VAL0");
        aml_int(w, 1);
    aml_end(w);
}
static const struct vector vec_scope = VEC(scope);

/* ---- scope_root ------------------------------------------------------------ */
static const char asl_scope_root[] =
    "Scope (\\)\n"
    "{\n"
    "    Name (ROT0, One)\n"
    "}\n";
static const uint8_t want_scope_root[] = {
    0x10, 0x09, 0x5C, 0x00, 0x08, 0x52, 0x4F, 0x54, 0x30, 0x01,
};
static void emit_scope_root(struct aml_writer *w)
{
    aml_scope(w, "\\");
        aml_name_decl(w, "ROT0");
        aml_int(w, 1);
    aml_end(w);
}
static const struct vector vec_scope_root = VEC(scope_root);

/* ---- scope_relative -------------------------------------------------------- */
static const char asl_scope_relative[] =
    "Device (DEV0)\n"
    "{\n"
    "    Name (_ADR, Zero)\n"
    "}\n"
    "\n"
    "Scope (DEV0)\n"
    "{\n"
    "    Name (VAL0, One)\n"
    "}\n";
static const uint8_t want_scope_relative[] = {
    0x5B, 0x82, 0x0B, 0x44, 0x45, 0x56, 0x30, 0x08, 0x5F, 0x41, 0x44, 0x52,
    0x00, 0x10, 0x0B, 0x44, 0x45, 0x56, 0x30, 0x08, 0x56, 0x41, 0x4C, 0x30,
    0x01,
};
static void emit_scope_relative(struct aml_writer *w)
{
    aml_device(w, "DEV0");
        aml_name_decl(w, "_ADR");
        aml_int(w, 0);
    aml_end(w);
    aml_scope(w, "DEV0");
        aml_name_decl(w, "VAL0");
        aml_int(w, 1);
    aml_end(w);
}
static const struct vector vec_scope_relative = VEC(scope_relative);

/* ---- device ---------------------------------------------------------------- */
static const char asl_device[] =
    "Device (C000)\n"
    "{\n"
    "    Name (_HID, \"ACPI0007\")\n"
    "    Name (_UID, Zero)\n"
    "}\n";
static const uint8_t want_device[] = {
    0x5B, 0x82, 0x1A, 0x43, 0x30, 0x30, 0x30, 0x08, 0x5F, 0x48, 0x49, 0x44,
    0x0D, 0x41, 0x43, 0x50, 0x49, 0x30, 0x30, 0x30, 0x37, 0x00, 0x08, 0x5F,
    0x55, 0x49, 0x44, 0x00,
};
static void emit_device(struct aml_writer *w)
{
    aml_device(w, "C000");
        aml_name_decl(w, "_HID");
        aml_string(w, "ACPI0007");
        aml_name_decl(w, "_UID");
        aml_int(w, 0);
    aml_end(w);
}
static const struct vector vec_device = VEC(device);

/* ---- device_in_scope ------------------------------------------------------- */
static const char asl_device_in_scope[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Device (PCI0)\n"
    "    {\n"
    "        Name (_HID, EisaId (\"PNP0A08\"))\n"
    "        Name (_CID, EisaId (\"PNP0A03\"))\n"
    "        Name (_UID, Zero)\n"
    "    }\n"
    "}\n";
static const uint8_t want_device_in_scope[] = {
    0x10, 0x27, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x5B, 0x82, 0x1F, 0x50, 0x43,
    0x49, 0x30, 0x08, 0x5F, 0x48, 0x49, 0x44, 0x0C, 0x41, 0xD0, 0x0A, 0x08,
    0x08, 0x5F, 0x43, 0x49, 0x44, 0x0C, 0x41, 0xD0, 0x0A, 0x03, 0x08, 0x5F,
    0x55, 0x49, 0x44, 0x00,
};
static void emit_device_in_scope(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_device(w, "PCI0");
            aml_name_decl(w, "_HID");
            aml_eisaid(w, "PNP0A08");
            aml_name_decl(w, "_CID");
            aml_eisaid(w, "PNP0A03");
            aml_name_decl(w, "_UID");
            aml_int(w, 0);
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_device_in_scope = VEC(device_in_scope);

/* ---- method ---------------------------------------------------------------- */
static const char asl_method[] =
    "Method (MTH0, 0, NotSerialized)\n"
    "{\n"
    "}\n";
static const uint8_t want_method[] = {
    0x14, 0x06, 0x4D, 0x54, 0x48, 0x30, 0x00,
};
static void emit_method(struct aml_writer *w)
{
    aml_method(w, "MTH0", 0, AML_NOT_SERIALIZED, 0);
    aml_end(w);
}
static const struct vector vec_method = VEC(method);

/* ---- method_serialized ----------------------------------------------------- */
static const char asl_method_serialized[] =
    "Method (MTH1, 3, Serialized, 5)\n"
    "{\n"
    "    Return (Arg2)\n"
    "}\n";
static const uint8_t want_method_serialized[] = {
    0x14, 0x08, 0x4D, 0x54, 0x48, 0x31, 0x5B, 0xA4, 0x6A,
};
static void emit_method_serialized(struct aml_writer *w)
{
    aml_method(w, "MTH1", 3, AML_SERIALIZED, 5);
        aml_return(w); aml_arg(w, 2);
    aml_end(w);
}
static const struct vector vec_method_serialized = VEC(method_serialized);

/* ---- method_sync_level ----------------------------------------------------- */
static const char asl_method_sync_level[] =
    "Method (MTH2, 7, NotSerialized, 15)\n"
    "{\n"
    "    Return (Arg6)\n"
    "}\n";
static const uint8_t want_method_sync_level[] = {
    0x14, 0x08, 0x4D, 0x54, 0x48, 0x32, 0xF7, 0xA4, 0x6E,
};
static void emit_method_sync_level(struct aml_writer *w)
{
    aml_method(w, "MTH2", 7, AML_NOT_SERIALIZED, 15);
        aml_return(w); aml_arg(w, 6);
    aml_end(w);
}
static const struct vector vec_method_sync_level = VEC(method_sync_level);

/* ---- call ------------------------------------------------------------------ */
static const char asl_call[] =
    "Method (MTH0, 0, NotSerialized)\n"
    "{\n"
    "    Return (One)\n"
    "}\n"
    "\n"
    "Method (MTH3, 3, NotSerialized)\n"
    "{\n"
    "    Return (Add (Arg0, Add (Arg1, Arg2)))\n"
    "}\n"
    "\n"
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    MTH0 ()\n"
    "    Return (MTH3 (One, 0x02, MTH0 ()))\n"
    "}\n";
static const uint8_t want_call[] = {
    0x14, 0x08, 0x4D, 0x54, 0x48, 0x30, 0x00, 0xA4, 0x01, 0x14, 0x0E, 0x4D,
    0x54, 0x48, 0x33, 0x03, 0xA4, 0x72, 0x68, 0x72, 0x69, 0x6A, 0x00, 0x00,
    0x14, 0x16, 0x54, 0x53, 0x54, 0x30, 0x00, 0x4D, 0x54, 0x48, 0x30, 0xA4,
    0x4D, 0x54, 0x48, 0x33, 0x01, 0x0A, 0x02, 0x4D, 0x54, 0x48, 0x30,
};
static void emit_call(struct aml_writer *w)
{
    aml_method(w, "MTH0", 0, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_int(w, 1);
    aml_end(w);
    aml_method(w, "MTH3", 3, AML_NOT_SERIALIZED, 0);
        aml_return(w);
        aml_add(w); aml_arg(w, 0);
            aml_add(w); aml_arg(w, 1); aml_arg(w, 2); aml_null_target(w);
            aml_null_target(w);
    aml_end(w);
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_call(w, "MTH0", 0);
        aml_return(w);
        aml_call(w, "MTH3", 3); aml_int(w, 1); aml_int(w, 2); aml_call(w, "MTH0", 0);
    aml_end(w);
}
static const struct vector vec_call = VEC(call);

/* ---- call_path ------------------------------------------------------------- */
static const char asl_call_path[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Method (MTH1, 1, NotSerialized)\n"
    "    {\n"
    "        Return (Arg0)\n"
    "    }\n"
    "}\n"
    "\n"
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    Return (\\_SB.MTH1 (0x05))\n"
    "}\n";
static const uint8_t want_call_path[] = {
    0x10, 0x0F, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x14, 0x08, 0x4D, 0x54, 0x48,
    0x31, 0x01, 0xA4, 0x68, 0x14, 0x13, 0x54, 0x53, 0x54, 0x30, 0x00, 0xA4,
    0x5C, 0x2E, 0x5F, 0x53, 0x42, 0x5F, 0x4D, 0x54, 0x48, 0x31, 0x0A, 0x05,
};
static void emit_call_path(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_method(w, "MTH1", 1, AML_NOT_SERIALIZED, 0);
            aml_return(w); aml_arg(w, 0);
        aml_end(w);
    aml_end(w);
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_call(w, "\\_SB.MTH1", 1); aml_int(w, 5);
    aml_end(w);
}
static const struct vector vec_call_path = VEC(call_path);

/* ---- processor ------------------------------------------------------------- */
static const char asl_processor[] =
    "Processor (CPU0, 0x01, 0x00000810, 0x06)\n"
    "{\n"
    "    Name (VAL0, One)\n"
    "}\n";
static const uint8_t want_processor[] = {
    0x5B, 0x83, 0x11, 0x43, 0x50, 0x55, 0x30, 0x01, 0x10, 0x08, 0x00, 0x00,
    0x06, 0x08, 0x56, 0x41, 0x4C, 0x30, 0x01,
};
static void emit_processor(struct aml_writer *w)
{
    aml_processor(w, "CPU0", 1, 0x810, 6);
        aml_name_decl(w, "VAL0");
        aml_int(w, 1);
    aml_end(w);
}
static const struct vector vec_processor = VEC(processor);

/* ---- power_resource -------------------------------------------------------- */
static const char asl_power_resource[] =
    "PowerResource (PRS0, 0x03, 0x1234)\n"
    "{\n"
    "    Method (_STA, 0, NotSerialized)\n"
    "    {\n"
    "        Return (One)\n"
    "    }\n"
    "\n"
    "    Method (_ON, 0, NotSerialized)\n"
    "    {\n"
    "    }\n"
    "\n"
    "    Method (_OFF, 0, NotSerialized)\n"
    "    {\n"
    "    }\n"
    "}\n";
static const uint8_t want_power_resource[] = {
    0x5B, 0x84, 0x1F, 0x50, 0x52, 0x53, 0x30, 0x03, 0x34, 0x12, 0x14, 0x08,
    0x5F, 0x53, 0x54, 0x41, 0x00, 0xA4, 0x01, 0x14, 0x06, 0x5F, 0x4F, 0x4E,
    0x5F, 0x00, 0x14, 0x06, 0x5F, 0x4F, 0x46, 0x46, 0x00,
};
static void emit_power_resource(struct aml_writer *w)
{
    aml_power_resource(w, "PRS0", 3, 0x1234);
        aml_method(w, "_STA", 0, AML_NOT_SERIALIZED, 0);
            aml_return(w); aml_int(w, 1);
        aml_end(w);
        aml_method(w, "_ON", 0, AML_NOT_SERIALIZED, 0);
        aml_end(w);
        aml_method(w, "_OFF", 0, AML_NOT_SERIALIZED, 0);
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_power_resource = VEC(power_resource);

/* ---- alias ----------------------------------------------------------------- */
static const char asl_alias[] =
    "Name (VAL0, One)\n"
    "Alias (VAL0, VAL1)\n";
static const uint8_t want_alias[] = {
    0x08, 0x56, 0x41, 0x4C, 0x30, 0x01, 0x06, 0x56, 0x41, 0x4C, 0x30, 0x56,
    0x41, 0x4C, 0x31,
};
static void emit_alias(struct aml_writer *w)
{
    aml_name_decl(w, "VAL0");
    aml_int(w, 1);
    aml_alias(w, "VAL0", "VAL1");
}
static const struct vector vec_alias = VEC(alias);

/* ---- alias_path ------------------------------------------------------------ */
static const char asl_alias_path[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Name (VAL0, One)\n"
    "}\n"
    "\n"
    "Alias (\\_SB.VAL0, \\ALS0)\n";
static const uint8_t want_alias_path[] = {
    0x10, 0x0C, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x08, 0x56, 0x41, 0x4C, 0x30,
    0x01, 0x06, 0x5C, 0x2E, 0x5F, 0x53, 0x42, 0x5F, 0x56, 0x41, 0x4C, 0x30,
    0x5C, 0x41, 0x4C, 0x53, 0x30,
};
static void emit_alias_path(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_name_decl(w, "VAL0");
        aml_int(w, 1);
    aml_end(w);
    aml_alias(w, "\\_SB.VAL0", "\\ALS0");
}
static const struct vector vec_alias_path = VEC(alias_path);

/* ---- external -------------------------------------------------------------- */
/*
 * iasl emits only the Externals that are referenced, fully qualified,
 * in source order, inside an If (Zero) at the start of the table.
 */
static const char asl_external[] =
    "External (MTHX, MethodObj, IntObj, {IntObj, IntObj})\n"
    "External (\\_SB.DEV0, DeviceObj)\n"
    "External (\\_SB.INT0, IntObj)\n"
    "\n"
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    Notify (\\_SB.DEV0, 0x80)\n"
    "    Return (MTHX (\\_SB.INT0, 0x02))\n"
    "}\n";
static const uint8_t want_external[] = {
    0xA0, 0x24, 0x00, 0x15, 0x5C, 0x4D, 0x54, 0x48, 0x58, 0x08, 0x02, 0x15,
    0x5C, 0x2E, 0x5F, 0x53, 0x42, 0x5F, 0x44, 0x45, 0x56, 0x30, 0x06, 0x00,
    0x15, 0x5C, 0x2E, 0x5F, 0x53, 0x42, 0x5F, 0x49, 0x4E, 0x54, 0x30, 0x01,
    0x00, 0x14, 0x24, 0x54, 0x53, 0x54, 0x30, 0x00, 0x86, 0x5C, 0x2E, 0x5F,
    0x53, 0x42, 0x5F, 0x44, 0x45, 0x56, 0x30, 0x0A, 0x80, 0xA4, 0x4D, 0x54,
    0x48, 0x58, 0x5C, 0x2E, 0x5F, 0x53, 0x42, 0x5F, 0x49, 0x4E, 0x54, 0x30,
    0x0A, 0x02,
};
static void emit_external(struct aml_writer *w)
{
    aml_if(w); aml_int(w, 0);
        aml_external(w, "\\MTHX", AML_OBJ_METHOD, 2);
        aml_external(w, "\\_SB.DEV0", AML_OBJ_DEVICE, 0);
        aml_external(w, "\\_SB.INT0", AML_OBJ_INT, 0);
    aml_end(w);
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_notify(w); aml_name(w, "\\_SB.DEV0"); aml_int(w, 0x80);
        aml_return(w); aml_call(w, "MTHX", 2); aml_name(w, "\\_SB.INT0"); aml_int(w, 2);
    aml_end(w);
}
static const struct vector vec_external = VEC(external);

/* ---- mutex ----------------------------------------------------------------- */
static const char asl_mutex[] =
    "Mutex (MTX0, 0x00)\n"
    "Mutex (MTX1, 0x0F)\n";
static const uint8_t want_mutex[] = {
    0x5B, 0x01, 0x4D, 0x54, 0x58, 0x30, 0x00, 0x5B, 0x01, 0x4D, 0x54, 0x58,
    0x31, 0x0F,
};
static void emit_mutex(struct aml_writer *w)
{
    aml_mutex(w, "MTX0", 0);
    aml_mutex(w, "MTX1", 15);
}
static const struct vector vec_mutex = VEC(mutex);

/* ---- acquire --------------------------------------------------------------- */
static const char asl_acquire[] =
    "Mutex (MTX0, 0x00)\n"
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    If (Acquire (MTX0, 0x0064))\n"
    "    {\n"
    "        Return (Zero)\n"
    "    }\n"
    "\n"
    "    Release (MTX0)\n"
    "    Return (One)\n"
    "}\n";
static const uint8_t want_acquire[] = {
    0x5B, 0x01, 0x4D, 0x54, 0x58, 0x30, 0x00, 0x14, 0x1A, 0x54, 0x53, 0x54,
    0x30, 0x00, 0xA0, 0x0B, 0x5B, 0x23, 0x4D, 0x54, 0x58, 0x30, 0x64, 0x00,
    0xA4, 0x00, 0x5B, 0x27, 0x4D, 0x54, 0x58, 0x30, 0xA4, 0x01,
};
static void emit_acquire(struct aml_writer *w)
{
    aml_mutex(w, "MTX0", 0);
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_if(w); aml_acquire(w, 100); aml_name(w, "MTX0");
            aml_return(w); aml_int(w, 0);
        aml_end(w);
        aml_release(w); aml_name(w, "MTX0");
        aml_return(w); aml_int(w, 1);
    aml_end(w);
}
static const struct vector vec_acquire = VEC(acquire);

/* ---- release --------------------------------------------------------------- */
static const char asl_release[] =
    "Scope (\\_SB)\n"
    "{\n"
    "    Mutex (MTX0, 0x00)\n"
    "}\n"
    "\n"
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    Acquire (\\_SB.MTX0, 0xFFFF)\n"
    "    Release (\\_SB.MTX0)\n"
    "}\n";
static const uint8_t want_release[] = {
    0x10, 0x0D, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x5B, 0x01, 0x4D, 0x54, 0x58,
    0x30, 0x00, 0x14, 0x20, 0x54, 0x53, 0x54, 0x30, 0x00, 0x5B, 0x23, 0x5C,
    0x2E, 0x5F, 0x53, 0x42, 0x5F, 0x4D, 0x54, 0x58, 0x30, 0xFF, 0xFF, 0x5B,
    0x27, 0x5C, 0x2E, 0x5F, 0x53, 0x42, 0x5F, 0x4D, 0x54, 0x58, 0x30,
};
static void emit_release(struct aml_writer *w)
{
    aml_scope(w, "\\_SB");
        aml_mutex(w, "MTX0", 0);
    aml_end(w);
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_acquire(w, 0xFFFF); aml_name(w, "\\_SB.MTX0");
        aml_release(w); aml_name(w, "\\_SB.MTX0");
    aml_end(w);
}
static const struct vector vec_release = VEC(release);

/* ---- notify ---------------------------------------------------------------- */
static const char asl_notify[] =
    "Device (DEV0)\n"
    "{\n"
    "    Name (_ADR, Zero)\n"
    "}\n"
    "\n"
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Notify (DEV0, 0x80)\n"
    "    Notify (\\_SB, Arg0)\n"
    "}\n";
static const uint8_t want_notify[] = {
    0x5B, 0x82, 0x0B, 0x44, 0x45, 0x56, 0x30, 0x08, 0x5F, 0x41, 0x44, 0x52,
    0x00, 0x14, 0x14, 0x54, 0x53, 0x54, 0x30, 0x01, 0x86, 0x44, 0x45, 0x56,
    0x30, 0x0A, 0x80, 0x86, 0x5C, 0x5F, 0x53, 0x42, 0x5F, 0x68,
};
static void emit_notify(struct aml_writer *w)
{
    aml_device(w, "DEV0");
        aml_name_decl(w, "_ADR");
        aml_int(w, 0);
    aml_end(w);
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_notify(w); aml_name(w, "DEV0"); aml_int(w, 0x80);
        aml_notify(w); aml_name(w, "\\_SB"); aml_arg(w, 0);
    aml_end(w);
}
static const struct vector vec_notify = VEC(notify);

/* ---- sleep ----------------------------------------------------------------- */
static const char asl_sleep[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Sleep (0x0A)\n"
    "    Sleep (Arg0)\n"
    "}\n";
static const uint8_t want_sleep[] = {
    0x14, 0x0D, 0x54, 0x53, 0x54, 0x30, 0x01, 0x5B, 0x22, 0x0A, 0x0A, 0x5B,
    0x22, 0x68,
};
static void emit_sleep(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_sleep(w); aml_int(w, 10);
        aml_sleep(w); aml_arg(w, 0);
    aml_end(w);
}
static const struct vector vec_sleep = VEC(sleep);

/* ---- operation_region ------------------------------------------------------ */
static const char asl_operation_region[] =
    "OperationRegion (OPR0, SystemMemory, 0xFED00000, 0x0400)\n"
    "OperationRegion (OPR1, SystemIO, 0xB2, 0x02)\n"
    "OperationRegion (OPR2, PCI_Config, Zero, 0x0100)\n"
    "OperationRegion (OPR3, EmbeddedControl, Zero, 0xFF)\n"
    "OperationRegion (OPR4, SMBus, Zero, 0x0100)\n"
    "OperationRegion (OPR5, SystemCMOS, Zero, 0x40)\n"
    "OperationRegion (OPR6, PCIBARTarget, Zero, 0x10)\n";
static const uint8_t want_operation_region[] = {
    0x5B, 0x80, 0x4F, 0x50, 0x52, 0x30, 0x00, 0x0C, 0x00, 0x00, 0xD0, 0xFE,
    0x0B, 0x00, 0x04, 0x5B, 0x80, 0x4F, 0x50, 0x52, 0x31, 0x01, 0x0A, 0xB2,
    0x0A, 0x02, 0x5B, 0x80, 0x4F, 0x50, 0x52, 0x32, 0x02, 0x00, 0x0B, 0x00,
    0x01, 0x5B, 0x80, 0x4F, 0x50, 0x52, 0x33, 0x03, 0x00, 0x0A, 0xFF, 0x5B,
    0x80, 0x4F, 0x50, 0x52, 0x34, 0x04, 0x00, 0x0B, 0x00, 0x01, 0x5B, 0x80,
    0x4F, 0x50, 0x52, 0x35, 0x05, 0x00, 0x0A, 0x40, 0x5B, 0x80, 0x4F, 0x50,
    0x52, 0x36, 0x06, 0x00, 0x0A, 0x10,
};
static void emit_operation_region(struct aml_writer *w)
{
    aml_operation_region(w, "OPR0", AML_SYSTEM_MEMORY); aml_int(w, 0xFED00000); aml_int(w, 0x400);
    aml_operation_region(w, "OPR1", AML_SYSTEM_IO); aml_int(w, 0xB2); aml_int(w, 2);
    aml_operation_region(w, "OPR2", AML_PCI_CONFIG); aml_int(w, 0); aml_int(w, 0x100);
    aml_operation_region(w, "OPR3", AML_EMBEDDED_CONTROL); aml_int(w, 0); aml_int(w, 0xFF);
    aml_operation_region(w, "OPR4", AML_SMBUS); aml_int(w, 0); aml_int(w, 0x100);
    aml_operation_region(w, "OPR5", AML_SYSTEM_CMOS); aml_int(w, 0); aml_int(w, 0x40);
    aml_operation_region(w, "OPR6", AML_PCI_BAR_TARGET); aml_int(w, 0); aml_int(w, 0x10);
}
static const struct vector vec_operation_region = VEC(operation_region);

/* ---- operation_region_dynamic ---------------------------------------------- */
static const char asl_operation_region_dynamic[] =
    "Method (TST0, 1, Serialized)\n"
    "{\n"
    "    OperationRegion (OPR7, SystemMemory, Arg0, 0x10)\n"
    "    Field (OPR7, DWordAcc, NoLock, Preserve)\n"
    "    {\n"
    "        FLD0,   32\n"
    "    }\n"
    "\n"
    "    Return (FLD0)\n"
    "}\n";
static const uint8_t want_operation_region_dynamic[] = {
    0x14, 0x22, 0x54, 0x53, 0x54, 0x30, 0x09, 0x5B, 0x80, 0x4F, 0x50, 0x52,
    0x37, 0x00, 0x68, 0x0A, 0x10, 0x5B, 0x81, 0x0B, 0x4F, 0x50, 0x52, 0x37,
    0x03, 0x46, 0x4C, 0x44, 0x30, 0x20, 0xA4, 0x46, 0x4C, 0x44, 0x30,
};
static void emit_operation_region_dynamic(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_SERIALIZED, 0);
        aml_operation_region(w, "OPR7", AML_SYSTEM_MEMORY); aml_arg(w, 0); aml_int(w, 0x10);
        aml_field(w, "OPR7", AML_DWORD_ACC, AML_NO_LOCK, AML_PRESERVE);
            aml_field_unit(w, "FLD0", 32);
        aml_end(w);
        aml_return(w); aml_name(w, "FLD0");
    aml_end(w);
}
static const struct vector vec_operation_region_dynamic = VEC(operation_region_dynamic);

/* ---- field_access ---------------------------------------------------------- */
static const char asl_field_access[] =
    "OperationRegion (OPR0, SystemMemory, 0x1000, 0x0100)\n"
    "Field (OPR0, AnyAcc, NoLock, Preserve)\n"
    "{\n"
    "    F000,   8\n"
    "}\n"
    "\n"
    "Field (OPR0, ByteAcc, NoLock, Preserve)\n"
    "{\n"
    "    Offset (0x01),\n"
    "    F001,   8\n"
    "}\n"
    "\n"
    "Field (OPR0, WordAcc, NoLock, Preserve)\n"
    "{\n"
    "    Offset (0x02),\n"
    "    F002,   16\n"
    "}\n"
    "\n"
    "Field (OPR0, DWordAcc, NoLock, Preserve)\n"
    "{\n"
    "    Offset (0x04),\n"
    "    F003,   32\n"
    "}\n"
    "\n"
    "Field (OPR0, QWordAcc, NoLock, Preserve)\n"
    "{\n"
    "    Offset (0x08),\n"
    "    F004,   64\n"
    "}\n"
    "\n"
    "Field (OPR0, BufferAcc, NoLock, Preserve)\n"
    "{\n"
    "    Offset (0x10),\n"
    "    F005,   8\n"
    "}\n";
static const uint8_t want_field_access[] = {
    0x5B, 0x80, 0x4F, 0x50, 0x52, 0x30, 0x00, 0x0B, 0x00, 0x10, 0x0B, 0x00,
    0x01, 0x5B, 0x81, 0x0B, 0x4F, 0x50, 0x52, 0x30, 0x00, 0x46, 0x30, 0x30,
    0x30, 0x08, 0x5B, 0x81, 0x0D, 0x4F, 0x50, 0x52, 0x30, 0x01, 0x00, 0x08,
    0x46, 0x30, 0x30, 0x31, 0x08, 0x5B, 0x81, 0x0D, 0x4F, 0x50, 0x52, 0x30,
    0x02, 0x00, 0x10, 0x46, 0x30, 0x30, 0x32, 0x10, 0x5B, 0x81, 0x0D, 0x4F,
    0x50, 0x52, 0x30, 0x03, 0x00, 0x20, 0x46, 0x30, 0x30, 0x33, 0x20, 0x5B,
    0x81, 0x0F, 0x4F, 0x50, 0x52, 0x30, 0x04, 0x00, 0x40, 0x04, 0x46, 0x30,
    0x30, 0x34, 0x40, 0x04, 0x5B, 0x81, 0x0E, 0x4F, 0x50, 0x52, 0x30, 0x05,
    0x00, 0x40, 0x08, 0x46, 0x30, 0x30, 0x35, 0x08,
};
static void emit_field_access(struct aml_writer *w)
{
    aml_operation_region(w, "OPR0", AML_SYSTEM_MEMORY); aml_int(w, 0x1000); aml_int(w, 0x100);
    aml_field(w, "OPR0", AML_ANY_ACC, AML_NO_LOCK, AML_PRESERVE);
        aml_field_unit(w, "F000", 8);
    aml_end(w);
    aml_field(w, "OPR0", AML_BYTE_ACC, AML_NO_LOCK, AML_PRESERVE);
        aml_field_offset(w, 1);
        aml_field_unit(w, "F001", 8);
    aml_end(w);
    aml_field(w, "OPR0", AML_WORD_ACC, AML_NO_LOCK, AML_PRESERVE);
        aml_field_offset(w, 2);
        aml_field_unit(w, "F002", 16);
    aml_end(w);
    aml_field(w, "OPR0", AML_DWORD_ACC, AML_NO_LOCK, AML_PRESERVE);
        aml_field_offset(w, 4);
        aml_field_unit(w, "F003", 32);
    aml_end(w);
    aml_field(w, "OPR0", AML_QWORD_ACC, AML_NO_LOCK, AML_PRESERVE);
        aml_field_offset(w, 8);
        aml_field_unit(w, "F004", 64);
    aml_end(w);
    aml_field(w, "OPR0", AML_BUFFER_ACC, AML_NO_LOCK, AML_PRESERVE);
        aml_field_offset(w, 0x10);
        aml_field_unit(w, "F005", 8);
    aml_end(w);
}
static const struct vector vec_field_access = VEC(field_access);

/* ---- field_lock_update ----------------------------------------------------- */
static const char asl_field_lock_update[] =
    "OperationRegion (OPR0, SystemIO, 0x0400, 0x10)\n"
    "Field (OPR0, DWordAcc, Lock, WriteAsZeros)\n"
    "{\n"
    "    F000,   32\n"
    "}\n"
    "\n"
    "Field (OPR0, ByteAcc, NoLock, WriteAsOnes)\n"
    "{\n"
    "    Offset (0x04),\n"
    "    F001,   8\n"
    "}\n"
    "\n"
    "Field (OPR0, WordAcc, Lock, Preserve)\n"
    "{\n"
    "    Offset (0x06),\n"
    "    F002,   16\n"
    "}\n";
static const uint8_t want_field_lock_update[] = {
    0x5B, 0x80, 0x4F, 0x50, 0x52, 0x30, 0x01, 0x0B, 0x00, 0x04, 0x0A, 0x10,
    0x5B, 0x81, 0x0B, 0x4F, 0x50, 0x52, 0x30, 0x53, 0x46, 0x30, 0x30, 0x30,
    0x20, 0x5B, 0x81, 0x0D, 0x4F, 0x50, 0x52, 0x30, 0x21, 0x00, 0x20, 0x46,
    0x30, 0x30, 0x31, 0x08, 0x5B, 0x81, 0x0D, 0x4F, 0x50, 0x52, 0x30, 0x12,
    0x00, 0x30, 0x46, 0x30, 0x30, 0x32, 0x10,
};
static void emit_field_lock_update(struct aml_writer *w)
{
    aml_operation_region(w, "OPR0", AML_SYSTEM_IO); aml_int(w, 0x400); aml_int(w, 0x10);
    aml_field(w, "OPR0", AML_DWORD_ACC, AML_LOCK, AML_WRITE_AS_ZEROS);
        aml_field_unit(w, "F000", 32);
    aml_end(w);
    aml_field(w, "OPR0", AML_BYTE_ACC, AML_NO_LOCK, AML_WRITE_AS_ONES);
        aml_field_offset(w, 4);
        aml_field_unit(w, "F001", 8);
    aml_end(w);
    aml_field(w, "OPR0", AML_WORD_ACC, AML_LOCK, AML_PRESERVE);
        aml_field_offset(w, 6);
        aml_field_unit(w, "F002", 16);
    aml_end(w);
}
static const struct vector vec_field_lock_update = VEC(field_lock_update);

/* ---- field_units ----------------------------------------------------------- */
/*
 * Reserved units, Offset() after a partial byte, and unit lengths of one,
 * two (64 bits) and three (4096 bits) bytes.
 */
static const char asl_field_units[] =
    "OperationRegion (OPR0, SystemMemory, 0x1000, 0x0400)\n"
    "Field (OPR0, ByteAcc, NoLock, Preserve)\n"
    "{\n"
    "    F000,   8,\n"
    "        ,   8,\n"
    "    F001,   16,\n"
    "    Offset (0x10),\n"
    "    F002,   64,\n"
    "    F003,   1,\n"
    "        ,   7,\n"
    "    F004,   3,\n"
    "    Offset (0x40),\n"
    "    F005,   4096\n"
    "}\n";
static const uint8_t want_field_units[] = {
    0x5B, 0x80, 0x4F, 0x50, 0x52, 0x30, 0x00, 0x0B, 0x00, 0x10, 0x0B, 0x00,
    0x04, 0x5B, 0x81, 0x31, 0x4F, 0x50, 0x52, 0x30, 0x01, 0x46, 0x30, 0x30,
    0x30, 0x08, 0x00, 0x08, 0x46, 0x30, 0x30, 0x31, 0x10, 0x00, 0x40, 0x06,
    0x46, 0x30, 0x30, 0x32, 0x40, 0x04, 0x46, 0x30, 0x30, 0x33, 0x01, 0x00,
    0x07, 0x46, 0x30, 0x30, 0x34, 0x03, 0x00, 0x45, 0x13, 0x46, 0x30, 0x30,
    0x35, 0x80, 0x00, 0x01,
};
static void emit_field_units(struct aml_writer *w)
{
    aml_operation_region(w, "OPR0", AML_SYSTEM_MEMORY); aml_int(w, 0x1000); aml_int(w, 0x400);
    aml_field(w, "OPR0", AML_BYTE_ACC, AML_NO_LOCK, AML_PRESERVE);
        aml_field_unit(w, "F000", 8);
        aml_field_reserved(w, 8);
        aml_field_unit(w, "F001", 16);
        aml_field_offset(w, 0x10);
        aml_field_unit(w, "F002", 64);
        aml_field_unit(w, "F003", 1);
        aml_field_reserved(w, 7);
        aml_field_unit(w, "F004", 3);
        aml_field_offset(w, 0x40);
        aml_field_unit(w, "F005", 4096);
    aml_end(w);
}
static const struct vector vec_field_units = VEC(field_units);

/* ---- create_dword_field ---------------------------------------------------- */
static const char asl_create_dword_field[] =
    "Name (BUF0, Buffer (0x10) {})\n"
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    CreateDWordField (Arg0, 0x04, DW00)\n"
    "    CreateDWordField (BUF0, Zero, DW01)\n"
    "    Return (Add (DW00, DW01))\n"
    "}\n";
static const uint8_t want_create_dword_field[] = {
    0x08, 0x42, 0x55, 0x46, 0x30, 0x11, 0x03, 0x0A, 0x10, 0x14, 0x23, 0x54,
    0x53, 0x54, 0x30, 0x01, 0x8A, 0x68, 0x0A, 0x04, 0x44, 0x57, 0x30, 0x30,
    0x8A, 0x42, 0x55, 0x46, 0x30, 0x00, 0x44, 0x57, 0x30, 0x31, 0xA4, 0x72,
    0x44, 0x57, 0x30, 0x30, 0x44, 0x57, 0x30, 0x31, 0x00,
};
static void emit_create_dword_field(struct aml_writer *w)
{
    aml_name_decl(w, "BUF0");
    aml_buffer_sized(w, 16, NULL, 0);
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_create_dword_field(w, "DW00"); aml_arg(w, 0); aml_int(w, 4);
        aml_create_dword_field(w, "DW01"); aml_name(w, "BUF0"); aml_int(w, 0);
        aml_return(w); aml_add(w); aml_name(w, "DW00"); aml_name(w, "DW01"); aml_null_target(w);
    aml_end(w);
}
static const struct vector vec_create_dword_field = VEC(create_dword_field);

/* ---- create_qword_field ---------------------------------------------------- */
static const char asl_create_qword_field[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    CreateQWordField (Arg0, Arg1, QW00)\n"
    "    Return (QW00)\n"
    "}\n";
static const uint8_t want_create_qword_field[] = {
    0x14, 0x12, 0x54, 0x53, 0x54, 0x30, 0x02, 0x8F, 0x68, 0x69, 0x51, 0x57,
    0x30, 0x30, 0xA4, 0x51, 0x57, 0x30, 0x30,
};
static void emit_create_qword_field(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_create_qword_field(w, "QW00"); aml_arg(w, 0); aml_arg(w, 1);
        aml_return(w); aml_name(w, "QW00");
    aml_end(w);
}
static const struct vector vec_create_qword_field = VEC(create_qword_field);

/* ---- if -------------------------------------------------------------------- */
static const char asl_if[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    If (Arg0)\n"
    "    {\n"
    "        Return (One)\n"
    "    }\n"
    "\n"
    "    Return (Zero)\n"
    "}\n";
static const uint8_t want_if[] = {
    0x14, 0x0D, 0x54, 0x53, 0x54, 0x30, 0x01, 0xA0, 0x04, 0x68, 0xA4, 0x01,
    0xA4, 0x00,
};
static void emit_if(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_if(w); aml_arg(w, 0);
            aml_return(w); aml_int(w, 1);
        aml_end(w);
        aml_return(w); aml_int(w, 0);
    aml_end(w);
}
static const struct vector vec_if = VEC(if);

/* ---- else ------------------------------------------------------------------ */
static const char asl_else[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    If (LEqual (Arg0, One))\n"
    "    {\n"
    "        Return (One)\n"
    "    }\n"
    "    Else\n"
    "    {\n"
    "        Return (0x02)\n"
    "    }\n"
    "}\n";
static const uint8_t want_else[] = {
    0x14, 0x12, 0x54, 0x53, 0x54, 0x30, 0x01, 0xA0, 0x06, 0x93, 0x68, 0x01,
    0xA4, 0x01, 0xA1, 0x04, 0xA4, 0x0A, 0x02,
};
static void emit_else(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_if(w); aml_lequal(w); aml_arg(w, 0); aml_int(w, 1);
            aml_return(w); aml_int(w, 1);
        aml_end(w);
        aml_else(w);
            aml_return(w); aml_int(w, 2);
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_else = VEC(else);

/* ---- else_if --------------------------------------------------------------- */
/* ElseIf is Else { If ... }. */
static const char asl_else_if[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    If (LEqual (Arg0, One))\n"
    "    {\n"
    "        Return (One)\n"
    "    }\n"
    "    ElseIf (LEqual (Arg0, 0x02))\n"
    "    {\n"
    "        Return (0x02)\n"
    "    }\n"
    "    Else\n"
    "    {\n"
    "        Return (Zero)\n"
    "    }\n"
    "}\n";
static const uint8_t want_else_if[] = {
    0x14, 0x1C, 0x54, 0x53, 0x54, 0x30, 0x01, 0xA0, 0x06, 0x93, 0x68, 0x01,
    0xA4, 0x01, 0xA1, 0x0E, 0xA0, 0x08, 0x93, 0x68, 0x0A, 0x02, 0xA4, 0x0A,
    0x02, 0xA1, 0x03, 0xA4, 0x00,
};
static void emit_else_if(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_if(w); aml_lequal(w); aml_arg(w, 0); aml_int(w, 1);
            aml_return(w); aml_int(w, 1);
        aml_end(w);
        aml_else(w);
            aml_if(w); aml_lequal(w); aml_arg(w, 0); aml_int(w, 2);
                aml_return(w); aml_int(w, 2);
            aml_end(w);
            aml_else(w);
                aml_return(w); aml_int(w, 0);
            aml_end(w);
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_else_if = VEC(else_if);

/* ---- while ----------------------------------------------------------------- */
static const char asl_while[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Store (Zero, Local0)\n"
    "    While (LLess (Local0, Arg0))\n"
    "    {\n"
    "        Increment (Local0)\n"
    "    }\n"
    "\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_while[] = {
    0x14, 0x12, 0x54, 0x53, 0x54, 0x30, 0x01, 0x70, 0x00, 0x60, 0xA2, 0x06,
    0x95, 0x60, 0x68, 0x75, 0x60, 0xA4, 0x60,
};
static void emit_while(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_store(w); aml_int(w, 0); aml_local(w, 0);
        aml_while(w); aml_lless(w); aml_local(w, 0); aml_arg(w, 0);
            aml_increment(w); aml_local(w, 0);
        aml_end(w);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_while = VEC(while);

/* ---- break ----------------------------------------------------------------- */
static const char asl_break[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Store (Zero, Local0)\n"
    "    While (One)\n"
    "    {\n"
    "        Increment (Local0)\n"
    "        If (LGreater (Local0, Arg0))\n"
    "        {\n"
    "            Break\n"
    "        }\n"
    "    }\n"
    "\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_break[] = {
    0x14, 0x16, 0x54, 0x53, 0x54, 0x30, 0x01, 0x70, 0x00, 0x60, 0xA2, 0x0A,
    0x01, 0x75, 0x60, 0xA0, 0x05, 0x94, 0x60, 0x68, 0xA5, 0xA4, 0x60,
};
static void emit_break(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_store(w); aml_int(w, 0); aml_local(w, 0);
        aml_while(w); aml_int(w, 1);
            aml_increment(w); aml_local(w, 0);
            aml_if(w); aml_lgreater(w); aml_local(w, 0); aml_arg(w, 0);
                aml_break(w);
            aml_end(w);
        aml_end(w);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_break = VEC(break);

/* ---- return ---------------------------------------------------------------- */
static const char asl_return[] =
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    Return (0x2A)\n"
    "}\n";
static const uint8_t want_return[] = {
    0x14, 0x09, 0x54, 0x53, 0x54, 0x30, 0x00, 0xA4, 0x0A, 0x2A,
};
static void emit_return(struct aml_writer *w)
{
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_int(w, 0x2A);
    aml_end(w);
}
static const struct vector vec_return = VEC(return);

/* ---- store ----------------------------------------------------------------- */
static const char asl_store[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Store (Arg0, Local0)\n"
    "    Store (Local0, Arg1)\n"
    "    Return (Arg1)\n"
    "}\n";
static const uint8_t want_store[] = {
    0x14, 0x0E, 0x54, 0x53, 0x54, 0x30, 0x02, 0x70, 0x68, 0x60, 0x70, 0x60,
    0x69, 0xA4, 0x69,
};
static void emit_store(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_store(w); aml_arg(w, 0); aml_local(w, 0);
        aml_store(w); aml_local(w, 0); aml_arg(w, 1);
        aml_return(w); aml_arg(w, 1);
    aml_end(w);
}
static const struct vector vec_store = VEC(store);

/* ---- add ------------------------------------------------------------------- */
static const char asl_add[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Add (Arg0, Arg1, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_add[] = {
    0x14, 0x0C, 0x54, 0x53, 0x54, 0x30, 0x02, 0x72, 0x68, 0x69, 0x60, 0xA4,
    0x60,
};
static void emit_add(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_add(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_add = VEC(add);

/* ---- subtract -------------------------------------------------------------- */
static const char asl_subtract[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Subtract (Arg0, Arg1, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_subtract[] = {
    0x14, 0x0C, 0x54, 0x53, 0x54, 0x30, 0x02, 0x74, 0x68, 0x69, 0x60, 0xA4,
    0x60,
};
static void emit_subtract(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_subtract(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_subtract = VEC(subtract);

/* ---- multiply -------------------------------------------------------------- */
static const char asl_multiply[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Multiply (Arg0, Arg1, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_multiply[] = {
    0x14, 0x0C, 0x54, 0x53, 0x54, 0x30, 0x02, 0x77, 0x68, 0x69, 0x60, 0xA4,
    0x60,
};
static void emit_multiply(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_multiply(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_multiply = VEC(multiply);

/* ---- and ------------------------------------------------------------------- */
static const char asl_and[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    And (Arg0, Arg1, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_and[] = {
    0x14, 0x0C, 0x54, 0x53, 0x54, 0x30, 0x02, 0x7B, 0x68, 0x69, 0x60, 0xA4,
    0x60,
};
static void emit_and(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_and(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_and = VEC(and);

/* ---- or -------------------------------------------------------------------- */
static const char asl_or[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Or (Arg0, Arg1, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_or[] = {
    0x14, 0x0C, 0x54, 0x53, 0x54, 0x30, 0x02, 0x7D, 0x68, 0x69, 0x60, 0xA4,
    0x60,
};
static void emit_or(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_or(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_or = VEC(or);

/* ---- xor ------------------------------------------------------------------- */
static const char asl_xor[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Xor (Arg0, Arg1, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_xor[] = {
    0x14, 0x0C, 0x54, 0x53, 0x54, 0x30, 0x02, 0x7F, 0x68, 0x69, 0x60, 0xA4,
    0x60,
};
static void emit_xor(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_xor(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_xor = VEC(xor);

/* ---- not ------------------------------------------------------------------- */
static const char asl_not[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Not (Arg0, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_not[] = {
    0x14, 0x0B, 0x54, 0x53, 0x54, 0x30, 0x01, 0x80, 0x68, 0x60, 0xA4, 0x60,
};
static void emit_not(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_not(w); aml_arg(w, 0); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_not = VEC(not);

/* ---- shift_left ------------------------------------------------------------ */
static const char asl_shift_left[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    ShiftLeft (Arg0, Arg1, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_shift_left[] = {
    0x14, 0x0C, 0x54, 0x53, 0x54, 0x30, 0x02, 0x79, 0x68, 0x69, 0x60, 0xA4,
    0x60,
};
static void emit_shift_left(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_shift_left(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_shift_left = VEC(shift_left);

/* ---- shift_right ----------------------------------------------------------- */
static const char asl_shift_right[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    ShiftRight (Arg0, Arg1, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_shift_right[] = {
    0x14, 0x0C, 0x54, 0x53, 0x54, 0x30, 0x02, 0x7A, 0x68, 0x69, 0x60, 0xA4,
    0x60,
};
static void emit_shift_right(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_shift_right(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_shift_right = VEC(shift_right);

/* ---- increment ------------------------------------------------------------- */
static const char asl_increment[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Store (Arg0, Local0)\n"
    "    Increment (Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_increment[] = {
    0x14, 0x0D, 0x54, 0x53, 0x54, 0x30, 0x01, 0x70, 0x68, 0x60, 0x75, 0x60,
    0xA4, 0x60,
};
static void emit_increment(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_store(w); aml_arg(w, 0); aml_local(w, 0);
        aml_increment(w); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_increment = VEC(increment);

/* ---- decrement ------------------------------------------------------------- */
static const char asl_decrement[] =
    "Name (CNT0, 0x10)\n"
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    Decrement (CNT0)\n"
    "    Return (CNT0)\n"
    "}\n";
static const uint8_t want_decrement[] = {
    0x08, 0x43, 0x4E, 0x54, 0x30, 0x0A, 0x10, 0x14, 0x10, 0x54, 0x53, 0x54,
    0x30, 0x00, 0x76, 0x43, 0x4E, 0x54, 0x30, 0xA4, 0x43, 0x4E, 0x54, 0x30,
};
static void emit_decrement(struct aml_writer *w)
{
    aml_name_decl(w, "CNT0");
    aml_int(w, 0x10);
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_decrement(w); aml_name(w, "CNT0");
        aml_return(w); aml_name(w, "CNT0");
    aml_end(w);
}
static const struct vector vec_decrement = VEC(decrement);

/* ---- land ------------------------------------------------------------------ */
static const char asl_land[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Return (LAnd (Arg0, Arg1))\n"
    "}\n";
static const uint8_t want_land[] = {
    0x14, 0x0A, 0x54, 0x53, 0x54, 0x30, 0x02, 0xA4, 0x90, 0x68, 0x69,
};
static void emit_land(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_land(w); aml_arg(w, 0); aml_arg(w, 1);
    aml_end(w);
}
static const struct vector vec_land = VEC(land);

/* ---- lor ------------------------------------------------------------------- */
static const char asl_lor[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Return (LOr (Arg0, Arg1))\n"
    "}\n";
static const uint8_t want_lor[] = {
    0x14, 0x0A, 0x54, 0x53, 0x54, 0x30, 0x02, 0xA4, 0x91, 0x68, 0x69,
};
static void emit_lor(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_lor(w); aml_arg(w, 0); aml_arg(w, 1);
    aml_end(w);
}
static const struct vector vec_lor = VEC(lor);

/* ---- lnot ------------------------------------------------------------------ */
static const char asl_lnot[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Return (LNot (Arg0))\n"
    "}\n";
static const uint8_t want_lnot[] = {
    0x14, 0x09, 0x54, 0x53, 0x54, 0x30, 0x01, 0xA4, 0x92, 0x68,
};
static void emit_lnot(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_lnot(w); aml_arg(w, 0);
    aml_end(w);
}
static const struct vector vec_lnot = VEC(lnot);

/* ---- lequal ---------------------------------------------------------------- */
static const char asl_lequal[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Return (LEqual (Arg0, Arg1))\n"
    "}\n";
static const uint8_t want_lequal[] = {
    0x14, 0x0A, 0x54, 0x53, 0x54, 0x30, 0x02, 0xA4, 0x93, 0x68, 0x69,
};
static void emit_lequal(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_lequal(w); aml_arg(w, 0); aml_arg(w, 1);
    aml_end(w);
}
static const struct vector vec_lequal = VEC(lequal);

/* ---- lgreater -------------------------------------------------------------- */
static const char asl_lgreater[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Return (LGreater (Arg0, Arg1))\n"
    "}\n";
static const uint8_t want_lgreater[] = {
    0x14, 0x0A, 0x54, 0x53, 0x54, 0x30, 0x02, 0xA4, 0x94, 0x68, 0x69,
};
static void emit_lgreater(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_lgreater(w); aml_arg(w, 0); aml_arg(w, 1);
    aml_end(w);
}
static const struct vector vec_lgreater = VEC(lgreater);

/* ---- lless ----------------------------------------------------------------- */
static const char asl_lless[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Return (LLess (Arg0, Arg1))\n"
    "}\n";
static const uint8_t want_lless[] = {
    0x14, 0x0A, 0x54, 0x53, 0x54, 0x30, 0x02, 0xA4, 0x95, 0x68, 0x69,
};
static void emit_lless(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_lless(w); aml_arg(w, 0); aml_arg(w, 1);
    aml_end(w);
}
static const struct vector vec_lless = VEC(lless);

/* ---- index ----------------------------------------------------------------- */
static const char asl_index[] =
    "Method (TST0, 2, NotSerialized)\n"
    "{\n"
    "    Index (Arg0, Arg1, Local0)\n"
    "    Return (DerefOf (Local0))\n"
    "}\n";
static const uint8_t want_index[] = {
    0x14, 0x0D, 0x54, 0x53, 0x54, 0x30, 0x02, 0x88, 0x68, 0x69, 0x60, 0xA4,
    0x83, 0x60,
};
static void emit_index(struct aml_writer *w)
{
    aml_method(w, "TST0", 2, AML_NOT_SERIALIZED, 0);
        aml_index(w); aml_arg(w, 0); aml_arg(w, 1); aml_local(w, 0);
        aml_return(w); aml_derefof(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_index = VEC(index);

/* ---- derefof --------------------------------------------------------------- */
static const char asl_derefof[] =
    "Name (PKG0, Package () {0x0A, 0x0B})\n"
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Return (DerefOf (Index (PKG0, Arg0)))\n"
    "}\n";
static const uint8_t want_derefof[] = {
    0x08, 0x50, 0x4B, 0x47, 0x30, 0x12, 0x06, 0x02, 0x0A, 0x0A, 0x0A, 0x0B,
    0x14, 0x0F, 0x54, 0x53, 0x54, 0x30, 0x01, 0xA4, 0x83, 0x88, 0x50, 0x4B,
    0x47, 0x30, 0x68, 0x00,
};
static void emit_derefof(struct aml_writer *w)
{
    aml_name_decl(w, "PKG0");
    aml_package(w);
        aml_int(w, 0x0A);
        aml_int(w, 0x0B);
    aml_end(w);
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_derefof(w);
            aml_index(w); aml_name(w, "PKG0"); aml_arg(w, 0); aml_null_target(w);
    aml_end(w);
}
static const struct vector vec_derefof = VEC(derefof);

/* ---- refof ----------------------------------------------------------------- */
static const char asl_refof[] =
    "Name (VAL0, 0x05)\n"
    "Method (TST0, 0, NotSerialized)\n"
    "{\n"
    "    Store (RefOf (VAL0), Local0)\n"
    "    Return (DerefOf (Local0))\n"
    "}\n";
static const uint8_t want_refof[] = {
    0x08, 0x56, 0x41, 0x4C, 0x30, 0x0A, 0x05, 0x14, 0x10, 0x54, 0x53, 0x54,
    0x30, 0x00, 0x70, 0x71, 0x56, 0x41, 0x4C, 0x30, 0x60, 0xA4, 0x83, 0x60,
};
static void emit_refof(struct aml_writer *w)
{
    aml_name_decl(w, "VAL0");
    aml_int(w, 5);
    aml_method(w, "TST0", 0, AML_NOT_SERIALIZED, 0);
        aml_store(w); aml_refof(w); aml_name(w, "VAL0"); aml_local(w, 0);
        aml_return(w); aml_derefof(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_refof = VEC(refof);

/* ---- sizeof ---------------------------------------------------------------- */
static const char asl_sizeof[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Return (SizeOf (Arg0))\n"
    "}\n";
static const uint8_t want_sizeof[] = {
    0x14, 0x09, 0x54, 0x53, 0x54, 0x30, 0x01, 0xA4, 0x87, 0x68,
};
static void emit_sizeof(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_sizeof(w); aml_arg(w, 0);
    aml_end(w);
}
static const struct vector vec_sizeof = VEC(sizeof);

/* ---- concatenate ----------------------------------------------------------- */
static const char asl_concatenate[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    Concatenate (Arg0, \"xen\", Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_concatenate[] = {
    0x14, 0x10, 0x54, 0x53, 0x54, 0x30, 0x01, 0x73, 0x68, 0x0D, 0x78, 0x65,
    0x6E, 0x00, 0x60, 0xA4, 0x60,
};
static void emit_concatenate(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_concatenate(w); aml_arg(w, 0); aml_string(w, "xen"); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_concatenate = VEC(concatenate);

/* ---- to_buffer ------------------------------------------------------------- */
static const char asl_to_buffer[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    ToBuffer (Arg0, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_to_buffer[] = {
    0x14, 0x0B, 0x54, 0x53, 0x54, 0x30, 0x01, 0x96, 0x68, 0x60, 0xA4, 0x60,
};
static void emit_to_buffer(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_to_buffer(w); aml_arg(w, 0); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_to_buffer = VEC(to_buffer);

/* ---- to_integer ------------------------------------------------------------ */
static const char asl_to_integer[] =
    "Method (TST0, 1, NotSerialized)\n"
    "{\n"
    "    ToInteger (Arg0, Local0)\n"
    "    Return (Local0)\n"
    "}\n";
static const uint8_t want_to_integer[] = {
    0x14, 0x0B, 0x54, 0x53, 0x54, 0x30, 0x01, 0x99, 0x68, 0x60, 0xA4, 0x60,
};
static void emit_to_integer(struct aml_writer *w)
{
    aml_method(w, "TST0", 1, AML_NOT_SERIALIZED, 0);
        aml_to_integer(w); aml_arg(w, 0); aml_local(w, 0);
        aml_return(w); aml_local(w, 0);
    aml_end(w);
}
static const struct vector vec_to_integer = VEC(to_integer);

/* ---- rt_empty -------------------------------------------------------------- */
static const char asl_rt_empty[] =
    "Name (RT00, ResourceTemplate () {})\n";
static const uint8_t want_rt_empty[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x05, 0x0A, 0x02, 0x79, 0x00,
};
static void emit_rt_empty(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
    aml_end(w);
}
static const struct vector vec_rt_empty = VEC(rt_empty);

/* ---- rt_io ----------------------------------------------------------------- */
static const char asl_rt_io[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    IO (Decode16, 0x0CF8, 0x0CF8, 0x01, 0x08)\n"
    "    IO (Decode10, 0x0060, 0x0064, 0x04, 0x01)\n"
    "})\n";
static const uint8_t want_rt_io[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x15, 0x0A, 0x12, 0x47, 0x01, 0xF8,
    0x0C, 0xF8, 0x0C, 0x01, 0x08, 0x47, 0x00, 0x60, 0x00, 0x64, 0x00, 0x04,
    0x01, 0x79, 0x00,
};
static void emit_rt_io(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_io(w, 1, 0xCF8, 0xCF8, 1, 8);
        aml_rt_io(w, 0, 0x60, 0x64, 4, 1);
    aml_end(w);
}
static const struct vector vec_rt_io = VEC(rt_io);

/* ---- rt_irq_noflags -------------------------------------------------------- */
static const char asl_rt_irq_noflags[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    IRQNoFlags () {1, 12}\n"
    "})\n";
static const uint8_t want_rt_irq_noflags[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x08, 0x0A, 0x05, 0x22, 0x02, 0x10,
    0x79, 0x00,
};
static void emit_rt_irq_noflags(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_irq_noflags(w, (1u << 1) | (1u << 12));
    aml_end(w);
}
static const struct vector vec_rt_irq_noflags = VEC(rt_irq_noflags);

/* ---- rt_interrupt ---------------------------------------------------------- */
static const char asl_rt_interrupt[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive, ,, ) {0x00000005}\n"
    "    Interrupt (ResourceConsumer, Edge, ActiveLow, Shared, ,, "
    ") {0x00000010, 0x00000011, 0x00012345}\n"
    "    Interrupt (ResourceProducer, Level, ActiveLow, ExclusiveAndWake, ,, "
    ") {0x00000020}\n"
    "    Interrupt (ResourceConsumer, Edge, ActiveHigh, SharedAndWake, ,, "
    ") {0x00000030, 0xFFFFFFFF}\n"
    "})\n";
static const uint8_t want_rt_interrupt[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x35, 0x0A, 0x32, 0x89, 0x06, 0x00,
    0x01, 0x01, 0x05, 0x00, 0x00, 0x00, 0x89, 0x0E, 0x00, 0x0F, 0x03, 0x10,
    0x00, 0x00, 0x00, 0x11, 0x00, 0x00, 0x00, 0x45, 0x23, 0x01, 0x00, 0x89,
    0x06, 0x00, 0x14, 0x01, 0x20, 0x00, 0x00, 0x00, 0x89, 0x0A, 0x00, 0x1B,
    0x02, 0x30, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x79, 0x00,
};
static void emit_rt_interrupt(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_interrupt(w, AML_RT_CONSUMER, (const uint32_t[]){5}, 1);
        aml_rt_interrupt(w, AML_RT_CONSUMER | AML_RT_EDGE | AML_RT_ACTIVE_LOW | AML_RT_SHARED,
                         (const uint32_t[]){0x10, 0x11, 0x12345}, 3);
        aml_rt_interrupt(w, AML_RT_ACTIVE_LOW | AML_RT_WAKE, (const uint32_t[]){0x20}, 1);
        aml_rt_interrupt(w, AML_RT_CONSUMER | AML_RT_EDGE | AML_RT_SHARED | AML_RT_WAKE,
                         (const uint32_t[]){0x30, 0xFFFFFFFF}, 2);
    aml_end(w);
}
static const struct vector vec_rt_interrupt = VEC(rt_interrupt);

/* ---- rt_memory32_fixed ----------------------------------------------------- */
static const char asl_rt_memory32_fixed[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    Memory32Fixed (ReadWrite, 0xFED00000, 0x00000400)\n"
    "    Memory32Fixed (ReadOnly, 0xFFE00000, 0x00200000)\n"
    "})\n";
static const uint8_t want_rt_memory32_fixed[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x1D, 0x0A, 0x1A, 0x86, 0x09, 0x00,
    0x01, 0x00, 0x00, 0xD0, 0xFE, 0x00, 0x04, 0x00, 0x00, 0x86, 0x09, 0x00,
    0x00, 0x00, 0x00, 0xE0, 0xFF, 0x00, 0x00, 0x20, 0x00, 0x79, 0x00,
};
static void emit_rt_memory32_fixed(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_memory32_fixed(w, 1, 0xFED00000, 0x400);
        aml_rt_memory32_fixed(w, 0, 0xFFE00000, 0x200000);
    aml_end(w);
}
static const struct vector vec_rt_memory32_fixed = VEC(rt_memory32_fixed);

/* ---- rt_dword_memory ------------------------------------------------------- */
static const char asl_rt_dword_memory[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, "
    "Cacheable, ReadWrite, 0x00000000, 0xE0000000, 0xEFFFFFFF, 0x00000000, "
    "0x10000000)\n"
    "    DWordMemory (ResourceConsumer, SubDecode, MinNotFixed, MaxNotFixed, "
    "NonCacheable, ReadOnly, 0x0000FFFF, 0x000A0000, 0x000BFFFF, 0x00000010, "
    "0x00020000)\n"
    "    DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxNotFixed, "
    "WriteCombining, ReadWrite, 0x00000000, 0xF0000000, 0xF7FFFFFF, "
    "0x00000000, 0x00000000)\n"
    "    DWordMemory (ResourceProducer, PosDecode, MinNotFixed, MaxFixed, "
    "Prefetchable, ReadOnly, 0x00000000, 0xF8000000, 0xFBFFFFFF, 0x00000000, "
    "0x00000000)\n"
    "})\n";
static const uint8_t want_rt_dword_memory[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x4E, 0x06, 0x0A, 0x6A, 0x87, 0x17,
    0x00, 0x00, 0x0C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xE0,
    0xFF, 0xFF, 0xFF, 0xEF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    0x87, 0x17, 0x00, 0x00, 0x03, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00,
    0x0A, 0x00, 0xFF, 0xFF, 0x0B, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x02, 0x00, 0x87, 0x17, 0x00, 0x00, 0x04, 0x05, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0xF0, 0xFF, 0xFF, 0xFF, 0xF7, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x87, 0x17, 0x00, 0x00, 0x08, 0x06, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0xF8, 0xFF, 0xFF, 0xFF, 0xFB, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x79, 0x00,
};
static void emit_rt_dword_memory(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_dword_memory(w, &(const struct aml_addr_space){
                .min = 0xE0000000, .max = 0xEFFFFFFF, .length = 0x10000000,
                .min_fixed = 1, .max_fixed = 1 }, AML_CACHEABLE, 1);
        aml_rt_dword_memory(w, &(const struct aml_addr_space){
                .granularity = 0xFFFF, .min = 0xA0000, .max = 0xBFFFF, .translation = 0x10,
                .length = 0x20000, .consumer = 1, .sub_decode = 1 }, AML_NON_CACHEABLE, 0);
        aml_rt_dword_memory(w, &(const struct aml_addr_space){
                .min = 0xF0000000, .max = 0xF7FFFFFF, .min_fixed = 1 }, AML_WRITE_COMBINING, 1);
        aml_rt_dword_memory(w, &(const struct aml_addr_space){
                .min = 0xF8000000, .max = 0xFBFFFFFF, .max_fixed = 1 }, AML_PREFETCHABLE, 0);
    aml_end(w);
}
static const struct vector vec_rt_dword_memory = VEC(rt_dword_memory);

/* ---- rt_qword_memory ------------------------------------------------------- */
static const char asl_rt_qword_memory[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    QWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, "
    "Prefetchable, ReadWrite, 0x0000000000000000, 0x0000000100000000, "
    "0x00000007FFFFFFFF, 0x0000000000000000, 0x0000000700000000)\n"
    "    QWordMemory (ResourceConsumer, SubDecode, MinNotFixed, MaxNotFixed, "
    "NonCacheable, ReadOnly, 0x0000000000000FFF, 0x0000001000000000, "
    "0x00000010FFFFFFFF, 0x8000000000000000, 0x0000000000001000)\n"
    "})\n";
static const uint8_t want_rt_qword_memory[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x42, 0x06, 0x0A, 0x5E, 0x8A, 0x2B,
    0x00, 0x00, 0x0C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF,
    0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x8A, 0x2B, 0x00, 0x00,
    0x03, 0x00, 0xFF, 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x10, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x10,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x79, 0x00,
};
static void emit_rt_qword_memory(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_qword_memory(w, &(const struct aml_addr_space){
                .min = 0x100000000, .max = 0x7FFFFFFFF, .length = 0x700000000,
                .min_fixed = 1, .max_fixed = 1 }, AML_PREFETCHABLE, 1);
        aml_rt_qword_memory(w, &(const struct aml_addr_space){
                .granularity = 0xFFF, .min = 0x1000000000, .max = 0x10FFFFFFFF,
                .translation = 0x8000000000000000, .length = 0x1000, .consumer = 1,
                .sub_decode = 1 }, AML_NON_CACHEABLE, 0);
    aml_end(w);
}
static const struct vector vec_rt_qword_memory = VEC(rt_qword_memory);

/* ---- rt_dword_io ----------------------------------------------------------- */
static const char asl_rt_dword_io[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    DWordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, "
    "EntireRange, 0x00000000, 0x00000D00, 0x0000FFFF, 0x00000000, 0x0000F300)\n"
    "    DWordIO (ResourceConsumer, MinNotFixed, MaxNotFixed, SubDecode, "
    "EntireRange, 0x00000000, 0x00001000, 0x00001FFF, 0x00010000, 0x00000100)\n"
    "})\n";
static const uint8_t want_rt_dword_io[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x39, 0x0A, 0x36, 0x87, 0x17, 0x00,
    0x01, 0x0C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x00, 0xFF,
    0xFF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xF3, 0x00, 0x00, 0x87,
    0x17, 0x00, 0x01, 0x03, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
    0x00, 0xFF, 0x1F, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x00, 0x79, 0x00,
};
static void emit_rt_dword_io(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_dword_io(w, &(const struct aml_addr_space){
                .min = 0xD00, .max = 0xFFFF, .length = 0xF300, .min_fixed = 1, .max_fixed = 1 });
        aml_rt_dword_io(w, &(const struct aml_addr_space){
                .min = 0x1000, .max = 0x1FFF, .translation = 0x10000, .length = 0x100,
                .consumer = 1, .sub_decode = 1 });
    aml_end(w);
}
static const struct vector vec_rt_dword_io = VEC(rt_dword_io);

/* ---- rt_word_bus_number ---------------------------------------------------- */
static const char asl_rt_word_bus_number[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode, "
    "0x0000, 0x0000, 0x00FF, 0x0000, 0x0100)\n"
    "    WordBusNumber (ResourceConsumer, MinNotFixed, MaxNotFixed, "
    "SubDecode, 0x0000, 0x0010, 0x001F, 0x0020, 0x0004)\n"
    "})\n";
static const uint8_t want_rt_word_bus_number[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x25, 0x0A, 0x22, 0x88, 0x0D, 0x00,
    0x02, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0x00, 0x00, 0x00, 0x00,
    0x01, 0x88, 0x0D, 0x00, 0x02, 0x03, 0x00, 0x00, 0x00, 0x10, 0x00, 0x1F,
    0x00, 0x20, 0x00, 0x04, 0x00, 0x79, 0x00,
};
static void emit_rt_word_bus_number(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_word_bus_number(w, &(const struct aml_addr_space){
                .min = 0, .max = 0xFF, .length = 0x100, .min_fixed = 1, .max_fixed = 1 });
        aml_rt_word_bus_number(w, &(const struct aml_addr_space){
                .min = 0x10, .max = 0x1F, .translation = 0x20, .length = 4,
                .consumer = 1, .sub_decode = 1 });
    aml_end(w);
}
static const struct vector vec_rt_word_bus_number = VEC(rt_word_bus_number);

/* ---- rt_register ----------------------------------------------------------- */
static const char asl_rt_register[] =
    "Name (RT00, ResourceTemplate ()\n"
    "{\n"
    "    Register (SystemIO, 0x08, 0x00, 0x00000000000000B2, 0x01)\n"
    "    Register (FFixedHW, 0x01, 0x02, 0x0000000000000000, 0x03)\n"
    "    Register (SystemMemory, 0x40, 0x00, 0x123456789ABCDEF0, 0x04)\n"
    "})\n";
static const uint8_t want_rt_register[] = {
    0x08, 0x52, 0x54, 0x30, 0x30, 0x11, 0x32, 0x0A, 0x2F, 0x82, 0x0C, 0x00,
    0x01, 0x08, 0x00, 0x01, 0xB2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x82, 0x0C, 0x00, 0x7F, 0x01, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x82, 0x0C, 0x00, 0x00, 0x40, 0x00, 0x04, 0xF0, 0xDE,
    0xBC, 0x9A, 0x78, 0x56, 0x34, 0x12, 0x79, 0x00,
};
static void emit_rt_register(struct aml_writer *w)
{
    aml_name_decl(w, "RT00");
    aml_resource_template(w);
        aml_rt_register(w, 1, 8, 0, 0xB2, 1);
        aml_rt_register(w, 0x7F, 1, 2, 0, 3);
        aml_rt_register(w, 0, 64, 0, 0x123456789ABCDEF0, 4);
    aml_end(w);
}
static const struct vector vec_rt_register = VEC(rt_register);

/* ---- rt_pci_host_bridge ---------------------------------------------------- */
/* A PCI host bridge _CRS, the way the table builders use the descriptors. */
static const char asl_rt_pci_host_bridge[] =
    "Device (PCI0)\n"
    "{\n"
    "    Name (_HID, EisaId (\"PNP0A03\"))\n"
    "    Name (_CRS, ResourceTemplate ()\n"
    "    {\n"
    "        WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode, "
    "0x0000, 0x0000, 0x00FF, 0x0000, 0x0100)\n"
    "        IO (Decode16, 0x0CF8, 0x0CF8, 0x01, 0x08)\n"
    "        DWordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, "
    "EntireRange, 0x00000000, 0x00000000, 0x00000CF7, 0x00000000, 0x00000CF8)\n"
    "        DWordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, "
    "EntireRange, 0x00000000, 0x00000D00, 0x0000FFFF, 0x00000000, 0x0000F300)\n"
    "        DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, "
    "Cacheable, ReadWrite, 0x00000000, 0x000A0000, 0x000BFFFF, 0x00000000, "
    "0x00020000)\n"
    "        DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, "
    "NonCacheable, ReadWrite, 0x00000000, 0xF0000000, 0xFBFFFFFF, "
    "0x00000000, 0x0C000000)\n"
    "        QWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, "
    "Cacheable, ReadWrite, 0x0000000000000000, 0x0000001000000000, "
    "0x0000001FFFFFFFFF, 0x0000000000000000, 0x0000001000000000)\n"
    "    })\n"
    "}\n";
static const uint8_t want_rt_pci_host_bridge[] = {
    0x5B, 0x82, 0x4A, 0x0C, 0x50, 0x43, 0x49, 0x30, 0x08, 0x5F, 0x48, 0x49,
    0x44, 0x0C, 0x41, 0xD0, 0x0A, 0x03, 0x08, 0x5F, 0x43, 0x52, 0x53, 0x11,
    0x44, 0x0B, 0x0A, 0xB0, 0x88, 0x0D, 0x00, 0x02, 0x0C, 0x00, 0x00, 0x00,
    0x00, 0x00, 0xFF, 0x00, 0x00, 0x00, 0x00, 0x01, 0x47, 0x01, 0xF8, 0x0C,
    0xF8, 0x0C, 0x01, 0x08, 0x87, 0x17, 0x00, 0x01, 0x0C, 0x03, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xF7, 0x0C, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0xF8, 0x0C, 0x00, 0x00, 0x87, 0x17, 0x00, 0x01, 0x0C, 0x03,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0xF3, 0x00, 0x00, 0x87, 0x17, 0x00, 0x00,
    0x0C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0xFF, 0xFF,
    0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x87, 0x17,
    0x00, 0x00, 0x0C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xF0,
    0xFF, 0xFF, 0xFF, 0xFB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0C,
    0x8A, 0x2B, 0x00, 0x00, 0x0C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0xFF, 0xFF,
    0xFF, 0xFF, 0x1F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x79, 0x00,
};
static void emit_rt_pci_host_bridge(struct aml_writer *w)
{
    aml_device(w, "PCI0");
        aml_name_decl(w, "_HID");
        aml_eisaid(w, "PNP0A03");
        aml_name_decl(w, "_CRS");
        aml_resource_template(w);
            aml_rt_word_bus_number(w, &(const struct aml_addr_space){
                    .max = 0xFF, .length = 0x100, .min_fixed = 1, .max_fixed = 1 });
            aml_rt_io(w, 1, 0xCF8, 0xCF8, 1, 8);
            aml_rt_dword_io(w, &(const struct aml_addr_space){
                    .max = 0xCF7, .length = 0xCF8, .min_fixed = 1, .max_fixed = 1 });
            aml_rt_dword_io(w, &(const struct aml_addr_space){
                    .min = 0xD00, .max = 0xFFFF, .length = 0xF300, .min_fixed = 1,
                    .max_fixed = 1 });
            aml_rt_dword_memory(w, &(const struct aml_addr_space){
                    .min = 0xA0000, .max = 0xBFFFF, .length = 0x20000, .min_fixed = 1,
                    .max_fixed = 1 }, AML_CACHEABLE, 1);
            aml_rt_dword_memory(w, &(const struct aml_addr_space){
                    .min = 0xF0000000, .max = 0xFBFFFFFF, .length = 0xC000000, .min_fixed = 1,
                    .max_fixed = 1 }, AML_NON_CACHEABLE, 1);
            aml_rt_qword_memory(w, &(const struct aml_addr_space){
                    .min = 0x1000000000, .max = 0x1FFFFFFFFF, .length = 0x1000000000,
                    .min_fixed = 1, .max_fixed = 1 }, AML_CACHEABLE, 1);
        aml_end(w);
    aml_end(w);
}
static const struct vector vec_rt_pci_host_bridge = VEC(rt_pci_host_bridge);

/* ---- pkglen_buffer_62 ------------------------------------------------------ */
/*
 * Buffer payload (BufferSize + bytes) of 62: the largest with a one-byte
 * PkgLength.
 */
static const char asl_pkglen_buffer_62[] =
    "Name (B03E, Buffer () {\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFG\"})\n";
static const uint8_t want_pkglen_buffer_62[] = {
    0x08, 0x42, 0x30, 0x33, 0x45, 0x11, 0x3F, 0x0A, 0x3C, 0x41, 0x42, 0x43,
    0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F,
    0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x41,
    0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D,
    0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
    0x5A, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x00,
};
static void emit_pkglen_buffer_62(struct aml_writer *w)
{
    aml_name_decl(w, "B03E");
    aml_buffer(w, letters(59), 60);
}
static const struct vector vec_pkglen_buffer_62 = VEC(pkglen_buffer_62);

/* ---- pkglen_buffer_63 ------------------------------------------------------ */
/* Buffer payload of 63: two PkgLength bytes. */
static const char asl_pkglen_buffer_63[] =
    "Name (B03F, Buffer () {\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGH\"})\n";
static const uint8_t want_pkglen_buffer_63[] = {
    0x08, 0x42, 0x30, 0x33, 0x46, 0x11, 0x41, 0x04, 0x0A, 0x3D, 0x41, 0x42,
    0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E,
    0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A,
    0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C,
    0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58,
    0x59, 0x5A, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x00,
};
static void emit_pkglen_buffer_63(struct aml_writer *w)
{
    aml_name_decl(w, "B03F");
    aml_buffer(w, letters(60), 61);
}
static const struct vector vec_pkglen_buffer_63 = VEC(pkglen_buffer_63);

/* ---- pkglen_buffer_4093 ---------------------------------------------------- */
/* Buffer payload of 4093: the largest with two PkgLength bytes. */
static const char asl_pkglen_buffer_4093[] =
    "Name (BFFD, Buffer () {\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFG\"})\n";
static const uint8_t want_pkglen_buffer_4093[] =   /* 4101 bytes */
    "\010BFFD\021O\377\013\372\017ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFG\000";
static void emit_pkglen_buffer_4093(struct aml_writer *w)
{
    aml_name_decl(w, "BFFD");
    aml_buffer(w, letters(4089), 4090);
}
static const struct vector vec_pkglen_buffer_4093 = VEC_TEXT(pkglen_buffer_4093);

/* ---- pkglen_buffer_4094 ---------------------------------------------------- */
/* Buffer payload of 4094: three PkgLength bytes. */
static const char asl_pkglen_buffer_4094[] =
    "Name (BFFE, Buffer () {\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGH\"})\n";
static const uint8_t want_pkglen_buffer_4094[] =   /* 4103 bytes */
    "\010BFFE\021\201\000\001\013\373\017ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGH\000";
static void emit_pkglen_buffer_4094(struct aml_writer *w)
{
    aml_name_decl(w, "BFFE");
    aml_buffer(w, letters(4090), 4091);
}
static const struct vector vec_pkglen_buffer_4094 = VEC_TEXT(pkglen_buffer_4094);

/* ---- pkglen_method_62 ------------------------------------------------------ */
/* Method payload (NameSeg + flags + body) of 62: one PkgLength byte. */
static const char asl_pkglen_method_62[] =
    "Method (M03E, 0, NotSerialized)\n"
    "{\n"
    "    Return (\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB\")\n"
    "}\n";
static const uint8_t want_pkglen_method_62[] = {
    0x14, 0x3F, 0x4D, 0x30, 0x33, 0x45, 0x00, 0xA4, 0x0D, 0x41, 0x42, 0x43,
    0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F,
    0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x41,
    0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D,
    0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
    0x5A, 0x41, 0x42, 0x00,
};
static void emit_pkglen_method_62(struct aml_writer *w)
{
    aml_method(w, "M03E", 0, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_string(w, letters(54));
    aml_end(w);
}
static const struct vector vec_pkglen_method_62 = VEC(pkglen_method_62);

/* ---- pkglen_method_63 ------------------------------------------------------ */
/* Method payload of 63: two PkgLength bytes (41 04). */
static const char asl_pkglen_method_63[] =
    "Method (M03F, 0, NotSerialized)\n"
    "{\n"
    "    Return (\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC\")\n"
    "}\n";
static const uint8_t want_pkglen_method_63[] = {
    0x14, 0x41, 0x04, 0x4D, 0x30, 0x33, 0x46, 0x00, 0xA4, 0x0D, 0x41, 0x42,
    0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E,
    0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A,
    0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C,
    0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58,
    0x59, 0x5A, 0x41, 0x42, 0x43, 0x00,
};
static void emit_pkglen_method_63(struct aml_writer *w)
{
    aml_method(w, "M03F", 0, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_string(w, letters(55));
    aml_end(w);
}
static const struct vector vec_pkglen_method_63 = VEC(pkglen_method_63);

/* ---- pkglen_method_4093 ---------------------------------------------------- */
/* Method payload of 4093: two PkgLength bytes (4F FF). */
static const char asl_pkglen_method_4093[] =
    "Method (MFFD, 0, NotSerialized)\n"
    "{\n"
    "    Return (\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC\")\n"
    "}\n";
static const uint8_t want_pkglen_method_4093[] =   /* 4096 bytes */
    "\024O\377MFFD\000\244\015ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD"
    "EFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
    "QRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    "OPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL"
    "MNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWX"
    "YZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
    "KLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV"
    "WXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"
    "IJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST"
    "UVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"
    "GHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR"
    "STUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC\000";
static void emit_pkglen_method_4093(struct aml_writer *w)
{
    aml_method(w, "MFFD", 0, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_string(w, letters(4085));
    aml_end(w);
}
static const struct vector vec_pkglen_method_4093 = VEC_TEXT(pkglen_method_4093);

/* ---- pkglen_method_4094 ---------------------------------------------------- */
/* Method payload of 4094: three PkgLength bytes (81 00 01). */
static const char asl_pkglen_method_4094[] =
    "Method (MFFE, 0, NotSerialized)\n"
    "{\n"
    "    Return (\"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCD\")\n"
    "}\n";
static const uint8_t want_pkglen_method_4094[] =   /* 4098 bytes */
    "\024\201\000\001MFFE\000\244\015ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "DEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"
    "PQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZA"
    "BCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM"
    "NOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY"
    "ZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK"
    "LMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"
    "XYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHI"
    "JKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTU"
    "VWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"
    "HIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRS"
    "TUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDE"
    "FGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABC"
    "D\000";
static void emit_pkglen_method_4094(struct aml_writer *w)
{
    aml_method(w, "MFFE", 0, AML_NOT_SERIALIZED, 0);
        aml_return(w); aml_string(w, letters(4086));
    aml_end(w);
}
static const struct vector vec_pkglen_method_4094 = VEC_TEXT(pkglen_method_4094);

/* ---- pkglen_package_1048572 ------------------------------------------------ */
/*
 * Package payload (VarNumElements + 256 strings) of 1048572: the largest
 * with three PkgLength bytes (8F FF FF).
 */
/* ASL: written by gen_pkglen_package_1048572(); iasl's body is 1048581 bytes,
 * of which the first 16 are kept. */
static const uint8_t want_pkglen_package_1048572[] = {
    0x08, 0x42, 0x49, 0x47, 0x30, 0x13, 0x8F, 0xFF, 0xFF, 0x0B, 0x00, 0x01,
    0x0D, 0x41, 0x42, 0x43,
};
static void gen_pkglen_package_1048572(FILE *f)
{
    gen_big_package(f, 4087);
}
static void emit_pkglen_package_1048572(struct aml_writer *w)
{
    aml_name_decl(w, "BIG0");
    aml_package(w);
    for (unsigned i = 0; i < 255; i++)
        aml_string(w, letters(4094));
    aml_string(w, letters(4087));
    aml_end(w);
}
static const struct vector vec_pkglen_package_1048572 = VEC_BIG(pkglen_package_1048572, 1048581);

/* ---- pkglen_package_1048573 ------------------------------------------------ */
/* Package payload of 1048573: four PkgLength bytes (C1 00 00 01). */
/* ASL: written by gen_pkglen_package_1048573(); iasl's body is 1048583 bytes,
 * of which the first 16 are kept. */
static const uint8_t want_pkglen_package_1048573[] = {
    0x08, 0x42, 0x49, 0x47, 0x30, 0x13, 0xC1, 0x00, 0x00, 0x01, 0x0B, 0x00,
    0x01, 0x0D, 0x41, 0x42,
};
static void gen_pkglen_package_1048573(FILE *f)
{
    gen_big_package(f, 4088);
}
static void emit_pkglen_package_1048573(struct aml_writer *w)
{
    aml_name_decl(w, "BIG0");
    aml_package(w);
    for (unsigned i = 0; i < 255; i++)
        aml_string(w, letters(4094));
    aml_string(w, letters(4088));
    aml_end(w);
}
static const struct vector vec_pkglen_package_1048573 = VEC_BIG(pkglen_package_1048573, 1048583);

/* ---- running them ---------------------------------------------------------- */

#define VECTOR_LIST(X) \
    X(definition_block) \
    X(definition_block_rev1) \
    X(int_zero) \
    X(int_one) \
    X(int_byte_2) \
    X(int_byte_ff) \
    X(int_word_100) \
    X(int_word_ffff) \
    X(int_dword_10000) \
    X(int_dword_ffffffff) \
    X(int_qword_100000000) \
    X(int_ones) \
    X(dword_slot) \
    X(qword_slot) \
    X(string) \
    X(string_empty) \
    X(buffer) \
    X(buffer_empty) \
    X(buffer_sized) \
    X(buffer_sized_empty) \
    X(buffer_sized_300) \
    X(eisaid) \
    X(eisaid_lower_hex) \
    X(eisaid_wordconst) \
    X(touuid) \
    X(touuid_upper) \
    X(package) \
    X(package_names) \
    X(package_255) \
    X(package_var) \
    X(package_sized) \
    X(package_sized_partial) \
    X(package_sized_var) \
    X(name_root) \
    X(name_parent) \
    X(name_dual) \
    X(name_multi) \
    X(name_padded) \
    X(local) \
    X(arg) \
    X(null_target) \
    X(debug) \
    X(name_int) \
    X(name_string) \
    X(definition_block_names) \
    X(name_decl) \
    X(scope) \
    X(scope_root) \
    X(scope_relative) \
    X(device) \
    X(device_in_scope) \
    X(method) \
    X(method_serialized) \
    X(method_sync_level) \
    X(call) \
    X(call_path) \
    X(processor) \
    X(power_resource) \
    X(alias) \
    X(alias_path) \
    X(external) \
    X(mutex) \
    X(acquire) \
    X(release) \
    X(notify) \
    X(sleep) \
    X(operation_region) \
    X(operation_region_dynamic) \
    X(field_access) \
    X(field_lock_update) \
    X(field_units) \
    X(create_dword_field) \
    X(create_qword_field) \
    X(if) \
    X(else) \
    X(else_if) \
    X(while) \
    X(break) \
    X(return) \
    X(store) \
    X(add) \
    X(subtract) \
    X(multiply) \
    X(and) \
    X(or) \
    X(xor) \
    X(not) \
    X(shift_left) \
    X(shift_right) \
    X(increment) \
    X(decrement) \
    X(land) \
    X(lor) \
    X(lnot) \
    X(lequal) \
    X(lgreater) \
    X(lless) \
    X(index) \
    X(derefof) \
    X(refof) \
    X(sizeof) \
    X(concatenate) \
    X(to_buffer) \
    X(to_integer) \
    X(rt_empty) \
    X(rt_io) \
    X(rt_irq_noflags) \
    X(rt_interrupt) \
    X(rt_memory32_fixed) \
    X(rt_dword_memory) \
    X(rt_qword_memory) \
    X(rt_dword_io) \
    X(rt_word_bus_number) \
    X(rt_register) \
    X(rt_pci_host_bridge) \
    X(pkglen_buffer_62) \
    X(pkglen_buffer_63) \
    X(pkglen_buffer_4093) \
    X(pkglen_buffer_4094) \
    X(pkglen_method_62) \
    X(pkglen_method_63) \
    X(pkglen_method_4093) \
    X(pkglen_method_4094) \
    X(pkglen_package_1048572) \
    X(pkglen_package_1048573)

#define VEC_PTR(n) &vec_##n,
static const struct vector *const vectors[] = { VECTOR_LIST(VEC_PTR) };

/* Grows to exactly what the writer asks for, so that every write that does
 * not fit takes the writer's slow path. */
static uint8_t *grow_exact(void *ctx, uint8_t *buf, size_t len, size_t need, size_t *cap)
{
    uint8_t *nb = realloc(buf, need);

    (void)ctx;
    (void)len;
    if (nb)
        *cap = need;
    return nb;
}

/* Emit v into a freshly initialized w and compare with the golden. */
static void run_once(const struct vector *v, struct aml_writer *w, const char *how)
{
    char what[128];
    size_t len = 0;

    snprintf(what, sizeof(what), "%s (%s)", v->name, how);
    slots_held_early = 1;
    v->emit(w);
    enum aml_error e = aml_writer_finish(w, &len);
    if (e != AML_OK) {
        fprintf(stderr, "\n%s: aml_writer_finish: error %d: %s\n", what, (int)e, aml_errmsg(w));
        CU_FAIL("aml_writer_finish");
        return;
    }
    CU_ASSERT_EQUAL(aml_error(w), AML_OK);
    CU_ASSERT_EQUAL(len, aml_writer_len(w));
    if (v->check)
        v->check(w);

    uint8_t *buf = aml_writer_buf(w);
    if (v->body_len) {
        CU_ASSERT_EQUAL(len, v->body_len);
        assert_bytes_eq(what, buf, len < v->want_len ? len : v->want_len, v->want, v->want_len);
    } else if (v->full) {
        uint8_t sum = 0;
        for (size_t i = 0; i < len; i++)
            sum = (uint8_t)(sum + buf[i]);
        CU_ASSERT_EQUAL(sum, 0);
        CU_ASSERT(len >= HEADER_LEN && memcmp(buf + HDR_CREATOR, "XACG", 4) == 0);
        if (len >= HEADER_LEN && v->want_len >= HEADER_LEN) {
            buf[HDR_CHECKSUM] = v->want[HDR_CHECKSUM];
            memcpy(buf + HDR_CREATOR, v->want + HDR_CREATOR, HDR_CREATOR_END - HDR_CREATOR);
        }
        assert_bytes_eq(what, buf, len, v->want, v->want_len);
    } else {
        assert_bytes_eq(what, buf, len, v->want, v->want_len);
    }
}

static void run_vector(const struct vector *v)
{
    struct aml_writer w;
    size_t cap = v->body_len + 65536;
    uint8_t *buf = malloc(cap);

    CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
    aml_writer_init(&w, buf, cap);
    run_once(v, &w, "64 KiB buffer");
    free(buf);

    /* The same bytes when the buffer is too small all along. */
    aml_writer_init(&w, NULL, 0);
    aml_writer_set_grow(&w, grow_exact, NULL);
    run_once(v, &w, "buffer grown on demand");
    free(aml_writer_buf(&w));
}

#define TEST_FN(n) static void test_##n(void) { run_vector(&vec_##n); }
VECTOR_LIST(TEST_FN)
#define TEST_PTR(n) test_##n,
static const CU_TestFunc tests[] = { VECTOR_LIST(TEST_PTR) };

/* ---- --emit-asl DIR --------------------------------------------------------- */

static FILE *open_out(const char *dir, const char *name, const char *ext)
{
    char path[4096];
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s.%s", dir, name, ext);
    f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        exit(1);
    }
    return f;
}

static void close_out(FILE *f, const char *name)
{
    int bad = ferror(f);

    if (fclose(f) != 0 || bad) {
        fprintf(stderr, "%s: write error\n", name);
        exit(1);
    }
}

static void put_hex(FILE *f, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%02x", p[i]);
    fputc('\n', f);
}

/* Writes <name>.asl (the whole table), <name>.hex (the expected body, or
 * its first bytes when <name>.len gives the body length) and, for whole
 * tables, <name>.hdr (the header, ".." where iasl and the writer differ). */
static void emit_asl(const char *dir)
{
    for (size_t i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++) {
        const struct vector *v = vectors[i];
        const uint8_t *body = v->want;
        size_t body_len = v->want_len;
        FILE *f = open_out(dir, v->name, "asl");

        if (v->full) {
            fprintf(f, "%s\n", v->asl);
        } else {
            fputs(TABLE_HEAD, f);
            if (v->gen_asl) {
                v->gen_asl(f);
            } else {
                for (const char *l = v->asl; *l;) {
                    size_t n = strcspn(l, "\n");
                    if (n)
                        fprintf(f, "    %.*s", (int)n, l);
                    fputc('\n', f);
                    l += n + (l[n] == '\n');
                }
            }
            fputs(TABLE_TAIL, f);
        }
        close_out(f, v->name);

        if (v->full) {
            f = open_out(dir, v->name, "hdr");
            for (size_t j = 0; j < HEADER_LEN; j++) {
                if (j == HDR_CHECKSUM || (j >= HDR_CREATOR && j < HDR_CREATOR_END))
                    fputs("..", f);
                else
                    fprintf(f, "%02x", v->want[j]);
            }
            fputc('\n', f);
            close_out(f, v->name);
            body += HEADER_LEN;
            body_len -= HEADER_LEN;
        }
        f = open_out(dir, v->name, "hex");
        put_hex(f, body, body_len);
        close_out(f, v->name);
        if (v->body_len) {
            f = open_out(dir, v->name, "len");
            fprintf(f, "%zu\n", v->body_len);
            close_out(f, v->name);
        }
    }
}

void register_tests(void)
{
    for (int i = 1; i < cunit_argc; i++) {
        if (strcmp(cunit_argv[i], "--emit-asl") == 0) {
            if (i + 1 >= cunit_argc) {
                fprintf(stderr, "usage: %s [--emit-asl DIR]\n", cunit_argv[0]);
                exit(2);
            }
            emit_asl(cunit_argv[i + 1]);
            exit(0);
        }
    }

    CU_pSuite s = add_suite("aml_golden");
    for (size_t i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++)
        add_test(s, vectors[i]->name, tests[i]);
}
