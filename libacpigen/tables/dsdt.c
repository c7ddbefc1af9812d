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
 * dsdt_processor_device() below is the definition, in AML writer calls.
 * The devices differ only in three hex digits and the _UID value, so the
 * build stamps them from templates.h, which tests/gen_templates generates
 * from that function (one template per shape: enabled or not, _UID in 1, 2
 * or 3 bytes) and test_templates.sh checks against it.  Every byte still
 * comes from the writer's checked, minimal encoding; the build only copies
 * and patches.
 *
 * The size of every device is known up front, so the Scope's PkgLength is
 * written first and each device goes straight to its final place, and the
 * table checksum is summed from the templates' known sums rather than by
 * reading the table back.
 */
#include "tables/build.h"
#include "aml/aml_encode.h"
#include "acpigen/checksum.h"
#include "base/mem.h"
#include "tables/templates.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

void dsdt_processor_device(struct aml_writer *w, uint32_t vcpu, int enabled)
{
    static const char hex[16] = "0123456789ABCDEF";
    const char name[5] = { 'C', hex[(vcpu >> 8) & 15], hex[(vcpu >> 4) & 15], hex[vcpu & 15], 0 };

    aml_device(w, name);
    aml_name_string(w, "_HID", "ACPI0007");
    aml_name_int(w, "_UID", vcpu);
    aml_method(w, "_STA", 0, AML_NOT_SERIALIZED, 0);
    aml_return(w);
    aml_int(w, enabled ? 0x0F : 0);
    aml_end(w);
    aml_end(w);
}

/* The template shape of vCPU i: how its _UID is encoded (Zero/One,
 * BytePrefix, WordPrefix).  Shapes change at 2 and 256. */
static inline unsigned uid_class(uint32_t i)
{
    return i <= 1 ? 0 : i <= 0xFF ? 1 : 2;
}

/* Hex digit characters as integer constants, for the table below. */
#define HC(d) ((d) < 10 ? '0' + (d) : 'A' - 10 + (d))
#define HX2(h, l) { HC(h), HC(l) }
#define HROW(h) HX2(h, 0), HX2(h, 1), HX2(h, 2), HX2(h, 3), HX2(h, 4), HX2(h, 5), HX2(h, 6), \
    HX2(h, 7), HX2(h, 8), HX2(h, 9), HX2(h, 10), HX2(h, 11), HX2(h, 12), HX2(h, 13), \
    HX2(h, 14), HX2(h, 15)
/* The last two name digits of vCPU i are hex2[i & 255]. */
static const uint8_t hex2[256][2] = {
    HROW(0), HROW(1), HROW(2), HROW(3), HROW(4), HROW(5), HROW(6), HROW(7),
    HROW(8), HROW(9), HROW(10), HROW(11), HROW(12), HROW(13), HROW(14), HROW(15),
};

/* Sum of the hex digit characters of 0..r-1. */
static inline uint32_t hexsum_below(uint32_t r)
{
    return 48 * r + r * (r - 1) / 2 + 7 * (r > 10 ? r - 10 : 0);
}

/* Sum of the characters of hex2[0..k) (k <= 256). */
static inline uint32_t hex2_sum_below(uint32_t k)
{
    uint32_t q = k >> 4, r = k & 15;
    return q * hexsum_below(16) + hexsum_below(r) + 16 * hexsum_below(q) +
           r * (uint32_t)HC(q & 15);
}

/* 16 bytes copied as one unaligned vector load/store: the devices are
 * written with three of them each, whatever their exact length. */
typedef uint8_t v16 __attribute__((vector_size(16), aligned(1), may_alias));

/*
 * Stamp n devices of one shape, vCPUs i..i+n-1 (all with the same first
 * digit), at p; return the end.  Each copy writes the template's 48 bytes,
 * so up to 48 - len bytes past a device, which the next device overwrites:
 * the caller keeps the last device of the table out of here.
 */
static inline __attribute__((always_inline)) uint8_t *
stamp_run(uint8_t *p, const struct cpu_template *t, unsigned cls, uint32_t i, uint32_t n)
{
    uint8_t tpl[48];
    const uint8_t (*d)[2] = &hex2[i & 255];
    size_t len = t->len, u = t->uid_at;

    for (unsigned k = 0; k < 48; k++)
        tpl[k] = t->bytes[k];
    tpl[4] = (uint8_t)HC((i >> 8) & 15);
    v16 a = *(const v16 *)tpl, b = *(const v16 *)(tpl + 16), c = *(const v16 *)(tpl + 32);
    for (uint32_t k = 0; k < n; k++, i++, p += len) {
        *(v16 *)p = a;
        *(v16 *)(p + 16) = b;
        *(v16 *)(p + 32) = c;
        p[5] = d[k][0];
        p[6] = d[k][1];
        if (cls == 0) {
            p[u] = (uint8_t)i;                  /* Zero or One */
        } else {
            p[u + 1] = (uint8_t)i;
            if (cls == 2)
                p[u + 2] = (uint8_t)(i >> 8);
        }
    }
    return p;
}

