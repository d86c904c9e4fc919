#ifndef INGEST_CLINUXFILECALLS_SHIM_H
#define INGEST_CLINUXFILECALLS_SHIM_H
// Linux file calls that glibc declares only under _GNU_SOURCE, which Swift's Glibc module is
// built without; the symbols are there.
#if defined(__linux__)
#include <sys/types.h>
// copy_file_range(2): copies bytes between two files inside the kernel.
ssize_t copy_file_range(int fd_in, loff_t *off_in, int fd_out, loff_t *off_out, size_t len, unsigned int flags);
// sync_file_range(2): starts writing a range of a file back to the disk, without waiting.
int sync_file_range(int fd, loff_t offset, loff_t nbytes, unsigned int flags);
// sync_file_range's flag that starts writeback of the range's dirty pages.
#define INGEST_SYNC_FILE_RANGE_WRITE 2
// syncfs(2): flushes everything written to the file system that holds an open file.
int syncfs(int fd);
#endif
#endif
