/*
 * aml.h - streaming AML bytecode writer (ACPI 6.x, section 20 "ACPI Machine
 * Language Specification").
 *
 * The writer emits AML in one forward pass into a caller-provided buffer.
 * AML is prefix notation, so only PkgLength and Buffer/Package sizes need
 * fixing up, which happens when a block is closed with aml_end().  There is
 * no heap allocation and no global state: everything lives in the
 * struct aml_writer the caller owns (usually on its stack).
 *
 * Shape checking.  Every construct is a "term" that goes into the slot the
 * innermost open construct expects next: a TermList (statements and named
 * objects), a TermArg, a SuperName, a Target, a Package element, the value of
 * a Name(), a Field list or a ResourceTemplate.  Operators know their arity
 * from one table (aml_writer.c), so Add() takes exactly two TermArgs and a Target and
 * LEqual() takes two TermArgs and no Target; anything else is an error.
 * Operators close themselves when their last operand is written; blocks with
 * a PkgLength (Scope, Device, Method, If, Else, While, Package, Buffer,
 * ResourceTemplate, Field, Processor, PowerResource) are closed by aml_end().
 *
 * Errors are sticky: the first error is recorded with a message naming the
 * construct and the bad value, and every later call is a no-op.  No byte is
 * ever written past the buffer.  Check aml_error() once at the end.
 *
 * Example, ASL "Device (C000) { Name (_HID, "ACPI0007") Name (_UID, 0) }":
 *
 *     aml_device(w, "C000");
 *         aml_name_decl(w, "_HID"); aml_string(w, "ACPI0007");
 *         aml_name_decl(w, "_UID"); aml_int(w, 0);
 *     aml_end(w);
 *
 * and "Return (Local0 + 1)":
 *
 *     aml_return(w); aml_add(w); aml_local(w, 0); aml_int(w, 1); aml_null_target(w);
 */
#ifndef ACPIGEN_AML_H
#define ACPIGEN_AML_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Deepest nesting of open constructs (blocks and pending operators). */
#define AML_MAX_DEPTH 64
/* Fixed-width integer slots whose final offset the writer keeps track of. */
#define AML_MAX_SLOTS 16
/* Longest error message, including the terminating NUL. */
#define AML_MSG_MAX 160

enum aml_error {
    AML_OK = 0,
    AML_E_NOSPACE,   /* output buffer too small (and no grow callback, or it failed) */
    AML_E_NAME,      /* invalid NameString / NameSeg */
    AML_E_RANGE,     /* a number outside what the construct allows */
    AML_E_STRING,    /* invalid String, EISAID, UUID, signature or OEM ID */
    AML_E_SHAPE,     /* a term where the grammar does not allow it */
    AML_E_NESTING,   /* aml_end() with nothing open, block left open, too deep */
    AML_E_COUNT,     /* more package elements than declared */
    AML_E_ARG,       /* NULL pointer argument */
};

/*
 * Called when the buffer is full.  Must return a buffer of at least `need`
 * bytes holding the first `len` bytes of `buf` (realloc semantics), store its
 * capacity in *cap, or return NULL to fail with AML_E_NOSPACE.
 */
typedef uint8_t *(*aml_grow_fn)(void *ctx, uint8_t *buf, size_t len, size_t need,
                                size_t *cap);

/* One open construct.  Private: use the functions below. */
struct aml_frame {
    uint32_t start;      /* offset of the PkgLength slot, or of the operator */
    uint32_t count;      /* Package elements / Field bit position / Name offset */
    uint32_t limit;      /* declared Package size, Acquire timeout */
    uint8_t kind;        /* enum fkind, aml/aml_writer.h */
    uint8_t op;          /* operator table index */
    uint8_t filled;      /* operand slots written so far */
    uint8_t argc;        /* Method ArgCount; operand count of a call */
    uint8_t next;        /* slot kind the next term fills */
};

