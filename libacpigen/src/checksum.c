/*
 * checksum.c - byte sum for ACPI checksums, eight bytes at a time.
 *
 * A table is summed once per build and is the only O(size) pass that is
 * not writing bytes, so it is worth doing in 16-bit lanes: each 64-bit load
 * adds its even and odd bytes into four lanes, which are folded every 128
 * loads, before a lane can carry into its neighbour.
 */
#include "acpigen/checksum.h"

uint8_t acpi_sum8(const void *data, size_t len)
{
    const uint64_t lanes = 0x00FF00FF00FF00FFull;
    const uint8_t *p = data;
    uint32_t total = 0;

    while (len >= 8) {
        size_t n = len / 8 > 128 ? 128 : len / 8;
        uint64_t acc = 0;
        for (size_t i = 0; i < n; i++, p += 8) {
            uint64_t x;
            __builtin_memcpy(&x, p, 8);     /* an unaligned load, never a call */
            acc += (x & lanes) + ((x >> 8) & lanes);
        }
        len -= n * 8;
        total += (uint32_t)((acc * 0x0001000100010001ull) >> 48);
    }
    while (len--)
        total += *p++;
    return (uint8_t)total;
}
