/*
 * hw_record.c - the manifest of a hardware-domain build: one record per
 * host table and per new table, saying what became of it and why.
 */
#include "hwdom/hw_build.h"

#include "base/msg.h"

#include <stdarg.h>

const char *acpi_hwdom_action_name(enum acpi_hwdom_action a)
{
    switch (a) {
    case ACPI_HWDOM_KEPT: return "kept";
    case ACPI_HWDOM_REPLACED: return "replaced";
    case ACPI_HWDOM_ADDED: return "added";
    case ACPI_HWDOM_DROPPED: return "dropped";
    }
    return "?";
}

struct acpi_hwdom_record *hw_record(struct hw_build *h, const char *sig,
                                    enum acpi_hwdom_action action, int host_index,
                                    uint64_t address, uint32_t length, const char *why, ...)
{
    struct acpi_hwdom_tables *o = h->out;
    va_list ap;

    if (o->n_records == ACPI_HWDOM_MAX_RECORDS) {
        build_fail(&h->b, "manifest: more than %u records", o->n_records);
        return NULL;
    }
    struct acpi_hwdom_record *r = &o->records[o->n_records++];
    for (int i = 0; i < 4; i++)
        r->signature[i] = sig[i];
    r->signature[4] = '\0';
    r->action = action;
    r->name = host_index >= 0 ? h->s->t[host_index].name : NULL;
    r->host_address = host_index >= 0 ? h->s->t[host_index].address : 0;
    r->address = address;
    r->length = length;
    va_start(ap, why);
    msg_vformat(r->why, sizeof(r->why), why, ap);
    va_end(ap);
    return r;
}