/* The writer.  Fields are private; the caller only allocates it. */
struct aml_writer {
    uint8_t *buf;
    size_t cap;
    size_t len;
    aml_grow_fn grow;
    void *grow_ctx;
    size_t table;            /* offset of the DefinitionBlock header, or SIZE_MAX */
    size_t else_at;          /* where an Else may start (end of the last If), or SIZE_MAX */
    unsigned else_depth;
    unsigned depth;
    unsigned nslots;
    uint8_t int_bytes;       /* integer width of the table: 4 (revision < 2) or 8 */
    uint8_t top;             /* frames[depth - 1].next, or none (no frame, or an error) */
    enum aml_error err;
    uint32_t slots[AML_MAX_SLOTS];
    char msg[AML_MSG_MAX];
    struct aml_frame frames[AML_MAX_DEPTH];
};

/* ---- writer ---------------------------------------------------------- */

/* Start writing into buf[0..cap).  Integers are 64-bit until a
 * DefinitionBlock of revision < 2 says otherwise. */
void aml_writer_init(struct aml_writer *w, uint8_t *buf, size_t cap);
/* Let the writer grow its buffer through fn (see aml_grow_fn). */
void aml_writer_set_grow(struct aml_writer *w, aml_grow_fn fn, void *ctx);
/* Check that every construct is closed.  Returns AML_OK and stores the
 * number of bytes written in *len, or returns the (first) error. */
enum aml_error aml_writer_finish(struct aml_writer *w, size_t *len);
/* Current buffer (it moves if the grow callback reallocates it). */
uint8_t *aml_writer_buf(const struct aml_writer *w);
size_t aml_writer_len(const struct aml_writer *w);

enum aml_error aml_error(const struct aml_writer *w);
/* Human-readable description of the first error, "" when there is none. */
const char *aml_errmsg(const struct aml_writer *w);

/* ---- DefinitionBlock ------------------------------------------------- */

/*
 * Write the 36-byte table header: signature (4 characters A-Z, 0-9, _),
 * revision, OEM ID (up to 6 printable ASCII characters) and OEM table ID
 * (up to 8), NUL-padded as iasl pads them, OEM revision, creator "XACG".
 * aml_end() closes the block: it patches Length and the checksum.
 */
void aml_definition_block(struct aml_writer *w, const char *signature, uint8_t revision,
                          const char *oem_id, const char *oem_table_id,
                          uint32_t oem_revision);

/* ---- data ------------------------------------------------------------ */

/* Integer in its smallest encoding: Zero, One, Ones (all bits set at the
 * table's integer width), ByteConst, WordConst, DWordConst, QWordConst. */
void aml_int(struct aml_writer *w, uint64_t value);
/* Fixed-width DWordConst/QWordConst whose value is patched later (for
 * example the VGIA address).  Returns a slot id for aml_slot_offset(), or -1
 * on error. */
int aml_dword_slot(struct aml_writer *w, uint32_t value);
int aml_qword_slot(struct aml_writer *w, uint64_t value);
/* Offset of the slot's value bytes (after the prefix byte) in the output.
 * Valid at any time; it follows the data as enclosing blocks are closed. */
size_t aml_slot_offset(const struct aml_writer *w, int slot);

/* String of bytes 0x01-0x7F. */
void aml_string(struct aml_writer *w, const char *s);
/* Buffer (len) {data}; data may be NULL when len is 0. */
void aml_buffer(struct aml_writer *w, const void *data, size_t len);
/* Buffer (size) {init}: size >= init_len, the rest is zero. */
void aml_buffer_sized(struct aml_writer *w, size_t size, const void *init, size_t init_len);
/* EISAID ("PNP0A03"): three letters A-Z and four hex digits (either case). */
void aml_eisaid(struct aml_writer *w, const char *id);
/* ToUUID ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), hex digits in either case. */
void aml_touuid(struct aml_writer *w, const char *uuid);
/* Package () { ... } with the element count taken from the elements;
 * aml_end() closes it.  VarPackage is used only above 255 elements. */
void aml_package(struct aml_writer *w);
/* Package (n) { ... }: at most n elements, the rest uninitialized. */
void aml_package_sized(struct aml_writer *w, uint32_t n);

/* ---- names, locals, args --------------------------------------------- */

