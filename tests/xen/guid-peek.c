/*
 * guid-peek PADDR - runs inside the e2e domU (static, no libc there):
 * prints, as 32 hex digits in memory order, the 16 bytes at guest-physical
 * PADDR, so the test can compare the GUID the guest sees in its VMGENID
 * page with the one configured.
 *
 * Why not busybox devmem: it opens /dev/mem with O_SYNC, which asks x86
 * PAT for an uncached mapping; the vmgenid driver already holds the page
 * write-back (memremap), and PAT refuses the conflicting type (mmap fails
 * with EAGAIN).  Without O_SYNC /dev/mem maps write-back, the same type.
 * read() of /dev/mem is no way out either: it stops at high_memory, and
 * the page lies above the guest's RAM.
 *
 *   cc -static -O2 -Wall -Wextra -Werror -o guid-peek guid-peek.c
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: guid-peek PADDR\n");
        return 2;
    }
    char *end;
    errno = 0;
    unsigned long long pa = strtoull(argv[1], &end, 0);
    if (errno || *end || end == argv[1]) {
        fprintf(stderr, "guid-peek: \"%s\" is not a number\n", argv[1]);
        return 2;
    }
    long page = sysconf(_SC_PAGESIZE);
    unsigned long long base = pa & ~(unsigned long long)(page - 1);
    size_t off = (size_t)(pa - base);
    size_t len = off + 16 <= (size_t)page ? (size_t)page : 2 * (size_t)page;

    int fd = open("/dev/mem", O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "guid-peek: /dev/mem: %s\n", strerror(errno));
        return 1;
    }
    const volatile uint8_t *p = mmap(NULL, len, PROT_READ, MAP_SHARED, fd, (off_t)base);
    if (p == MAP_FAILED) {
        fprintf(stderr, "guid-peek: mmap of /dev/mem at 0x%llx: %s\n", base, strerror(errno));
        return 1;
    }
    for (size_t i = 0; i < 16; i++)
        printf("%02x", p[off + i]);
    printf("\n");
    return 0;
}
