/*
 * hostset.c - acpi_host_set_init(): the host's tables, as the caller read
 * them, checked before anything trusts a length or an offset in them.
 *
 * A table whose length field disagrees with what was read is refused
 * rather than cut or padded: a dump that lost bytes (or a file that holds
 * two tables) would otherwise give the hardware domain a table the host
 * never had.
 */
#include "acpigen/hwdom.h"

#include "acpigen/checksum.h"
#include "aml/aml_encode.h"
#include "base/mem.h"
#include "base/msg.h"

#include <stdarg.h>

static int fail(struct acpi_host_set *s, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    msg_vformat(s->error, sizeof(s->error), fmt, ap);
    va_end(ap);
    return -1;
}

/* ACPICA's rule for a table signature: a NameSeg's characters, and '!'
 * for the ASF! table. */
static int sig_char(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '!';
}

static const char *tname(const struct acpi_host_table *t)
{
    return t->name ? t->name : "(unnamed)";
}

/* ACPI 6.4, 5.2.5.3: 20 bytes checksummed; revision 2 adds a length and an
 * extended checksum over all of it. */
static int check_rsdp(struct acpi_host_set *s, const struct acpi_host_table *t)
{
    if (t->size < 20)
        return fail(s, "host table %q: an RSDP of %Z bytes (at least 20)", tname(t), t->size);
    if (acpi_sum8(t->data, 20))
        return fail(s, "host table %q: RSDP checksum wrong (first 20 bytes sum to %u, not 0)",
                    tname(t), (unsigned)acpi_sum8(t->data, 20));
    if (t->data[15] >= 2) {
        uint32_t len = t->size >= 24 ? get_le32(t->data + 20) : 0;
        if (len != t->size)
            return fail(s, "host table %q: RSDP revision %u says %u bytes, %Z were read",
                        tname(t), (unsigned)t->data[15], len, t->size);
        if (len < 36 || acpi_sum8(t->data, len))
            return fail(s, "host table %q: RSDP extended checksum wrong", tname(t));
    } else if (t->size != 20) {
        return fail(s, "host table %q: RSDP revision %u is 20 bytes, %Z were read", tname(t),
                    (unsigned)t->data[15], t->size);
    }
    return 0;
}

/* A FACS has a signature and length but no checksum (5.2.10). */
static int check_table(struct acpi_host_set *s, const struct acpi_host_table *t)
{
    const uint8_t *d = t->data;
    int facs = t->size >= 4 && d[0] == 'F' && d[1] == 'A' && d[2] == 'C' && d[3] == 'S';
    size_t min = facs ? 64 : 36;

    if (t->size < min)
        return fail(s, "host table %q: %Z bytes, shorter than a %s", tname(t), t->size,
                    facs ? "FACS (64 bytes)" : "table header (36 bytes)");
    for (int i = 0; i < 4; i++)
        if (!sig_char(d[i]))
            return fail(s, "host table %q: signature byte %u (0x%X) is not A-Z, 0-9, _ or !",
                        tname(t), (unsigned)i + 1, (uint64_t)d[i]);
    uint32_t len = get_le32(d + 4);
    if (len != t->size)
        return fail(s, "host table %q (%s): its length field says %u bytes, %Z were read%s",
                    tname(t), facs ? "FACS" : "table", len, t->size,
                    len > t->size ? " (truncated)" : " (trailing bytes)");
    if (!facs && acpi_sum8(d, len))
        return fail(s, "host table %q: checksum wrong (the %u bytes sum to %u, not 0)",
                    tname(t), len, (unsigned)acpi_sum8(d, len));
    return 0;
}

/* Tables of which a host has one at most; any other may repeat (SSDT). */
static int single(const char *sig)
{
    static const char one[][5] = { "RSDP", "RSDT", "XSDT", "FACP", "DSDT", "FACS", "APIC",
                                   "STAO" };
    for (unsigned i = 0; i < sizeof(one) / sizeof(one[0]); i++) {
        int eq = 1;
        for (int k = 0; k < 4; k++)
            eq &= sig[k] == one[i][k];
        if (eq)
            return 1;
    }
    return 0;
}

static int same_sig(const char *a, const char *b)
{
    return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3];
}

int acpi_host_set_init(struct acpi_host_set *s, const struct acpi_host_table *tables,
                       unsigned n)
{
    acpigen_memset(s, 0, sizeof(*s));
    s->fadt = s->dsdt = s->facs = s->madt = -1;
    if (!tables && n)
        return fail(s, "host tables: NULL");
    if (n > ACPI_HOST_MAX_TABLES)
        return fail(s, "host tables: %u tables, at most %u", n, (unsigned)ACPI_HOST_MAX_TABLES);
    for (unsigned i = 0; i < n; i++) {
        const struct acpi_host_table *t = &tables[i];
        if (!t->data)
            return fail(s, "host table %q: no data", tname(t));
        int rsdp = t->size >= 8;
        for (int k = 0; rsdp && k < 8; k++)
            rsdp = t->data[k] == (uint8_t)"RSD PTR "[k];
        if (rsdp ? check_rsdp(s, t) : check_table(s, t))
            return -1;
        s->t[i] = *t;
        for (int k = 0; k < 4; k++)
            s->sig[i][k] = rsdp ? "RSDP"[k] : (char)t->data[k];
        s->sig[i][4] = '\0';
        for (unsigned j = 0; j < i; j++)
            if (single(s->sig[i]) && same_sig(s->sig[i], s->sig[j]))
                return fail(s, "host tables %q and %q: two %s tables (a host has one)",
                            tname(&s->t[j]), tname(t), s->sig[i]);
        if (same_sig(s->sig[i], "FACP"))
            s->fadt = (int)i;
        else if (same_sig(s->sig[i], "DSDT"))
            s->dsdt = (int)i;
        else if (same_sig(s->sig[i], "FACS"))
            s->facs = (int)i;
        else if (same_sig(s->sig[i], "APIC"))
            s->madt = (int)i;
    }
    s->n = n;
    if (s->fadt < 0)
        return fail(s, "host tables: no FACP (FADT) among the %u tables", n);
    if (s->dsdt < 0)
        return fail(s, "host tables: no DSDT among the %u tables", n);
    if (s->madt < 0)
        return fail(s, "host tables: no APIC (MADT) among the %u tables", n);
    return 0;
}
