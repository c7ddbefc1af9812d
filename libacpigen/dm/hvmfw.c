/*
 * hvmfw.c - dm-acpi for HVM guests with Xen's own hvmloader (hvmfw.h):
 * hvmloader's names read out of its binary, and the acpi_firmware= file of
 * the accepted tables, the DMACPI SSDT and the VMGENID SSDT.
 */
#include "acpigen/hvmfw.h"

#include "acpigen/checksum.h"
#include "acpigen/namespace.h"
#include "aml/aml_encode.h"
#include "base/mem.h"
#include "base/msg.h"

static int is_sig(const uint8_t *p, const char *s)
{
    return p[0] == (uint8_t)s[0] && p[1] == (uint8_t)s[1] && p[2] == (uint8_t)s[2] &&
           p[3] == (uint8_t)s[3];
}

static void copy_id(char *dst, const uint8_t *src, size_t n)
{
    size_t i;

    for (i = 0; i < n && src[i]; i++)
        dst[i] = src[i] >= 0x20 && src[i] < 0x7F ? (char)src[i] : '?';
    dst[i] = '\0';
}

int acpi_fw_scan(const uint8_t *img, size_t len, struct acpi_nameset *names,
                 struct acpi_fw_table *found, unsigned cap, unsigned *n,
                 char *err, size_t errlen)
{
    unsigned dsdts = 0;
    char why[ACPI_NS_MSG_MAX + 64];

    if (n)
        *n = 0;
    if (!img || !names || !found || !n) {
        msg_format(err, err ? errlen : 0, "firmware scan: NULL argument");
        return -1;
    }
    for (size_t off = 0; len >= 36 && off <= len - 36; off++) {
        const uint8_t *t = img + off;
        if (!is_sig(t, "DSDT") && !is_sig(t, "SSDT"))
            continue;
        uint32_t l = get_le32(t + 4);
        if (l < 36 || l > len - off || acpi_sum8(t, l))
            continue;
        if (*n == cap) {
            msg_format(err, err ? errlen : 0, "firmware scan: more than %u DSDT and SSDT "
                       "tables in the image", cap);
            return -1;
        }
        struct acpi_fw_table *f = &found[(*n)++];
        copy_id(f->signature, t, 4);
        copy_id(f->oem_table_id, t + 16, 8);
        f->offset = (uint32_t)off;
        f->length = l;
        /* An unreadable table is an error, not a skip: its names would be
         * missing and a clash with them would go unnoticed. */
        if (acpi_nameset_add_aml(names, t, l, why, sizeof(why))) {
            msg_format(err, err ? errlen : 0, "firmware scan: the %s at offset %X: %s",
                       f->signature, (uint64_t)off, why);
            return -1;
        }
        if (t[0] == 'D')
            dsdts++;
        /* A table's own bytes hold no other table. */
        off += l - 1;
    }
    if (!dsdts) {
        msg_format(err, err ? errlen : 0, "firmware scan: no DSDT in the %Z-byte image "
                   "(a table header with a valid length and checksum): not an hvmloader?",
                   len);
        return -1;
    }
    return 0;
}

struct file {
    uint8_t *out;
    size_t cap, used;
    struct acpi_hvm_fw *info;
};

static int append(struct file *f, const uint8_t *t, uint32_t len, int from_dm,
                  char *err, size_t errlen)
{
    if (f->info->n == ACPI_HVM_FW_MAX_TABLES) {
        msg_format(err, err ? errlen : 0, "acpi_firmware file: more than %u tables (hvmloader "
                   "drops the rest)", (unsigned)ACPI_HVM_FW_MAX_TABLES);
        return -1;
    }
    if (len > f->cap - f->used || len > ACPI_HVM_FW_MAX_LEN - f->used) {
        msg_format(err, err ? errlen : 0, "acpi_firmware file: the %Z bytes of its tables "
                   "exceed %Z", f->used + len,
                   f->cap < ACPI_HVM_FW_MAX_LEN ? f->cap : (size_t)ACPI_HVM_FW_MAX_LEN);
        return -1;
    }
    struct acpi_hvm_fw_entry *e = &f->info->tables[f->info->n++];
    copy_id(e->signature, t, 4);
    copy_id(e->oem_table_id, t + 16, 8);
    e->offset = (uint32_t)f->used;
    e->length = len;
    e->from_dm = from_dm;
    acpigen_memmove(f->out + f->used, t, len);
    f->used += len;
    return 0;
}

static int fail(struct file *f, uint8_t *guid_page, int vmgenid)
{
    if (f->out)
        acpigen_memset(f->out, 0, f->used);
    if (vmgenid && guid_page)
        acpigen_memset(guid_page, 0, ACPI_GUID_PAGE_SIZE);
    acpigen_memset(f->info, 0, sizeof(*f->info));
    return -1;
}

