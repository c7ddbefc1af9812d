/*
 * boot_image.c - build a guest table set with acpi_guest_build() and write
 * it the way tests/boot/boot-test.sh takes it: DIR/tables.bin,
 * DIR/vmgenid-guid.bin and DIR/boot.env, plus one file per table
 * (SIG[n].aml for AML tables, SIG.dat for the others) for the iasl tests.
 *
 *     boot_image DIR VCPUS MAXVCPUS [vmgenid] [ioapic] [full] [base=0x...]
 *                [gsi=N] [gpe=N|gpe=none] [overrides] [nmi] [stao]
 *                [apicids=ID,ID,...] [oem=ID] [oemtable=ID]
 *
 *   vmgenid    the VMGENID SSDT and GUID page
 *   ioapic     an IO APIC (MADT); with vmgenid on a HW-reduced guest, a GED
 *              on GSI 9 (gsi=N picks another GSI; it needs ioapic)
 *   full       a hardware domain: full ACPI, FACS, PM blocks, vmgenid
 *              notified from \_GPE._E05 (gpe=N picks another GPE)
 *   overrides  ISA IRQ 0 -> GSI 2 (conforming) and IRQ 9 -> GSI 9 level,
 *              active low (needs ioapic)
 *   nmi        a local APIC NMI entry for all processors, LINT1
 *   stao       an STAO: ignore the UART, hide \_SB.PCI0.UAR1 and \_SB.BUS0.DEV3
 *   apicids=   the APIC IDs of all MAXVCPUS vCPUs (default 2 * vCPU)
 *   oem=, oemtable=   OEM ID (up to 6 characters) and OEM table ID (up to 8)
 *
 * The region defaults to 0x7000000 (1 MiB): RAM on QEMU's pc machine, clear
 * of where Linux decompresses itself.
 */
#include <acpigen/guest.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char guid_text[] = "00112233-4455-6677-8899-aabbccddeeff";
static const uint8_t guid[16] = { 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                                  0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF };

