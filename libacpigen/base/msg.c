/* msg.c - see msg.h: a tiny printf for error messages in freestanding code. */
#include "base/msg.h"

#include <stdint.h>

struct out {
    char *p;
    size_t cap, n;      /* n counts what fits, excluding the NUL */
};

static inline void put(struct out *o, char c)
{
    if (o->n + 1 < o->cap)
        o->p[o->n++] = c;
}

/* The same as put() for each character, which stops writing at the
 * first that does not fit; in one loop, as hvmloader formats a log line
 * per blob with it. */
static void put_str(struct out *o, const char *s)
{
    size_t n = o->n, last = o->cap ? o->cap - 1 : 0;

    if (!s)
        s = "(null)";
    while (*s && n < last)
        o->p[n++] = *s++;
    o->n = n;
}

/* v / 10 and v % 10 in 32-bit steps (long division by 16-bit digits), so
 * that a 32-bit freestanding build (hvmloader-ext) needs no libgcc helper
 * for 64-bit division.  Only for numbers above 32 bits: hvmloader logs a
 * line per blob, and the others take one native division. */
static uint64_t div10(uint64_t v, unsigned *rem)
{
    uint64_t q = 0;
    uint32_t r = 0;

    for (int shift = 48; shift >= 0; shift -= 16) {
        uint32_t d = (r << 16) | (uint32_t)((v >> shift) & 0xFFFF);
        q = (q << 16) | (d / 10);
        r = d % 10;
    }
    *rem = r;
    return q;
}

static void put_num(struct out *o, uint64_t v, unsigned base)
{
    char tmp[20];
    int i = 0;
    unsigned d;

    do {
        if (base == 16) {
            d = (unsigned)(v & 0xF);
            v >>= 4;
        } else if (v <= 0xFFFFFFFFu) {
            uint32_t w = (uint32_t)v;
            d = w % 10;
            v = w / 10;
        } else {
            v = div10(v, &d);
        }
        tmp[i++] = "0123456789ABCDEF"[d];
    } while (v);
    while (i)
        put(o, tmp[--i]);
}

static void put_quoted(struct out *o, const char *s)
{
    if (!s) {
        put_str(o, "(null)");
        return;
    }
    put(o, '"');
    for (int i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (i == 40) {
            put_str(o, "...");
            break;
        }
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
            put_str(o, "\\x");
            put(o, "0123456789ABCDEF"[c >> 4]);
            put(o, "0123456789ABCDEF"[c & 15]);
        } else {
            put(o, (char)c);
        }
    }
    put(o, '"');
}

void msg_vformat(char *out, size_t cap, const char *fmt, va_list ap)
{
    struct out o = { out, cap, 0 };

    if (!cap)
        return;
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            /* Literal text, as put() would copy it, with the count kept
             * in a register. */
            size_t n = o.n;
            for (; *fmt && *fmt != '%'; fmt++)
                if (n + 1 < cap)
                    out[n++] = *fmt;
            o.n = n;
            fmt--;
            continue;
        }
        switch (*++fmt) {
        case 's': put_str(&o, va_arg(ap, const char *)); break;
        case 'q': put_quoted(&o, va_arg(ap, const char *)); break;
        case 'u': put_num(&o, va_arg(ap, unsigned int), 10); break;
        case 'U': put_num(&o, va_arg(ap, uint64_t), 10); break;
        case 'Z': put_num(&o, va_arg(ap, size_t), 10); break;
        case 'X': put_str(&o, "0x"); put_num(&o, va_arg(ap, uint64_t), 16); break;
        case '%': put(&o, '%'); break;
        case '\0': fmt--; break;            /* lone '%' at the end */
        default: put(&o, '%'); put(&o, *fmt); break;
        }
    }
    out[o.n] = '\0';
}

void msg_format(char *out, size_t cap, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    msg_vformat(out, cap, fmt, ap);
    va_end(ap);
}
