"""The one cleaning of text on its way into a workbook or a file name: cells, sheet names,
headers, document properties, names derived from customers. Depends on the stdlib only.

Names and notes come from central systems and from what users paste (a vertical tab from Word,
a right-to-left override): none of it may break a workbook or disguise a file's name.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TEXT = 32767  # Excel's limit on the characters of one cell
MAX_SHEET_TITLE = 31  # Excel's limit on a sheet name
# A file name is at most 255 bytes on Linux and macOS; keep room for the lock files office
# programs make beside an open workbook (`.~lock.NAME#`, `~$NAME`).
MAX_FILE_NAME_BYTES = 240

# What XML 1.0 cannot hold (C0 controls but tab, newline and carriage return; lone surrogates;
# U+FFFE, U+FFFF), and the bidirectional controls that can reorder what a reader sees.
_UNFIT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SHEET_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
_FILE_FORBIDDEN = str.maketrans({c: "_" for c in '<>:"/\\|?*'})
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
)


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """`text` without what an xlsx file cannot hold or a reader could be misled by, cut to
    `limit` characters. Tabs and line breaks stay (a note may have paragraphs)."""
    if _UNFIT.search(text):
        text = _UNFIT.sub("", text)
    return text[:limit]


def one_line(text: str, limit: int = MAX_TEXT) -> str:
    """`clean_text` on one line: every other control or format character (line breaks, tabs,
    zero-width characters) dropped, runs of white space made one space."""
    text = "".join(
        " " if ch.isspace() else ch
        for ch in clean_text(text, len(text))
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    return " ".join(text.split())[:limit]


def sheet_title(text: str) -> str:
    """A sheet name Excel accepts: one line, none of ``[]:*?/\\``, no apostrophe at either end,
    at most 31 characters."""
    title = one_line(text).translate(_SHEET_FORBIDDEN)[:MAX_SHEET_TITLE].strip("' ")
    return title or "Sheet"


def file_stem(text: str, max_bytes: int = 120) -> str:
    """A safe file-name stem from `text` (a customer's or quote's name): one line, no bidi
    controls, none of the characters Windows refuses, no leading or trailing dots, not a
    Windows device name, at most `max_bytes` in UTF-8 (cut between characters)."""
    stem = one_line(text).translate(_FILE_FORBIDDEN).strip(" .")
    if stem.split(".")[0].upper() in _WINDOWS_DEVICES:
        stem = "_" + stem
    encoded = stem.encode("utf-8")[:max_bytes]
    return encoded.decode("utf-8", errors="ignore").rstrip(" .")


def file_name_fits(name: str) -> bool:
    """Whether a file of this name (and the lock files beside it) can exist on any system."""
    return 0 < len(name.encode("utf-8")) <= MAX_FILE_NAME_BYTES
