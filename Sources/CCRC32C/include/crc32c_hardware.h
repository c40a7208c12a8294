#ifndef TERPADU_CRC32C_HARDWARE_H
#define TERPADU_CRC32C_HARDWARE_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the SSE4.2 CRC32 instruction (x86-64), else 0.
int terpadu_crc32c_hardware_available(void);

/// Continues a reflected CRC-32C over `length` bytes: `crc` is the inverted running value
/// (start with 0xFFFFFFFF, invert the result). Only call when the hardware is available.
uint32_t terpadu_crc32c_hardware_update(uint32_t crc, const void *bytes, size_t length);

#endif
