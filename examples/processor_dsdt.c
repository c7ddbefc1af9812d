/*
 * processor_dsdt.c - example use of the AML writer: the DSDT a guest with N
 * vCPUs needs, one ACPI0007 processor device per vCPU under \_SB.
 *
 *     processor_dsdt N OUT.aml
 */
#include <acpigen/aml.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    static uint8_t buf[1 << 20];
    struct aml_writer w;
    char *end;
    size_t len;

    if (argc != 3) {
        fprintf(stderr, "usage: %s NR_VCPUS OUT.aml\n", argv[0]);
        return 2;
    }
    errno = 0;
    unsigned long n = strtoul(argv[1], &end, 10);
    if (errno || *end || n == 0 || n > 4096) {
        fprintf(stderr, "%s: NR_VCPUS must be 1..4096, not \"%s\"\n", argv[0], argv[1]);
        return 2;
    }

    aml_writer_init(&w, buf, sizeof(buf));
    aml_definition_block(&w, "DSDT", 2, "Xen", "HVM", 0);
    aml_scope(&w, "\\_SB");
    for (unsigned long i = 0; i < n; i++) {
        char name[5];
        snprintf(name, sizeof(name), "C%03lX", i);
        aml_device(&w, name);
        aml_name_string(&w, "_HID", "ACPI0007");
        aml_name_int(&w, "_UID", i);
        aml_end(&w);
    }
    aml_end(&w);
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK) {
        fprintf(stderr, "%s: %s\n", argv[0], aml_errmsg(&w));
        return 1;
    }

    FILE *f = fopen(argv[2], "wb");
    if (!f || fwrite(buf, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "%s: writing %s: %s\n", argv[0], argv[2], strerror(errno));
        return 1;
    }
    printf("%s: DSDT for %lu vCPUs, %zu bytes\n", argv[2], n, len);
    return 0;
}
