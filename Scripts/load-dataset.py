#!/usr/bin/env python3
"""Loads a dataset.jsonl with DuckDB and with pyarrow, with the column types the schema says.

usage: Scripts/load-dataset.py DATASET.jsonl

Loaded with inferred types, the rows trip these readers: DuckDB types `source.url` and an
always-null `forCause` as NULL and merges `body` into one deep struct; pyarrow's JSON reader
fails on a line longer than its 1 MiB default block. Here both get explicit types (the ones
schema/document.schema.json says; docs/LOADING.md shows the same for pandas and `datasets`),
and the script checks that each gives one row per line, the declared column types, and as
many `detail`/`forCause` values and body blocks as the lines hold. Prints one summary line;
exit status 1 when a check fails. Needs `pip install duckdb pyarrow`.
"""
import json
import pathlib
import sys

import duckdb
import pyarrow as pa
import pyarrow.json as pajson

CATEGORIES = ["causes", "treatments", "prevention", "symptoms", "diagnostics", "seeADoctor"]

# DuckDB: every column typed; `body` is kept as JSON text, to be read with DuckDB's JSON
# functions, since its blocks are of three shapes and its list items nest without limit.
ITEM_SQL = "STRUCT(name VARCHAR, detail VARCHAR, forCause VARCHAR, section VARCHAR)[]"
DUCKDB_COLUMNS = {
    "id": "VARCHAR",
    "source": "STRUCT(path VARCHAR, url VARCHAR, format VARCHAR, sha256 VARCHAR, bytes BIGINT, encoding VARCHAR)",
    "language": "VARCHAR",
    "title": "VARCHAR",
    "body": "JSON",
    **{category: ITEM_SQL for category in CATEGORIES},
    "removed": "STRUCT(kind VARCHAR, text VARCHAR)[]",
    "pipeline": "STRUCT(version VARCHAR)",
}
# DuckDB refuses a JSON value larger than this (its default is 16 MiB); a document of a 64 MiB
# source can be larger.
DUCKDB_MAXIMUM_OBJECT_SIZE = 1 << 30

# pyarrow's JSON reader cannot keep a nested value as text, so `body` gets a struct of the
# three block shapes, list items nested as deep as the parsers ever nest them (HTML's
# `HTMLBlockBuilder.maxListNesting`, the deeper of the two); a deeper item would be an error
# (`unexpected_field_behavior="error"`), never silently dropped.
PYARROW_LIST_DEPTH = 16
PYARROW_DEFAULT_BLOCK_SIZE = 1 << 20


def arrow_list_item(depth):
    """A list item with `depth` levels of items under it (each with its `items`, if empty)."""
    fields = [("text", pa.string())]
    if depth > 0:
        fields.append(("items", pa.list_(arrow_list_item(depth - 1))))
    return pa.struct(fields)


ARROW_ITEM = pa.list_(pa.struct([("name", pa.string()), ("detail", pa.string()),
                                 ("forCause", pa.string()), ("section", pa.string())]))
ARROW_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("source", pa.struct([("path", pa.string()), ("url", pa.string()), ("format", pa.string()),
                          ("sha256", pa.string()), ("bytes", pa.int64()), ("encoding", pa.string())])),
    ("language", pa.string()),
    ("title", pa.string()),
    ("body", pa.list_(pa.struct([("type", pa.string()), ("level", pa.int64()), ("text", pa.string()),
                                 ("ordered", pa.bool_()),
                                 ("items", pa.list_(arrow_list_item(PYARROW_LIST_DEPTH)))]))),
    *[(category, ARROW_ITEM) for category in CATEGORIES],
    ("removed", pa.list_(pa.struct([("kind", pa.string()), ("text", pa.string())]))),
    ("pipeline", pa.struct([("version", pa.string())])),
])


