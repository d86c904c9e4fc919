#!/usr/bin/env python3
"""Validates documents against schema/document.schema.json (JSON Schema 2020-12).

usage: Scripts/validate-documents.py PATH...

A folder is searched recursively for `*.json` documents (manifest.json and report.json, which
are not documents, are left out); a `.jsonl` file (dataset.jsonl) is read line by line, each
line a document. Prints one line per invalid document (where it is, the first problem and its
place in the document), then `N documents valid, M invalid`. Exit status 0 when all are valid,
1 when any is not, 2 for a path that does not exist. Needs `pip install jsonschema`.
"""
import json
import pathlib
import sys

import jsonschema

SCHEMA_PATH = pathlib.Path(__file__).resolve().parent.parent / "schema" / "document.schema.json"
# Files a dataset folder holds beside its documents.
NOT_DOCUMENTS = {"manifest.json", "report.json"}


def documents(path):
    """Yields (where, text) for every document under `path`."""
    if path.is_dir():
        for file in sorted(path.rglob("*.json")):
            if file.name not in NOT_DOCUMENTS and not any(part.startswith(".") for part in file.relative_to(path).parts):
                yield str(file), file.read_text(encoding="utf-8")
    elif path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                yield f"{path}:{number}", line
    else:
        yield str(path), path.read_text(encoding="utf-8")


def first_problem(validator, text):
    """The first reason `text` is not a valid document, or None."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return f"not JSON: {error}"
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is None:
        return None
    place = "/".join(str(part) for part in error.absolute_path) or "(document)"
    return f"{place}: {error.message}"


def main(arguments):
    if not arguments or arguments[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if arguments else 2
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    valid = invalid = 0
    for argument in arguments:
        path = pathlib.Path(argument)
        if not path.exists():
            print(f"{argument}: no such file or folder", file=sys.stderr)
            return 2
        for where, text in documents(path):
            problem = first_problem(validator, text)
            if problem is None:
                valid += 1
            else:
                invalid += 1
                print(f"{where}: {problem}")
    print(f"{valid} documents valid, {invalid} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
