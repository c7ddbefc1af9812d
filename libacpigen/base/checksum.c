/*
 * checksum.c - byte sum for ACPI checksums, many bytes at a time.
 *
 * A table is summed once per build and is the only O(size) pass that is
 * not writing bytes, so it is worth vectorising: SSE2 where the compiler
 * targets it, else 16-bit lanes in a 64-bit word, or a 32-bit one on
 * 32-bit targets (each load adds its even and odd bytes into the lanes,
 * folded every 128 loads, before a lane can carry into its neighbour).
 */
#include "acpigen/checksum.h"

#include <stdint.h>

#if defined(__SSE2__) && !defined(ACPIGEN_FREESTANDING)
#include <emmintrin.h>
#endif

uint8_t acpi_sum8(const void *data, size_t len)
{
    const uint64_t lanes = 0x00FF00FF00FF00FFull;
    const uint8_t *p = data;
    uint32_t total = 0;

#if defined(__SSE2__) && !defined(ACPIGEN_FREESTANDING)
    /* x86: PSADBW against zero adds 16 bytes into two 64-bit lanes. */
    /* 64 bytes a round into two accumulators: the loop's own instructions
     * are then a quarter of the work. */
    __m128i vacc = _mm_setzero_si128(), vacc2 = _mm_setzero_si128(), zero = _mm_setzero_si128();
    for (; len >= 64; len -= 64, p += 64) {
        const __m128i *q = (const __m128i *)(const void *)p;
        vacc = _mm_add_epi64(vacc, _mm_sad_epu8(_mm_loadu_si128(q), zero));
        vacc2 = _mm_add_epi64(vacc2, _mm_sad_epu8(_mm_loadu_si128(q + 1), zero));
        vacc = _mm_add_epi64(vacc, _mm_sad_epu8(_mm_loadu_si128(q + 2), zero));
        vacc2 = _mm_add_epi64(vacc2, _mm_sad_epu8(_mm_loadu_si128(q + 3), zero));
    }
    for (; len >= 16; len -= 16, p += 16)
        vacc = _mm_add_epi64(vacc, _mm_sad_epu8(_mm_loadu_si128((const __m128i *)(const void *)p), zero));
    vacc = _mm_add_epi64(vacc, vacc2);
    total = (uint32_t)_mm_cvtsi128_si32(vacc) + (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(vacc, 8));
#endif
#if UINTPTR_MAX == 0xFFFFFFFFu || defined(ACPIGEN_SUM8_LANES32)
    /* 32-bit targets (hvmloader): the same in two 16-bit lanes of a 32-bit
     * word, as 64-bit arithmetic there takes two registers for every step.
     * 128 loads add at most 128 * 510 = 65280 to the low lane, so it never
     * carries into the high one, whose own overflow past bit 31 is a
     * multiple of 256 and does not change the sum's low byte. */
    while (len >= 4) {
        size_t n = len / 4 > 128 ? 128 : len / 4;
        uint32_t acc = 0;
        for (size_t i = 0; i < n; i++, p += 4) {
            uint32_t x;
            __builtin_memcpy(&x, p, 4);     /* an unaligned load, never a call */
            acc += (x & 0x00FF00FFu) + ((x >> 8) & 0x00FF00FFu);
        }
        len -= n * 4;
        total += acc + (acc >> 16);
    }
    (void)lanes;
#endif
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
