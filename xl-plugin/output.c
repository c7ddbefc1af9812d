/*
 * output.c - naming the files of a build and putting them into --out DIR
 * all at once (see output.h).
 */
#define _POSIX_C_SOURCE 200809L

#include "output.h"

#include "hvm.h"
#include "errbuf.h"

#include "manifest.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

const uint8_t *xl_table_bytes(const struct acpi_guest_tables *t, unsigned i)
{
    const struct acpi_table_info *ti = &t->tables[i];

    if (ti->offset <= t->image_len && ti->length <= t->image_len - ti->offset)
        return t->image + ti->offset;
    if (!strcmp(ti->signature, "RSDP") && t->has_rsdp_low && ti->length <= sizeof(t->rsdp_low) &&
        ti->address == t->rsdp_address)
        return t->rsdp_low;
    return NULL;
}

int xl_out_add(struct xl_out_files *fs, const char *name, const void *data, size_t len)
{
    struct xl_out_file *f;

    if (fs->n == XL_OUT_MAX_FILES || strlen(name) >= XL_OUT_NAME_MAX)
        return -1;
    f = &fs->f[fs->n++];
    snprintf(f->name, sizeof(f->name), "%s", name);
    f->data = data;
    f->len = len;
    return 0;
}

/* A signature as a file name: tables copied in from elsewhere (dm-acpi)
 * may carry any bytes, and a name must not hold '/' or start with '.'. */
static void sig_name(const char *sig, char out[5])
{
    size_t i = 0;

    for (; i < 4 && sig[i]; i++) {
        char ch = sig[i];
        int ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                 (ch >= '0' && ch <= '9') || ch == '_';
        out[i] = ok ? ch : '_';
    }
    if (i == 0)
        out[i++] = '_';
    out[i] = '\0';
}

/* iasl -d tells AML from data by signature; the extension tells people. */
static int is_aml(const char *sig)
{
    return !strcmp(sig, "DSDT") || !strcmp(sig, "SSDT");
}

/* The file of table i among n whose signatures (as file names) are
 * names: SIG.aml / SIG.dat, or SIGk.* when k tables share a signature. */
static void table_file_name(char names[][5], unsigned n, unsigned i, char name[XL_OUT_NAME_MAX])
{
    unsigned same = 0, nth = 0;

    for (unsigned j = 0; j < n; j++) {
        if (!strcmp(names[j], names[i])) {
            same++;
            if (j <= i)
                nth++;
        }
    }
    if (same > 1)
        snprintf(name, XL_OUT_NAME_MAX, "%s%u.%s", names[i], nth, is_aml(names[i]) ? "aml" : "dat");
    else
        snprintf(name, XL_OUT_NAME_MAX, "%s.%s", names[i], is_aml(names[i]) ? "aml" : "dat");
}

/* An HVM guest's: the acpi_firmware file, each table of it, the GUID page. */
static int hvm_files(const struct xl_build *b, struct xl_out_files *fs, char *err, size_t errlen)
{
    const struct xl_hvm *h = b->hvm;
    char names[ACPI_HVM_FW_MAX_TABLES][5], name[XL_OUT_NAME_MAX];

    if (xl_out_add(fs, XL_HVM_FIRMWARE_NAME, h->file, h->info.len))
        return xl_errf(err, errlen, "too many files");
    for (unsigned i = 0; i < h->info.n; i++)
        sig_name(h->info.tables[i].signature, names[i]);
    for (unsigned i = 0; i < h->info.n; i++) {
        table_file_name(names, h->info.n, i, name);
        if (xl_out_add(fs, name, h->file + h->info.tables[i].offset, h->info.tables[i].length))
            return xl_errf(err, errlen, "too many files");
        fs->table_file[i] = fs->f[fs->n - 1].name;
    }
    if (b->guid_page && xl_out_add(fs, "vmgenid-guid.bin", b->guid_page, ACPI_GUID_PAGE_SIZE))
        return xl_errf(err, errlen, "too many files");
    return 0;
}

int xl_out_files(const struct xl_build *b, struct xl_out_files *fs, char *err, size_t errlen)
{
    const struct acpi_guest_tables *t = b->t;
    char names[ACPI_GUEST_MAX_TABLES + 1][5];

    memset(fs, 0, sizeof(*fs));
    if (b->hvm)
        return hvm_files(b, fs, err, errlen);
    if (t->n_tables > ACPI_GUEST_MAX_TABLES + 1)
        return xl_errf(err, errlen, "the build lists %u tables, more than %u", t->n_tables,
                    ACPI_GUEST_MAX_TABLES + 1);
    if (xl_out_add(fs, "tables.bin", t->image, t->image_len))
        return xl_errf(err, errlen, "too many files");
    for (unsigned i = 0; i < t->n_tables; i++)
        sig_name(t->tables[i].signature, names[i]);
    for (unsigned i = 0; i < t->n_tables; i++) {
        const uint8_t *p = xl_table_bytes(t, i);
        char name[XL_OUT_NAME_MAX];

        if (!p)
            return xl_errf(err, errlen, "the build lists %s at offset %zu, length %u: outside "
                        "its image of %zu bytes", names[i], t->tables[i].offset,
                        t->tables[i].length, t->image_len);
        table_file_name(names, t->n_tables, i, name);
        if (xl_out_add(fs, name, p, t->tables[i].length))
            return xl_errf(err, errlen, "too many files");
        fs->table_file[i] = fs->f[fs->n - 1].name;
    }
    if (b->guid_page && xl_out_add(fs, "vmgenid-guid.bin", b->guid_page, ACPI_GUID_PAGE_SIZE))
        return xl_errf(err, errlen, "too many files");
    if (t->has_rsdp_low && xl_out_add(fs, "rsdp-low.bin", t->rsdp_low, sizeof(t->rsdp_low)))
        return xl_errf(err, errlen, "too many files");
    return 0;
}

