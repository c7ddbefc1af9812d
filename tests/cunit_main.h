/*
 * cunit_main.h - shared entry point of the CUnit test programs.
 *
 * Each test program defines register_tests(), which adds its suites; main()
 * runs them verbosely and exits non-zero on any failure, so the automake
 * harness reports FAIL.  No test program ever exits 77 (SKIP).
 */
#ifndef TESTS_CUNIT_MAIN_H
#define TESTS_CUNIT_MAIN_H

#include <CUnit/CUnit.h>
#include <stddef.h>
#include <stdint.h>

void register_tests(void);

/* main()'s arguments, for programs that take options (register_tests()
 * may handle them and exit instead of registering tests). */
extern int cunit_argc;
extern char **cunit_argv;

/* Add a suite of plain test functions; aborts the program if CUnit fails. */
CU_pSuite add_suite(const char *name);
void add_test(CU_pSuite s, const char *name, CU_TestFunc fn);

/* Compare two byte strings; on mismatch print a hex dump of both with the
 * first differing offset marked, and fail the current test. */
void assert_bytes_eq(const char *what, const uint8_t *got, size_t got_len,
                     const uint8_t *want, size_t want_len);

#endif
