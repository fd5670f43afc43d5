"""HTML -> main text as paragraphs.

Everything that is not the article is dropped (navigation, header, footer, aside, scripts,
styles, iframes, forms, comment threads, share bars; the list is ``data/html_drop.txt``);
the text of the main element (``<main>``, else the longest ``<article>``, else ``<body>``) is
laid out one paragraph per block element, blocks separated by a blank line. Markup is never
interpreted as anything but text: attributes such as ``onerror`` are simply not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import Block
from .resources import html_drop

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figure h1 h2 h3 "
    "h4 h5 h6 hr li main ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_BOLD_TAGS = frozenset({"b", "strong"})
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # not \xa0: French typography keeps its no-break spaces


@dataclass
class HtmlText:
    text: str
    blocks: list[Block]
    title: str | None  # <h1>, og:title or <title>
    title_in_text: bool = False  # the first block is the title heading


def _dropped(node, tags: frozenset[str], tokens) -> bool:
    if node.tag in tags:
        return True
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    for name in ("class", "id", "role"):
        value = attrs.get(name)
        if value:
            for token in value.split():
                if any(p.fullmatch(token) for p in tokens):
                    return True
    return False


def _main_root(tree):
    main = tree.css_first("main") or tree.css_first('[role="main"]')
    if main is not None and main.text(strip=True):
        return main
    articles = tree.css("article")
    if articles:
        best = max(articles, key=lambda a: len(a.text(strip=True)))
        if best.text(strip=True):
            return best
    return tree.body or tree.root


def extract_html(source: str) -> HtmlText:
    from selectolax.lexbor import LexborHTMLParser  # imported on use

    tree = LexborHTMLParser(source)
    tags, tokens = html_drop()

    title = None
    for selector, attr in (("h1", None), ('meta[property="og:title"]', "content"), ("title", None)):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get(attr) if attr else node.text()
            value = _SPACES.sub(" ", value or "").strip()
            if selector == "title":  # "Entretien avec X | Le Journal": drop the site's name
                value = _SITE_SUFFIX.sub("", value) or value
            if value:
                title = value
                break

    root = _main_root(tree)
    pieces: list[tuple[str, str, int]] = []  # (text, kind, level)
    parts: list[tuple[str, bool]] = []  # inline text of the block being read, bold or not
    context: list[str] = []  # tags of the open block ancestors

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(t for t, _ in parts)).strip()
        if text:
            kind, level = "text", 0
            heading = next((t for t in reversed(context) if t in ("h1", "h2", "h3", "h4", "h5", "h6")), None)
            if heading:
                kind, level = "heading", int(heading[1])
            elif "blockquote" in context:
                kind = "quote"
            elif all(bold for t, bold in parts if t.strip()):
                kind = "bold"
            elif "li" in context:
                kind = "item"
            pieces.append((text, kind, level))
        parts.clear()

    # Iterative walk (a hostile page may nest deeper than Python's recursion limit).
    stack: list[tuple[object, bool, int]] = [(root, False, 0)]
    while stack:
        node, leaving, bold = stack.pop()
        tag = node.tag
        if leaving:
            if tag in _BLOCK_TAGS:
                flush()
                context.pop()
            continue
        if tag == "-text":
            parts.append((node.text_content or "", bold > 0))
            continue
        if tag.startswith("-") or tag in ("#document",) and node is not root:
            continue  # comments, doctype
        if node is not root and _dropped(node, tags, tokens):
            continue
        if tag in _BLOCK_TAGS:
            flush()
            context.append(tag)
        stack.append((node, True, bold))
        inner_bold = bold + (1 if tag in _BOLD_TAGS else 0)
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, False, inner_bold))
    flush()

    text_parts, blocks, pos = [], [], 0
    for i, (piece, kind, level) in enumerate(pieces):
        if i:
            text_parts.append("\n\n")
            pos += 2
        blocks.append(Block(pos, pos + len(piece), kind, level, order=i))
        text_parts.append(piece)
        pos += len(piece)
    title_in_text = bool(pieces) and pieces[0][1] == "heading" and pieces[0][0] == title
    return HtmlText("".join(text_parts), blocks, title, title_in_text)
