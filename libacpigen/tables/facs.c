/*
 * facs.c - the Firmware ACPI Control Structure (ACPI 6.4, 5.2.10).  Only a
 * non-reduced FADT has one: it holds the global lock and waking vector.
 */
#include "tables/build.h"
#include "aml/aml_encode.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

size_t build_facs(struct build *b)
{
    /* 64-byte alignment is required by the spec (Xen had it at 16 until 2021). */
    size_t off = build_place(b, sizeof(struct acpi_facs), 64, "FACS");
    if (off == SIZE_MAX)
        return SIZE_MAX;
    uint8_t *p = b->img + off;
    p[0] = 'F'; p[1] = 'A'; p[2] = 'C'; p[3] = 'S';
    put_le32(p + 4, sizeof(struct acpi_facs));
    p[offsetof(struct acpi_facs, version)] = 2;
    build_list(b, "FACS", build_addr(b, off), sizeof(struct acpi_facs), 2, off);
    return off;
}
