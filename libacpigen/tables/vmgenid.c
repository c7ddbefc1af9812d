/*
 * vmgenid.c - the VM Generation ID SSDT (after QEMU's docs/specs/vmgenid,
 * adapted to Xen) and the GUID page it points at.
 *
 *     Name (VGIA, 0xXXXXXXXX)          GUID page address, fixed-width DWord,
 *                                      the first object so it can be found
 *     Scope (\_SB) {
 *         Device (VGEN) {
 *             Name (_HID, EisaId ("XEN0000"))    Xen's vmgenid ID (hvmloader)
 *             Name (_CID, "VM_Gen_Counter")      what Windows and Linux match
 *             Name (_DDN, "VM_Gen_Counter")
 *             Method (_STA) { 0x0F, or 0 while \VGIA is 0 }
 *             Method (ADDR) { Package { \VGIA + 40, 0 } }  GUID address, low/high
 *         }
 *         Device (GED0) { ACPI0013, Interrupt {gsi}, _EVT notifies VGEN }
 *     }                                  (HW-reduced guests with a GSI)
 *     Method (\_GPE._Exx) { Notify (\_SB.VGEN, 0x80) }   (full ACPI with a GPE)
 *
 * VGEN names \VGIA by its absolute path: a bare VGIA is searched for in
 * \_SB first (ACPI 6.4, 5.3), and hvmloader's DSDT has a \_SB.VGIA of its
 * own (a field of its BIOS region, 0 without platform/generation-id), so an
 * HVM guest's VGEN would read 0 there and report itself absent.
 *
 * Without either interrupt path there is no notify method at all and the
 * manifest says so: the guest sees a new GUID only when it next reads it.
 *
 * vmgenid_ssdt_aml() writes every variant call by call.  The common one (no
 * interrupt path) is stamped from templates.h instead, generated from that
 * function: only the header and VGIA differ between guests.
 */
#include "tables/build.h"
#include "aml/aml_encode.h"
#include "acpigen/checksum.h"
#include "base/mem.h"
#include "base/msg.h"
#include "tables/templates.h"

#ifndef SIZE_MAX
#define SIZE_MAX ((size_t)-1)
#endif

static void vgen_device(struct aml_writer *w)
{
    aml_device(w, "VGEN");
    aml_name_decl(w, "_HID");
    aml_eisaid(w, "XEN0000");
    aml_name_string(w, "_CID", "VM_Gen_Counter");
    aml_name_string(w, "_DDN", "VM_Gen_Counter");

    aml_method(w, "_STA", 0, AML_NOT_SERIALIZED, 0);
    aml_store(w); aml_int(w, 0x0F); aml_local(w, 0);
    aml_if(w);
    aml_lequal(w); aml_name(w, "\\VGIA"); aml_int(w, 0);
    aml_store(w); aml_int(w, 0); aml_local(w, 0);
    aml_end(w);
    aml_return(w); aml_local(w, 0);
    aml_end(w);

    /* Add with Index() as its target rather than Store (Add (...), Index ()):
     * the same AML semantics, and the form iasl's disassembly recompiles to. */
    aml_method(w, "ADDR", 0, AML_NOT_SERIALIZED, 0);
    aml_store(w); aml_package_sized(w, 2); aml_end(w); aml_local(w, 0);
    aml_add(w); aml_name(w, "\\VGIA"); aml_int(w, ACPI_VMGENID_GUID_OFFSET);
    aml_index(w); aml_local(w, 0); aml_int(w, 0); aml_null_target(w);
    aml_store(w); aml_int(w, 0); aml_index(w); aml_local(w, 0); aml_int(w, 1); aml_null_target(w);
    aml_return(w); aml_local(w, 0);
    aml_end(w);
    aml_end(w);
}

/* ACPI 6.4, 5.6.9: a Generic Event Device signals a GSI by calling _EVT. */
static void ged_device(struct aml_writer *w, uint32_t gsi)
{
    aml_device(w, "GED0");
    aml_name_string(w, "_HID", "ACPI0013");
    aml_name_decl(w, "_CRS");
    aml_resource_template(w);
    aml_rt_interrupt(w, AML_RT_CONSUMER | AML_RT_EDGE, &gsi, 1);
    aml_end(w);
    aml_method(w, "_EVT", 1, AML_NOT_SERIALIZED, 0);
    aml_if(w);
    aml_lequal(w); aml_arg(w, 0); aml_int(w, gsi);
    aml_notify(w); aml_name(w, "\\_SB.VGEN"); aml_int(w, 0x80);
    aml_end(w);
    aml_end(w);
    aml_end(w);
}

/* "\\_GPE._Exx", xx the GPE number in hex. */
static void gpe_method_name(const struct acpi_guest_config *c, char name[11])
{
    acpigen_memmove(name, "\\_GPE._E", 8);
    name[8] = "0123456789ABCDEF"[(c->vmgenid_gpe >> 4) & 15];
    name[9] = "0123456789ABCDEF"[c->vmgenid_gpe & 15];
    name[10] = 0;
}

/* Whether the SSDT has a GED device / a GPE method to notify VGEN. */
static int has_ged(const struct acpi_guest_config *c)
{
    return c->hw_reduced && c->vmgenid_gsi >= 0;
}

static int has_gpe(const struct acpi_guest_config *c)
{
    return !c->hw_reduced && c->vmgenid_gpe >= 0;
}

