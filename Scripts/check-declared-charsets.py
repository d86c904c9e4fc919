#!/usr/bin/env python3
"""Counts the pages whose declared charset was not honoured by `ingest extract`.

    Scripts/check-declared-charsets.py PAGES OUT

PAGES is a folder of HTML pages, OUT the folder `ingest extract PAGES --format text --output OUT`
wrote. For every page that declares a charset (an XML declaration, `<meta charset>`, or
`<meta http-equiv="Content-Type">`), the page is decoded here, independently of `ingest`:
- bytes that are well-formed UTF-8 with characters outside ASCII are UTF-8, whatever the page
  declares (`ingest` lets the bytes win, as the README says); ASCII bytes are read in the
  declared charset (ISO-2022-JP and ISO-2022-KR are written in ASCII bytes);
- other bytes are read in the declared charset, as WHATWG resolves its label (`gb2312` is read
  as GB18030, `shift_jis` as cp932, `iso-8859-1` as windows-1252 …), provided they are that
  charset: at most 1 % of their bytes outside ASCII may fail to decode (in a page declared
  UTF-8 such a byte is read in windows-1252, as `ingest` reads it), else the declaration does
  not fit the bytes and the page is not counted.
A page counts as not honoured when its text in OUT holds a character outside ASCII that its
decoded bytes (with character references resolved, and doubly encoded UTF-8 undone, as `ingest`
undoes it) never hold: mojibake, U+FFFD, or another
charset's letters. Pages without text in OUT (failures) are listed apart.

Prints one line, `pages whose declared charset was not honoured: N (of M …)`, and the first
pages not honoured, with the foreign characters found, on standard error.
"""
import codecs
import html
import os
import re
import sys
import unicodedata

# Bytes searched for a declaration; the HTML head, in practice.
DECLARATION_WINDOW = 64 * 1024
# Share of a page's bytes outside ASCII that may fail to decode in its declared charset.
TOLERATED_INVALID_SHARE = 0.01
# Pages not honoured shown on standard error.
EXAMPLES_SHOWN = 10

XML_DECLARATION = re.compile(rb'^\s*<\?xml[^>]*?encoding\s*=\s*["\']?\s*([^"\'\s>?]+)', re.I)
META_CHARSET = re.compile(rb'<meta\b[^>]*?\bcharset\s*=\s*["\']?\s*([^"\'\s;>/]+)', re.I)

# A UTF-8 lead byte read in windows-1252 or Latin-1, and its continuation bytes read so.
DOUBLY_ENCODED = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                            "\u0192\u02c6\u02dc\u2013-\u2122]{1,3}")
# Layers of double encoding undone.
MOJIBAKE_LAYERS = 3

