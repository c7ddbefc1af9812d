/*
 * hostsrc.c - reading the host's tables from a directory or an acpidump
 * file (see hostsrc.h): the I/O edge in front of acpi_host_set_init().
 */
#define _DEFAULT_SOURCE

#include "hostsrc.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "errbuf.h"

static void *own(struct xl_host_src *h, void *p)
{
    if (p && h->n_owned < sizeof(h->owned) / sizeof(h->owned[0]))
        h->owned[h->n_owned++] = p;
    else {
        free(p);
        p = NULL;
    }
    return p;
}

void xl_host_free(struct xl_host_src *h)
{
    for (unsigned i = 0; i < h->n_owned; i++)
        free(h->owned[i]);
    memset(h, 0, sizeof(*h));
}

static int add(struct xl_host_src *h, const char *name, uint8_t *data, size_t size,
               uint64_t address, char *err, size_t errlen)
{
    if (h->n == ACPI_HOST_MAX_TABLES) {
        free(data);
        return xl_errf(err, errlen, "%s: more than %u host tables", name,
                       (unsigned)ACPI_HOST_MAX_TABLES);
    }
    char *nm = own(h, strdup(name));
    if (!own(h, data) || !nm)
        return xl_errf(err, errlen, "%s: out of memory", name);
    h->t[h->n++] = (struct acpi_host_table){ .data = data, .size = size, .address = address,
                                             .name = nm };
    return 0;
}

static int read_whole(const char *path, uint8_t **data, size_t *size, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    size_t cap = 0, n = 0;
    uint8_t *d = NULL;

    if (!f)
        return xl_errf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
    for (;;) {
        if (n == cap) {
            if (cap >= XL_HOST_MAX_TABLE_SIZE) {
                free(d);
                fclose(f);
                return xl_errf(err, errlen, "%s: larger than %u bytes", path,
                               XL_HOST_MAX_TABLE_SIZE);
            }
            uint8_t *p = realloc(d, cap ? 2 * cap : 4096);
            if (!p) {
                free(d);
                fclose(f);
                return xl_errf(err, errlen, "%s: out of memory", path);
            }
            d = p;
            cap = cap ? 2 * cap : 4096;
        }
        size_t got = fread(d + n, 1, cap - n, f);
        n += got;
        if (!got)
            break;
    }
    if (ferror(f)) {
        int e = errno;
        free(d);
        fclose(f);
        return xl_errf(err, errlen, "%s: cannot read: %s", path, strerror(e));
    }
    fclose(f);
    *data = d;
    *size = n;
    return 0;
}

/* ---- directory ---------------------------------------------------------- */

/* "ACPI: SIG 0xADDR LEN (vRR OEMID  TABLEID ...)" anywhere in a line. */
struct kline {
    char sig[5];
    uint64_t addr;
    uint32_t len;
    char table_id[9];
    int used;
};

static int parse_kline(const char *line, struct kline *k)
{
    const char *p = strstr(line, "ACPI: ");
    unsigned long long a;
    unsigned long l;
    int n = 0;

    if (!p)
        return 0;
    p += 6;
    memset(k, 0, sizeof(*k));
    if (sscanf(p, "%4[A-Z0-9_!] 0x%llx %lx%n", k->sig, &a, &l, &n) != 3 || strlen(k->sig) != 4)
        return 0;
    k->addr = a;
    k->len = (uint32_t)l;
    /* Linux prints "(v%02d %-6.6s %-8.8s ...": the OEM table ID is the 8
     * characters 12 after the parenthesis. */
    const char *v = strstr(p + n, "(v");
    if (v && strlen(v) >= 20)
        memcpy(k->table_id, v + 12, 8);
    for (int i = 7; i >= 0 && (k->table_id[i] == ' ' || !k->table_id[i]); i--)
        k->table_id[i] = '\0';
    return 1;
}

static int same_id(const struct acpi_host_table *t, const char *id)
{
    char tid[9] = { 0 };

    if (t->size >= 24)
        memcpy(tid, t->data + 16, 8);
    for (int i = 7; i >= 0 && (tid[i] == ' ' || !tid[i]); i--)
        tid[i] = '\0';
    return !strcmp(tid, id);
}

