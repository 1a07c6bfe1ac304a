"""Documents in: files, directories and stdin, reduced to the article's text and metadata."""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Iterator

from .errors import InputError, UsageError
from .model import Document

SUFFIXES = {".txt", ".md", ".html", ".htm", ".text"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTH_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "YTOWN, March 11 (Xinhua) --"
DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][A-Z .'-]+),\s+{MONTH_RE}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?\s*"
    r"\((?P<publisher>[^)]{2,40})\)\s*(?:--|—|–|-)\s*")
ISO_STAMP = re.compile(r"^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?P<date>(?:19|20)\d\d-\d\d-\d\d)"
                       r"(?:[ T]\d\d:\d\d(?::\d\d)?)?(?:[\s·|#\d]*|\s+(?:source|by|from|editor)\s*:?\s[^.]{0,60})$", re.I)
# "12 June 2025 | Author", "October 21, 2025 at 7:52 AM GMT+3", "Published: 3 May 2025"
WORD_DATE = re.compile(
    rf"^\s*(?:(?:published|updated|posted)\s*:?\s*)?(?:(?P<d1>\d{{1,2}})\s+{MONTH_RE}|{MONTH_RE.replace('(', '(?P<m2>', 1)}"
    rf"\s+(?P<d2>\d{{1,2}}),?)\s+(?P<y>(?:19|20)\d\d)\b(?:[^.!?]{{0,60}})$", re.I)
FILE_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")

# page furniture: whole lines that are not news, one alternative per kind of line
NAME = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
CREDIT_SOURCE = r"(?:xinhua|vcg|ic|afp|ap|reuters|getty images|cfp|cns|china daily|photo|file|provided)"
SOCIAL = (r"(facebook|twitter|linkedin|weibo|wechat( moments)?|whatsapp|telegram|x|email|print|copy link|"
          r"more|(contact|about) us|sitemap|site map|privacy policy|terms of (use|service)|rss)")
FURNITURE_KINDS = (
    # share bars, widgets and site links
    r"share( this( article| story| page)?)?(\s+\d*\s*comments?)?|share (on|to)\b.*|share( this| it| via)?\s*:.*|print( this (page|article))?|email"
    r"( this (page|article|story))?|tweet|go to forum.*|scan (the )?qr code.*|listen to this (article|story)|"
    r"\d+\s*min(ute)?s? read|(\[?(print|close|email|top|back to top)\]?[\s|/]*)+|(【[^】]{1,12}】\s*)+|"
    r"(\[(large|medium|small|big|normal)\]\s*)+|(font|text) size\s*:?.*|"
    rf"{SOCIAL}([\s|·,/]+{SOCIAL})*|"
    r"advertisement|follow us on .*|click here.*|subscribe.*|sign up .*|"
    # counters and comments
    r"\d*\s*comments?(\s*\(\d*\)|\(s\))?|comments?\s*\(\d+\)|.*>>\s*\d+\s*comment\(s\)|"
    r"(views?|clicks?|hits|reads?)\s*:\s*[\d,]+|\d[\d,]*\s+(views|reads)|"
    # credits: editors, reporters, photos, translators
    r"[\[(]?((responsible|responsibility|chief|executive|managing|duty|copy|desk) )?(editor|editors|editing|reporter|"
    r"reporters|reporting|writer|translator|proofreader|source|photo|photograph|photo credit|file photo|video|"
    r"graphic|image|editor in charge|editor-in-charge)( by)?\s*:.*|"
    r"\(?(reporting|writing|editing|additional reporting) by .*|(written|edited|translated|compiled|proofread|"
    r"produced|designed|illustrated|graphics?) by .*|(author|authors|from|disclaimer)\s*:.*|"
    rf"{CREDIT_SOURCE}\s*/\s*[\w .'-]{{1,40}}|(photo|image)\s*/\s*{CREDIT_SOURCE}|(last )?updated\s*:.*|"
    r"(download|get) (the|our) app.*|contact us\s*:.*|follow [\w ]{1,30} on (wechat|weibo|facebook|x|twitter).*|"
    r"newsletter|sign up for .*|"
    r"\(?(cover |top |main )?(image|photo|picture|video)s?\s+(via|by|from|courtesy of)\s.*|file photo|"
    rf"[\[(]\s*(photo|image)\b[^\])]{{0,60}}[\])]|[\[(]\s*{CREDIT_SOURCE}\s*/[^\])]{{1,60}}[\])]|"
    r"photo taken on .*|.*[\[(](xinhua|photo|vcg|ic|cns)\s*/[^\])]{1,40}[\])]\s*|"
    r"(reuters|afp|ap|epa|bloomberg)\s*/\s*[\w .'-]+|([\w ]+ )?via getty images|getty images|"
    # bylines: "By Name", "By NAME in City | Paper | Updated: ..."
    rf"by\s+{NAME}(\s*(,|and|&)\s*{NAME})*|by\s+[^|]{{2,60}}(\|[^|]{{1,60}}){{1,4}}|"
    r"[\w .]{1,40}\|\s*updated\s*:.*|"
    # breadcrumbs and section labels
    r"[^.!?]{1,60}\s[›»]\s[^.!?]{1,60}|((you are here|current location|location)\s*:\s*)?home\s*(>>?|\||/|›|»).*|"
    r"(channel|column|section|category|tags?|keywords?)\s*:.*|"
    r"(local|regional|world|national|china|business|economy|finance|tech|industry|provincial|latest|top)"
    r"( news)?|"
    # wire and legal footers
    r"our standards\s*:.*|copyright.*|all rights reserved.*|enditem|icp (license|no\.?).*"
)
FURNITURE_LINE = re.compile(rf"^\s*({FURNITURE_KINDS})\s*$", re.I)
# a masthead: site and channel names joined by bars ("Ministry of X | Daily Briefing")
TC_WORDS = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the|for|on|in|&))*"
MASTHEAD = re.compile(rf"^\s*{TC_WORDS}(\s+\|\s+{TC_WORDS})+\s*$")
TRAILER_HEADING = re.compile(
    r"^\s*(read next|read more|related( articles| news| stories| reading)?|more from .*|"
    r"recommended( for you)?|you (may|might) also (like|enjoy|be interested in)|most (read|popular|viewed)|top stories|trending|"
    r"also read|see also|further reading|more news|hot news|latest news|sponsored( content)?|promoted|"
    r"advertisement|partner content|editor'?s picks?|recommended reading|in case you missed it|trending now|"
    r"hot topics|what'?s hot|in other news|see more|more stories|popular( now| stories)?|must reads?|"
    r"people also read|don'?t miss|more on this (topic|story)|explore more|next article|previous article|"
    r"next|previous|you (may|might) like)\b\s*(:|>>|$)", re.I)
