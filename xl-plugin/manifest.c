/*
 * manifest.c - manifest.json written with yajl_gen, and the file list of
 * an earlier one read back with yajl_tree (see manifest.h).
 */
#define _POSIX_C_SOURCE 200809L

#include "manifest.h"

#include "dmblobs.h"
#include "hvm.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uuid/uuid.h>
#include <yajl/yajl_gen.h>
#include <yajl/yajl_tree.h>

#define MANIFEST_MAX_READ (1u << 20)

static void str(yajl_gen g, const char *s)
{
    yajl_gen_string(g, (const unsigned char *)s, strlen(s));
}

/* IDs of tables copied in from elsewhere may hold any byte: keep the JSON
 * plain ASCII (and valid UTF-8) whatever they hold. */
static void printable(yajl_gen g, const char *s)
{
    char *copy = strdup(s);

    if (!copy) {
        yajl_gen_null(g);
        return;
    }
    for (char *p = copy; *p; p++)
        if (*p < 0x20 || *p > 0x7E)
            *p = '?';
    str(g, copy);
    free(copy);
}

/* A path is kept as it is when it is valid UTF-8 (the generator checks). */
static void path_str(yajl_gen g, const char *s)
{
    if (yajl_gen_string(g, (const unsigned char *)s, strlen(s)) == yajl_gen_invalid_string)
        printable(g, s);
}

static void key(yajl_gen g, const char *k)
{
    str(g, k);
}

/* Unsigned decimal digits: exact for any 64-bit value, unlike long long. */
static void u64(yajl_gen g, uint64_t v)
{
    char buf[24];
    int n = snprintf(buf, sizeof(buf), "%" PRIu64, v);

    yajl_gen_number(g, buf, (size_t)n);
}

static void kv_u64(yajl_gen g, const char *k, uint64_t v)
{
    key(g, k);
    u64(g, v);
}

static void kv_str(yajl_gen g, const char *k, const char *v)
{
    key(g, k);
    printable(g, v);
}

static void kv_bool(yajl_gen g, const char *k, int v)
{
    key(g, k);
    yajl_gen_bool(g, v);
}

static void guest(yajl_gen g, const struct acpi_guest_config *c)
{
    key(g, "guest");
    yajl_gen_map_open(g);
    kv_u64(g, "vcpus", c->vcpus);
    kv_u64(g, "maxvcpus", c->maxvcpus);
    kv_bool(g, "lapic", c->lapic);
    kv_bool(g, "ioapic", c->ioapic);
    kv_bool(g, "hw_reduced", c->hw_reduced);
    kv_str(g, "oem_id", c->oem_id);
    kv_str(g, "oem_table_id", c->oem_table_id);
    yajl_gen_map_close(g);
}

static void kv_file(yajl_gen g, const struct xl_build *b, const char *k, const char *name)
{
    key(g, k);
    if (b->no_files || !name)
        yajl_gen_null(g);
    else
        str(g, name);
}

/* The xl.cfg as xl-acpi read it: every setting that shaped the tables or
 * the checks of the region, defaults filled in. */
static void xl_cfg(yajl_gen g, const struct xl_build *b)
{
    const struct xl_cfg *c = b->cfg;
    char guid[37];

    key(g, "xl_cfg");
    yajl_gen_map_open(g);
    key(g, "path");
    path_str(g, b->cfg_path);
    kv_str(g, "type", c->hvm ? "hvm" : "pvh");     /* cfg.c refuses any other */
    kv_bool(g, "acpi", c->acpi);
    kv_u64(g, "vcpus", c->guest.vcpus);
    kv_u64(g, "maxvcpus", c->guest.maxvcpus);
    if (c->hvm) {               /* hvmloader's MADT: not settings of ours */
        key(g, "lapic");
        yajl_gen_null(g);
        key(g, "ioapic");
        yajl_gen_null(g);
    } else {
        kv_bool(g, "lapic", c->guest.lapic);
        kv_bool(g, "ioapic", c->guest.ioapic);
    }
    kv_str(g, "vmgenid", !c->guest.vmgenid ? "none" : c->vmgenid_auto ? "auto" : "guid");
    key(g, "vmgenid_guid");
    if (c->guest.vmgenid) {
        uuid_unparse_lower(c->guest.vmgenid_guid, guid);
        str(g, guid);
    } else {
        yajl_gen_null(g);
    }
    key(g, "vmgenid_gsi");
    if (c->guest.vmgenid_gsi >= 0)
        u64(g, (uint64_t)c->guest.vmgenid_gsi);
    else
        yajl_gen_null(g);
    kv_str(g, "acpi_oem_id", c->guest.oem_id);
    kv_u64(g, "vnvdimms", c->n_vnvdimms);
    kv_u64(g, "memory", c->memory_mib);
    kv_u64(g, "maxmem", c->maxmem_mib);
    yajl_gen_map_close(g);
}

