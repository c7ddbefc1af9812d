/*
 * nameset.c - the set of NameSegs directly under \_SB (and the root), so a
 * namespace device from the device model can be refused when its name is
 * taken (rule 3), in constant time however many vCPUs and devices there are.
 *
 * Open addressing with linear probing over caller storage.  A NameSeg is
 * stored as its little-endian uint32; 0 marks an empty slot (a valid
 * NameSeg never has a NUL byte).  The set never fills beyond half of its
 * slots, which keeps probe sequences short and guarantees every probe
 * ends at an empty slot.
 */
#include "acpigen/dmacpi.h"
#include "acpigen/nsscan.h"

#include "base/mem.h"
#include "base/msg.h"
#include "dm/nameset.h"

int acpi_nameset_init(struct acpi_nameset *s, uint32_t *slots, size_t n_slots)
{
    if (!s)
        return -1;
    s->slots = NULL;
    s->mask = 0;
    s->n = 0;
    /* mask is 32-bit; the double shift is 0 for any size_t width */
    if (!slots || n_slots < 16 || (n_slots & (n_slots - 1)) ||
        ((n_slots - 1) >> 16 >> 16) != 0 || n_slots > (size_t)-1 / sizeof(*slots))
        return -1;
    acpigen_memset(slots, 0, n_slots * sizeof(*slots));
    s->slots = slots;
    s->mask = (uint32_t)(n_slots - 1);
    return 0;
}

/* Fibonacci hashing: the multiply spreads the four characters (which
 * differ mostly in their last bytes, C000..C0FF) over the high bits, the
 * shift folds them back down to where the mask looks. */
static uint32_t slot_of(uint32_t seg, uint32_t mask)
{
    uint32_t h = seg * 0x9E3779B1u;
    return (h ^ h >> 15) & mask;
}

uint32_t acpi__nameset_find(const struct acpi_nameset *s, uint32_t nameseg, int *found)
{
    uint32_t i = slot_of(nameseg, s->mask);

    while (s->slots[i]) {
        if (s->slots[i] == nameseg) {
            *found = 1;
            return i;
        }
        i = (i + 1) & s->mask;
    }
    *found = 0;
    return i;
}

int acpi__nameset_put(struct acpi_nameset *s, uint32_t slot, uint32_t nameseg)
{
    if (s->n > (s->mask >> 1))          /* holds (mask + 1) / 2 names at most */
        return -1;
    s->slots[slot] = nameseg;
    s->n++;
    return 1;
}

int acpi_nameset_add(struct acpi_nameset *s, uint32_t nameseg)
{
    int found;

    if (!s || !s->slots || !nameseg)
        return -1;
    uint32_t i = acpi__nameset_find(s, nameseg, &found);
    return found ? 0 : acpi__nameset_put(s, i, nameseg);
}

int acpi_nameset_has(const struct acpi_nameset *s, uint32_t nameseg)
{
    int found;

    if (!s || !s->slots || !nameseg)
        return 0;
    (void)acpi__nameset_find(s, nameseg, &found);
    return found;
}

struct scan_ctx {
    struct acpi_nameset *set;
    uint32_t full;              /* the name that did not fit, 0 when all did */
};

/* The names a device placed at \_SB.NAME could collide with: the other
 * children of \_SB, and the children of the root, because a bare NameSeg
 * that AML inside \_SB looks up is searched in \_SB before the root
 * (ACPI 6.4, 5.3: namespace search rules), so a \_SB.X would take the
 * place of the root's X for every such reference.  (Our own VGEN names
 * \VGIA by its absolute path for that reason; other AML may not.) */
static int add_sb_child(void *ctx, const struct acpi_ns_name *name)
{
    struct scan_ctx *c = ctx;
    uint32_t seg;

    if (name->nsegs == 2 && name->segs[0] == ACPI_NAMESEG('_', 'S', 'B', '_'))
        seg = name->segs[1];
    else if (name->nsegs == 1)
        seg = name->segs[0];
    else
        return 0;
    if (acpi_nameset_add(c->set, seg) < 0) {
        c->full = seg;
        return 1;
    }
    return 0;
}

