/*
 * dsdt.c - the guest's DSDT: one processor device per vCPU under \_SB,
 *
 *     Device (Cxxx)                    xxx = vCPU number in hex, C000-CFFF
 *     {
 *         Name (_HID, "ACPI0007")
 *         Name (_UID, n)               = the MADT processor UID
 *         Method (_STA) { Return (0x0F) }   (Zero for a vCPU offline at boot)
 *     }
 *
 * The devices differ only in three hex digits and the _UID value, so each
 * is stamped from a template the AML writer builds once per shape (enabled
 * or not, _UID encoded in 1, 2 or 3 bytes): the writer's checks and exact
 * encoding apply to every byte, at the cost of a copy per vCPU instead of a
 * dozen validated calls.
 */
#include "build.h"
#include "aml_internal.h"
#include "mem.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

struct stamp {
    uint8_t bytes[64];
    uint8_t len;        /* 0: not built yet */
    uint8_t uid_at;     /* offset of the _UID integer (its prefix byte, if any) */
};

/* Minimal integer encodings of a _UID below 65536: Zero/One, BytePrefix n,
 * WordPrefix n. */
static unsigned uid_class(uint32_t uid)
{
    return uid <= 1 ? 0 : uid <= 0xFF ? 1 : 2;
}

static int make_stamp(struct build *b, struct stamp *s, unsigned cls, int enabled)
{
    static const uint32_t sample[3] = { 0, 0x22, 0x2222 };
    static const uint8_t uid_name[5] = { 0x08, '_', 'U', 'I', 'D' };
    struct aml_writer w;
    size_t len;

    aml_writer_init(&w, s->bytes, sizeof(s->bytes));
    aml_device(&w, "C000");
    aml_name_string(&w, "_HID", "ACPI0007");
    aml_name_int(&w, "_UID", sample[cls]);
    aml_method(&w, "_STA", 0, AML_NOT_SERIALIZED, 0);
    aml_return(&w);
    aml_int(&w, enabled ? 0x0F : 0);
    aml_end(&w);
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK) {
        build_fail(b, "DSDT: processor device template: %s", aml_errmsg(&w));
        return 0;
    }
    /* The layout the stamping relies on: a 1-byte PkgLength, then "C000". */
    for (size_t i = 7; i + 5 <= len; i++) {
        unsigned k = 0;
        while (k < 5 && s->bytes[i + k] == uid_name[k])
            k++;
        if (s->bytes[3] == 'C' && k == 5) {
            s->uid_at = (uint8_t)(i + 5);
            s->len = (uint8_t)len;
            return 1;
        }
    }
    build_fail(b, "DSDT: processor device template has an unexpected layout");
    return 0;
}

/* Append the processor devices of vCPUs 0..maxvcpus-1 to the open Scope. */
static void processors(struct build *b, struct aml_writer *w)
{
    static const char hex[16] = "0123456789ABCDEF";
    struct stamp stamps[3][2];
    const struct acpi_guest_config *c = b->cfg;

    for (unsigned k = 0; k < 3; k++)
        stamps[k][0].len = stamps[k][1].len = 0;
    for (uint32_t i = 0; i < c->maxvcpus; i++) {
        unsigned cls = uid_class(i);
        int enabled = i < c->vcpus;
        struct stamp *s = &stamps[cls][enabled];
        if (!s->len && !make_stamp(b, s, cls, enabled))
            return;
        uint8_t *p = aml__emit(w, s->len);
        if (!p)
            return;
        acpigen_memmove(p, s->bytes, s->len);
        p[4] = (uint8_t)hex[(i >> 8) & 15];
        p[5] = (uint8_t)hex[(i >> 4) & 15];
        p[6] = (uint8_t)hex[i & 15];
        if (cls == 0) {
            p[s->uid_at] = (uint8_t)i;              /* Zero or One */
        } else {
            p[s->uid_at + 1] = (uint8_t)i;
            if (cls == 2)
                p[s->uid_at + 2] = (uint8_t)(i >> 8);
        }
    }
}

size_t build_dsdt(struct build *b)
{
    const struct acpi_guest_config *c = b->cfg;
    size_t off = build_place(b, 0, 8, "DSDT"), len;
    struct aml_writer w;

    if (off == SIZE_MAX)
        return SIZE_MAX;
    aml_writer_init(&w, b->img + off, build_room(b, off));
    aml_definition_block(&w, "DSDT", 2, c->oem_id, c->oem_table_id, c->oem_revision);
    aml_scope(&w, "\\_SB");
    processors(b, &w);
    aml_end(&w);
    aml_end(&w);
    if (b->failed)
        return SIZE_MAX;
    if (aml_writer_finish(&w, &len) != AML_OK) {
        if (aml_error(&w) == AML_E_NOSPACE)
            build_fail(b, "layout: region too small for the DSDT of %u vCPUs", c->maxvcpus);
        else
            build_fail(b, "DSDT: %s", aml_errmsg(&w));
        return SIZE_MAX;
    }
    b->used = off + len;
    build_record(b, off);       /* aml_end() already checksummed it */
    return off;
}