static int write_file(const char *dir, const char *name, const void *p, size_t n)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0) {
        fprintf(stderr, "boot_image: %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* A number of the whole of `s` (decimal, 0x hex) up to max, or -1. */
static int parse_num(const char *s, unsigned long long max, unsigned long long *v)
{
    char *end;

    errno = 0;
    if (*s == '-' || *s == '+' || *s == ' ')
        return -1;
    *v = strtoull(s, &end, 0);
    return (errno || end == s || *end || *v > max) ? -1 : 0;
}

/* An OEM ID for the header, and for boot.env, where it stands unquoted. */
static int copy_oem(char *dst, size_t cap, const char *src, const char *what)
{
    size_t n = strlen(src);

    for (size_t i = 0; i < n; i++)
        if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.", src[i])) {
            fprintf(stderr, "boot_image: %s %s: only letters, digits, _ - and .\n", what, src);
            return -1;
        }
    if (n == 0 || n >= cap) {
        fprintf(stderr, "boot_image: %s %s: 1 to %u characters\n", what, src, (unsigned)cap - 1);
        return -1;
    }
    memcpy(dst, src, n + 1);
    return 0;
}

/* apicids=ID,ID,...: exactly maxvcpus IDs. */
static int parse_apic_ids(const char *list, uint32_t *ids, uint32_t maxvcpus)
{
    char buf[32];
    uint32_t n = 0;
    const char *p = list;

    for (;;) {
        size_t len = strcspn(p, ",");
        unsigned long long v;
        if (len == 0 || len >= sizeof(buf)) {
            fprintf(stderr, "boot_image: apicids=%s: empty or overlong entry\n", list);
            return -1;
        }
        memcpy(buf, p, len);
        buf[len] = '\0';
        if (parse_num(buf, 0xFFFFFFFFu, &v)) {
            fprintf(stderr, "boot_image: apicids=%s: bad APIC ID %s\n", list, buf);
            return -1;
        }
        if (n == maxvcpus) {
            fprintf(stderr, "boot_image: apicids=%s: more than MAXVCPUS (%u) IDs\n", list,
                    maxvcpus);
            return -1;
        }
        ids[n++] = (uint32_t)v;
        if (!p[len])
            break;
        p += len + 1;
    }
    if (n != maxvcpus) {
        fprintf(stderr, "boot_image: apicids=%s: %u IDs for MAXVCPUS %u\n", list, n, maxvcpus);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    static uint8_t image[1 << 20], page[ACPI_GUID_PAGE_SIZE];
    static struct acpi_guest_tables out;
    static uint32_t apic_ids[ACPI_GUEST_MAX_VCPUS];
    static const char *const stao_paths[] = { "\\_SB.PCI0.UAR1", "\\_SB.BUS0.DEV3" };
    struct acpi_guest_config cfg;
    struct acpi_layout lp = { .base = 0x7000000, .size = sizeof(image) };
    int full = 0, gpe = 5;
    long long gsi = -2;                 /* -2: not given */
    unsigned long long v, vcpus, maxvcpus;

    if (argc < 4) {
        fprintf(stderr, "usage: %s DIR VCPUS MAXVCPUS [vmgenid] [ioapic] [full] [base=ADDR]\n"
                        "       [gsi=N] [gpe=N|gpe=none] [overrides] [nmi] [stao]\n"
                        "       [apicids=ID,ID,...] [oem=ID] [oemtable=ID]\n",
                argv[0]);
        return 2;
    }
    if (parse_num(argv[2], ACPI_GUEST_MAX_VCPUS, &vcpus) ||
        parse_num(argv[3], ACPI_GUEST_MAX_VCPUS, &maxvcpus)) {
        fprintf(stderr, "boot_image: VCPUS and MAXVCPUS must be numbers up to %u\n",
                (unsigned)ACPI_GUEST_MAX_VCPUS);
        return 2;
    }
    for (int i = 4; i < argc; i++)
        if (!strcmp(argv[i], "full"))
            full = 1;
    acpi_guest_config_init(&cfg, full ? ACPI_GUEST_HWDOM : ACPI_GUEST_DOMU);
    cfg.vcpus = (uint32_t)vcpus;
    cfg.maxvcpus = (uint32_t)maxvcpus;
    for (int i = 4; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "vmgenid")) {
            cfg.vmgenid = 1;
            memcpy(cfg.vmgenid_guid, guid, 16);
        } else if (!strcmp(a, "ioapic")) {
            cfg.ioapic = 1;
            cfg.vmgenid_gsi = 9;
        } else if (!strncmp(a, "base=", 5)) {
            if (parse_num(a + 5, UINT64_MAX, &v))
                goto bad;
            lp.base = v;
        } else if (!strncmp(a, "gsi=", 4)) {
            if (parse_num(a + 4, 0xFFFFFFFFu, &v))
                goto bad;
            gsi = (long long)v;
        } else if (!strncmp(a, "gpe=", 4)) {
            if (!strcmp(a + 4, "none"))
                gpe = -1;
            else if (parse_num(a + 4, 0xFF, &v))
                goto bad;
            else
                gpe = (int)v;
        } else if (!strcmp(a, "overrides")) {
            cfg.overrides[0] = (struct acpi_irq_override){ .source = 0, .gsi = 2, .flags = 0 };
            /* MPS INTI flags: polarity 3 = active low, trigger 3 << 2 = level */
            cfg.overrides[1] = (struct acpi_irq_override){ .source = 9, .gsi = 9, .flags = 0xF };
            cfg.n_overrides = 2;
        } else if (!strcmp(a, "nmi")) {
            cfg.lapic_nmi = 1;
            cfg.lapic_nmi_lint = 1;
        } else if (!strcmp(a, "stao")) {
            cfg.stao = 1;
            cfg.stao_uart = 1;
            for (unsigned k = 0; k < sizeof(stao_paths) / sizeof(stao_paths[0]); k++)
                cfg.stao_paths[cfg.n_stao_paths++] = stao_paths[k];
        } else if (!strncmp(a, "apicids=", 8)) {
            if (parse_apic_ids(a + 8, apic_ids, cfg.maxvcpus))
                return 2;
            cfg.apic_ids = apic_ids;
        } else if (!strncmp(a, "oem=", 4)) {
            if (copy_oem(cfg.oem_id, sizeof(cfg.oem_id), a + 4, "oem"))
                return 2;
        } else if (!strncmp(a, "oemtable=", 9)) {
            if (copy_oem(cfg.oem_table_id, sizeof(cfg.oem_table_id), a + 9, "oemtable"))
                return 2;
        } else if (strcmp(a, "full")) {
            fprintf(stderr, "boot_image: unknown option %s\n", a);
            return 2;
        }
        continue;
bad:
        fprintf(stderr, "boot_image: bad number in %s\n", a);
        return 2;
    }
    if (gsi != -2)
        cfg.vmgenid_gsi = gsi;
    if (full)
        cfg.vmgenid_gpe = gpe;
    if (acpi_guest_build(&cfg, &lp, image, sizeof(image), page, &out) != 0) {
        fprintf(stderr, "boot_image: %s\n", out.error);
        return 1;
    }

    const char *dir = argv[1];
    char sigs[512] = "", name[32];
    unsigned nssdt = 0, max_apic = 2 * (cfg.maxvcpus - 1);
    if (cfg.apic_ids) {
        max_apic = 0;
        for (uint32_t i = 0; i < cfg.maxvcpus; i++)
            if (apic_ids[i] > max_apic)
                max_apic = apic_ids[i];
    }
    if (write_file(dir, "tables.bin", image, out.image_len) ||
        (cfg.vmgenid && write_file(dir, "vmgenid-guid.bin", page, sizeof(page))))
        return 1;
    for (unsigned i = 0; i < out.n_tables; i++) {
        const struct acpi_table_info *t = &out.tables[i];
        int aml = !strcmp(t->signature, "DSDT") || !strcmp(t->signature, "SSDT");
        if (!strcmp(t->signature, "SSDT"))
            snprintf(name, sizeof(name), "SSDT%u.aml", ++nssdt);
        else
            snprintf(name, sizeof(name), "%s.%s", t->signature, aml ? "aml" : "dat");
        if (write_file(dir, name, image + t->offset, t->length))
            return 1;
        /* the tables Linux lists by name in its boot log */
        if (strcmp(t->signature, "RSDP") && strcmp(t->signature, "XSDT") &&
            strcmp(t->signature, "RSDT") && !strstr(sigs, t->signature)) {
            strcat(sigs, sigs[0] ? " " : "");
            strcat(sigs, t->signature);
        }
    }

    char env[2048];
    int n = snprintf(env, sizeof(env),
                     "TABLES_ADDR=0x%llx\nRSDP_ADDR=0x%llx\nGUID_PAGE_ADDR=%s%llx\n"
                     "VCPUS=%u\nMAXVCPUS=%u\nMAX_APIC_ID=%u\nOEM_ID=%s\nTABLES=\"%s\"\n"
                     "HW_REDUCED=%d\nVMGENID=%d\nVMGENID_GUID=%s\nEXTRA_DEVICES=\"%s\"\n",
                     (unsigned long long)lp.base, (unsigned long long)out.rsdp_address,
                     cfg.vmgenid ? "0x" : "", (unsigned long long)out.guid_page_address,
                     cfg.vcpus, cfg.maxvcpus, max_apic, cfg.oem_id, sigs, cfg.hw_reduced,
                     cfg.vmgenid, cfg.vmgenid ? guid_text : "",
                     cfg.vmgenid ? "\\\\_SB.VGEN" : "");
    if (!cfg.vmgenid)   /* GUID_PAGE_ADDR must be empty, not "0" */
        n = snprintf(env, sizeof(env),
                     "TABLES_ADDR=0x%llx\nRSDP_ADDR=0x%llx\nGUID_PAGE_ADDR=\n"
                     "VCPUS=%u\nMAXVCPUS=%u\nMAX_APIC_ID=%u\nOEM_ID=%s\nTABLES=\"%s\"\n"
                     "HW_REDUCED=%d\nVMGENID=0\nVMGENID_GUID=\nEXTRA_DEVICES=\"\"\n",
                     (unsigned long long)lp.base, (unsigned long long)out.rsdp_address,
                     cfg.vcpus, cfg.maxvcpus, max_apic, cfg.oem_id, sigs, cfg.hw_reduced);
    if (write_file(dir, "boot.env", env, (size_t)n))
        return 1;
    for (unsigned i = 0; i < out.n_tables; i++)
        printf("%-4s 0x%08llx %6u v%u %s\n", out.tables[i].signature,
               (unsigned long long)out.tables[i].address, out.tables[i].length,
               out.tables[i].revision, out.tables[i].oem_table_id);
    printf("vmgenid notify: %s\n", cfg.vmgenid ? out.vmgenid_notify : "-");
    return 0;
}
