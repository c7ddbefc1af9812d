/* cunit_main.c - runs the suites of one test program (see cunit_main.h). */
#include "cunit_main.h"

#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>

CU_pSuite add_suite(const char *name)
{
    CU_pSuite s = CU_add_suite(name, NULL, NULL);
    if (!s) {
        fprintf(stderr, "CU_add_suite(%s): %s\n", name, CU_get_error_msg());
        exit(2);
    }
    return s;
}

void add_test(CU_pSuite s, const char *name, CU_TestFunc fn)
{
    if (!CU_add_test(s, name, fn)) {
        fprintf(stderr, "CU_add_test(%s): %s\n", name, CU_get_error_msg());
        exit(2);
    }
}

static void dump(const char *label, const uint8_t *p, size_t n, size_t mark)
{
    fprintf(stderr, "  %s (%zu bytes):", label, n);
    for (size_t i = 0; i < n; i++) {
        if (i % 16 == 0)
            fprintf(stderr, "\n    %04zx:", i);
        fprintf(stderr, i == mark ? " [%02X]" : " %02X", p[i]);
    }
    fprintf(stderr, "\n");
}

void assert_bytes_eq(const char *what, const uint8_t *got, size_t got_len,
                     const uint8_t *want, size_t want_len)
{
    size_t i = 0;
    while (i < got_len && i < want_len && got[i] == want[i])
        i++;
    if (i == got_len && i == want_len) {
        CU_PASS(what);
        return;
    }
    fprintf(stderr, "\n%s: bytes differ at offset %zu\n", what, i);
    dump("got ", got, got_len, i);
    dump("want", want, want_len, i);
    CU_FAIL(what);
}

int cunit_argc;
char **cunit_argv;

int main(int argc, char **argv)
{
    cunit_argc = argc;
    cunit_argv = argv;
    if (CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "CU_initialize_registry: %s\n", CU_get_error_msg());
        return 2;
    }
    register_tests();
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    unsigned run = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    if (run == 0) {
        fprintf(stderr, "no test ran\n");
        return 1;
    }
    return failed ? 1 : 0;
}