/* A reference to a named object: "\_SB.PCI0", "^^FOO", "_HID", "\".
 * Segments of 1-4 characters are padded with '_'; the first character of a
 * segment is A-Z or '_', the others A-Z, 0-9 or '_'; 1-255 segments. */
void aml_name(struct aml_writer *w, const char *namestring);
void aml_local(struct aml_writer *w, unsigned n);   /* Local0-Local7 */
void aml_arg(struct aml_writer *w, unsigned n);     /* Arg0-Arg6, < ArgCount of the method */
void aml_null_target(struct aml_writer *w);         /* no Target (NullName) */
void aml_debug(struct aml_writer *w);               /* Debug object */

/* ---- named objects and blocks ---------------------------------------- */

/* Name (name, <one data term>) */
void aml_name_decl(struct aml_writer *w, const char *name);
/* Name (name, "string") and Name (name, integer) in one call: the common
 * cases, written without opening a construct. */
void aml_name_string(struct aml_writer *w, const char *name, const char *s);
void aml_name_int(struct aml_writer *w, const char *name, uint64_t value);
/* Scope, Device: closed by aml_end(). */
void aml_scope(struct aml_writer *w, const char *name);
void aml_device(struct aml_writer *w, const char *name);

#define AML_NOT_SERIALIZED 0
#define AML_SERIALIZED     1
/* Method (name, argc 0-7, serialized, sync_level 0-15): closed by aml_end(). */
void aml_method(struct aml_writer *w, const char *name, unsigned argc, int serialized,
                unsigned sync_level);
/* MethodInvocation: name followed by exactly nargs TermArgs. */
void aml_call(struct aml_writer *w, const char *name, unsigned nargs);

/* Legacy Processor (name, id, pblk_addr, pblk_len): closed by aml_end(). */
void aml_processor(struct aml_writer *w, const char *name, uint8_t proc_id,
                   uint32_t pblk_addr, uint8_t pblk_len);
/* PowerResource (name, system_level, resource_order): closed by aml_end(). */
void aml_power_resource(struct aml_writer *w, const char *name, uint8_t system_level,
                        uint16_t resource_order);
/* Alias (source, alias) */
void aml_alias(struct aml_writer *w, const char *source, const char *alias);

/* ObjectType values for External (ACPI 6.4, table 19.8 / 20 "ObjectType"). */
enum aml_object_type {
    AML_OBJ_UNKNOWN = 0, AML_OBJ_INT = 1, AML_OBJ_STR = 2, AML_OBJ_BUFFER = 3,
    AML_OBJ_PKG = 4, AML_OBJ_FIELD_UNIT = 5, AML_OBJ_DEVICE = 6, AML_OBJ_EVENT = 7,
    AML_OBJ_METHOD = 8, AML_OBJ_MUTEX = 9, AML_OBJ_OPREGION = 10, AML_OBJ_POWER_RES = 11,
    AML_OBJ_PROCESSOR = 12, AML_OBJ_THERMAL_ZONE = 13, AML_OBJ_BUFFER_FIELD = 14,
};
/* External (name, type, argc): for tools that resolve references across
 * tables.  Old interpreters choke on it: generated guest tables avoid it. */
void aml_external(struct aml_writer *w, const char *name, enum aml_object_type type,
                  unsigned argc);

/* Mutex (name, sync_level 0-15) */
void aml_mutex(struct aml_writer *w, const char *name, unsigned sync_level);
/* Acquire (<SuperName>, timeout): an expression (True on timeout). */
void aml_acquire(struct aml_writer *w, uint16_t timeout_ms);
/* Release (<SuperName>) */
void aml_release(struct aml_writer *w);
/* Notify (<SuperName>, <TermArg>) */
void aml_notify(struct aml_writer *w);
/* Sleep (<TermArg milliseconds>) */
void aml_sleep(struct aml_writer *w);

/* Region spaces for OperationRegion. */
enum aml_region_space {
    AML_SYSTEM_MEMORY = 0, AML_SYSTEM_IO = 1, AML_PCI_CONFIG = 2, AML_EMBEDDED_CONTROL = 3,
    AML_SMBUS = 4, AML_SYSTEM_CMOS = 5, AML_PCI_BAR_TARGET = 6,
};
/* OperationRegion (name, space, <TermArg offset>, <TermArg length>) */
void aml_operation_region(struct aml_writer *w, const char *name, enum aml_region_space space);

