/*
 * hw_root.c - the hardware domain's XSDT, RSDT and RSDP.  Unlike a guest
 * set's (tables/sdt.c), their entries are absolute addresses: most of the
 * tables they list are the host's, where the firmware put them, outside
 * the image.
 */
#include "hwdom/hw_build.h"

#include "aml/aml_encode.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

static size_t pointer_table(struct hw_build *h, const char *sig, unsigned width,
                            const uint64_t *addrs, unsigned n)
{
    size_t len = 36 + (size_t)width * n;
    size_t off = build_place(&h->b, len, 8, sig);

    if (off == SIZE_MAX)
        return SIZE_MAX;
    uint8_t *t = h->b.img + off;
    build_header(&h->b, t, sig, (uint32_t)len, 1, NULL);
    for (unsigned i = 0; i < n; i++) {
        if (width == 8) {
            put_le64(t + 36 + 8 * i, addrs[i]);
        } else if (addrs[i] > 0xFFFFFFFFu) {
            /* An RSDT that left the table out would show the OS another set. */
            build_fail(&h->b, "RSDT: a table at %X, above 4 GiB, cannot be listed", addrs[i]);
            return SIZE_MAX;
        } else {
            put_le32(t + 36 + 4 * i, (uint32_t)addrs[i]);
        }
    }
    build_seal(&h->b, off);
    return off;
}

size_t hw_root(struct hw_build *h, const uint64_t *addrs, unsigned n, size_t *xsdt,
               size_t *rsdt)
{
    *xsdt = pointer_table(h, "XSDT", 8, addrs, n);
    *rsdt = pointer_table(h, "RSDT", 4, addrs, n);
    size_t off = build_place(&h->b, sizeof(struct acpi_rsdp), 16, "RSDP");
    if (off == SIZE_MAX)
        return SIZE_MAX;
    build_rsdp(&h->b, off, *xsdt, *rsdt);
    return h->b.failed ? SIZE_MAX : off;
}
