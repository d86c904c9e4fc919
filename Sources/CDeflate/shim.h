#ifndef INGEST_CDEFLATE_SHIM_H
#define INGEST_CDEFLATE_SHIM_H
// libdeflate (libdeflate-dev): whole gzip members of WARC archives, decompressed in one call.
#include <libdeflate.h>
#endif
