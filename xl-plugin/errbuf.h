/*
 * errbuf.h - the one way xl-acpi's file-handling steps report an error: a
 * message written into the caller's buffer, and -1 to return.
 */
#ifndef XL_ERRBUF_H
#define XL_ERRBUF_H

#include <stddef.h>

__attribute__((format(printf, 3, 4)))
int xl_errf(char *err, size_t errlen, const char *fmt, ...);

#endif
