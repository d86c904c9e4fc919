#ifndef INGEST_CZLIB_SHIM_H
#define INGEST_CZLIB_SHIM_H
// zlib (zlib1g-dev): gzip streams of WARC archives and of the fetch cache.
#include <zlib.h>
#endif
