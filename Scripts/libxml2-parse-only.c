/* The ceiling for the benchmark: libxml2 alone parsing the same HTML bytes the pipeline reads,
 * htmlReadMemory and xmlFreeDoc per file, on one core, files read into memory first.
 * usage: libxml2-parse-only FILE... (or a list of files on standard input)
 * prints: files, bytes, seconds, MB/s */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char *bytes; long size; } Page;

static int read_page(const char *path, Page *page) {
    FILE *file = fopen(path, "rb");
    if (!file) return 0;
    fseek(file, 0, SEEK_END);
    page->size = ftell(file);
    fseek(file, 0, SEEK_SET);
    page->bytes = malloc(page->size > 0 ? page->size : 1);
    size_t got = fread(page->bytes, 1, page->size, file);
    fclose(file);
    return got == (size_t)page->size;
}

int main(int argc, char **argv) {
    size_t capacity = 1024, count = 0;
    Page *pages = malloc(capacity * sizeof(Page));
    char line[4096];
    int from_stdin = argc < 2;
    for (int index = 1; from_stdin ? fgets(line, sizeof line, stdin) != NULL : index < argc; index++) {
        const char *path = argv[index];
        if (from_stdin) { line[strcspn(line, "\n")] = 0; path = line; }
        if (count == capacity) { capacity *= 2; pages = realloc(pages, capacity * sizeof(Page)); }
        if (read_page(path, &pages[count])) count++;
    }
    xmlInitParser();
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    long total = 0;
    for (size_t index = 0; index < count; index++) {
        htmlDocPtr document = htmlReadMemory(pages[index].bytes, (int)pages[index].size, NULL, NULL, options);
        if (document) xmlFreeDoc(document);
        total += pages[index].size;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%zu files, %ld bytes, %.3f s, %.1f MB/s\n", count, total, seconds, total / 1e6 / seconds);
    return 0;
}