/* Scan one DSDT or SSDT body; "what" names it in errors. */
static int add_body(struct acpi_nameset *s, const uint8_t *aml, size_t len, const char *what,
                    char *err, size_t errlen)
{
    char msg[ACPI_NS_MSG_MAX];
    struct scan_ctx c = { .set = s };

    msg[0] = '\0';
    if (acpi_ns_scan(aml, len, add_sb_child, &c, msg, sizeof(msg)) < 0) {
        msg_format(err, err ? errlen : 0, "\\_SB name scan of %s: %s", what, msg);
        return -1;
    }
    if (c.full) {
        char name[5];
        for (int k = 0; k < 4; k++) {
            uint8_t ch = (uint8_t)(c.full >> (8 * k));
            name[k] = ch >= 0x20 && ch < 0x7F ? (char)ch : '?';
        }
        name[4] = '\0';
        msg_format(err, err ? errlen : 0,
                   "\\_SB name scan: no room for %s in the name set (%U slots)", name,
                   (uint64_t)s->mask + 1);
        return -1;
    }
    return 0;
}

int acpi_nameset_add_aml(struct acpi_nameset *s, const uint8_t *table, size_t len,
                         char *err, size_t errlen)
{
    char what[5];
    uint32_t n;

    if (!s || !s->slots || !table) {
        msg_format(err, err ? errlen : 0, "\\_SB name scan: NULL argument");
        return -1;
    }
    if (len < 36) {
        msg_format(err, err ? errlen : 0, "\\_SB name scan: %Z bytes is no table header", len);
        return -1;
    }
    for (int k = 0; k < 4; k++)
        what[k] = table[k] >= 0x20 && table[k] < 0x7F ? (char)table[k] : '?';
    what[4] = '\0';
    n = (uint32_t)table[4] | (uint32_t)table[5] << 8 | (uint32_t)table[6] << 16 |
        (uint32_t)table[7] << 24;
    if (!(what[0] == 'D' && what[1] == 'S' && what[2] == 'D' && what[3] == 'T') &&
        !(what[0] == 'S' && what[1] == 'S' && what[2] == 'D' && what[3] == 'T')) {
        msg_format(err, err ? errlen : 0, "\\_SB name scan: %s is not a DSDT or SSDT", what);
        return -1;
    }
    if (n < 36 || n > len) {
        msg_format(err, err ? errlen : 0, "\\_SB name scan of %s: its length %U is not "
                   "within the %Z bytes given", what, (uint64_t)n, len);
        return -1;
    }
    return add_body(s, table + 36, n - 36, what, err, errlen);
}

int acpi_nameset_add_guest(struct acpi_nameset *s, const struct acpi_guest_tables *t,
                           char *err, size_t errlen)
{
    char what[32];

    if (!s || !s->slots || !t || (!t->image && t->n_tables)) {
        msg_format(err, err ? errlen : 0, "\\_SB name scan: NULL argument");
        return -1;
    }
    for (unsigned i = 0; i < t->n_tables && i < sizeof(t->tables) / sizeof(t->tables[0]); i++) {
        const struct acpi_table_info *ti = &t->tables[i];
        if (acpigen_strlen(ti->signature) != 4 ||
            (!(ti->signature[0] == 'D' && ti->signature[1] == 'S' && ti->signature[2] == 'D' &&
               ti->signature[3] == 'T') &&
             !(ti->signature[0] == 'S' && ti->signature[1] == 'S' && ti->signature[2] == 'D' &&
               ti->signature[3] == 'T')))
            continue;
        if (ti->length < 36 || ti->offset > t->image_len ||
            ti->length > t->image_len - ti->offset) {
            msg_format(err, err ? errlen : 0,
                       "\\_SB name scan of %s at %X: %U bytes do not lie inside the image",
                       ti->signature, ti->address, (uint64_t)ti->length);
            return -1;
        }
        msg_format(what, sizeof(what), "%s at %X", ti->signature, ti->address);
        if (add_body(s, t->image + ti->offset + 36, ti->length - 36, what, err, errlen))
            return -1;
    }
    return 0;
}
