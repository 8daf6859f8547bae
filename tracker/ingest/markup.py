"""Markdown and HTML readers: keep the words, drop the markup; headings stand on lines of their own."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tracker.ingest.budget import checkpoint

_CJK = r"\u3005\u3040-\u30ff\u3400-\u9fff\uff00-\uffef\u3000-\u303f"

# Every pattern here runs in linear time: a run that may fail is never rescanned from each of its
# chars (no nested or adjacent stars over the same chars; brackets stop at the next opening one).
# Markdown: fenced-code fences, rules, link definitions, table separator rows (only [ :|-] and a
# "---" somewhere: the lookahead finds it once) go entirely
_MD_DROP_LINE = re.compile(
    r"(?m)^ {0,3}(?:```.*|~~~.*|(?:[-*_] *){3,}|\[[^\[\]\n]+\]:[ \t]*\S.*|(?=[ :|-]*---)[ :|-]+)$")
_MD_HEADING = re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+(.*)$")  # closing hashes stripped by `_heading`
_MD_SETEXT = re.compile(r"(?m)^(\S.*)\n[=-]{3,}[ \t]*$")
_MD_QUOTE = re.compile(r"(?m)^ {0,3}>[ \t]?")
_MD_IMAGE_LINK = re.compile(r"!?\[([^\[\]]*)\](?:\([^()]*\)|\[[^\[\]]*\])")
# *em*, **strong**, _em_, ~~struck~~: the text inside holds no mark of its own kind, so each
# opening mark looks only as far as the next one; run twice for one level of nesting
_MD_EMPHASIS = tuple(
    re.compile(rf"({mark})(?=[^\s{char}])([^{char}\n]+?)(?<=[^\s{char}])\1")
    for char, mark in (("*", r"\*{1,3}"), ("_", "_{1,3}"), ("~", "~~"))
)
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_TABLE_PIPES = re.compile(r"(?m)^\|(.*)\|[ \t]*$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_HTML_TAG = re.compile(r"<[^<>\n]{1,200}>")


def markdown_text(source: str) -> str:
    """Plain text of a Markdown contract: heading text without hashes, links as their text."""
    text = _MD_SETEXT.sub(r"\n\1\n", source)  # before rules are dropped: "---" underlines a heading
    text = _MD_DROP_LINE.sub("", text)
    text = _MD_HEADING.sub(_heading, text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_TABLE_PIPES.sub(lambda m: " ".join(c.strip() for c in m.group(1).split("|")).strip(), text)
    text = _MD_IMAGE_LINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    for _ in range(2):
        for emphasis in _MD_EMPHASIS:
            text = emphasis.sub(r"\2", text)
    text = _HTML_TAG.sub("", text)
    return _MD_ESCAPE.sub(r"\1", text)


def _heading(match: re.Match[str]) -> str:
    """An ATX heading's text on a line of its own, without the closing hashes."""
    return "\n" + match.group(1).rstrip(" \t#") + "\n"


_BLOCK = {"p", "div", "br", "li", "tr", "table", "section", "article", "header", "footer", "main",
          "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
          "nav", "aside", "form", "figure", "figcaption", "caption", "address", "body", "title"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"script", "style", "head", "noscript", "template", "svg"}
_FEED = 65536  # chars handed to the parser at a time, so a cancel is seen within a large file
_SPACES = re.compile(r"[ \t\r\n\f]+")
# a run of white space between two CJK chars; it is dropped where it holds a line break
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \t\r\n]+(?=[{_CJK}])")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.lists: list[int] = []  # per open list: the last <ol> number, or -1 for <ul>
        self.text: list[str] = []  # the text since the last tag: the parser may hand it over in pieces

    def flush(self) -> None:
        """The text run before a tag, its white space collapsed (unless inside <pre>)."""
        data = "".join(self.text)
        self.text.clear()
        if not self.pre:
            data = _SPACES.sub(" ", _CJK_GAP.sub(lambda m: "" if "\n" in m.group() else m.group(), data))
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        if tag in _SKIP:
            self.skip += 1
        elif tag == "pre":
            self.pre += 1
        if tag in _BLOCK:
            self.parts.append("\n\n" if tag in _HEADINGS else "\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        if tag in ("ol", "ul"):
            start = (dict(attrs).get("start") or "1").strip()
            number = start.isascii() and start.isdigit() and len(start) <= 9  # not ², not 10**5000
            self.lists.append(int(start) - 1 if tag == "ol" and number else -1 if tag == "ul" else 0)
        elif tag == "li" and self.lists and self.lists[-1] >= 0:
            self.lists[-1] += 1  # numbered list items keep their numbers: they are 項 or 号
            self.parts.append(f"{self.lists[-1]}. ")

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        elif tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        if tag in _BLOCK:
            self.parts.append("\n\n" if tag in _HEADINGS else "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.text.append(data)


def html_text(source: str) -> str:
    """Visible text of an HTML contract; script and style dropped, block elements on their own lines."""
    parser = _TextParser()
    for begin in range(0, len(source), _FEED):
        checkpoint()
        parser.feed(source[begin:begin + _FEED])
    parser.close()
    parser.flush()
    return "".join(parser.parts)
