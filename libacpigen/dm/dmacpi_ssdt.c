/*
 * dmacpi_ssdt.c - the accepted namespace devices wrapped into one SSDT of
 * our own (DMACPI).  Both consumers use it: acpi_guest_build_dm() on the
 * toolstack side (guest_dm.c) and hvmloader-ext inside HVM guests.
 *
 * The device bodies were checked by acpi_aml_check_body() during the walk,
 * so they are copied as they are; the writer only adds the Device and
 * Scope wrappers, which keeps the SSDT linear in the size of the area.
 */
#include "acpigen/dmacpi.h"
#include "acpigen/aml.h"

#include <stdarg.h>

#include "aml/aml_writer.h"
#include "base/mem.h"
#include "base/msg.h"

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
    aml_scope(&w, "\\_SB");
    for (uint32_t i = 0; i < res->n; i++) {
        const struct acpi_dm_blob *b = &res->blobs[i];
        if (!b->accepted || b->type != ACPI_DM_BLOB_NSDEV)
            continue;
        aml__device_raw(&w, b->name, b->data, b->data_len);
    }
    aml_end(&w);
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
