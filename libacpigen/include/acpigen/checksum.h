/*
 * checksum.h - the ACPI table checksum (ACPI 6.4, 5.2.5.3 and 5.2.6): all
 * bytes of a table, checksum field included, add up to zero modulo 256.
 */
#ifndef ACPIGEN_CHECKSUM_H
#define ACPIGEN_CHECKSUM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Sum of len bytes modulo 256. */
uint8_t acpi_sum8(const void *data, size_t len);

/* The checksum byte that makes data[0..len) (whose checksum byte is zero
 * while this is computed) add up to zero. */
static inline uint8_t acpi_checksum(const void *data, size_t len)
{
    return (uint8_t)(0x100u - acpi_sum8(data, len));
}

#ifdef __cplusplus
}
#endif

#endif