enum aml_field_access {
    AML_ANY_ACC = 0, AML_BYTE_ACC = 1, AML_WORD_ACC = 2, AML_DWORD_ACC = 3,
    AML_QWORD_ACC = 4, AML_BUFFER_ACC = 5,
};
enum aml_field_lock { AML_NO_LOCK = 0, AML_LOCK = 1 };
enum aml_field_update { AML_PRESERVE = 0, AML_WRITE_AS_ONES = 1, AML_WRITE_AS_ZEROS = 2 };
/* Field (region, access, lock, update) { units }: closed by aml_end(). */
void aml_field(struct aml_writer *w, const char *region, enum aml_field_access access,
               enum aml_field_lock lock, enum aml_field_update update);
/* A named field unit of `bits` bits (NameSeg only). */
void aml_field_unit(struct aml_writer *w, const char *nameseg, uint32_t bits);
/* An unnamed (reserved) unit of `bits` bits: ASL ", bits". */
void aml_field_reserved(struct aml_writer *w, uint32_t bits);
/* Offset (byte_offset): skips forward to a byte offset in the region. */
void aml_field_offset(struct aml_writer *w, uint32_t byte_offset);

/* CreateDWordField / CreateQWordField (<TermArg buffer>, <TermArg byte index>, name):
 * the name is given here and placed after the operands. */
void aml_create_dword_field(struct aml_writer *w, const char *name);
void aml_create_qword_field(struct aml_writer *w, const char *name);

/* ---- control flow ------------------------------------------------------ */

/* If (<TermArg predicate>) { ... }: closed by aml_end(). */
void aml_if(struct aml_writer *w);
/* Else { ... }: only right after the aml_end() of an If; closed by aml_end(). */
void aml_else(struct aml_writer *w);
/* While (<TermArg predicate>) { ... }: closed by aml_end(). */
void aml_while(struct aml_writer *w);
/* Break: only inside a While. */
void aml_break(struct aml_writer *w);
/* Return (<TermArg>): only inside a Method. */
void aml_return(struct aml_writer *w);

/* ---- operators (operands follow in ASL order) -------------------------- */

void aml_store(struct aml_writer *w);         /* Store (TermArg, SuperName) */
void aml_add(struct aml_writer *w);           /* Add (TermArg, TermArg, Target) */
void aml_subtract(struct aml_writer *w);      /* Subtract (TermArg, TermArg, Target) */
void aml_multiply(struct aml_writer *w);      /* Multiply (TermArg, TermArg, Target) */
void aml_and(struct aml_writer *w);           /* And (TermArg, TermArg, Target) */
void aml_or(struct aml_writer *w);            /* Or (TermArg, TermArg, Target) */
void aml_xor(struct aml_writer *w);           /* Xor (TermArg, TermArg, Target) */
void aml_not(struct aml_writer *w);           /* Not (TermArg, Target) */
void aml_shift_left(struct aml_writer *w);    /* ShiftLeft (TermArg, TermArg, Target) */
void aml_shift_right(struct aml_writer *w);   /* ShiftRight (TermArg, TermArg, Target) */
void aml_increment(struct aml_writer *w);     /* Increment (SuperName) */
void aml_decrement(struct aml_writer *w);     /* Decrement (SuperName) */
void aml_land(struct aml_writer *w);          /* LAnd (TermArg, TermArg) */
void aml_lor(struct aml_writer *w);           /* LOr (TermArg, TermArg) */
void aml_lnot(struct aml_writer *w);          /* LNot (TermArg) */
void aml_lequal(struct aml_writer *w);        /* LEqual (TermArg, TermArg) */
void aml_lgreater(struct aml_writer *w);      /* LGreater (TermArg, TermArg) */
void aml_lless(struct aml_writer *w);         /* LLess (TermArg, TermArg) */
void aml_index(struct aml_writer *w);         /* Index (TermArg, TermArg, Target) */
void aml_derefof(struct aml_writer *w);       /* DerefOf (TermArg) */
void aml_refof(struct aml_writer *w);         /* RefOf (SuperName) */
void aml_sizeof(struct aml_writer *w);        /* SizeOf (SuperName) */
void aml_concatenate(struct aml_writer *w);   /* Concatenate (TermArg, TermArg, Target) */
void aml_to_buffer(struct aml_writer *w);     /* ToBuffer (TermArg, Target) */
void aml_to_integer(struct aml_writer *w);    /* ToInteger (TermArg, Target) */

