/*
 * aml_rt.c - resource descriptors inside a ResourceTemplate (ACPI 6.4,
 * section 6.4 "Resource Data Types").  The template itself (Buffer, EndTag,
 * BufferSize) is opened in aml_ops.c and closed in aml_writer.c.
 */
#include "aml/aml_writer.h"
#include "base/mem.h"

/* Start a descriptor of n bytes; NULL if it may not go here. */
static uint8_t *desc(struct aml_writer *w, const char *what, size_t n)
{
    if (!aml__begin(w, CL_DESC, what))
        return NULL;
    uint8_t *p = aml__emit(w, n);
    if (p)
        acpigen_memset(p, 0, n);
    return p;
}

void aml_rt_io(struct aml_writer *w, int decode16, uint16_t min, uint16_t max,
               uint8_t alignment, uint8_t length)
{
    uint8_t *p = desc(w, "IO", 8);
    if (!p)
        return;
    p[0] = 0x47;
    p[1] = decode16 ? 1 : 0;
    put_le16(p + 2, min);
    put_le16(p + 4, max);
    p[6] = alignment;
    p[7] = length;
}

void aml_rt_irq_noflags(struct aml_writer *w, uint16_t mask)
{
    uint8_t *p = desc(w, "IRQNoFlags", 3);
    if (!p)
        return;
    p[0] = 0x22;
    put_le16(p + 1, mask);
}

void aml_rt_interrupt(struct aml_writer *w, unsigned flags, const uint32_t *irqs, unsigned n)
{
    if (w->err)
        return;
    if (!n || n > 255 || !irqs || flags > 0x1F) {
        aml__fail(w, n && n <= 255 && irqs ? AML_E_RANGE : AML_E_ARG,
                  "Interrupt: %s", flags > 0x1F ? "unknown flag bits" :
                  !irqs ? "NULL interrupt list" : "needs 1 to 255 interrupt numbers");
        return;
    }
    uint8_t *p = desc(w, "Interrupt", 5 + 4 * (size_t)n);
    if (!p)
        return;
    p[0] = 0x89;
    put_le16(p + 1, (uint16_t)(2 + 4 * n));
    p[3] = (uint8_t)flags;
    p[4] = (uint8_t)n;
    for (unsigned i = 0; i < n; i++)
        put_le32(p + 5 + 4 * i, irqs[i]);
}

void aml_rt_memory32_fixed(struct aml_writer *w, int read_write, uint32_t base, uint32_t length)
{
    uint8_t *p = desc(w, "Memory32Fixed", 12);
    if (!p)
        return;
    p[0] = 0x86;
    put_le16(p + 1, 9);
    p[3] = read_write ? 1 : 0;
    put_le32(p + 4, base);
    put_le32(p + 8, length);
}

/*
 * Word (2), DWord (4) and QWord (8) address space descriptors share one
 * layout: tag, length, resource type, general flags, type-specific flags,
 * then granularity, min, max, translation and length at the given width.
 */
static void addr_space(struct aml_writer *w, const char *what, uint8_t tag, unsigned width,
                       uint8_t type, uint8_t tflags, const struct aml_addr_space *a)
{
    if (w->err)
        return;
    if (!a) {
        aml__fail(w, AML_E_ARG, "%s: NULL descriptor", what);
        return;
    }
    const uint64_t v[5] = { a->granularity, a->min, a->max, a->translation, a->length };
    static const char *const field[5] = { "granularity", "min", "max", "translation", "length" };
    uint64_t limit = width == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * width)) - 1;
    for (unsigned i = 0; i < 5; i++) {
        if (v[i] > limit) {
            aml__fail(w, AML_E_RANGE, "%s: %s %X does not fit in %u bytes", what, field[i], v[i],
                      width);
            return;
        }
    }
    uint8_t *p = desc(w, what, 6 + 5 * (size_t)width);
    if (!p)
        return;
    p[0] = tag;
    put_le16(p + 1, (uint16_t)(3 + 5 * width));
    p[3] = type;
    p[4] = (uint8_t)((a->consumer ? 1 : 0) | (a->sub_decode ? 2 : 0) | (a->min_fixed ? 4 : 0) |
                     (a->max_fixed ? 8 : 0));
    p[5] = tflags;
    for (unsigned i = 0; i < 5; i++) {
        uint8_t *q = p + 6 + i * width;
        if (width == 2)
            put_le16(q, (uint16_t)v[i]);
        else if (width == 4)
            put_le32(q, (uint32_t)v[i]);
        else
            put_le64(q, v[i]);
    }
}

static uint8_t mem_flags(struct aml_writer *w, const char *what, enum aml_cacheable cache,
                         int read_write)
{
    if ((unsigned)cache > AML_PREFETCHABLE)
        aml__fail(w, AML_E_RANGE, "%s: cacheability %u out of range", what, (unsigned)cache);
    return (uint8_t)((read_write ? 1 : 0) | ((unsigned)cache << 1));
}

void aml_rt_dword_memory(struct aml_writer *w, const struct aml_addr_space *a,
                         enum aml_cacheable cache, int read_write)
{
    uint8_t f = mem_flags(w, "DWordMemory", cache, read_write);
    addr_space(w, "DWordMemory", 0x87, 4, 0, f, a);
}

void aml_rt_qword_memory(struct aml_writer *w, const struct aml_addr_space *a,
                         enum aml_cacheable cache, int read_write)
{
    uint8_t f = mem_flags(w, "QWordMemory", cache, read_write);
    addr_space(w, "QWordMemory", 0x8A, 8, 0, f, a);
}

void aml_rt_dword_io(struct aml_writer *w, const struct aml_addr_space *a)
{
    addr_space(w, "DWordIO", 0x87, 4, 1, 0x03 /* EntireRange */, a);
}

void aml_rt_word_bus_number(struct aml_writer *w, const struct aml_addr_space *a)
{
    addr_space(w, "WordBusNumber", 0x88, 2, 2, 0, a);
}

void aml_rt_register(struct aml_writer *w, uint8_t space_id, uint8_t bit_width,
                     uint8_t bit_offset, uint64_t address, uint8_t access_size)
{
    if (!w->err && access_size > 4) {
        aml__fail(w, AML_E_RANGE, "Register: access size %u out of range 0..4",
                  (unsigned)access_size);
        return;
    }
    uint8_t *p = desc(w, "Register", 15);
    if (!p)
        return;
    p[0] = 0x82;
    put_le16(p + 1, 12);
    p[3] = space_id;
    p[4] = bit_width;
    p[5] = bit_offset;
    p[6] = access_size;
    put_le64(p + 7, address);
}