size_t vmgenid_ssdt_aml(struct aml_writer *w, const struct acpi_guest_config *c, uint32_t vgia)
{
    aml_definition_block(w, "SSDT", 2, c->oem_id, "VMGENID", c->oem_revision);
    aml_name_decl(w, "VGIA");
    int slot = aml_dword_slot(w, vgia);
    aml_scope(w, "\\_SB");
    vgen_device(w);
    if (has_ged(c))
        ged_device(w, (uint32_t)c->vmgenid_gsi);
    aml_end(w);
    if (has_gpe(c)) {
        char name[11];
        gpe_method_name(c, name);
        aml_method(w, name, 0, AML_NOT_SERIALIZED, 0);
        aml_notify(w); aml_name(w, "\\_SB.VGEN"); aml_int(w, 0x80);
        aml_end(w);
    }
    aml_end(w);
    return aml_slot_offset(w, slot);
}

/* The common case, no interrupt path: the template patched with the OEM
 * fields and VGIA; its checksum from the template's known sum. */
static size_t stamp_ssdt(struct build *b)
{
    const struct ssdt_template *tp = &vmgenid_template;
    size_t off = build_place(b, 0, 8, "VMGENID SSDT"), len = 36 + (size_t)tp->len;

    if (off == SIZE_MAX)
        return SIZE_MAX;
    if (len > build_room(b, off)) {
        build_fail(b, "layout: region too small for the VMGENID SSDT");
        return SIZE_MAX;
    }
    uint8_t *t = b->img + off;
    uint32_t vgia = (uint32_t)b->guid_page;
    build_header(b, t, "SSDT", (uint32_t)len, 2, "VMGENID");
    acpigen_memmove(t + 36, tp->bytes, tp->len);
    put_le32(t + 36 + tp->vgia_at, vgia);
    uint32_t sum = acpi_sum8(t, 36) + tp->sum + (vgia & 0xFF) + ((vgia >> 8) & 0xFF) +
                   ((vgia >> 16) & 0xFF) + (vgia >> 24);
    t[9] = (uint8_t)(0x100 - (sum & 0xFF));
    b->used = off + len;
    build_record(b, off);
    return off;
}

size_t build_vmgenid_ssdt(struct build *b)
{
    const struct acpi_guest_config *c = b->cfg;
    struct acpi_guest_tables *o = b->out;
    int ged = has_ged(c), gpe = has_gpe(c);

    if (!ged && !gpe) {
        size_t off = stamp_ssdt(b);
        if (off != SIZE_MAX)    /* a constant: no formatting on the common path */
            acpigen_memmove(o->vmgenid_notify, "none (no interrupt path configured)", 36);
        return off;
    }

    size_t off = build_place(b, 0, 8, "VMGENID SSDT"), len;
    struct aml_writer w;
    if (off == SIZE_MAX)
        return SIZE_MAX;
    aml_writer_init(&w, b->img + off, build_room(b, off));
    vmgenid_ssdt_aml(&w, c, (uint32_t)b->guid_page);
    if (aml_writer_finish(&w, &len) != AML_OK) {
        if (aml_error(&w) == AML_E_NOSPACE)
            build_fail(b, "layout: region too small for the VMGENID SSDT");
        else
            build_fail(b, "VMGENID SSDT: %s", aml_errmsg(&w));
        return SIZE_MAX;
    }
    b->used = off + len;
    build_record(b, off);
    char name[11];
    gpe_method_name(c, name);
    if (ged)
        msg_format(o->vmgenid_notify, sizeof(o->vmgenid_notify),
                   "GED (ACPI0013) on GSI %U", (uint64_t)c->vmgenid_gsi);
    else
        msg_format(o->vmgenid_notify, sizeof(o->vmgenid_notify), "\\_GPE._E%s", name + 8);
    return off;
}

/* SMBIOS/Microsoft order: the first three fields little-endian
 * (00112233-4455-6677-8899-AABBCCDDEEFF -> 33 22 11 00 55 44 77 66 88 ...).
 * The swap is its own inverse, so it also reads a page back. */
void acpi_guid_swap_fields(const uint8_t in[16], uint8_t out[16])
{
    static const uint8_t order[16] = { 3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15 };

    for (int i = 0; i < 16; i++)
        out[i] = in[order[i]];
}

void build_guid_page(const struct acpi_guest_config *c, uint8_t *page)
{
    acpigen_memset(page, 0, ACPI_GUID_PAGE_SIZE);
    acpi_guid_swap_fields(c->vmgenid_guid, page + ACPI_VMGENID_GUID_OFFSET);
}

size_t acpi_vmgenid_ssdt(const struct acpi_guest_config *cfg, uint64_t guid_page,
                         uint8_t *buf, size_t cap, char *err, size_t errlen)
{
    struct aml_writer w;
    size_t len;

    if (!cfg || !buf) {
        msg_format(err, err ? errlen : 0, "VMGENID SSDT: NULL argument");
        return 0;
    }
    /* VGIA is a DWord: the page must lie below 4 GiB, and ADDR's VGIA + 40
     * must not wrap. */
    if (!guid_page || guid_page % ACPI_GUID_PAGE_SIZE || guid_page > 0xFFFFF000u) {
        msg_format(err, err ? errlen : 0, "VMGENID SSDT: GUID page %X is not a page below "
                   "4 GiB", guid_page);
        return 0;
    }
    aml_writer_init(&w, buf, cap);
    vmgenid_ssdt_aml(&w, cfg, (uint32_t)guid_page);
    if (aml_writer_finish(&w, &len) != AML_OK) {
        if (aml_error(&w) == AML_E_NOSPACE)
            msg_format(err, err ? errlen : 0, "VMGENID SSDT: %Z bytes are too few", cap);
        else
            msg_format(err, err ? errlen : 0, "VMGENID SSDT: %s", aml_errmsg(&w));
        return 0;
    }
    return len;
}

void acpi_vmgenid_page(const struct acpi_guest_config *cfg, uint8_t page[ACPI_GUID_PAGE_SIZE])
{
    build_guid_page(cfg, page);
}