TRAILING_ENDITEM = re.compile(r"\s*Enditem\s*$")
WIRE_SOURCE = re.compile(r"^\s*SOURCE\s+\S.{0,80}$")  # a press-release wire's "SOURCE Foo Corp." (in capitals)


def read_inputs(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES,
                encoding: str | None = None) -> Iterator[Document | InputError]:
    """A Document per input file, or the InputError that explains why not.

    Paths are checked now (a UsageError for a missing path or an empty directory);
    files are read lazily, one at a time, as the caller iterates.
    """
    return read_files(list(expand(paths)), max_bytes, encoding)


def read_files(files: list, max_bytes: int = DEFAULT_MAX_BYTES,
               encoding: str | None = None) -> Iterator[Document | InputError]:
    used: set[str] = set()
    for path in files:
        try:
            raw = read_bytes(path, max_bytes)
            doc = parse(raw, source=str(path), encoding=encoding)
        except InputError as err:
            yield err
            continue
        doc.id = unique(doc.id, used)
        yield doc


def expand(paths: list[str]) -> Iterator[Path | str]:
    """Files named, and the article files under directories named, in a stable order."""
    if not paths:
        raise UsageError("no input: name files, directories, or - for stdin")
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if not path.exists():
            raise UsageError(f"{p}: no such file or directory")
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(path).parts))
            if not found:
                raise UsageError(f"{p}: no article files (.txt, .md, .html) in this directory")
            yield from found
        else:
            yield path