static void vmgenid(yajl_gen g, const struct xl_build *b)
{
    const struct acpi_guest_config *c = &b->cfg->guest;
    char guid[37];

    key(g, "vmgenid");
    if (!c->vmgenid || !b->guid_page) {
        yajl_gen_null(g);
        return;
    }
    uuid_unparse_lower(c->vmgenid_guid, guid);
    yajl_gen_map_open(g);
    kv_str(g, "guid", guid);
    kv_bool(g, "generated", b->cfg->vmgenid_auto);
    kv_u64(g, "page_address", b->t->guid_page_address);
    kv_u64(g, "guid_address", b->t->guid_page_address + ACPI_VMGENID_GUID_OFFSET);
    kv_str(g, "notify", b->t->vmgenid_notify);
    kv_file(g, b, "file", "vmgenid-guid.bin");
    yajl_gen_map_close(g);
}

static void tables(yajl_gen g, const struct xl_build *b, const struct xl_out_files *fs)
{
    const struct acpi_guest_tables *t = b->t;

    key(g, "tables");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < t->n_tables; i++) {
        const struct acpi_table_info *ti = &t->tables[i];
        yajl_gen_map_open(g);
        kv_str(g, "signature", ti->signature);
        kv_file(g, b, "file", fs->table_file[i] ? fs->table_file[i] : "");
        kv_u64(g, "address", ti->address);
        kv_u64(g, "length", ti->length);
        kv_u64(g, "revision", ti->revision);
        kv_u64(g, "checksum", ti->checksum);
        kv_str(g, "oem_id", ti->oem_id);
        kv_str(g, "oem_table_id", ti->oem_table_id);
        kv_u64(g, "oem_revision", ti->oem_revision);
        yajl_gen_map_close(g);
    }
    yajl_gen_array_close(g);
}

/* A type="hvm" build: hvmloader as read, the acpi_firmware file and its
 * tables (offsets in the file: hvmloader places them). */
static void hvm(yajl_gen g, const struct xl_build *b, const struct xl_out_files *fs)
{
    const struct xl_hvm *h = b->hvm;
    const struct acpi_guest_config *c = &b->cfg->guest;
    char guid[37];

    key(g, "hvm");
    yajl_gen_map_open(g);
    key(g, "hvmloader");
    path_str(g, h->hvmloader);
    kv_u64(g, "hvmloader_length", h->hvmloader_len);
    key(g, "hvmloader_tables");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < h->n_found; i++) {
        yajl_gen_map_open(g);
        kv_str(g, "signature", h->found[i].signature);
        key(g, "oem_table_id");
        printable(g, h->found[i].oem_table_id);
        kv_u64(g, "offset", h->found[i].offset);
        kv_u64(g, "length", h->found[i].length);
        yajl_gen_map_close(g);
    }
    yajl_gen_array_close(g);
    kv_u64(g, "hvmloader_sb_names", h->n_names);
    key(g, "acpi_firmware");
    yajl_gen_map_open(g);
    kv_file(g, b, "file", XL_HVM_FIRMWARE_NAME);
    kv_u64(g, "length", h->info.len);
    kv_u64(g, "max_tables", ACPI_HVM_FW_MAX_TABLES);
    yajl_gen_map_close(g);
    yajl_gen_map_close(g);

    key(g, "vmgenid");
    if (!c->vmgenid) {
        yajl_gen_null(g);
    } else {
        uuid_unparse_lower(c->vmgenid_guid, guid);
        yajl_gen_map_open(g);
        kv_str(g, "guid", guid);
        kv_bool(g, "generated", b->cfg->vmgenid_auto);
        kv_u64(g, "page_address", h->info.guid_page);
        kv_u64(g, "guid_address", h->info.guid_page + ACPI_VMGENID_GUID_OFFSET);
        kv_str(g, "notify", "none (hvmloader's tables have no GED or GPE for it)");
        kv_file(g, b, "file", "vmgenid-guid.bin");
        yajl_gen_map_close(g);
    }

    key(g, "tables");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < h->info.n; i++) {
        const struct acpi_hvm_fw_entry *e = &h->info.tables[i];
        const uint8_t *t = h->file + e->offset;
        char oem[7];
        memcpy(oem, t + 10, 6);
        oem[6] = '\0';
        yajl_gen_map_open(g);
        key(g, "signature");
        printable(g, e->signature);
        kv_file(g, b, "file", fs && fs->table_file[i] ? fs->table_file[i] : "");
        kv_u64(g, "offset", e->offset);
        kv_u64(g, "length", e->length);
        kv_u64(g, "revision", t[8]);
        kv_u64(g, "checksum", t[9]);
        key(g, "oem_id");
        printable(g, oem);
        key(g, "oem_table_id");
        printable(g, e->oem_table_id);
        kv_u64(g, "oem_revision", (uint64_t)t[24] | (uint64_t)t[25] << 8 |
                                  (uint64_t)t[26] << 16 | (uint64_t)t[27] << 24);
        kv_str(g, "from", e->from_dm ? "device model" : "xl-acpi");
        yajl_gen_map_close(g);
    }
    yajl_gen_array_close(g);
}

