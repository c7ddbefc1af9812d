/*
 * bench_hvmx32.c - the dm-acpi step as hvmloader runs it: a static 32-bit
 * program with no C library, linked against hvmloader-ext/libhvmloader-ext.a
 * (the archive hvmloader links), that builds hvmloader's table set and an
 * area of N namespace devices in its own "guest memory" and calls
 * hvmx_dm_acpi() R times on them.
 *
 *     bench_hvmx32 N R
 *
 * `make bench` runs it under qemu-i386 (this kernel, like CI's, cannot
 * execute 32-bit programs) with bench/qemu_insn_count.so, which counts the
 * instructions it executes: the count for R = 2 less the count for R = 1
 * is one hvmx_dm_acpi() call, divided by N the instructions per device.
 * The devices are bench_dm.c's, so the figure stands next to the 64-bit
 * one.  What hvmloader would print (one line per blob) is formatted but
 * not written anywhere.
 */
#include "hvmloader_ext.h"

#include "acpigen/aml.h"
#include "acpigen/checksum.h"

#define MEM_SIZE      (16u << 20)
#define TABLE_BASE    0x00100000u   /* hvmloader's set, then TABLE allocations */
#define TABLE_END     0x00800000u
#define SCRATCH_BASE  0x00800000u
#define SCRATCH_END   0x00E00000u
#define AREA_BASE     0x00E00000u   /* the device model's blob area */
#define MAX_DEVICES   10000u

static uint8_t mem[MEM_SIZE];
static uint32_t table_next, scratch_next, rsdp_at, lines;
static uint8_t rsdp_copy[36];
static char xs_addr[16], xs_len[16];

/* ---- the little of an OS this needs: Linux i386 system calls ------------ */

static int sys3(int nr, int a, int b, int c)
{
    int r;

    __asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
    return r;
}

static void out(const char *s)
{
    int n = 0;

    while (s[n])
        n++;
    sys3(4, 1, (int)(uintptr_t)s, n);             /* write(1, s, n) */
}

static __attribute__((noreturn)) void quit(int code)
{
    sys3(1, code, 0, 0);                            /* exit(code) */
    for (;;)
        ;
}

static __attribute__((noreturn)) void die(const char *what, const char *why)
{
    out("bench_hvmx32: ");
    out(what);
    out(": ");
    out(why);
    out("\n");
    quit(1);
}

static unsigned number(const char *s)
{
    unsigned v = 0;

    if (!*s)
        die("argument", "not a number");
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            die("argument", "not a number");
        v = v * 10 + (unsigned)(*s - '0');
    }
    return v;
}

static void hex(char *buf, uint32_t v)
{
    buf[0] = '0';
    buf[1] = 'x';
    for (int i = 0; i < 8; i++)
        buf[2 + i] = "0123456789ABCDEF"[(v >> (28 - 4 * i)) & 15];
    buf[10] = '\0';
}

static int same(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static void copy(uint8_t *d, const void *s, uint32_t n)
{
    const uint8_t *p = s;

    for (uint32_t i = 0; i < n; i++)
        d[i] = p[i];
}

/* ---- hvmloader, simulated ------------------------------------------------ */

static int xs_read(void *ctx, const char *key, char *buf, size_t cap)
{
    const char *v = NULL;
    size_t n = 0;

    (void)ctx;
    if (same(key, HVMX_XS_ADDRESS))
        v = xs_addr;
    else if (same(key, HVMX_XS_LENGTH))
        v = xs_len;
    if (!v)
        return -1;
    while (v[n] && n < cap) {
        buf[n] = v[n];
        n++;
    }
    return (int)n;
}

static void *sim_alloc(void *ctx, size_t size, size_t align, enum hvmx_mem kind)
{
    uint32_t *next = kind == HVMX_MEM_TABLE ? &table_next : &scratch_next;
    uint32_t end = kind == HVMX_MEM_TABLE ? TABLE_END : SCRATCH_END;
    uint32_t at = (*next + (uint32_t)align - 1) & ~((uint32_t)align - 1);

    (void)ctx;
    if (at > end || size > end - at)
        return NULL;
    *next = at + (uint32_t)size;
    return mem + at;
}

static uint64_t v2p(void *ctx, const void *p)
{
    (void)ctx;
    return (uint64_t)((const uint8_t *)p - mem);
}

static const volatile void *p2v(void *ctx, uint64_t pa, size_t len)
{
    (void)ctx;
    if (pa > MEM_SIZE || len > MEM_SIZE - pa)
        return NULL;
    return mem + (uint32_t)pa;
}

static void sim_log(void *ctx, const char *line)
{
    (void)ctx;
    (void)line;
    lines++;
}

static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void header(uint8_t *t, const char *sig, uint32_t len)
{
    for (int i = 0; i < 36; i++)
        t[i] = 0;
    copy(t, sig, 4);
    put32(t + 4, len);
    t[8] = 1;
    copy(t + 10, "Xen   ", 6);
    copy(t + 16, "HVM     ", 8);
}

/* hvmloader's DSDT (\_SB.C000-C003, VGEN) or SSDT (\_SB.PCI0). */
static uint32_t aml_table(uint32_t at, int dsdt)
{
    struct aml_writer w;
    size_t len = 0;
    char name[5] = "C000";

    aml_writer_init(&w, mem + at, 4096);
    aml_definition_block(&w, dsdt ? "DSDT" : "SSDT", 2, "Xen", "HVM", 0);
    aml_scope(&w, "\\_SB");
    for (int i = 0; dsdt && i < 4; i++) {
        name[3] = (char)('0' + i);
        aml_device(&w, name);
        aml_name_string(&w, "_HID", "ACPI0007");
        aml_end(&w);
    }
    aml_device(&w, dsdt ? "VGEN" : "PCI0");
    aml_name_string(&w, "_HID", dsdt ? "XEN0000" : "PNP0A03");
    aml_end(&w);
    aml_end(&w);
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK)
        die("hvmloader's tables", aml_errmsg(&w));
    return (uint32_t)len;
}