/* One device written exactly (the table's last): no byte past its end. */
static uint8_t *stamp_one(uint8_t *p, const struct cpu_template *t, unsigned cls, uint32_t i)
{
    unsigned u = t->uid_at;

    acpigen_memmove(p, t->bytes, t->len);
    p[4] = (uint8_t)HC((i >> 8) & 15);
    p[5] = hex2[i & 255][0];
    p[6] = hex2[i & 255][1];
    if (cls == 0) {
        p[u] = (uint8_t)i;
    } else {
        p[u + 1] = (uint8_t)i;
        if (cls == 2)
            p[u + 2] = (uint8_t)(i >> 8);
    }
    return p + t->len;
}

/* Byte sum of the n devices i..i+n-1 of one shape and first digit: the
 * template's fixed bytes, plus the patched digits and _UID bytes. */
static uint32_t run_sum(const struct cpu_template *t, unsigned cls, uint32_t i, uint32_t n)
{
    uint32_t lo = i & 255, hi = i >> 8;
    uint32_t s = n * (t->sum + (uint32_t)HC(hi & 15)) + hex2_sum_below(lo + n) -
                 hex2_sum_below(lo);

    s += (2 * lo + n - 1) * n / 2;              /* the low byte of each _UID */
    if (cls == 2)
        s += n * hi;                            /* and its high byte */
    return s;
}

/* vCPUs of one shape and state: those in [lo, hi) that are in [from, to). */
static inline uint32_t overlap(uint32_t lo, uint32_t hi, uint32_t from, uint32_t to)
{
    uint32_t a = lo > from ? lo : from, b = hi < to ? hi : to;
    return b > a ? b - a : 0;
}

size_t build_dsdt(struct build *b)
{
    static const uint32_t class_lo[4] = { 0, 2, 256, ACPI_GUEST_MAX_VCPUS };
    const struct acpi_guest_config *c = b->cfg;
    uint32_t n = c->maxvcpus, on = c->vcpus;
    size_t off = build_place(b, 0, 8, "DSDT"), devs = 0;

    if (off == SIZE_MAX)
        return SIZE_MAX;
    for (unsigned k = 0; k < 3; k++)
        devs += overlap(class_lo[k], class_lo[k + 1], 0, on) * cpu_templates[1][k].len +
                overlap(class_lo[k], class_lo[k + 1], on, n) * cpu_templates[0][k].len;
    /* DefinitionBlock header, ScopeOp PkgLength "\_SB_" devices */
    unsigned pl = pkglen_size(5 + devs);
    size_t head = 36 + 1 + pl + 5, len = head + devs;
    if (!pl || len > build_room(b, off)) {
        build_fail(b, "layout: region too small for the DSDT of %u vCPUs", n);
        return SIZE_MAX;
    }

    uint8_t *t = b->img + off, *p = t + head;
    build_header(b, t, "DSDT", (uint32_t)len, 2, NULL);
    t[36] = 0x10;
    pkglen_put(t + 37, (uint32_t)(pl + 5 + devs), pl);
    acpigen_memmove(t + 37 + pl, "\\_SB_", 5);
    uint32_t sum = acpi_sum8(t, head);

    for (uint32_t i = 0; i < n;) {
        unsigned cls = uid_class(i), en = i < on;
        uint32_t end = cls == 0 ? 2 : (i | 255) + 1;  /* same shape and first digit */
        if (end > n)
            end = n;
        if (en && end > on)
            end = on;
        const struct cpu_template *tp = &cpu_templates[en][cls];
        uint32_t run = end - i - (end == n);         /* the last device: exactly */
        sum += run_sum(tp, cls, i, end - i);
        p = cls == 0 ? stamp_run(p, tp, 0, i, run) :
            cls == 1 ? stamp_run(p, tp, 1, i, run) : stamp_run(p, tp, 2, i, run);
        if (end == n)
            p = stamp_one(p, tp, cls, n - 1);
        i = end;
    }
    t[9] = (uint8_t)(0x100 - (sum & 0xFF));
    b->used = off + len;
    build_record(b, off);
    return off;
}