def read_bytes(path: Path | str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        source = "<stdin>"
    else:
        source = str(path)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(source, f"file too large ({size:,} bytes; the limit is {max_bytes:,}, "
                                         "raise it with --max-bytes)")
            data = path.read_bytes()
        except OSError as err:
            raise InputError(source, f"cannot read: {err.strerror or err}") from err
    if len(data) > max_bytes:
        raise InputError(source, f"input too large (over {max_bytes:,} bytes; raise the limit with --max-bytes)")
    return data


def decode(raw: bytes, source: str, encoding: str | None = None) -> str:
    if not raw.strip():
        raise InputError(source, "empty file")
    if b"\x00" in raw[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    enc = encoding or "utf-8-sig"
    try:
        return raw.decode(enc)
    except UnicodeDecodeError as err:
        raise InputError(source, f"not valid {encoding or 'UTF-8'} text (byte 0x{raw[err.start]:02x} at "
                                 f"offset {err.start}); name the encoding with --encoding") from err
    except LookupError as err:
        raise UsageError(f"unknown encoding {encoding!r}") from err


def parse(raw: bytes, source: str = "-", encoding: str | None = None) -> Document:
    """Bytes of one article (text, Markdown or HTML) -> Document."""
    text = decode(raw, source, encoding)
    title = publisher = None
    date = None
    if source.lower().endswith((".html", ".htm")) or re.match(r"\s*(<!doctype html|<html)", text, re.I):
        text, title, publisher, date = from_html(text, source)
    body, meta = clean(text)
    if not body.strip():
        raise InputError(source, "no article text (empty after removing page furniture)")
    title = title or meta.get("title")
    publisher = publisher or meta.get("publisher")
    date = date or file_date(source) or meta.get("date") or infer_date(meta, body)
    stem = Path(source).stem if source != "-" else "stdin"
    return Document(id=slug(stem), text=body, source=source, title=title, publisher=publisher, date=date)


def from_html(html: str, source: str):
    import trafilatura  # imported here: only HTML inputs pay for it

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                      with_metadata=True, favor_precision=True)
    if not doc or not (doc.text or "").strip():
        raise InputError(source, "no article text found in this HTML page")
    date = None
    if doc.date:
        try:
            date = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            pass
    return doc.text, doc.title, doc.sitename, date


def clean(text: str) -> tuple[str, dict]:
    """Drop page furniture and read the dateline; return the article body and metadata."""
    meta: dict = {}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for line in lines:
        if TRAILER_HEADING.match(line):
            break  # teasers for other stories follow
        if FURNITURE_LINE.match(line) or MASTHEAD.match(line) or WIRE_SOURCE.match(line):
            continue
        stamp = ISO_STAMP.match(line)
        if stamp:
            meta.setdefault("date", dt.date.fromisoformat(stamp["date"]))
            continue
        worded = WORD_DATE.match(line)
        if worded:
            meta.setdefault("date", word_date(worded))
            continue
        kept.append(line)
    body = "\n".join(kept).strip()
    m = DATELINE.match(body)
    if m:
        meta["publisher"] = m["publisher"].strip()
        meta["month"], meta["day"] = MONTHS[month_name(m[2])], int(m["day"])
        if m["year"]:
            meta["date"] = dt.date(int(m["year"]), meta["month"], meta["day"])
    else:
        paras = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
        if len(paras) > 1 and len(paras[0]) < 200 and "\n" not in paras[0] and not paras[0].endswith((".", '"')):
            meta["title"] = paras[0]
            if title_case(paras[0]):
                body = body.replace(paras[0], "", 1).lstrip()
    body = TRAILING_ENDITEM.sub("", body)
    body = re.sub(r"\n{3,}", "\n\n", body)
    return body, meta


def word_date(m: re.Match) -> dt.date | None:
    month = m.group(2) if m["d1"] else m["m2"]
    try:
        return dt.date(int(m["y"]), MONTHS[month_name(month)], int(m["d1"] or m["d2"]))
    except ValueError:
        return None


def month_name(token: str) -> str:
    token = token.lower().rstrip(".")
    return next(m for m in MONTHS if m.startswith(token[:3]))


def file_date(source: str) -> dt.date | None:
    m = FILE_DATE.search(Path(source).name) if source != "-" else None
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def infer_date(meta: dict, body: str) -> dt.date | None:
    """A dateline without a year takes the latest year the article mentions (news speaks of the past)."""
    if "month" not in meta:
        return None
    years = [int(y) for y in YEAR.findall(body) if int(y) <= dt.date.today().year]
    if not years:
        return None
    try:
        return dt.date(max(years), meta["month"], meta["day"])
    except ValueError:
        return None


def slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:80] or "doc"


def unique(name: str, used: set[str]) -> str:
    out, i = name, 2
    while out in used:
        out, i = f"{name}-{i}", i + 1
    used.add(out)
    return out


def title_case(line: str) -> bool:
    """A headline in Title Case ("Output Of Steel Rises In 2025"): capitals mislead the tagger."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