static int read_klines(const char *path, struct kline *k, unsigned *nk, unsigned max, char *err,
                       size_t errlen)
{
    FILE *f = fopen(path, "r");
    char line[512];

    if (!f)
        return xl_errf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
    while (fgets(line, sizeof(line), f))
        if (*nk < max && parse_kline(line, &k[*nk]))
            (*nk)++;
    fclose(f);
    return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int read_dir(const char *dir, struct xl_host_src *h, char *err, size_t errlen)
{
    static struct kline k[4 * ACPI_HOST_MAX_TABLES];
    struct dirent **ents;
    unsigned nk = 0;
    int n = scandir(dir, &ents, NULL, by_name), ret = 0;
    char path[4096];

    if (n < 0)
        return xl_errf(err, errlen, "%s: cannot read the directory: %s", dir, strerror(errno));
    for (int i = 0; i < n; i++) {
        const char *nm = ents[i]->d_name;
        size_t l = strlen(nm);
        struct stat st;
        if (ret || nm[0] == '.')
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, nm);
        if (stat(path, &st)) {
            ret = xl_errf(err, errlen, "%s: %s", path, strerror(errno));
        } else if (!S_ISREG(st.st_mode)) {
            continue;               /* sysfs's dynamic/ and data/ */
        } else if (l > 4 && !strcmp(nm + l - 4, ".txt")) {
            ret = read_klines(path, k, &nk, sizeof(k) / sizeof(k[0]), err, errlen);
        } else {
            uint8_t *d = NULL;
            size_t size = 0;
            ret = read_whole(path, &d, &size, err, errlen);
            /* Messages name the file; the directory is said once. */
            if (!ret)
                ret = add(h, nm, d, size, 0, err, errlen);
        }
    }
    for (int i = 0; i < n; i++)
        free(ents[i]);
    free(ents);
    if (ret)
        return ret;
    if (!h->n)
        return xl_errf(err, errlen, "%s: no table files in the directory", dir);
    /* Each table takes the first unused line of its signature and length
     * (and OEM table ID, when the line has one): SSDTs repeat. */
    for (unsigned i = 0; i < h->n; i++) {
        struct acpi_host_table *t = &h->t[i];
        if (t->size < 8)
            continue;
        uint32_t len = (uint32_t)t->data[4] | (uint32_t)t->data[5] << 8 |
                       (uint32_t)t->data[6] << 16 | (uint32_t)t->data[7] << 24;
        for (unsigned j = 0; j < nk; j++) {
            if (k[j].used || memcmp(k[j].sig, t->data, 4) || k[j].len != len ||
                (k[j].table_id[0] && !same_id(t, k[j].table_id)))
                continue;
            k[j].used = 1;
            t->address = k[j].addr;
            h->n_addresses++;
            break;
        }
    }
    return 0;
}

/* ---- acpidump ----------------------------------------------------------- */

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Up to 16 "XX" bytes separated by single spaces; the ASCII column
 * starts after two.  Returns how many, or -1. */
static int hex_bytes(const char *p, uint8_t *out)
{
    int n = 0;

    while (n < 16 && hexval(p[0]) >= 0 && hexval(p[1]) >= 0) {
        out[n++] = (uint8_t)(hexval(p[0]) << 4 | hexval(p[1]));
        p += 2;
        if (*p != ' ')
            break;
        p++;
        if (*p == ' ')
            break;
    }
    return n ? n : -1;
}

static int read_dump(const char *path, struct xl_host_src *h, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char line[512], sig[5] = "", name[600];
    uint8_t *d = NULL;
    size_t n = 0, cap = 0;
    uint64_t addr = 0;
    unsigned lineno = 0, start = 0;
    int ret = 0;

    if (!f)
        return xl_errf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
    while (!ret && fgets(line, sizeof(line), f)) {
        char s[5];
        unsigned long long a, off;
        int used = 0;
        lineno++;
        if (sscanf(line, " %4[A-Z0-9_!] @ 0x%llx %n", s, &a, &used) == 2 && used &&
            strlen(s) == 4) {
            if (sig[0]) {
                snprintf(name, sizeof(name), "%s:%u", base, start);
                ret = add(h, name, d, n, addr, err, errlen);
                d = NULL;
            }
            memcpy(sig, s, 5);
            addr = a;
            start = lineno;
            n = cap = 0;
            if (a)
                h->n_addresses++;
        } else if (sscanf(line, " %llx: %n", &off, &used) == 1 && used) {
            uint8_t b[16];
            int k = hex_bytes(line + used, b);
            if (!sig[0])
                ret = xl_errf(err, errlen, "%s:%u: table bytes before any \"SIG @ 0xADDRESS\" "
                              "line", path, lineno);
            else if (k < 0)
                ret = xl_errf(err, errlen, "%s:%u: no hex bytes after the offset", path, lineno);
            else if (off != n)
                ret = xl_errf(err, errlen, "%s:%u: offset 0x%llx, expected 0x%zx (a line is "
                              "missing or repeated)", path, lineno, off, n);
            else if (n + 16 > XL_HOST_MAX_TABLE_SIZE)
                ret = xl_errf(err, errlen, "%s:%u: %s larger than %u bytes", path, lineno, sig,
                              XL_HOST_MAX_TABLE_SIZE);
            if (!ret && n + 16 > cap) {
                uint8_t *p = realloc(d, cap ? 2 * cap : 4096);
                if (!p)
                    ret = xl_errf(err, errlen, "%s: out of memory", path);
                else {
                    d = p;
                    cap = cap ? 2 * cap : 4096;
                }
            }
            if (!ret) {
                memcpy(d + n, b, (size_t)k);
                n += (size_t)k;
            }
        } else {
            const char *p = line;
            while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
                p++;
            if (*p)
                ret = xl_errf(err, errlen, "%s:%u: not an acpidump line: %.40s", path, lineno,
                              p);
        }
    }
    fclose(f);
    if (!ret && sig[0]) {
        snprintf(name, sizeof(name), "%s:%u", base, start);
        ret = add(h, name, d, n, addr, err, errlen);
        d = NULL;
    }
    free(d);
    if (!ret && !h->n)
        ret = xl_errf(err, errlen, "%s: no tables (not an acpidump file?)", path);
    return ret;
}

int xl_host_read(const char *src, struct xl_host_src *h, char *err, size_t errlen)
{
    struct stat st;
    int ret;

    memset(h, 0, sizeof(*h));
    if (stat(src, &st))
        return xl_errf(err, errlen, "%s: %s", src, strerror(errno));
    h->dump = !S_ISDIR(st.st_mode);
    ret = h->dump ? read_dump(src, h, err, errlen) : read_dir(src, h, err, errlen);
    if (ret)
        xl_host_free(h);
    return ret;
}
