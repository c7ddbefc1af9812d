/*
 * msg.h - error-message formatting without a C library.
 *
 * The core must run freestanding, so it cannot use snprintf.  msg_format()
 * understands a deliberately small set of conversions:
 *   %s  const char *            copied as is (trusted, from our own code)
 *   %q  const char *            quoted, non-printable bytes as \xNN, cut after
 *                               40 characters (used for caller/guest input)
 *   %u  unsigned int            decimal
 *   %U  uint64_t                decimal
 *   %Z  size_t                  decimal
 *   %X  uint64_t                hexadecimal with 0x prefix
 *   %%  a percent sign
 * Output is always NUL-terminated and truncated to fit.
 */
#ifndef ACPIGEN_MSG_H
#define ACPIGEN_MSG_H

#include <stdarg.h>
#include <stddef.h>

void msg_vformat(char *out, size_t cap, const char *fmt, va_list ap);
void msg_format(char *out, size_t cap, const char *fmt, ...);

#endif
