/*
 * fuzz.h - what every libFuzzer target includes. Each target feeds the
 * raw input to one memory entry point and returns 0; a crash, a leak, a
 * sanitizer report or an abort() on a broken promise is the finding.
 * The readers' per-file messages go to stderr: run the targets with
 * -close_fd_mask=2 (make fuzz does) to keep libFuzzer's report readable.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The name every target gives its input in messages. */
#define FUZZ_NAME "fuzz-input"

#endif
