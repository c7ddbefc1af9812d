/*
 * aml_plain.c - the quick yes for plain device bodies (see aml_plain.h):
 * what nearly every device model writes, Name (_HID, "..."), Name (_UID,
 * n), Name (_CRS, Buffer () {...}) and Method (_STA) { Return (0x0F) },
 * recognised in one pass without the walker's frames and hooks.
 *
 * It only ever says yes for bytes the walker of aml_parse.c, run with the
 * device-body check's hooks (nsscan.c), accepts too; everything else,
 * valid or not, is left to the walker, which alone gives the reasons.  So
 * each test below is one the walker makes on the same bytes, at the same
 * bounds (the comments say which), and none is skipped: a NameSeg is
 * checked character by character, every PkgLength against the end of its
 * enclosing construct, every String byte for ASCII up to its NUL.  The
 * names here are all plain NameSegs (no \ or ^), the only ones the check
 * lets through anyway, and no NameString stands where a method call could,
 * so the method-argument pass of the check has nothing to add.
 * tests/test_plain.c holds the two to the same answer on every mutation
 * of such bodies, and fuzz_nsscan does on whatever it finds.
 */
#include "aml/aml_plain.h"

#include "aml/aml_parse.h"

/* One call per device body: its helpers belong inside it. */
#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* Four bytes that make a NameSeg: A-Z or _, then A-Z, 0-9 or _ (the
 * walker's seg_ok(), from the same table). */
static ALWAYS_INLINE int seg_ok(const uint8_t *s)
{
    return (aml__seg_class[s[0]] & AML_SEG_LEAD) &&
           (aml__seg_class[s[1]] & aml__seg_class[s[2]] & aml__seg_class[s[3]] & AML_SEG_NEXT);
}

/* The bytes of a String's ASCII (0x01-0x7F) and its NUL at s, within
 * left; 0 when a byte is not ASCII or the NUL is missing (the walker's
 * string()).  A word at a time: with every byte in 0x01-0x7F, subtracting
 * 0x01 from each borrows nowhere and leaves every top bit clear, and a 0x00
 * (the lowest one borrows from nothing below it) or a byte with its top bit
 * set shows in a top bit. */
typedef unsigned long __attribute__((may_alias)) word_t;
#define ONES  ((word_t)-1 / 0xFF)          /* 0x0101...01 */
#define HIGHS (ONES << 7)                  /* 0x8080...80 */

static ALWAYS_INLINE size_t string_len(const uint8_t *s, size_t left)
{
    size_t i = 0;

    for (; left - i >= sizeof(word_t); i += sizeof(word_t)) {
        word_t w;
        __builtin_memcpy(&w, s + i, sizeof(w));
        if (((w - ONES) | w) & HIGHS)
            break;
    }
    for (; i < left; i++) {
        if ((uint8_t)(s[i] - 1) < 0x7F)
            continue;
        return s[i] ? 0 : i + 1;
    }
    return 0;
}

/* The length of the integer constant at p (Zero, One, Ones, ByteConst,
 * WordConst, DWordConst, QWordConst) with its data inside left (>= 1),
 * 0 for anything else: the opcodes of kind K_LEAF and K_FIXED that
 * leaf_at() lets stand in a TermArg, and its width check. */
static ALWAYS_INLINE size_t int_len(const uint8_t *p, size_t left)
{
    size_t n;

    switch (p[0]) {
    case 0x00: case 0x01: case 0xFF: return 1;
    case 0x0A: n = 2; break;
    case 0x0B: n = 3; break;
    case 0x0C: n = 5; break;
    case 0x0E: n = 9; break;
    default: return 0;
    }
    return n <= left ? n : 0;
}

/* The same with a String (0x0D) too: what leaf_at() takes in Name and
 * Return. */
static ALWAYS_INLINE size_t data_len(const uint8_t *p, size_t left)
{
    size_t n;

    if (p[0] != 0x0D)
        return int_len(p, left);
    n = string_len(p + 1, left - 1);
    return n ? 1 + n : 0;
}

/* The PkgLength at p, with left bytes to the end of the enclosing
 * construct (>= 1): its value, and its own size in *enc; 0 when the
 * walker's pkg_length() refuses it (runs past left, reserved bits 4-5 set
 * in a multi-byte lead, shorter than its own encoding). */
static ALWAYS_INLINE size_t pkg_len(const uint8_t *p, size_t left, size_t *enc)
{
    unsigned nb = p[0] >> 6;
    uint32_t v;

    if (left < 1 + (size_t)nb)
        return 0;
    if (!nb) {
        v = p[0] & 0x3F;
    } else {
        if (p[0] & 0x30)
            return 0;
        v = p[0] & 0x0F;
        for (unsigned i = 0; i < nb; i++)
            v |= (uint32_t)p[1 + i] << (4 + 8 * i);
    }
    if (v < nb + 1u || v > left)
        return 0;
    *enc = nb + 1;
    return v;
}

/* Buffer (PkgLength, BufferSize) {bytes} at p within left (>= 1): its
 * length, or 0.  The walker pushes a frame for it (depth 2 under a Name
 * of the body's TermList), bounds the BufferSize by the PkgLength and
 * takes the bytes after it as they are. */
static ALWAYS_INLINE size_t buffer_len(const uint8_t *p, size_t left)
{
    size_t v, enc;

    if (p[0] != 0x11 || left < 2 || !(v = pkg_len(p + 1, left - 1, &enc)) || v == enc ||
        !int_len(p + 1 + enc, v - enc))
        return 0;
    return 1 + v;
}

/* A Method body: Return (constant or String) statements only, which
 * the walker reads at depth 2 without a frame of their own. */
static ALWAYS_INLINE int plain_method_body(const uint8_t *p, size_t len)
{
    size_t pos = 0, n;

    while (pos < len) {
        if (p[pos] != 0xA4 || len - pos < 2 || !(n = data_len(p + pos + 1, len - pos - 1)))
            return 0;
        pos += 1 + n;
    }
    return 1;
}

int aml__plain_body(const uint8_t *b, size_t len)
{
    size_t pos = 0, left, n, v, enc;

    while (pos < len) {
        left = len - pos;
        switch (b[pos]) {
        case 0x08:      /* Name (NameSeg, constant, String or Buffer) */
            if (left < 6 || !seg_ok(b + pos + 1))
                return 0;
            n = data_len(b + pos + 5, left - 5);
            if (!n && !(n = buffer_len(b + pos + 5, left - 5)))
                return 0;
            pos += 5 + n;
            break;
        case 0x14:      /* Method (PkgLength, NameSeg, MethodFlags, body) */
            if (left < 2 || !(v = pkg_len(b + pos + 1, left - 1, &enc)) || v - enc < 5 ||
                !seg_ok(b + pos + 1 + enc) ||
                !plain_method_body(b + pos + 1 + enc + 5, v - enc - 5))
                return 0;
            pos += 1 + v;
            break;
        default:
            return 0;
        }
    }
    return 1;
}
