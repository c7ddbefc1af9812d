/*
 * aml_encode.h - the byte-level encodings that the table builders share
 * with the AML writer: little-endian loads and stores, PkgLength, the
 * creator ID stamped into every header, and the NameSeg character rule.  Nothing
 * here knows about the writer's frames.
 */
#ifndef ACPIGEN_AML_ENCODE_H
#define ACPIGEN_AML_ENCODE_H

#include <stddef.h>
#include <stdint.h>

/* Creator ID and revision written into every table header we build. */
#define ACPIGEN_CREATOR_ID "XACG"
#define ACPIGEN_CREATOR_REVISION 0x00000001u

/* Whether c may stand in a NameSeg: as its first character (lead) or later. */
int aml__seg_char(char c, int lead);

/* Bytes of a PkgLength that counts itself plus `rest` bytes; 0 if too big.
 * (Shared with the builders that lay out a block before writing it.) */
static inline unsigned pkglen_size(size_t rest)
{
    if (rest + 1 <= 0x3F)
        return 1;
    if (rest + 2 <= 0xFFF)
        return 2;
    if (rest + 3 <= 0xFFFFF)
        return 3;
    if (rest + 4 <= 0xFFFFFFF)
        return 4;
    return 0;
}

static inline void pkglen_put(uint8_t *p, uint32_t value, unsigned n)
{
    if (n == 1) {
        p[0] = (uint8_t)value;
        return;
    }
    p[0] = (uint8_t)(((n - 1) << 6) | (value & 0xF));
    for (unsigned i = 1; i < n; i++)
        p[i] = (uint8_t)(value >> (4 + 8 * (i - 1)));
}

/* Little-endian loads from any alignment (the compiler makes them one load). */
static inline uint32_t get_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t get_le64(const uint8_t *p)
{
    return (uint64_t)get_le32(p) | (uint64_t)get_le32(p + 4) << 32;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* One unaligned store each (never a call, even freestanding). */
static inline void put_le16(uint8_t *p, uint16_t v) { __builtin_memcpy(p, &v, 2); }
static inline void put_le32(uint8_t *p, uint32_t v) { __builtin_memcpy(p, &v, 4); }
static inline void put_le64(uint8_t *p, uint64_t v) { __builtin_memcpy(p, &v, 8); }
#else
static inline void put_le16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static inline void put_le32(uint8_t *p, uint32_t v)
{
    put_le16(p, (uint16_t)v);
    put_le16(p + 2, (uint16_t)(v >> 16));
}

static inline void put_le64(uint8_t *p, uint64_t v)
{
    put_le32(p, (uint32_t)v);
    put_le32(p + 4, (uint32_t)(v >> 32));
}
#endif

#endif
