#ifndef INGEST_CFILERANGECOPY_SHIM_H
#define INGEST_CFILERANGECOPY_SHIM_H
// copy_file_range(2), which copies bytes between two files inside the kernel. glibc declares it
// only under _GNU_SOURCE, which Swift's Glibc module is built without; the symbol is there.
#if defined(__linux__)
#include <sys/types.h>
ssize_t copy_file_range(int fd_in, loff_t *off_in, int fd_out, loff_t *off_out, size_t len, unsigned int flags);
#endif
#endif
