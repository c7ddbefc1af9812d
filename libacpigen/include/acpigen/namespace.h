/*
 * namespace.h - what the AML walker and the namespace scan built on it
 * share: the NameSeg as a number and the limits of a scan (nesting, path
 * length, message size).  A header of its own so that the walker, the
 * lower layer, does not include the scanner's.
 */
#ifndef ACPIGEN_NAMESPACE_H
#define ACPIGEN_NAMESPACE_H

#include <stdint.h>

/* Deepest nesting the scan follows (also the hard cap of acpi_aml_check_body). */
#define ACPI_NS_MAX_DEPTH        255
/* Default nesting limit of a device body. */
#define ACPI_NS_BODY_DEPTH       32
/* Most NameSegs an absolute path the scan reports can hold. */
#define ACPI_NS_MAX_SEGS         32
/* Room for an error message, NUL included. */
#define ACPI_NS_MSG_MAX          160

/* A NameSeg as a little-endian uint32 ("_SB_" == 0x5F42535F). */
#define ACPI_NAMESEG(a, b, c, d) \
    ((uint32_t)(uint8_t)(a) | (uint32_t)(uint8_t)(b) << 8 | \
     (uint32_t)(uint8_t)(c) << 16 | (uint32_t)(uint8_t)(d) << 24)

#endif
