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

static void put_num(struct out *o, uint64_t v, unsigned base)
{
    char tmp[20];
    int i = 0;

    do {
        tmp[i++] = "0123456789ABCDEF"[v % base];
        v /= base;
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
