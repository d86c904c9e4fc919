// glibc's allocator settings (mallopt), for the command line's AllocatorTuning.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
