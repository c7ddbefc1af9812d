/*
 * fuzz_nsscan.c - libFuzzer target: the input is AML (a table body or a
 * device body).  acpi_ns_scan() and acpi_aml_check_body() must walk it
 * without touching a byte past it, and answer cleanly: every reported name
 * fits ACPI_NS_MAX_SEGS and lies inside the input, every rejection names an
 * offset inside the input, an acceptance leaves no message; and the quick
 * yes for plain bodies (aml_plain.c) is never given to a body the walker
 * refuses.  A violation traps.
 */
#include "acpigen/nsscan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aml/aml_plain.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void violation(const char *what, const char *err)
{
    fprintf(stderr, "fuzz_nsscan: invariant violated: %s (%s)\n", what, err ? err : "");
    abort();
}

struct ctx {
    size_t size;
    unsigned n;
};

static int on_name(void *vctx, const struct acpi_ns_name *name)
{
    struct ctx *c = vctx;
    char text[ACPI_NS_MAX_SEGS * 5 + 2];

    if (name->nsegs > ACPI_NS_MAX_SEGS)
        violation("a name with more than ACPI_NS_MAX_SEGS segments", NULL);
    if (name->offset >= c->size)
        violation("a name defined past the input", NULL);
    acpi_ns_format(name, text, sizeof(text));
    if (text[0] != '\\' || strlen(text) != (name->nsegs ? 5 * name->nsegs : 1))
        violation("acpi_ns_format", text);
    c->n++;
    return 0;
}

/* A rejection says "offset 0x<hex>: ..." with an offset inside the input. */
static void check_message(int rc, const char *err, size_t size, const char *who)
{
    if (rc == 0) {
        if (err[0])
            violation("a message although it passed", err);
        return;
    }
    if (rc != -1)
        violation(who, "return value");
    if (strncmp(err, "offset 0x", 9))
        violation("an error without an offset", err);
    if (strtoull(err + 9, NULL, 16) > size)
        violation("an error offset past the input", err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[ACPI_NS_MSG_MAX];
    struct ctx c = { size, 0 };
    int rc;

    rc = acpi_ns_scan(data, size, on_name, &c, err, sizeof(err));
    check_message(rc, err, size, "acpi_ns_scan");

    rc = acpi_aml_check_body(data, size, 0, err, sizeof(err));
    check_message(rc, err, size, "acpi_aml_check_body");
    /* A deeper limit accepts whatever the default one does. */
    int deep = acpi_aml_check_body(data, size, ACPI_NS_MAX_DEPTH, err, sizeof(err));
    check_message(deep, err, size, "acpi_aml_check_body");
    if (rc == 0 && deep != 0)
        violation("accepted at depth 32 but not at 255", err);
    if (aml__plain_body(data, size) && aml__check_body_walk(data, size, 2, err, sizeof(err)))
        violation("the quick path accepted what the walker refuses", err);
    return 0;
}
