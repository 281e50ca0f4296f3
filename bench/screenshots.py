"""Screenshots of the notebook view of the three seeds (a cable, a news item, a
government page) and of a list of them, taken with headless Chromium.

    python bench/screenshots.py [OUT_DIR]

Writes ``cable.png``, ``news.png``, ``page.png`` and ``list.png`` (and their HTML)
to OUT_DIR (default ``screenshots/`` in the current folder), to look at: the HTML a
notebook shows, as a browser draws it.  Needs Debian's ``chromium``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import cablegram

DATA = Path(__file__).resolve().parents[1] / "examples" / "data"


def shoot(html: str, out: Path, browser: str, height: int = 1600) -> None:
    page = out.with_suffix(".html")
    page.write_text(f"<!doctype html><meta charset='utf-8'><body>{html}</body>", encoding="utf-8")
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--screenshot={out}",
            f"--window-size=1040,{height}",
            page.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    print(f"{out} ({out.stat().st_size:,} bytes)")


def main() -> int:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("Chromium is not installed: apt-get install chromium", file=sys.stderr)
        return 1
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    cable = cablegram.parse_file(DATA / "07OTTAWA2266.txt")
    news = cablegram.parse_file(DATA / "2008-03-18-canada-japan-recognize-kosovo.md")
    page = cablegram.parse_file(DATA / "canada-kosovo-relations.txt")
    for name, doc in (("cable", cable), ("news", news), ("page", page)):
        shoot(doc._repr_html_(), out / f"{name}.png", browser)  # type: ignore[union-attr]
    shoot(cablegram.show([cable, news, page])._repr_html_(), out / "list.png", browser, 400)
    return 0


if __name__ == "__main__":
    sys.exit(main())