static void regions(yajl_gen g, const struct acpi_guest_tables *t)
{
    key(g, "regions");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < t->n_regions && i < sizeof(t->regions) / sizeof(t->regions[0]); i++) {
        const struct acpi_region_info *r = &t->regions[i];
        yajl_gen_map_open(g);
        kv_u64(g, "address", r->address);
        kv_u64(g, "length", r->length);
        kv_u64(g, "e820_type", (uint64_t)r->type);
        kv_str(g, "what", r->what ? r->what : "");
        yajl_gen_map_close(g);
    }
    yajl_gen_array_close(g);
}

static void dm_blob(yajl_gen g, const struct acpi_dm_blob *bl)
{
    const char *type = xl_dm_type_name(bl->type);

    yajl_gen_map_open(g);
    kv_u64(g, "index", bl->index);
    kv_u64(g, "offset", bl->offset);
    kv_u64(g, "type", bl->type);
    key(g, "kind");
    if (type)
        str(g, type);
    else
        yajl_gen_null(g);
    kv_u64(g, "size", bl->size);
    kv_str(g, "name", bl->name);
    kv_bool(g, "accepted", bl->accepted);
    key(g, "reason");
    if (bl->accepted)
        yajl_gen_null(g);
    else
        printable(g, bl->reason);
    yajl_gen_map_close(g);
}

/* What --dm-blobs brought in and what became of each blob. */
static void dm_acpi(yajl_gen g, const struct xl_dm *dm)
{
    const struct acpi_dm_result *r;

    key(g, "dm_acpi");
    if (!dm) {
        yajl_gen_null(g);
        return;
    }
    r = &dm->res;
    yajl_gen_map_open(g);
    key(g, "file");
    path_str(g, dm->path);
    kv_u64(g, "length", dm->area_len);
    key(g, "policy");
    yajl_gen_map_open(g);
    key(g, "allow");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < dm->policy.n_allow && i < ACPI_DM_MAX_ALLOW; i++)
        printable(g, dm->policy.allow[i]);
    yajl_gen_array_close(g);
    kv_u64(g, "max_area", xl_dm_max_area(&dm->policy));
    yajl_gen_map_close(g);
    kv_u64(g, "accepted", r->n_accepted);
    kv_u64(g, "rejected", r->n_rejected);
    kv_u64(g, "tables", r->n_tables);
    kv_u64(g, "devices", r->n_devices);
    kv_bool(g, "stopped", r->stopped);
    key(g, "stop_offset");
    if (r->stopped)
        u64(g, r->stop_offset);
    else
        yajl_gen_null(g);
    key(g, "stop_reason");
    if (r->stopped)
        printable(g, r->stop_reason);
    else
        yajl_gen_null(g);
    key(g, "blobs");
    yajl_gen_array_open(g);
    for (uint32_t i = 0; i < r->n && i < r->cap; i++)
        dm_blob(g, &r->blobs[i]);
    yajl_gen_array_close(g);
    yajl_gen_map_close(g);
}

