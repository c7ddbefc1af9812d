/*
 * bench_aml.c - how fast the AML writer streams a guest DSDT.
 *
 * Builds DefinitionBlock("DSDT") { Scope (\_SB) { Device (Cxxx) { Name (_HID,
 * "ACPI0007") Name (_UID, n) } x N } } and prints the median time per table
 * over many batches, and its size.  Target (issue 2): under 2 us for 128
 * devices.  Prints figures only: speed is never asserted by a test.
 */
#include <acpigen/aml.h>

#include "timing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t buf[1 << 20];
/* Device names are made once, outside the timed loop: the figure is the
 * writer's, not snprintf's. */
static char names[4096][5];

/* generic: Name() opened as a construct and filled by a data term;
 * otherwise the one-call aml_name_string()/aml_name_int() forms. */
static int generic;

/* Not inlined: `make bench` counts its instructions with callgrind. */
__attribute__((noinline)) static size_t build_dsdt(unsigned ncpu)
{
    struct aml_writer w;
    size_t len = 0;

    aml_writer_init(&w, buf, sizeof(buf));
    aml_definition_block(&w, "DSDT", 2, "Xen", "HVM", 0);
    aml_scope(&w, "\\_SB");
    for (unsigned i = 0; i < ncpu; i++) {
        aml_device(&w, names[i]);
        if (generic) {
            aml_name_decl(&w, "_HID");
            aml_string(&w, "ACPI0007");
            aml_name_decl(&w, "_UID");
            aml_int(&w, i);
        } else {
            aml_name_string(&w, "_HID", "ACPI0007");
            aml_name_int(&w, "_UID", i);
        }
        aml_end(&w);
    }
    aml_end(&w);
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK) {
        fprintf(stderr, "bench_aml: %s\n", aml_errmsg(&w));
        exit(1);
    }
    return len;
}

int main(int argc, char **argv)
{
    static const unsigned sizes[] = { 1, 16, 128, 1024, 4096 };
    size_t bytes;

    for (unsigned i = 0; i < 4096; i++)
        snprintf(names[i], sizeof(names[i]), "C%03X", i);
    if (argc == 4 && !strcmp(argv[1], "--count")) {     /* for callgrind */
        unsigned n = (unsigned)atoi(argv[2]), r = (unsigned)atoi(argv[3]);
        for (unsigned i = 0; i < r; i++)
            build_dsdt(n);
        return 0;
    }

    printf("bench_aml: DSDT of N processor devices (Device + _HID \"ACPI0007\" + _UID)\n");
    printf("%8s %14s %10s %10s %18s\n", "N", "median ns", "bytes", "ns/device",
           "generic Name ns");
    for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        generic = 0;
        double ns = bench_median_ns(build_dsdt, sizes[i]);
        generic = 1;
        double gns = bench_median_ns(build_dsdt, sizes[i]);
        bytes = build_dsdt(sizes[i]);
        printf("%8u %14.0f %10zu %10.2f %18.0f\n", sizes[i], ns, bytes, ns / sizes[i], gns);
    }
    generic = 0;
    double ns = bench_median_ns(build_dsdt, 128);
    bytes = build_dsdt(128);
    printf("writer, 128 processor devices: %.0f ns, %zu bytes (target < 2000 ns)\n", ns, bytes);
    return 0;
}
