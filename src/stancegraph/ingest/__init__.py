"""Ingest: files -> ``Document`` (text, exchanges with character offsets, speakers, metadata).

::

    from stancegraph.ingest import read_document, iter_sources, IngestError, Metadata, Source

    for source in iter_sources([Path("corpus/")]):       # lazily, sorted, recursive
        if isinstance(source, IngestError):
            print(source)                                 # "<path>: <reason>", go on
            continue
        try:
            doc = read_document(source.path, key=source.key, meta=Metadata(date="2011"))
        except IngestError as error:
            print(error)

A folder walk reads only document files (the extensions below, any case), leaving out
README*, LICENSE* and files of any other type, which it reports to ``on_skip``::

    skipped = []
    sources = iter_sources([Path("corpus/")], on_skip=lambda path, reason: skipped.append(path))

A file named directly is read whatever its extension.

Formats (chosen by extension; a ``.txt`` or extension-less file that starts like a web page is
read as HTML, and a file of another extension that parses as JSON or JSON lines is read as
such):

* ``.txt``: a title line, a lede line, then questions (paragraphs ending with "?", or
  opened by "Q :") each followed by its answer paragraphs ("R :" optional); or prose.
  ``Document.text`` is the decoded file itself, unchanged (BOM removed). Q/A needs two
  short questions (under 300 characters) each followed by an answer, and an interview
  title ("Entretien avec ...") or questions addressed to someone / answers in the first
  person (one question is enough with "Q :"/"R :" markers or "X : " labels); an explainer
  with "Qui contrôle ?" subheadings or an article with a rhetorical question is prose.
  A parliamentary record ("M. Jean Dupont, rapporteur. – ...", "Mme la présidente. ...")
  is prose with one exchange per paragraph whose ``speaker`` is the member holding the
  floor (None after an unnamed role such as "M. le président"). A press release
  ("Communiqué ..." in its first lines) signed at its end ("Lucien MAIRET" + a role line)
  gets its signatory in ``Document.speakers``.
* ``.md``: the same, plus ``#`` headings, ``**bold**`` paragraphs and ``**Q:**``/``**R:**``
  markers as questions in an interview, ``>`` quotes and lists. Text unchanged, so spans
  only leave out the markup at their edges (``#``, ``>``, a leading or trailing ``**``/``*``);
  markup inside a paragraph, or in the middle paragraphs of a multi-paragraph answer, stays.
* ``.html``/``.htm``: the main text only (no nav, header, footer, aside, script, style,
  iframe, form, comment section or share bar), one paragraph per block element, paragraphs
  separated by a blank line; ``Document.text`` is that extracted text.
* ``.json``: ``{"speaker": "...", "role": "...", "party": "...", "date": "2011-09-20",
  "source_url": "...", "title": "...", "lede": "...", "items": [{"question": "...",
  "answer": "..." or ["paragraph", ...], "speaker": "..."}]}`` — every key but ``items``
  and an item's ``answer`` optional; or a bare list of items.
* ``.jsonl``: one object per line: ``{"question": ..., "answer": ..., "speaker": ...}``
  items, and optionally header lines without question/answer holding the document keys.
  For both JSON forms ``Document.text`` is the title, the lede, then each item as
  "question\\n\\nanswer", all separated by blank lines; spans point into that text.

Every span satisfies ``doc.text[span.start:span.end] == span.text``.

Metadata: a sidecar ``<file>.meta.json`` or ``<stem>.meta.json`` (keys ``speaker``, ``role``,
``party``, ``date``, ``source_url``, ``title``) completes what the file says; the ``meta``
argument wins over both. Without a given speaker, the speaker is read from the title and
lede (patterns in ``data/speakers.txt``, parties in ``data/parties.tsv``).

Errors are ``IngestError(path, reason)``; ``str(error) == f"{path}: {reason}"``.
"""

from .errors import IngestError
from .metadata import Metadata
from .reader import read_document
from .sources import DOCUMENT_SUFFIXES, Source, is_document_file, iter_sources
from .decode import DEFAULT_MAX_BYTES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DOCUMENT_SUFFIXES",
    "IngestError",
    "Metadata",
    "Source",
    "is_document_file",
    "iter_sources",
    "read_document",
]
