"""The ``stancegraph`` command: a thin click layer over the library.

Each command parses options, calls one library function and prints the result. Errors from
the library (bad file, store in use, unknown query parameter...) become one clear line on
stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

DEFAULT_STORE = "stancegraph.db"
TABLE_FORMATS = ["table", "csv", "json", "jsonl"]
QUERY_FORMATS = ["table", "csv", "json", "jsonl", "sparql-json"]
# What fits a terminal; csv/json keep every column (topic labels, source URL, IRIs...).
POSITION_TABLE_COLUMNS = ["candidate", "topic", "stance", "confidence", "attribution", "evidence", "file",
                          "start", "end"]

store_option = click.option(
    "--store",
    "store_url",
    default=DEFAULT_STORE,
    show_default=True,
    envvar="STANCEGRAPH_STORE",
    help="Oxigraph directory, 'memory:' or a SPARQL endpoint URL (see README). Env: STANCEGRAPH_STORE.",
)


def _fail(message: str, code: int = 1):
    from .store.table import printable  # a file name or a query may hold terminal escapes

    click.echo(f"stancegraph: error: {printable(message)}", err=True)
    sys.exit(code)


@contextmanager
def _opened(store_url: str, *, read_only: bool):
    from .store import StoreError, open_store

    if read_only and "://" not in store_url and store_url != "memory:" and not Path(store_url).exists():
        _fail(f"no store at {store_url!r}: run `stancegraph build PATH --store {store_url}` first")
    try:
        store = open_store(store_url, read_only=read_only)
    except StoreError as error:
        _fail(str(error))
    try:
        yield store
    finally:
        store.close()


def _emit(table, fmt: str, out=None, table_columns: list[str] | None = None) -> None:
    """Print or write ``table``; ``table_columns`` narrows the terminal view (files get all)."""
    from .output import Table, render

    if fmt == "table" and table_columns:
        keep = [c for c in table_columns if c in table.columns]
        table = Table(keep, [{c: row.get(c) for c in keep} for row in table.rows])
    text = render(table, fmt)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(table.rows)} rows to {out}", err=True)
    else:
        _print_data(text)


def _one_line(text: str) -> str:
    """A file error as one line: terminal controls and line breaks (possible in file names)
    shown as escapes, so that a name cannot forge or hide lines of the report."""
    from .store.table import printable

    return printable(text).replace("\n", "\\n")


def _print_data(text: str) -> None:
    """Print command output: exact when it goes to a file or a pipe, made harmless on a terminal.

    click.echo would strip what looks like ANSI colour codes when stdout is not a terminal,
    silently changing a quote that contains one (its offsets would no longer match), and pass
    them to a terminal, which obeys them. So: text as it is to a pipe, and control characters
    shown as escapes on a terminal (the table format has them escaped already).
    """
    from .store.table import printable

    if sys.stdout.isatty():
        text = printable(text)  # keeps newlines and tabs
    click.echo(text, nl=not text.endswith("\n"), color=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="stancegraph")
def main() -> None:
    """Turn what politicians say into a knowledge graph of who stands where on which issue,
    every position backed by the exact quote it came from.

    \b
    Quick start:
      stancegraph build data/
      stancegraph positions
      stancegraph viz --out graph.html
    """


# ------------------------------------------------------------------------------ build
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--speaker", help="Who answers (for files whose text does not name them).")
@click.option("--role", help="The speaker's role, e.g. 'Première secrétaire du PS'.")
@click.option("--party", help="The speaker's party, e.g. PS.")
@click.option("--date", help="Date of the statements: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--source-url", help="Where the text was published.")
@click.option("--title", help="The document's title (when the text has none worth keeping).")
@click.option("--base", "base_iri", default=None, help="Base IRI of the minted resources.")
@click.option("--model", default=None, help="spaCy pipeline (default fr_core_news_md).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Parser processes.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--max-size", "max_mb", default=20.0, show_default=True, type=float, help="Refuse files over this many MB.")
@click.option("--strict", is_flag=True, help="Stop at the first file that fails.")
@click.option("--force", is_flag=True, help="Rebuild documents even when unchanged.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(paths, store_url, speaker, role, party, date, source_url, title, base_iri, model, workers, batch_size,
          max_mb, strict, force, quiet):
    """Ingest files and folders, extract positions, store them (one named graph per file).

    Reads .txt, .md, .html and .json/.jsonl; a sidecar FILE.meta.json may give speaker, role,
    party, date, source_url and title (options here win). Rebuilding replaces each document's
    graph, so building twice gives the same graph; unchanged files are skipped.

    \b
    Examples:
      stancegraph build data/
      stancegraph build interview.txt --speaker "Claire Dumontel" --date 2011-09-20
      stancegraph build corpus/ --store http://localhost:7878/query --workers 2
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.text import Text

    from .ingest import Metadata
    from .pipeline import BuildError, build as run_build
    from .rdf import DEFAULT_BASE
    from .store import StoreError
    for path in paths:
        if not path.exists() and not path.is_symlink():
            _fail(f"{path}: no such file or folder")
    meta = Metadata(speaker=speaker, role=role, party=party, date=date, source_url=source_url, title=title)
    console = Console(stderr=True)
    extractor_kwargs = {"model": model} if model else {}
    from .extract import Extractor

    extractor = Extractor(**extractor_kwargs)
    progress = Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=console, disable=quiet or not console.is_terminal, transient=True)
    task = progress.add_task("", total=None)

    def on_progress(event: str, detail) -> None:
        if event == "total":
            progress.update(task, total=detail)
        elif event == "done":
            # File names are shown as text: "[/]" in a name is no markup, ESC in it no command.
            progress.update(task, advance=1, description=escape(_one_line(str(detail)[-40:])))
        elif event == "error":
            progress.update(task, advance=1)
            console.print(Text("error ", style="red") + Text(_one_line(str(detail))), highlight=False, soft_wrap=True)

    with _opened(store_url, read_only=False) as store, progress:
        try:
            summary = run_build(paths, store, extractor=extractor, meta=meta, base=base_iri or DEFAULT_BASE,
                                strict=strict, force=force, batch_size=batch_size, workers=workers,
                                max_bytes=int(max_mb * 1_000_000), progress=on_progress)
        except BuildError as error:
            _fail(f"{error} (stopped: --strict)")
        except StoreError as error:
            _fail(str(error))
    click.echo(
        f"built {summary.documents} document(s) ({summary.unchanged} unchanged), {summary.exchanges} exchanges, "
        f"{summary.positions} positions, {summary.statements} statements, {summary.proposals} proposals "
        f"into {store_url}"
    )
    if summary.not_documents:
        click.echo(f"{summary.not_documents} file(s) skipped (READMEs, licences and files other than .txt .md .html .json .jsonl)",
                   err=True)
    if summary.errors:
        click.echo(f"{len(summary.errors)} file(s) failed:", err=True)
        for error in summary.errors:
            click.echo(f"  {_one_line(str(error))}", err=True)
        sys.exit(2)


