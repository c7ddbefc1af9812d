/*
 * dmacpi_ssdt.c - the accepted namespace devices wrapped into one SSDT of
 * our own (DMACPI).  Both consumers use it: acpi_guest_build_dm() on the
 * toolstack side (guest_dm.c) and hvmloader-ext inside HVM guests.
 *
 * The device bodies were checked by acpi_aml_check_body() during the walk,
 * so they are copied as they are; the writer only adds the Device and
 * Scope wrappers, which keeps the SSDT linear in the size of the area.
 * With every name a plain NameSeg (as acpi_dm_ingest() leaves them) the
 * size of the Scope is known before a byte of it is written, so it is
 * laid out in one piece and nothing behind its PkgLength moves; anything
 * else goes call by call through the writer, which gives the errors.
 */
#include "acpigen/dmacpi.h"
#include "acpigen/aml.h"

#include <stdarg.h>

#include "aml/aml_encode.h"
#include "aml/aml_writer.h"
#include "base/mem.h"
#include "base/msg.h"

/* The bytes of the accepted devices' Device (name) { body } blocks, when
 * every name is a plain NameSeg (4 characters, NUL after) and every body
 * is there and short enough for its sum to fit a Scope's PkgLength; 0
 * otherwise, which leaves the work to the writer's calls. */
static size_t devices_size(const struct acpi_dm_result *res)
{
    size_t total = 0;

    for (uint32_t i = 0; i < res->n; i++) {
        const struct acpi_dm_blob *b = &res->blobs[i];
        const uint8_t *s = (const uint8_t *)b->name;
        if (!b->accepted || b->type != ACPI_DM_BLOB_NSDEV)
            continue;
        if (!(aml__name_class[s[0]] & NC_LEAD) ||
            !(aml__name_class[s[1]] & aml__name_class[s[2]] & aml__name_class[s[3]] & NC_SEG) ||
            s[4] || (!b->data && b->data_len) || b->data_len > 0xFFFFFFFu - 16)
            return 0;
        total += 2 + pkglen_size(4 + (size_t)b->data_len) + 4 + b->data_len;
        if (total > 0xFFFFFFFu - 16)
            return 0;
    }
    return total;
}

long acpi_dm_build_ssdt(const struct acpi_dm_result *res, const char *oem_id,
                        uint32_t oem_revision, uint8_t *buf, size_t cap,
                        char *err, size_t errlen)
{
    struct aml_writer w;
    uint32_t n_dev = 0;
    size_t len;

    if (!res || (!res->blobs && res->n)) {
        msg_format(err, err ? errlen : 0, "DMACPI SSDT: NULL argument");
        return -1;
    }
    for (uint32_t i = 0; i < res->n; i++)
        n_dev += res->blobs[i].accepted && res->blobs[i].type == ACPI_DM_BLOB_NSDEV;
    if (!n_dev)
        return 0;
    if (!buf || !oem_id) {
        msg_format(err, err ? errlen : 0, "DMACPI SSDT: NULL argument");
        return -1;
    }

    aml_writer_init(&w, buf, cap);
    aml_definition_block(&w, "SSDT", 2, oem_id, ACPI_DM_OEM_TABLE_ID, oem_revision);
    size_t body = devices_size(res);
    unsigned n = body ? pkglen_size(5 + body) : 0;
    uint8_t *p = n ? aml__emit(&w, 1 + n + 5 + body) : NULL;
    if (p) {
        /* Scope (\_SB) { Device (name) { body } ... }: the bytes aml_scope(),
         * aml__device_raw() and aml_end() write, in the same order. */
        p[0] = 0x10;
        pkglen_put(p + 1, (uint32_t)(n + 5 + body), n);
        p += 1 + n;
        acpigen_memmove(p, "\\_SB_", 5);
        p += 5;
        for (uint32_t i = 0; i < res->n; i++) {
            const struct acpi_dm_blob *b = &res->blobs[i];
            if (!b->accepted || b->type != ACPI_DM_BLOB_NSDEV)
                continue;
            unsigned m = pkglen_size(4 + (size_t)b->data_len);
            p[0] = 0x5B;
            p[1] = 0x82;
            pkglen_put(p + 2, m + 4 + b->data_len, m);
            __builtin_memcpy(p + 2 + m, b->name, 4);
            acpigen_memmove(p + 2 + m + 4, b->data, b->data_len);
            p += 2 + m + 4 + b->data_len;
        }
    } else if (!aml_error(&w)) {
        aml_scope(&w, "\\_SB");
        for (uint32_t i = 0; i < res->n; i++) {
            const struct acpi_dm_blob *b = &res->blobs[i];
            if (!b->accepted || b->type != ACPI_DM_BLOB_NSDEV)
                continue;
            aml__device_raw(&w, b->name, b->data, b->data_len);
        }
        aml_end(&w);
    }
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK) {
        if (aml_error(&w) == AML_E_NOSPACE)
            msg_format(err, err ? errlen : 0,
                       "DMACPI SSDT: buffer of %Z bytes is too small for %u devices", cap, n_dev);
        else
            msg_format(err, err ? errlen : 0, "DMACPI SSDT: %s", aml_errmsg(&w));
        return -1;
    }
    if (len > (size_t)((unsigned long)-1 >> 1)) {     /* LONG_MAX */
        msg_format(err, err ? errlen : 0, "DMACPI SSDT: %Z bytes is too long", len);
        return -1;
    }
    return (long)len;
}