def expected_counts(path):
    """What the lines hold, counted with the json module: lines, longest line, detail and
    forCause values, body blocks."""
    counts = {"lines": 0, "longest": 0, "detail": 0, "forCause": 0, "blocks": 0}
    with path.open("rb") as lines:
        for line in lines:
            counts["lines"] += 1
            counts["longest"] = max(counts["longest"], len(line))
            document = json.loads(line)
            counts["blocks"] += len(document["body"])
            for category in CATEGORIES:
                for item in document[category]:
                    counts["detail"] += item["detail"] is not None
                    counts["forCause"] += item["forCause"] is not None
    return counts


def load_with_duckdb(path):
    """The rows' count, column types and value counts as DuckDB reads them."""
    connection = duckdb.connect()
    columns = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in DUCKDB_COLUMNS.items()) + "}"
    literal = "'" + str(path).replace("'", "''") + "'"
    connection.execute(f"""CREATE VIEW documents AS SELECT * FROM read_json({literal}, format = 'newline_delimited',
        columns = {columns}, maximum_object_size = {DUCKDB_MAXIMUM_OBJECT_SIZE})""")
    types = {name: kind for name, kind, *_ in connection.execute("DESCRIBE documents").fetchall()}
    rows = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    union = " UNION ALL ".join(f"SELECT unnest({category}) AS item FROM documents" for category in CATEGORIES)
    detail, for_cause = connection.execute(
        f"SELECT count(item.detail), count(item.forCause) FROM ({union})").fetchone()
    blocks = connection.execute("SELECT coalesce(sum(json_array_length(body)), 0) FROM documents").fetchone()[0]
    return rows, types, {"detail": detail, "forCause": for_cause, "blocks": blocks}


def load_with_pyarrow(path, longest):
    """The table pyarrow reads, with a block that holds the longest line."""
    block_size = max(PYARROW_DEFAULT_BLOCK_SIZE, longest + 1)
    table = pajson.read_json(path, read_options=pajson.ReadOptions(block_size=block_size),
                             parse_options=pajson.ParseOptions(explicit_schema=ARROW_SCHEMA,
                                                               unexpected_field_behavior="error"))
    return table, block_size


def comparable(sql_type):
    """A DuckDB type without quotes and spaces, case folded."""
    return sql_type.replace('"', "").replace(" ", "").lower()


def main(arguments):
    if len(arguments) != 1 or arguments[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if arguments else 2
    path = pathlib.Path(arguments[0])
    expected = expected_counts(path)
    failures = []

    rows, types, counts = load_with_duckdb(path)
    if rows != expected["lines"]:
        failures.append(f"duckdb read {rows} rows of {expected['lines']} lines")
    for column, kind in DUCKDB_COLUMNS.items():
        # DuckDB prints struct types with quoted field names; compare without quotes and spaces.
        if comparable(types.get(column, "")) != comparable(kind):
            failures.append(f"duckdb typed {column} as {types.get(column)}, not {kind}")
    for name in ("detail", "forCause", "blocks"):
        if counts[name] != expected[name]:
            failures.append(f"duckdb read {counts[name]} {name} values, the lines hold {expected[name]}")

    table, block_size = load_with_pyarrow(path, expected["longest"])
    if table.num_rows != expected["lines"]:
        failures.append(f"pyarrow read {table.num_rows} rows of {expected['lines']} lines")
    if table.schema != ARROW_SCHEMA:
        failures.append("pyarrow's schema is not the one given")
    arrow_for_cause = sum(item["forCause"] is not None for category in CATEGORIES
                          for items in table.column(category).to_pylist() for item in items)
    if arrow_for_cause != expected["forCause"]:
        failures.append(f"pyarrow read {arrow_for_cause} forCause values, the lines hold {expected['forCause']}")

    for failure in failures:
        print(f"{path}: {failure}", file=sys.stderr)
    verdict = "types and counts as the schema says" if not failures else f"{len(failures)} checks failed"
    print(f"{path}: {expected['lines']} lines; duckdb {rows} rows, pyarrow {table.num_rows} rows "
          f"(block size {block_size}); {counts['forCause']} forCause, {counts['detail']} detail, "
          f"{counts['blocks']} body blocks; {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
