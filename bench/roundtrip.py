"""JSON both ways over every document of ``../shared``: each record of
``cablegram.to_dict`` is read back with ``cablegram.from_dict`` and written again,
byte for byte the same, and is valid against ``cablegram.schema()``.

    python bench/roundtrip.py

The documents are those of ``bench/golden.py`` (cable texts, WikiLeaks pages, the csv
sample, PlusD, History Lab, renderings, news, pages), parsed leniently.  Prints how
many records were read back, how many differ and how many the schema refuses (both
should be 0), with the first few of each.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import jsonschema  # the test extra
from golden import _records  # beside this script

import cablegram


def main() -> int:
    validator = jsonschema.Draft202012Validator(cablegram.schema())
    records = differ = refused = 0
    shown: list[str] = []
    for record in _records():
        text = record.get("json", "")
        if not text.startswith(("{", "[")):
            continue  # an error, not a document
        data = json.loads(text)
        for item in data if isinstance(data, list) else [data]:
            records += 1
            again = cablegram.to_dict(cablegram.from_dict(item))
            if again != item:
                differ += 1
                shown.append(f"differs: {record['key']}")
            errors = list(validator.iter_errors(item))
            if errors:
                refused += 1
                shown.append(f"refused: {record['key']}: {errors[0].message[:200]}")
    print(f"records read back: {records:,}; differ: {differ}; refused by the schema: {refused}")
    for line in shown[:20]:
        print(" ", line)
    return 0 if differ == refused == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