/* Append len bytes of AML that form complete terms of a TermList (for
 * example a device body that acpi_aml_check_body() accepted) at a place
 * where a statement may stand.  The writer copies them as they are: it is
 * the caller's job that they parse as a whole. */
void aml_raw_terms(struct aml_writer *w, const void *aml, size_t len);

/* ---- ResourceTemplate -------------------------------------------------- */

/* ResourceTemplate () { descriptors }: aml_end() appends the EndTag and
 * writes the minimal BufferSize. */
void aml_resource_template(struct aml_writer *w);

/* IO (Decode16|Decode10, min, max, alignment, length) */
void aml_rt_io(struct aml_writer *w, int decode16, uint16_t min, uint16_t max,
               uint8_t alignment, uint8_t length);
/* IRQNoFlags () { irqs }: IRQ numbers 0-15 as a bit mask. */
void aml_rt_irq_noflags(struct aml_writer *w, uint16_t mask);

#define AML_RT_CONSUMER      0x01  /* ResourceConsumer (else ResourceProducer) */
#define AML_RT_EDGE          0x02  /* Edge (else Level) */
#define AML_RT_ACTIVE_LOW    0x04  /* ActiveLow (else ActiveHigh) */
#define AML_RT_SHARED        0x08  /* Shared (else Exclusive) */
#define AML_RT_WAKE          0x10  /* ExclusiveAndWake / SharedAndWake */
/* Interrupt (flags) { irqs[0..n) }: the extended descriptor, 1-255 GSIs. */
void aml_rt_interrupt(struct aml_writer *w, unsigned flags, const uint32_t *irqs, unsigned n);
/* Memory32Fixed (ReadWrite|ReadOnly, base, length) */
void aml_rt_memory32_fixed(struct aml_writer *w, int read_write, uint32_t base, uint32_t length);

/* Common fields of the Word/DWord/QWord address space descriptors. */
enum aml_cacheable { AML_NON_CACHEABLE = 0, AML_CACHEABLE = 1, AML_WRITE_COMBINING = 2,
                     AML_PREFETCHABLE = 3 };
struct aml_addr_space {
    uint64_t granularity, min, max, translation, length;
    int consumer;      /* ResourceConsumer (else ResourceProducer) */
    int min_fixed;     /* MinFixed (else MinNotFixed) */
    int max_fixed;     /* MaxFixed (else MaxNotFixed) */
    int sub_decode;    /* SubDecode (else PosDecode) */
};
/* DWordMemory / QWordMemory (..., cacheable, ReadWrite|ReadOnly, ...) */
void aml_rt_dword_memory(struct aml_writer *w, const struct aml_addr_space *a,
                         enum aml_cacheable cache, int read_write);
void aml_rt_qword_memory(struct aml_writer *w, const struct aml_addr_space *a,
                         enum aml_cacheable cache, int read_write);
/* DWordIO (..., EntireRange) */
void aml_rt_dword_io(struct aml_writer *w, const struct aml_addr_space *a);
/* WordBusNumber (...) */
void aml_rt_word_bus_number(struct aml_writer *w, const struct aml_addr_space *a);
/* Register (space_id, bit_width, bit_offset, address, access_size) */
void aml_rt_register(struct aml_writer *w, uint8_t space_id, uint8_t bit_width,
                     uint8_t bit_offset, uint64_t address, uint8_t access_size);

/* ---- closing ----------------------------------------------------------- */

/* Close the innermost open block (see the list at the top). */
void aml_end(struct aml_writer *w);

#ifdef __cplusplus
}
#endif

#endif /* ACPIGEN_AML_H */
