/*
 * nameset.h - the name set's two halves of acpi_nameset_add() (nameset.c),
 * for the walk over the blobs (dmacpi.c): a device's name is looked up
 * before its body is checked and added only after, and one probe serves
 * both, since nothing changes the set in between.
 */
#ifndef ACPIGEN_DM_NAMESET_H
#define ACPIGEN_DM_NAMESET_H

#include "acpigen/dmacpi.h"

/* The slot holding nameseg (*found = 1), or the empty slot where it would
 * go (*found = 0).  s must be initialised and nameseg nonzero. */
uint32_t acpi__nameset_find(const struct acpi_nameset *s, uint32_t nameseg, int *found);

/* Store nameseg in the empty slot acpi__nameset_find() gave, if the set
 * has not changed since: 1, or -1 when the set is full (as
 * acpi_nameset_add()). */
int acpi__nameset_put(struct acpi_nameset *s, uint32_t slot, uint32_t nameseg);

#endif
