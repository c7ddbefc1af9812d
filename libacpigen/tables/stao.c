/*
 * stao.c - the Status Override Table (Linaro STAO specification v0.3): tells
 * a hardware domain which devices of the host's DSDT it must treat as
 * absent, and whether to ignore the UART Xen keeps for itself.
 *
 * Each namepath is stored as a NUL-terminated absolute path with every
 * segment padded to four characters ("\_SB.PCI0.UAR1" -> "\_SB_.PCI0.UAR1"),
 * the form ACPICA reports full names in, so an OS can compare it directly.
 */
#include "tables/build.h"
#include "aml/aml_encode.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

/* Length of the normalised path, or 0 if `path` is not an absolute namepath. */
static size_t path_len(struct build *b, const char *path, unsigned index)
{
    size_t n = 1, seg = 0;
    unsigned segs = 0;

    if (!path || path[0] != '\\' || !path[1]) {
        build_fail(b, "STAO: namepath %u %q must be an absolute path like \\_SB.PCI0", index, path);
        return 0;
    }
    for (const char *p = path + 1;; p++) {
        if (*p == '.' || !*p) {
            if (seg == 0) {
                build_fail(b, "STAO: namepath %q has an empty segment", path);
                return 0;
            }
            n += 4 + (*p == '.');
            segs++;
            seg = 0;
            if (!*p)
                break;
        } else if (seg == 4 || !aml__seg_char(*p, seg == 0)) {
            build_fail(b, "STAO: namepath %q: %s at position %u", path,
                       seg == 4 ? "segment longer than 4 characters" : "invalid character",
                       (unsigned)(p - path) + 1);
            return 0;
        } else {
            seg++;
        }
    }
    return n + 1;
}

static uint8_t *path_put(uint8_t *d, const char *path)
{
    size_t seg = 0;

    *d++ = '\\';
    for (const char *p = path + 1;; p++) {
        if (*p == '.' || !*p) {
            for (; seg < 4; seg++)
                *d++ = '_';
            seg = 0;
            if (!*p)
                break;
            *d++ = '.';
        } else {
            *d++ = (uint8_t)*p;
            seg++;
        }
    }
    *d++ = '\0';
    return d;
}

size_t build_stao(struct build *b)
{
    const struct acpi_guest_config *c = b->cfg;
    size_t len = sizeof(struct acpi_stao);

    for (unsigned i = 0; i < c->n_stao_paths; i++) {
        size_t n = path_len(b, c->stao_paths[i], i);
        if (!n)
            return SIZE_MAX;
        len += n;
    }
    size_t off = build_place(b, len, 8, "STAO");
    if (off == SIZE_MAX)
        return SIZE_MAX;
    uint8_t *t = b->img + off;
    build_header(b, t, "STAO", (uint32_t)len, 1, NULL);
    t[36] = c->stao_uart ? 1 : 0;
    uint8_t *p = t + 37;
    for (unsigned i = 0; i < c->n_stao_paths; i++)
        p = path_put(p, c->stao_paths[i]);
    build_seal(b, off);
    return off;
}
