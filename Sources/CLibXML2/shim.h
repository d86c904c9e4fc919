#ifndef INGEST_CLIBXML2_SHIM_H
#define INGEST_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU
   headers, which clash with the ICU that Foundation bundles. Nothing here uses libxml2's ICU
   converters (pages arrive as UTF-8), so hide them: encoding.h only declares two pointer
   fields of a struct this package never touches under this macro. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#endif