int acpi_hvm_firmware_build(const struct acpi_guest_config *cfg, uint64_t guid_page_addr,
                            const uint8_t *area, size_t area_len,
                            const struct acpi_dm_policy *p, struct acpi_nameset *names,
                            struct acpi_dm_work *work, struct acpi_dm_result *res,
                            uint8_t *out, size_t cap, struct acpi_hvm_fw *info,
                            uint8_t guid_page[ACPI_GUID_PAGE_SIZE], char *err, size_t errlen)
{
    struct file f = { .out = out, .cap = cap, .info = info };
    /* The VMGENID SSDT is about 200 bytes; built first, so that a failure
     * leaves nothing behind. */
    uint8_t vg[512];
    size_t vg_len = 0;

    if (!info) {
        msg_format(err, err ? errlen : 0, "acpi_hvm_firmware_build: NULL argument");
        return -1;
    }
    acpigen_memset(info, 0, sizeof(*info));
    if (!cfg || !p || !names || !work || !res || !out || (!area && area_len) ||
        (cfg->vmgenid && !guid_page)) {
        msg_format(err, err ? errlen : 0, "acpi_hvm_firmware_build: NULL argument");
        return -1;
    }
    if (cfg->vmgenid) {
        if (acpi_nameset_has(names, ACPI_NAMESEG('V', 'G', 'E', 'N'))) {
            msg_format(err, err ? errlen : 0, "vmgenid: hvmloader's namespace already has "
                       "\\_SB.VGEN, the name of the VMGENID device");
            return -1;
        }
        vg_len = acpi_vmgenid_ssdt(cfg, guid_page_addr, vg, sizeof(vg), err, errlen);
        if (!vg_len)
            return -1;
        if (acpi_nameset_add(names, ACPI_NAMESEG('V', 'G', 'E', 'N')) < 0) {
            msg_format(err, err ? errlen : 0, "vmgenid: the name set is full");
            return -1;
        }
    }

    /* What hvmloader takes: the slots left after the DMACPI and VMGENID
     * SSDTs, and an area whose accepted parts (each byte goes into at most
     * one table or device, plus 64 bytes of SSDT around the devices)
     * always fit in the file next to the VMGENID SSDT. */
    struct acpi_dm_policy hp = *p;
    unsigned room = ACPI_HVM_FW_MAX_TABLES - 1 - (cfg->vmgenid ? 1 : 0);
    if (!hp.max_tables || hp.max_tables > room)
        hp.max_tables = room;
    if (!hp.max_area || hp.max_area > ACPI_HVM_FW_MAX_LEN - 1024)
        hp.max_area = ACPI_HVM_FW_MAX_LEN - 1024;

    res->blobs = work->blobs;
    res->cap = work->n_blobs;
    if (acpi_dm_ingest(area, area_len, &hp, names, res) < 0) {
        msg_format(err, err ? errlen : 0, "dm-acpi: work->blobs is NULL or the policy lists "
                   "more than %u signatures", (unsigned)ACPI_DM_MAX_ALLOW);
        return -1;
    }
    long ssdt = acpi_dm_build_ssdt(res, cfg->oem_id, cfg->oem_revision, work->ssdt,
                                   work->ssdt_cap, err, errlen);
    if (ssdt < 0)
        return -1;

    for (uint32_t i = 0; i < res->n; i++)
        if (res->blobs[i].accepted && res->blobs[i].type == ACPI_DM_BLOB_TABLE &&
            append(&f, res->blobs[i].data, res->blobs[i].data_len, 1, err, errlen))
            return fail(&f, guid_page, cfg->vmgenid);
    if (ssdt > 0 && append(&f, work->ssdt, (uint32_t)ssdt, 0, err, errlen))
        return fail(&f, guid_page, cfg->vmgenid);
    if (vg_len && append(&f, vg, (uint32_t)vg_len, 0, err, errlen))
        return fail(&f, guid_page, cfg->vmgenid);
    if (cfg->vmgenid) {
        acpi_vmgenid_page(cfg, guid_page);
        info->guid_page = guid_page_addr;
    }
    info->len = f.used;
    return 0;
}

int acpi_hvm_firmware_vgia(const uint8_t *f, size_t len, uint64_t *vgia, char *err,
                           size_t errlen)
{
    size_t off = 0;

    if (!f || !vgia) {
        msg_format(err, err ? errlen : 0, "acpi_firmware file: NULL argument");
        return -1;
    }
    /* hvmloader stops when less than a header is left. */
    while (len - off >= 36) {
        const uint8_t *t = f + off;
        uint32_t l = get_le32(t + 4);
        if (l < 36 || l > len - off) {
            msg_format(err, err ? errlen : 0, "acpi_firmware file: the table at offset %Z "
                       "has length %U, not 36 to the %Z bytes left", off, (uint64_t)l,
                       len - off);
            return -1;
        }
        if (is_sig(t, "SSDT") && is_sig(t + 16, "VMGE") && is_sig(t + 20, "NID\0")) {
            if (l < 46 || t[36] != 0x08 || !is_sig(t + 37, "VGIA") || t[41] != 0x0C) {
                msg_format(err, err ? errlen : 0, "acpi_firmware file: the SSDT VMGENID at "
                           "offset %Z does not start with Name (VGIA, DWord)", off);
                return -1;
            }
            *vgia = get_le32(t + 42);
            return 1;
        }
        off += l;
    }
    return 0;
}
