/*
 * aml_plain.h - a quick yes for the device bodies most device models
 * write (aml_plain.c), before the walker of aml_parse.c is started, and
 * that walker's check on its own (nsscan.c), for the tests that hold the
 * two to the same answer.
 */
#ifndef ACPIGEN_AML_PLAIN_H
#define ACPIGEN_AML_PLAIN_H

#include <stddef.h>
#include <stdint.h>

/* 1 when body[0..len) is a TermList of nothing but Name (NameSeg, an
 * integer constant, a String or a Buffer whose size is an integer
 * constant) and Method (NameSeg) { Return (an integer constant or a
 * String) ... }, each of them complete and inside its bounds: bytes the
 * walker with the device-body check's hooks accepts at any nesting limit
 * of 2 or more.  0 for anything else, valid or not: only the walker says
 * why a body is refused. */
int aml__plain_body(const uint8_t *body, size_t len);

/* acpi_aml_check_body() without the quick yes: the walker's two passes.
 * max_depth as that function takes it after defaulting and capping
 * (1..ACPI_NS_MAX_DEPTH); err/errlen as there. */
int aml__check_body_walk(const uint8_t *body, size_t len, unsigned max_depth, char *err,
                         size_t errlen);

/* The two in the order acpi_aml_check_body() runs them, for a body that
 * is there (not NULL unless len is 0) and a max_depth already defaulted
 * and capped; err is written only when the body is refused. */
static inline int aml__check_body_fast(const uint8_t *body, size_t len, unsigned max_depth,
                                       char *err, size_t errlen)
{
    if (max_depth >= 2 && aml__plain_body(body, len))
        return 0;
    return aml__check_body_walk(body, len, max_depth, err, errlen);
}

#endif