# WHATWG labels whose encoding Python names differently, or whose Python codec of the same name
# is the stricter standard a browser does not use.
WHATWG_CODECS = {
    "gbk": "gb18030", "gb2312": "gb18030", "gb_2312": "gb18030", "gb_2312-80": "gb18030",
    "chinese": "gb18030", "csgb2312": "gb18030", "csiso58gb231280": "gb18030", "iso-ir-58": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs", "cn-big5": "big5hkscs", "csbig5": "big5hkscs", "x-x-big5": "big5hkscs",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "csshiftjis": "cp932", "windows-31j": "cp932", "ms932": "cp932",
    "euc-kr": "cp949", "cseuckr": "cp949", "korean": "cp949", "ks_c_5601-1987": "cp949",
    "ks_c_5601-1989": "cp949", "ksc5601": "cp949", "ksc_5601": "cp949", "windows-949": "cp949",
    "iso-ir-149": "cp949", "csksc56011987": "cp949",
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "iso88591": "cp1252", "iso_8859-1": "cp1252",
    "latin1": "cp1252", "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "cp819": "cp1252",
    "ibm819": "cp1252", "csisolatin1": "cp1252", "iso-ir-100": "cp1252", "iso_8859-1:1987": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254", "iso8859-9": "cp1254", "iso88599": "cp1254", "iso_8859-9": "cp1254",
    "latin5": "cp1254", "l5": "cp1254", "csisolatin5": "cp1254", "iso-ir-148": "cp1254",
    "tis-620": "cp874", "iso-8859-11": "cp874", "windows-874": "cp874", "dos-874": "cp874",
    "x-mac-roman": "mac_roman", "macintosh": "mac_roman", "mac": "mac_roman", "csmacintosh": "mac_roman",
    "x-mac-cyrillic": "mac_cyrillic", "x-mac-ukrainian": "mac_cyrillic",
    "iso-8859-8-i": "iso8859_8", "logical": "iso8859_8", "csiso88598i": "iso8859_8",
    "unicode": "utf-8", "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}


def declared_label(page):
    head = page[:DECLARATION_WINDOW]
    match = XML_DECLARATION.match(head) or META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace").strip().lower() if match else None


def expected_text(page, label):
    """The page decoded as ingest should decode it, or None when its declaration does not fit."""
    codec = WHATWG_CODECS.get(label, label)
    try:
        codec = codecs.lookup(codec).name
    except LookupError:
        codec = None
    if not page.isascii() or codec is None:
        try:
            return page.decode("utf-8")
        except UnicodeDecodeError:
            if codec is None:
                return None
    invalid = 0

    def count_invalid(error):
        nonlocal invalid
        invalid += error.end - error.start
        # A stray byte in UTF-8 is read in windows-1252, as the README says ingest does.
        if codec == "utf-8":
            return error.object[error.start:error.end].decode("cp1252", "replace"), error.end
        return "\ufffd", error.end

    codecs.register_error("count-invalid", count_invalid)
    text = page.decode(codec, errors="count-invalid")
    non_ascii = sum(1 for byte in page if byte >= 0x80)
    if invalid > TOLERATED_INVALID_SHARE * non_ascii:
        return None
    return text


def repaired(text):
    """`text` with UTF-8 that was encoded twice (`fÃ¼r`) undone, as ingest undoes it."""
    def undo(match):
        for single_byte in ("cp1252", "latin-1"):
            try:
                return match.group(0).encode(single_byte).decode("utf-8")
            except UnicodeError:
                pass
        return match.group(0)

    for _ in range(MOJIBAKE_LAYERS):
        text = DOUBLY_ENCODED.sub(undo, text)
    return text


def foreign_characters(extracted, expected):
    """The characters outside ASCII of `extracted` that `expected` never holds."""
    allowed = set()
    for text in (expected, html.unescape(expected)):
        allowed |= set(unicodedata.normalize("NFC", text)) | set(unicodedata.normalize("NFC", repaired(text)))
    return sorted({c for c in extracted if ord(c) > 0x7F and not c.isspace() and c not in allowed})


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: " + __doc__.strip().splitlines()[2].strip())
    pages, out = sys.argv[1:]
    declaring = checked = 0
    not_honoured = []
    without_text = []
    for name in sorted(os.listdir(pages)):
        if not name.endswith(".html"):
            continue
        with open(os.path.join(pages, name), "rb") as handle:
            page = handle.read()
        label = declared_label(page)
        if label is None:
            continue
        declaring += 1
        expected = expected_text(page, label)
        if expected is None:
            continue
        checked += 1
        text_path = os.path.join(out, os.path.splitext(name)[0] + ".txt")
        if not os.path.exists(text_path):
            without_text.append(name)
            continue
        with open(text_path, encoding="utf-8", errors="replace") as handle:
            foreign = foreign_characters(handle.read(), expected)
        if foreign:
            not_honoured.append((name, label, foreign))
    for name, label, foreign in not_honoured[:EXAMPLES_SHOWN]:
        print(f"  {name} (declares {label}): {''.join(foreign[:20])}", file=sys.stderr)
    print(f"pages whose declared charset was not honoured: {len(not_honoured)} (of {checked} whose bytes fit "
          f"their declaration; {declaring} declare one; {len(without_text)} of them without text)")


if __name__ == "__main__":
    main()
