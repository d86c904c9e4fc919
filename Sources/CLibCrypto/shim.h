#ifndef INGEST_CLIBCRYPTO_SHIM_H
#define INGEST_CLIBCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