/* mkdir -p: the parents too, and an existing directory is fine. */
static int make_dir(const char *dir, char *err, size_t errlen)
{
    char *p = strdup(dir);
    struct stat st;

    if (!p)
        return xl_errf(err, errlen, "out of memory");
    for (char *s = p + 1;; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(p, 0777) && errno != EEXIST) {
            int e = errno;
            xl_errf(err, errlen, "%s: cannot create directory: %s", p, strerror(e));
            free(p);
            return -1;
        }
        *s = c;
        if (!c)
            break;
    }
    free(p);
    if (stat(dir, &st))
        return xl_errf(err, errlen, "%s: %s", dir, strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return xl_errf(err, errlen, "%s: not a directory", dir);
    return 0;
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);

    if (p)
        snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Write one file under a temporary name; returns that name (malloc'd). */
static char *write_temp(const char *dir, const struct xl_out_file *f, mode_t mode, char *err,
                        size_t errlen)
{
    char tmpl[XL_OUT_NAME_MAX + 16];
    char *path;
    int fd;

    snprintf(tmpl, sizeof(tmpl), ".%s.XXXXXX", f->name);
    path = join(dir, tmpl);
    if (!path) {
        xl_errf(err, errlen, "out of memory");
        return NULL;
    }
    fd = mkstemp(path);
    if (fd < 0) {
        xl_errf(err, errlen, "%s: %s", path, strerror(errno));
        free(path);
        return NULL;
    }
    for (size_t done = 0; done < f->len;) {
        ssize_t w = write(fd, f->data + done, f->len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            xl_errf(err, errlen, "%s/%s: write: %s", dir, f->name, w < 0 ? strerror(errno) : "no progress");
            goto bad;
        }
        done += (size_t)w;
    }
    /* mkstemp creates 0600; the outputs are ordinary files, so honour umask. */
    if (fchmod(fd, mode) || fsync(fd)) {
        xl_errf(err, errlen, "%s/%s: %s", dir, f->name, strerror(errno));
        goto bad;
    }
    if (close(fd)) {
        fd = -1;
        xl_errf(err, errlen, "%s/%s: close: %s", dir, f->name, strerror(errno));
        goto bad;
    }
    return path;
bad:
    if (fd >= 0)
        close(fd);
    unlink(path);
    free(path);
    return NULL;
}

static int in_set(const struct xl_out_files *fs, const char *name)
{
    for (unsigned i = 0; i < fs->n; i++)
        if (!strcmp(fs->f[i].name, name))
            return 1;
    return 0;
}

int xl_out_write(const char *dir, const struct xl_out_files *fs, char *err, size_t errlen)
{
    char *tmp[XL_OUT_MAX_FILES] = { 0 };
    char old[XL_OUT_MAX_FILES][XL_OUT_NAME_MAX];
    unsigned n_old = 0, i, renamed = 0;
    int ret = -1, dfd;
    mode_t mask = umask(0);

    umask(mask);
    if (make_dir(dir, err, errlen))
        return -1;
    for (i = 0; i < fs->n; i++) {
        tmp[i] = write_temp(dir, &fs->f[i], 0666 & ~mask, err, errlen);
        if (!tmp[i])
            goto out;
    }
    /* What the previous run wrote, read before its manifest is replaced. */
    n_old = xl_manifest_read_files(dir, old, XL_OUT_MAX_FILES);
    /* manifest.json last: once it is in place, everything it names is. */
    for (unsigned pass = 0; pass < 2; pass++) {
        for (i = 0; i < fs->n; i++) {
            int is_manifest = !strcmp(fs->f[i].name, XL_MANIFEST_NAME);
            if (is_manifest != (int)pass)
                continue;
            char *path = join(dir, fs->f[i].name);
            if (!path || rename(tmp[i], path)) {
                xl_errf(err, errlen, "%s/%s: rename: %s (%u of %u files of this run are in place)",
                     dir, fs->f[i].name, path ? strerror(errno) : "out of memory", renamed, fs->n);
                free(path);
                goto out;
            }
            free(path);
            free(tmp[i]);
            tmp[i] = NULL;
            renamed++;
        }
    }
    ret = 0;
    for (i = 0; i < n_old; i++) {
        if (in_set(fs, old[i]))
            continue;
        char *path = join(dir, old[i]);
        if (!path || (unlink(path) && errno != ENOENT)) {
            xl_errf(err, errlen, "%s/%s: cannot remove this file of an earlier run: %s", dir,
                 old[i], path ? strerror(errno) : "out of memory");
            ret = 1;
        }
        free(path);
    }
    /* The renames themselves are durable only once the directory is synced. */
    dfd = open(dir, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
out:
    for (i = 0; i < fs->n; i++) {
        if (tmp[i])
            unlink(tmp[i]);
        free(tmp[i]);
    }
    return ret;
}
