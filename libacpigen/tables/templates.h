/*
 * templates.h - the AML that builders stamp instead of writing it call by
 * call: the bytes are in templates.c, which tests/gen_templates generates
 * from the writer calls that define them (dsdt_processor_device(),
 * vmgenid_ssdt_aml()); test_templates.sh fails when the two differ.
 * Regenerate with `make templates` after changing those calls.
 */
#ifndef ACPIGEN_TEMPLATES_H
#define ACPIGEN_TEMPLATES_H

#include <stdint.h>

/* One processor device (dsdt.c), padded with zeros to 48 bytes. */
struct cpu_template {
    uint8_t bytes[48];
    uint8_t len;
    uint8_t uid_at;     /* the _UID integer: its opcode (Zero/One) or prefix byte */
    uint8_t sum;        /* byte sum without the name digits (3-6) and _UID value */
};

/* [enabled][_UID encoding: Zero/One, BytePrefix, WordPrefix] */
extern const struct cpu_template cpu_templates[2][3];

/* The VMGENID SSDT without an interrupt path (vmgenid.c), after its header. */
struct ssdt_template {
    uint8_t bytes[240];
    uint16_t len;
    uint16_t vgia_at;   /* the VGIA DWordConst value */
    uint8_t sum;        /* byte sum with VGIA 0 */
};

extern const struct ssdt_template vmgenid_template;

#endif
