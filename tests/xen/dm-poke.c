/*
 * dm-poke DOMID GPA FILE - the e2e test's stand-in for a device model:
 * writes FILE's bytes into the guest memory of domain DOMID (normally
 * paused) at guest-physical address GPA, the way QEMU leaves its dm-acpi
 * blob area in a guest, so that `xl-acpi attach` has something to ingest.
 * Runs in dom0 as root.
 *
 *   cc -Wall -Wextra -Werror -o dm-poke dm-poke.c \
 *      $(pkg-config --cflags --libs xenforeignmemory)
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <xenforeignmemory.h>

#define PAGE 4096u

static int fail(const char *what)
{
    fprintf(stderr, "dm-poke: %s\n", what);
    return 1;
}

/* A whole decimal or 0x number, or -1 on anything else. */
static int number(const char *s, unsigned long long *v)
{
    char *end;

    errno = 0;
    *v = strtoull(s, &end, 0);
    return (*s == '\0' || *s == '-' || *end != '\0' || errno) ? -1 : 0;
}

int main(int argc, char **argv)
{
    unsigned long long domid, gpa;
    static unsigned char data[1 << 20];
    size_t len, npages;
    xen_pfn_t *gfns;
    int *errs, ret = 1;
    xenforeignmemory_handle *fmem;
    unsigned char *map;
    FILE *f;

    if (argc != 4)
        return fprintf(stderr, "usage: dm-poke DOMID GPA FILE\n"), 2;
    if (number(argv[1], &domid) || domid >= 0x7ff0 || number(argv[2], &gpa))
        return fail("DOMID and GPA must be numbers (decimal or 0x hex)"), 2;
    if (!(f = fopen(argv[3], "rb")))
        return fprintf(stderr, "dm-poke: %s: %s\n", argv[3], strerror(errno)), 1;
    len = fread(data, 1, sizeof(data), f);
    if (ferror(f) || !feof(f) || len == 0)
        return fprintf(stderr, "dm-poke: %s: unreadable, empty or over 1 MiB\n", argv[3]), 1;
    fclose(f);

    /* Map every GFN the range touches, in one call. */
    npages = (gpa % PAGE + len + PAGE - 1) / PAGE;
    gfns = calloc(npages, sizeof(*gfns));
    errs = calloc(npages, sizeof(*errs));
    if (!gfns || !errs)
        return fail("out of memory");
    for (size_t i = 0; i < npages; i++)
        gfns[i] = gpa / PAGE + i;
    if (!(fmem = xenforeignmemory_open(NULL, 0)))
        return fprintf(stderr, "dm-poke: xenforeignmemory_open: %s (dom0, root?)\n",
                       strerror(errno)), 1;
    map = xenforeignmemory_map(fmem, (uint32_t)domid, PROT_READ | PROT_WRITE, npages, gfns,
                               errs);
    if (!map) {
        fprintf(stderr, "dm-poke: mapping %zu pages at gfn 0x%llx of domain %llu: %s\n",
                npages, gpa / PAGE, domid, strerror(errno));
        goto out;
    }
    /* The call can succeed with single pages missing (not populated). */
    for (size_t i = 0; i < npages; i++) {
        if (errs[i]) {
            fprintf(stderr, "dm-poke: gfn 0x%llx of domain %llu: %s\n",
                    (unsigned long long)gfns[i], domid, strerror(-errs[i]));
            goto unmap;
        }
    }
    memcpy(map + gpa % PAGE, data, len);
    printf("dm-poke: %zu bytes written at 0x%llx of domain %llu (%zu pages)\n", len, gpa,
           domid, npages);
    ret = 0;
unmap:
    xenforeignmemory_unmap(fmem, map, npages);
out:
    xenforeignmemory_close(fmem);
    free(gfns);
    free(errs);
    return ret;
}