int xl_manifest_json(const struct xl_build *b, const struct xl_out_files *fs,
                     unsigned char **json, size_t *len, char *err, size_t errlen)
{
    yajl_gen g = yajl_gen_alloc(NULL);
    const unsigned char *buf;
    size_t n;

    if (!g) {
        snprintf(err, errlen, "manifest: out of memory");
        return -1;
    }
    yajl_gen_config(g, yajl_gen_beautify, 1);
    yajl_gen_config(g, yajl_gen_validate_utf8, 1);
    yajl_gen_map_open(g);
    key(g, "config");
    path_str(g, b->cfg_path);
    key(g, "command");
    if (b->command)
        str(g, b->command);
    else
        yajl_gen_null(g);
    if (b->domid >= 0)
        kv_u64(g, "domid", (uint64_t)b->domid);
    xl_cfg(g, b);
    if (b->hvm) {
        key(g, "guest");        /* hvmloader's tables: nothing of ours to say */
        yajl_gen_null(g);
    } else {
        guest(g, &b->cfg->guest);
    }

    if (b->hvm) {
        key(g, "layout");
        yajl_gen_null(g);
        key(g, "image");
        yajl_gen_null(g);
        key(g, "rsdp_address");
        yajl_gen_null(g);       /* hvmloader's */
        hvm(g, b, fs);
        key(g, "regions");
        yajl_gen_array_open(g);
        yajl_gen_array_close(g);
        dm_acpi(g, b->dm);
    } else if (!b->t) {
        /* acpi=0: no tables, no region (libxl reserves none either). */
        key(g, "layout");
        yajl_gen_null(g);
        key(g, "image");
        yajl_gen_null(g);
        kv_u64(g, "rsdp_address", 0);
        key(g, "vmgenid");
        yajl_gen_null(g);
        for (unsigned i = 0; i < 2; i++) {
            key(g, i ? "regions" : "tables");
            yajl_gen_array_open(g);
            yajl_gen_array_close(g);
        }
        dm_acpi(g, NULL);
    } else {
        key(g, "layout");
        yajl_gen_map_open(g);
        kv_u64(g, "base", b->layout->base);
        kv_u64(g, "size", b->layout->size);
        kv_bool(g, "rsdp_low", b->layout->rsdp_low);
        yajl_gen_map_close(g);

        key(g, "image");
        yajl_gen_map_open(g);
        kv_file(g, b, "file", "tables.bin");
        kv_u64(g, "address", b->layout->base);
        kv_u64(g, "length", b->t->image_len);
        yajl_gen_map_close(g);

        kv_u64(g, "rsdp_address", b->t->rsdp_address);
        vmgenid(g, b);
        tables(g, b, fs);
        regions(g, b->t);
        dm_acpi(g, b->dm);
    }

    key(g, "files");
    yajl_gen_array_open(g);
    for (unsigned i = 0; fs && !b->no_files && i < fs->n; i++)
        str(g, fs->f[i].name);
    yajl_gen_array_close(g);
    yajl_gen_map_close(g);

    /* Every call above only appends to a growing buffer: any failure
     * (out of memory) leaves the generator in its error state, seen here. */
    if (yajl_gen_get_buf(g, &buf, &n) != yajl_gen_status_ok || !(*json = malloc(n))) {
        snprintf(err, errlen, "manifest: cannot generate the JSON");
        yajl_gen_free(g);
        return -1;
    }
    memcpy(*json, buf, n);
    *len = n;
    yajl_gen_free(g);
    return 0;
}

/* tables.bin, vmgenid-guid.bin, rsdp-low.bin, or SIG[N].aml / SIG[N].dat
 * as output.c names them. */
static int looks_ours(const char *s)
{
    size_t n = strlen(s), i = 0;

    if (!strcmp(s, "tables.bin") || !strcmp(s, "vmgenid-guid.bin") || !strcmp(s, "rsdp-low.bin"))
        return 1;
    if (n < 5 || n >= XL_OUT_NAME_MAX ||
        (strcmp(s + n - 4, ".aml") && strcmp(s + n - 4, ".dat")))
        return 0;
    for (; i < n - 4 && i < 4; i++) {
        char ch = s[i];
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return 0;
    }
    for (; i < n - 4; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

unsigned xl_manifest_read_files(const char *dir, char names[][XL_OUT_NAME_MAX], unsigned max)
{
    static const char *path_files[] = { "files", NULL };
    size_t plen = strlen(dir) + sizeof("/" XL_MANIFEST_NAME);
    char *path = malloc(plen), *text = NULL;
    FILE *f = NULL;
    size_t len;
    yajl_val root = NULL, files;
    unsigned n = 0;

    if (!path)
        return 0;
    snprintf(path, plen, "%s/%s", dir, XL_MANIFEST_NAME);
    f = fopen(path, "rb");
    if (!f || !(text = malloc(MANIFEST_MAX_READ + 1)))
        goto out;
    len = fread(text, 1, MANIFEST_MAX_READ + 1, f);
    if (len > MANIFEST_MAX_READ)
        goto out;
    text[len] = '\0';
    root = yajl_tree_parse(text, NULL, 0);
    files = yajl_tree_get(root, path_files, yajl_t_array);
    for (size_t i = 0; files && i < files->u.array.len && n < max; i++) {
        const char *s = YAJL_GET_STRING(files->u.array.values[i]);
        if (s && looks_ours(s))
            snprintf(names[n++], XL_OUT_NAME_MAX, "%s", s);
    }
out:
    yajl_tree_free(root);
    if (f)
        fclose(f);
    free(text);
    free(path);
    return n;
}