# ------------------------------------------------------------------------------ positions
@main.command()
@store_option
@click.option("--candidate", help="Only this person (full name, case-insensitive).")
@click.option("--topic", help="Only this topic notation, e.g. hadopi-law (see `stancegraph topics`).")
@click.option("--stance", type=click.Choice(["support", "oppose", "mixed", "neutral"]))
@click.option("--attribution", type=click.Choice(["said", "reported"]), help="Own words, or reported by the text.")
@click.option("--evidence", type=click.Choice(["best", "all"]), default="best", show_default=True,
              help="One quote per position, or one row per supporting quote.")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
def positions(store_url, candidate, topic, stance, attribution, evidence, fmt, out):
    """One row per candidate, topic and source document, with the quote that backs it.

    \b
    Examples:
      stancegraph positions
      stancegraph positions --candidate "Martine Aubry" --topic hadopi-law
      stancegraph positions --evidence all --format csv --out positions.csv
    """
    from .queries import QueryError, run_query

    params = {k: v for k, v in {"candidate": candidate, "topic": topic, "stance": stance,
                                "attribution": attribution}.items() if v}
    name = "positions-evidence" if evidence == "all" else "positions"
    with _opened(store_url, read_only=True) as store:
        try:
            table = run_query(store, name, params)
        except QueryError as error:
            _fail(str(error))
    if not table.rows:
        click.echo("no position matches" if params else "no position in the store yet", err=True)
    _emit(table, fmt, out, table_columns=POSITION_TABLE_COLUMNS)


# ------------------------------------------------------------------------------ query / sparql
@main.command()
@click.argument("name", required=False)
@store_option
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False))
@click.option("--list", "list_only", is_flag=True, help="List the named queries and their parameters.")
def query(name, store_url, params, fmt, out, list_only):
    """Run a named query (a .rq file shipped with stancegraph); parameters are bound, never spliced.

    \b
    Examples:
      stancegraph query --list
      stancegraph query who-opposes -p topic=hadopi-law
      stancegraph query compare -p a="Martine Aubry" -p b="Claire Dumontel" --format csv
    """
    from .queries import QueryError, list_queries, run_query

    if list_only or not name:
        for info in list_queries():
            click.echo(f"{info.name:22} {info.summary}")
            for param in info.params:
                click.echo(f"{'':24}-p {param}")
        return
    bound = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            _fail(f"--param {item!r}: expected KEY=VALUE")
        bound[key.strip()] = value
    with _opened(store_url, read_only=True) as store:
        try:
            table = run_query(store, name, bound)
        except QueryError as error:
            _fail(str(error))
    _emit(table, fmt, out)


