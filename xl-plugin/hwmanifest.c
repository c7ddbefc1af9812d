/*
 * hwmanifest.c - the manifest of `xl-acpi hwdom`, as text and as JSON
 * (see hwmanifest.h).
 */
#define _POSIX_C_SOURCE 200809L

#include "hwmanifest.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_gen.h>

void xl_hwdom_print(FILE *f, const struct xl_hwdom_run *r)
{
    const struct acpi_hwdom_tables *t = r->t;

    fprintf(f, "hwdom: %u host tables from %s (%u with their host address), %u vCPUs of "
            "%u (the host has %u CPUs)\n", r->set->n, r->src, r->n_addresses,
            r->cfg->hw.vcpus, r->cfg->hw.maxvcpus, t->n_vcpus_host);
    for (unsigned i = 0; i < t->n_records; i++) {
        const struct acpi_hwdom_record *rec = &t->records[i];
        char at[24] = "-", host[40] = "";
        if (rec->address)
            snprintf(at, sizeof(at), "0x%08" PRIX64, rec->address);
        if (rec->name)
            snprintf(host, sizeof(host), "host 0x%08" PRIX64 ": ", rec->host_address);
        fprintf(f, "%-8s %-4s %-10s %06X  %s%s\n", acpi_hwdom_action_name(rec->action),
                rec->signature, at, rec->length, host, rec->why);
    }
    fprintf(f, "rsdp_paddr=0x%" PRIx64 "\n", t->set.rsdp_address);
}

static void str(yajl_gen g, const char *s)
{
    /* Names and reasons are ASCII; a file name that is not valid UTF-8
     * is replaced rather than breaking the JSON. */
    if (yajl_gen_string(g, (const unsigned char *)s, strlen(s)) == yajl_gen_invalid_string)
        yajl_gen_string(g, (const unsigned char *)"?", 1);
}

static void u64(yajl_gen g, const char *k, uint64_t v)
{
    char buf[24];
    int n = snprintf(buf, sizeof(buf), "%" PRIu64, v);

    str(g, k);
    yajl_gen_number(g, buf, (size_t)n);
}

static void addr_or_null(yajl_gen g, const char *k, uint64_t v)
{
    if (v) {
        u64(g, k, v);
    } else {
        str(g, k);
        yajl_gen_null(g);
    }
}

int xl_hwdom_json(const struct xl_hwdom_run *r, const struct xl_out_files *fs,
                  unsigned char **json, size_t *len)
{
    const struct acpi_hwdom_config *hw = &r->cfg->hw;
    const struct acpi_hwdom_tables *t = r->t;
    yajl_gen g = yajl_gen_alloc(NULL);
    const unsigned char *buf;
    size_t n;

    if (!g)
        return -1;
    yajl_gen_config(g, yajl_gen_beautify, 1);
    yajl_gen_config(g, yajl_gen_validate_utf8, 1);
    yajl_gen_map_open(g);
    str(g, "command");
    str(g, "hwdom");
    str(g, "config");
    str(g, r->cfg_path);
    str(g, "host_tables");
    str(g, r->src);
    str(g, "hwdom");
    yajl_gen_map_open(g);
    u64(g, "vcpus", hw->vcpus);
    u64(g, "maxvcpus", hw->maxvcpus);
    str(g, "stao_uart");
    yajl_gen_bool(g, hw->stao_uart);
    str(g, "stao_namepaths");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < hw->n_stao_paths; i++)
        str(g, hw->stao_paths[i]);
    yajl_gen_array_close(g);
    str(g, "hypervisor_tables");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < hw->n_owned; i++)
        str(g, hw->owned[i]);
    yajl_gen_array_close(g);
    str(g, "oem_id");
    str(g, hw->oem_id);
    yajl_gen_map_close(g);
    str(g, "layout");
    yajl_gen_map_open(g);
    u64(g, "base", r->cfg->layout.base);
    u64(g, "size", r->cfg->layout.size);
    yajl_gen_map_close(g);
    str(g, "image");
    yajl_gen_map_open(g);
    str(g, "file");
    str(g, "tables.bin");
    u64(g, "address", r->cfg->layout.base);
    u64(g, "length", t->set.image_len);
    yajl_gen_map_close(g);
    u64(g, "rsdp_address", t->set.rsdp_address);
    str(g, "manifest");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < t->n_records; i++) {
        const struct acpi_hwdom_record *rec = &t->records[i];
        yajl_gen_map_open(g);
        str(g, "signature");
        str(g, rec->signature);
        str(g, "action");
        str(g, acpi_hwdom_action_name(rec->action));
        str(g, "host_file");
        if (rec->name)
            str(g, rec->name);
        else
            yajl_gen_null(g);
        addr_or_null(g, "host_address", rec->host_address);
        addr_or_null(g, "address", rec->address);
        u64(g, "length", rec->length);
        str(g, "why");
        str(g, rec->why);
        yajl_gen_map_close(g);
    }
    yajl_gen_array_close(g);
    str(g, "tables");
    yajl_gen_array_open(g);
    for (unsigned i = 0; i < t->set.n_tables; i++) {
        yajl_gen_map_open(g);
        str(g, "signature");
        str(g, t->set.tables[i].signature);
        str(g, "file");
        if (fs && fs->table_file[i])
            str(g, fs->table_file[i]);
        else
            yajl_gen_null(g);
        u64(g, "address", t->set.tables[i].address);
        u64(g, "length", t->set.tables[i].length);
        yajl_gen_map_close(g);
    }
    yajl_gen_array_close(g);
    str(g, "files");
    yajl_gen_array_open(g);
    for (unsigned i = 0; fs && i < fs->n; i++)
        str(g, fs->f[i].name);
    yajl_gen_array_close(g);
    yajl_gen_map_close(g);
    if (yajl_gen_get_buf(g, &buf, &n) != yajl_gen_status_ok || !(*json = malloc(n + 1))) {
        yajl_gen_free(g);
        return -1;
    }
    memcpy(*json, buf, n);
    (*json)[n] = '\0';
    *len = n;
    yajl_gen_free(g);
    return 0;
}