static void hvmloader_set(void)
{
    uint32_t at = TABLE_BASE, dsdt, ssdt, facp, rsdt, xsdt;
    uint8_t *r;

    dsdt = at;
    at += (aml_table(dsdt, 1) + 15) & ~15u;
    ssdt = at;
    at += (aml_table(ssdt, 0) + 15) & ~15u;
    facp = at;
    header(mem + facp, "FACP", 44);
    put32(mem + facp + 40, dsdt);
    mem[facp + 9] = acpi_checksum(mem + facp, 44);
    at += 48;
    rsdt = at;
    header(mem + rsdt, "RSDT", 44);
    put32(mem + rsdt + 36, facp);
    put32(mem + rsdt + 40, ssdt);
    mem[rsdt + 9] = acpi_checksum(mem + rsdt, 44);
    at += 48;
    xsdt = at;
    header(mem + xsdt, "XSDT", 52);
    put32(mem + xsdt + 36, facp);
    put32(mem + xsdt + 44, ssdt);
    mem[xsdt + 9] = acpi_checksum(mem + xsdt, 52);
    at += 64;
    rsdp_at = at;
    r = mem + at;
    copy(r, "RSD PTR ", 8);
    copy(r + 9, "Xen   ", 6);
    r[15] = 2;
    put32(r + 16, rsdt);
    put32(r + 20, 36);
    put32(r + 24, xsdt);
    r[8] = acpi_checksum(r, 20);
    r[32] = acpi_checksum(r, 36);
    copy(rsdp_copy, r, 36);
    table_next = at + 48;
}

/* bench_dm.c's device "Dxyz" (base 36):
 *   Name (_HID, "XENA0001")  Name (_UID, i)  Method (_STA) { Return (0x0F) } */
static uint32_t put_blob(uint8_t *p, uint32_t cap, unsigned i)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    struct aml_writer w;
    size_t len;

    if (cap < 12)
        die("area", "too small");
    aml_writer_init(&w, p + 12, cap - 12);
    aml_name_string(&w, "_HID", "XENA0001");
    aml_name_int(&w, "_UID", i);
    aml_method(&w, "_STA", 0, AML_NOT_SERIALIZED, 0);
    aml_return(&w);
    aml_int(&w, 0x0F);
    aml_end(&w);
    if (aml_writer_finish(&w, &len) != AML_OK)
        die("device body", aml_errmsg(&w));
    put32(p, ACPI_DM_BLOB_NSDEV);
    put32(p + 4, (uint32_t)(12 + len));
    p[8] = 'D';
    p[9] = (uint8_t)digits[i / 1296 % 36];
    p[10] = (uint8_t)digits[i / 36 % 36];
    p[11] = (uint8_t)digits[i % 36];
    return 12 + (uint32_t)len;
}

static int run(unsigned argc, char **argv)
{
    static const struct hvmx_ops ops = { NULL, xs_read, sim_alloc, v2p, p2v, sim_log };
    static struct hvmx_config cfg;
    struct hvmx_tables t;
    struct hvmx_result res;
    uint32_t len = 0, table_start;
    unsigned n, reps;

    if (argc != 3)
        die("usage", "bench_hvmx32 N R");
    n = number(argv[1]);
    reps = number(argv[2]);
    if (!n || n > MAX_DEVICES)
        die("N", "1 to 10000 devices");
    hvmloader_set();
    table_start = table_next;
    for (unsigned i = 0; i < n; i++)
        len += put_blob(mem + AREA_BASE + len, MEM_SIZE - AREA_BASE - len, i);
    hex(xs_addr, AREA_BASE);
    hex(xs_len, len);

    acpi_dm_policy_init(&cfg.policy);
    cfg.policy.max_blobs = n + 1;
    copy((uint8_t *)cfg.oem_id, "Xen", 4);
    for (unsigned r = 0; r < reps; r++) {
        /* hvmloader's set as it was: only the RSDP is written in place. */
        copy(mem + rsdp_at, rsdp_copy, 36);
        table_next = table_start;
        scratch_next = SCRATCH_BASE;
        t = (struct hvmx_tables){ .rsdp = mem + rsdp_at };
        if (hvmx_dm_acpi(&ops, &cfg, &t, &res))
            die("hvmx_dm_acpi", res.error);
        if (res.n_accepted != n || res.n_rejected || res.n_tables_added != 1)
            die("hvmx_dm_acpi", "not every device was accepted");
    }
    out("bench_hvmx32: done\n");
    return 0;
}

/* The entry point: the kernel (or qemu-i386) leaves argc, then argv, at
 * the stack pointer. */
__attribute__((used)) static void __attribute__((noreturn)) start_c(uint32_t *sp)
{
    quit(run(sp[0], (char **)(sp + 1)));
}

__asm__(".globl _start\n"
        "_start:\n"
        "\txorl %ebp, %ebp\n"
        "\tmovl %esp, %eax\n"
        "\tandl $-16, %esp\n"
        "\tsubl $12, %esp\n"
        "\tpushl %eax\n"
        "\tcall start_c\n"
        "\thlt\n");