@main.command()
@click.argument("query_text", metavar="QUERY_OR_@FILE")
@store_option
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False))
def sparql(query_text, store_url, fmt, out):
    """Run any SPARQL SELECT query (read-only). The default graph is the union of all graphs.

    \b
    Examples:
      stancegraph sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      stancegraph sparql @my-query.rq --format csv
    """
    from .queries import QueryError, run_sparql

    if query_text.startswith("@"):
        path = Path(query_text[1:])
        try:
            query_text = path.read_text(encoding="utf-8")
        except OSError as error:
            _fail(f"{path}: {error.strerror or error}")
    with _opened(store_url, read_only=True) as store:
        try:
            table = run_sparql(store, query_text)
        except QueryError as error:
            _fail(str(error))
    _emit(table, fmt, out)


# ------------------------------------------------------------------------------ viz
@main.command()
@store_option
@click.option("--out", default="graph.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--view", type=click.Choice(["positions", "agreement", "topic", "candidate"]), default="positions",
              show_default=True)
@click.option("--topic", help="Topic notation (with --view topic).")
@click.option("--candidate", help="Full name (with --view candidate).")
@click.option("--title", help="Page title.")
def viz(store_url, out, view, topic, candidate, title):
    """Write a self-contained interactive graph page (works offline, no CDN).

    \b
    Examples:
      stancegraph viz --out graph.html
      stancegraph viz --view agreement --out agreement.html
      stancegraph viz --view topic --topic hadopi-law --out hadopi.html
      stancegraph viz --view candidate --candidate "Martine Aubry" --out aubry.html
    """
    from .views import ViewError, write_view

    if view == "topic" and not topic:
        _fail("--view topic needs --topic NOTATION")
    if view == "candidate" and not candidate:
        _fail("--view candidate needs --candidate NAME")
    with _opened(store_url, read_only=True) as store:
        try:
            summary = write_view(store, Path(out), view=view, topic=topic, candidate=candidate, title=title)
        except ViewError as error:
            _fail(str(error))
    click.echo(summary)


# ------------------------------------------------------------------------------ export / validate
EXPORT_FORMATS = ["turtle", "trig", "nquads", "ntriples", "jsonld"]


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="trig", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
def export(store_url, fmt, out):
    """Export the whole graph. trig and nquads keep one named graph per document.

    \b
    Examples:
      stancegraph export --format turtle --out graph.ttl
      stancegraph export --format nquads > graph.nq
    """
    with _opened(store_url, read_only=True) as store:
        data = store.dump(fmt)
    if out:
        Path(out).write_bytes(data)
        click.echo(f"wrote {len(data)} bytes of {fmt} to {out}", err=True)
    else:
        sys.stdout.buffer.write(data)


@main.command()
@store_option
def validate(store_url):
    """Check the graph against the SHACL shapes (ontology/shapes.ttl); exit 1 on violations.

    \b
    Example:
      stancegraph validate --store stancegraph.db
    """
    from .validate import validate_ntriples

    with _opened(store_url, read_only=True) as store:
        report = validate_ntriples(store.dump("ntriples"))
    if report.conforms:
        click.echo("the graph conforms to the SHACL shapes")
    else:
        _print_data(report.text)  # quotes the data: escapes shown, not obeyed, on a terminal
        _fail(f"{report.violations} SHACL violation(s)")


