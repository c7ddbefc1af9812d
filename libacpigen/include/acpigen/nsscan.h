/*
 * nsscan.h - read AML that somebody else wrote: list the names a table
 * defines, and check that a namespace device body handed in by a device
 * model stays inside its device.
 *
 * Both walk AML with a bounded parser that never reads past the bytes it
 * was given, whatever they hold: every PkgLength, string and NameString is
 * checked against the end of its enclosing construct before it is used, and
 * nesting is limited so the C stack is too.  Nothing is allocated.
 */
#ifndef ACPIGEN_NSSCAN_H
#define ACPIGEN_NSSCAN_H

#include <stddef.h>
#include <stdint.h>

#include "acpigen/namespace.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One name the scan found: the absolute path (segs[0] is the first segment
 * under the root; nsegs == 0 is the root itself), the opcode that defines
 * it (0x08 Name, 0x10 Scope, 0x14 Method, 0x5B82 Device, ... ; 0 for a
 * field unit) and where the defining opcode starts. */
struct acpi_ns_name {
    uint32_t segs[ACPI_NS_MAX_SEGS];
    unsigned nsegs;
    uint16_t opcode;
    size_t offset;
};

/* Called once per definition, in AML order.  Return nonzero to stop the
 * scan (acpi_ns_scan then returns 1). */
typedef int (*acpi_ns_fn)(void *ctx, const struct acpi_ns_name *name);

/*
 * List the absolute names the AML aml[0..len) defines: Scope, Device, Name,
 * Method, OperationRegion, DataTableRegion, Field/IndexField/BankField units,
 * Mutex, Event, Processor, PowerResource, ThermalZone, Alias and Create*Field.
 * aml is a TermList (a table's body, without its 36-byte header); names are
 * resolved from the root, `\` and `^` prefixes included.  Method bodies are
 * skipped.  Returns 0 when the whole input was walked, 1 when fn stopped it,
 * -1 on AML that does not parse (err, when not NULL, says where and why).
 */
int acpi_ns_scan(const uint8_t *aml, size_t len, acpi_ns_fn fn, void *ctx,
                 char *err, size_t errlen);

/* "\_SB_.C000" for a scanned name (always NUL-terminated, truncated to cap). */
void acpi_ns_format(const struct acpi_ns_name *name, char *buf, size_t cap);

/*
 * Check the body of a namespace device (the TermList that goes between the
 * braces of Device(NAME) { ... }) before it is wrapped into an SSDT:
 *   - it parses as complete terms that end exactly at len, method bodies
 *     included;
 *   - no object is defined through a `\` or `^` NameString (Name, Method,
 *     Device, Alias, OperationRegion, Field units, Create*Field, Mutex, ...),
 *     and no Scope() is opened (a Scope of a single NameSeg can reach any
 *     object above the device through the search rules);
 *   - no Load, LoadTable or Unload;
 *   - nesting is at most max_depth (0: ACPI_NS_BODY_DEPTH, capped at
 *     ACPI_NS_MAX_DEPTH).
 * Returns 0 when it passes, -1 otherwise with err saying why and at which
 * byte offset of the body.
 */
int acpi_aml_check_body(const uint8_t *body, size_t len, unsigned max_depth,
                        char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
