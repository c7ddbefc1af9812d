/* msg.c - see msg.h: a tiny printf for error messages in freestanding code. */
#include "base/msg.h"

#include <stdint.h>

struct out {
    char *p;
    size_t cap, n;      /* n counts what fits, excluding the NUL */
};

static void put(struct out *o, char c)
{
    if (o->n + 1 < o->cap)
        o->p[o->n++] = c;
}

static void put_str(struct out *o, const char *s)
{
    if (!s)
        s = "(null)";
    while (*s)
        put(o, *s++);
}

/* v / 10 and v % 10 in 32-bit steps (long division by 16-bit digits), so
 * that a 32-bit freestanding build (hvmloader-ext) needs no libgcc helper
 * for 64-bit division.  Messages are a cold path. */
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
            put(&o, *fmt);
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