# ------------------------------------------------------------------------------ eval
@main.command("eval")
@click.option("--gold", "gold_paths", required=True, multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold JSONL file; repeat to score several gold sets pooled.")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--store", "store_url", default=None, help="Score an existing build instead of building PATHS.")
@click.option("--split", default=None, help="Score only the files of this split of the gold index (files.json).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--model", default=None, help="spaCy pipeline for the in-memory build.")
def eval_command(gold_paths, paths, store_url, split, fmt, model):
    """Score positions against a gold JSONL file (file, speaker, topic, stance, evidence).

    Builds PATHS in memory (default: the `docs/` folder beside the gold file) and compares,
    or scores an existing store with --store. Prints detection precision/recall, stance
    accuracy and macro-F1 on matched rows, end-to-end recall, a per-topic table, the false
    positives and the missed positions. Only the gold file's topics are scored.

    With --gold given several times, each gold file is scored against the documents beside it
    and the figures are pooled (a batch of small sets says more than any one of them); file
    names are then shown as SET:FILE, SET being the gold file's folder.

    \b
    Examples:
      stancegraph eval --gold tests/gold/gold.jsonl --split test
      stancegraph eval --gold my-gold.jsonl corpus/ --format json
      stancegraph eval --gold my-gold.jsonl --store stancegraph.db
      stancegraph eval --gold tests/gold-holdout82/gold.jsonl --gold tests/gold-holdout83/gold.jsonl
    """
    from .evaluate import evaluate, format_report

    if len(gold_paths) > 1 and (paths or store_url):
        _fail("with several --gold files, each is scored against the docs/ folder beside it: "
              "give no PATHS and no --store")
    extractor = None
    if not store_url:
        from .extract import Extractor

        extractor = Extractor(**({"model": model} if model else {}))  # one model for every set
    # (a set is named by its folder, or by the folder's path when two folders share a name)
    folders = [p.parent.name for p in gold_paths]
    names = folders if len(set(folders)) == len(folders) else [str(p.parent).replace("/", "-") for p in gold_paths]
    rows, gold, built = [], [], []
    for gold_path, name in zip(gold_paths, names):
        set_rows, set_gold, set_built = _scored_set(gold_path, paths, store_url, split, extractor)
        prefix = f"{name}:" if len(gold_paths) > 1 else ""  # (a "/" would be read as a folder)
        rows += [{**r, "file": prefix + r["file"]} for r in set_rows]
        gold += [{**g, "file": prefix + g["file"]} for g in set_gold]
        built += [prefix + f for f in set_built]
        if len(gold_paths) > 1:
            click.echo(f"scored {gold_path}: {len(set_gold)} gold rows, {len(set_built)} documents", err=True)
    report = evaluate(rows, gold, files=built)
    _print_data(format_report(report, fmt))  # holds quotes from the documents


def _scored_set(gold_path: Path, paths, store_url, split, extractor):
    """(predicted rows, gold rows, files in scope) for one gold file: the store's positions, or
    those of PATHS (default: the docs/ folder beside the gold file) built in memory."""
    from .evaluate import load_gold, load_split
    from .queries import run_query

    try:
        gold = load_gold(gold_path)
        index = gold_path.parent / "files.json"
        scope = load_split(index, split) if split else None
    except (ValueError, OSError) as error:
        _fail(str(error))
    if split and not index.exists():
        _fail(f"--split needs a gold index {index}")
    if store_url:
        with _opened(store_url, read_only=True) as store:
            rows = run_query(store, "positions", {}).rows
            built = [r["file"] for r in run_query(store, "documents", {}).rows]
    else:
        from .pipeline import build as run_build
        from .store import open_store

        if not paths:
            docs = gold_path.parent / "docs"
            paths = [docs if docs.is_dir() else gold_path.parent]
        store = open_store("memory:")
        summary = run_build(paths, store, extractor=extractor, progress=None)
        for error in summary.errors:
            click.echo(f"error {error}", err=True)
        rows = run_query(store, "positions", {}).rows
        built = [r["file"] for r in run_query(store, "documents", {}).rows]
    return rows, gold, scope if scope is not None else built


# ------------------------------------------------------------------------------ serve / topics
@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allow-update", is_flag=True, help="Accept SPARQL UPDATE and Graph Store writes.")
@click.option("--timeout", default=30, show_default=True, type=int, help="Query timeout in seconds.")
@click.option("--max-result-mb", default=100.0, show_default=True, type=click.FloatRange(min=0),
              help="Refuse (HTTP 400) a response bigger than this; 0: no limit.")
@click.option("--allow-remote", is_flag=True, help="Allow a --host that is not loopback (open to the network).")
def serve(store_url, host, port, allow_update, timeout, max_result_mb, allow_remote):
    """Serve the store over the SPARQL 1.1 Protocol with Oxigraph's own server.

    Read-only (unless --allow-update) and loopback-only (another --host needs --allow-remote);
    the default graph is the union of all graphs. Queries stop after --timeout seconds,
    responses over --max-result-mb are refused, federated queries (SERVICE) too.

    \b
    Examples:
      stancegraph serve --store stancegraph.db --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' \\
           http://127.0.0.1:7878/query
    """
    from .serve import ServeError, serve_forever

    try:
        serve_forever(store_url, host=host, port=port, allow_update=allow_update, timeout=timeout,
                      max_result_bytes=int(max_result_mb * 1024 * 1024) or None, allow_remote=allow_remote)
    except ServeError as error:
        _fail(str(error))


@main.command()
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
def topics(fmt):
    """List the topics of the scheme: notation, French and English labels, broader topic.

    \b
    Example:
      stancegraph topics --format csv
    """
    from .output import Table
    from .topics import load_scheme

    scheme = load_scheme()
    rows = [{"notation": t.notation, "label_fr": t.pref_labels.get("fr", ""), "label_en": t.pref_labels.get("en", ""),
             "broader": ", ".join(t.broader)} for t in scheme.values()]
    _emit(Table(["notation", "label_fr", "label_en", "broader"], rows), fmt)


if __name__ == "__main__":  # pragma: no cover
    main()
