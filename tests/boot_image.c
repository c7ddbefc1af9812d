/*
 * boot_image.c - build a guest table set with acpi_guest_build() and write
 * it the way tests/boot/boot-test.sh takes it: DIR/tables.bin,
 * DIR/vmgenid-guid.bin and DIR/boot.env, plus one file per table
 * (SIG[n].aml for AML tables, SIG.dat for the others) for the iasl tests.
 *
 *     boot_image DIR VCPUS MAXVCPUS [vmgenid] [ioapic] [full] [base=0x...]
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

int main(int argc, char **argv)
{
    static uint8_t image[1 << 20], page[ACPI_GUID_PAGE_SIZE];
    static struct acpi_guest_tables out;
    struct acpi_guest_config cfg;
    struct acpi_layout lp = { .base = 0x7000000, .size = sizeof(image) };
    int full = 0;

    if (argc < 4) {
        fprintf(stderr, "usage: %s DIR VCPUS MAXVCPUS [vmgenid] [ioapic] [full] [base=ADDR]\n",
                argv[0]);
        return 2;
    }
    for (int i = 4; i < argc; i++)
        if (!strcmp(argv[i], "full"))
            full = 1;
    acpi_guest_config_init(&cfg, full ? ACPI_GUEST_HWDOM : ACPI_GUEST_DOMU);
    cfg.vcpus = (uint32_t)strtoul(argv[2], NULL, 0);
    cfg.maxvcpus = (uint32_t)strtoul(argv[3], NULL, 0);
    for (int i = 4; i < argc; i++) {
        if (!strcmp(argv[i], "vmgenid")) {
            cfg.vmgenid = 1;
            memcpy(cfg.vmgenid_guid, guid, 16);
        } else if (!strcmp(argv[i], "ioapic")) {
            cfg.ioapic = 1;
            cfg.vmgenid_gsi = 9;
        } else if (!strncmp(argv[i], "base=", 5)) {
            lp.base = strtoull(argv[i] + 5, NULL, 0);
        } else if (strcmp(argv[i], "full")) {
            fprintf(stderr, "boot_image: unknown option %s\n", argv[i]);
            return 2;
        }
    }
    if (full)
        cfg.vmgenid_gpe = 5;
    if (acpi_guest_build(&cfg, &lp, image, sizeof(image), page, &out) != 0) {
        fprintf(stderr, "boot_image: %s\n", out.error);
        return 1;
    }

    const char *dir = argv[1];
    char sigs[512] = "", name[32];
    unsigned nssdt = 0, max_apic = 2 * (cfg.maxvcpus - 1);
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
