"""The ``assistant`` command line: ingest, sync, remove, documents, ask, decisions, eval, serve."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from assistant.errors import AssistantError, QuestionError, valid_date
from assistant.settings import Settings

index_option = click.option(
    "--index", "index_path", type=click.Path(path_type=Path), default=None,
    help="Indexmapp (standard: index/, eller MOTE_INDEX_PATH).",
)


def open_assistant(index_path: Path | None, **overrides: Any):
    from assistant.api import Assistant

    return Assistant.from_settings(Settings.load(index_path=index_path, **overrides))


class _Commands(click.Group):
    """The one place where a user's problem (``AssistantError``) becomes a message and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AssistantError as error:
            click.echo(f"Fel: {error.message}", err=True)
            ctx.exit(error.exit_code)


@click.group(cls=_Commands)
@click.version_option(package_name="motesassistenten")
def main() -> None:
    """Mötesassistenten: frågor om mötesdokument, besvarade med källhänvisningar."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
def ingest(paths: tuple[Path, ...], index_path: Path | None) -> None:
    """Läs in dokument (filer eller mappar) i indexet."""
    from tqdm import tqdm

    assistant = open_assistant(index_path)
    with tqdm(total=0, unit="fil", disable=not sys.stderr.isatty()) as bar:
        def progress(number: int, total: int, path: Path) -> None:
            bar.total = total
            bar.set_description(path.name[:40])
            bar.update(1)

        summary = assistant.ingest(list(paths), progress)
    click.echo(summary.format())
    if summary.errors and len(summary.errors) == len(summary.results):
        sys.exit(1)


@main.command()
@click.argument("documents", nargs=-1, required=True)
@index_option
def remove(documents: tuple[str, ...], index_path: Path | None) -> None:
    """Ta bort dokument (dokument-id eller sökväg) ur indexet."""
    assistant = open_assistant(index_path)
    for document in documents:
        removed = assistant.remove(document)
        click.echo(f"{'Borttaget' if removed else 'Finns inte i indexet'}: {document}")


@main.command(name="documents")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Skriv ut JSON.")
def list_documents(index_path: Path | None, as_json: bool) -> None:
    """Lista indexerade dokument."""
    docs = open_assistant(index_path).documents()
    if as_json:
        click.echo(json.dumps(docs, ensure_ascii=False, indent=2))
        return
    for line in document_lines(docs):
        click.echo(line)


def document_lines(docs: list[dict[str, Any]]) -> list[str]:
    """One line per document with what was inferred; "?" marks a value only guessed from the file name."""
    lines = []
    for doc in docs:
        guessed = doc.get("guessed") or []
        mark = {field: "?" if field in guessed else "" for field in ("meeting_date", "doc_type", "body")}
        date = (doc["meeting_date"] or "—") + mark["meeting_date"]
        lines.append(f"{doc['doc_id']}  {date:11}  {doc['doc_type'] + mark['doc_type']:18}  {doc['pages'] or '-':>3} s  "
                     f"{doc['n_chunks']:>4} delar  {doc['title']}  [organ: {(doc['body'] or '—') + mark['body']}]")
        lines += [f"    varning: {warning}" for warning in doc.get("warnings") or []]
    if any(doc.get("guessed") for doc in docs):
        lines.append("? = gissat ur filnamnet (eller protokollets underskriftsdag), står inte i texten "
                     "(en .meta.toml bredvid filen kan ange rätt värde)")
    return lines


@main.command()
@click.argument("question", required=False)
@index_option
@click.option("--json", "as_json", is_flag=True, help="Skriv ut svaret som ett JSON-objekt.")
@click.option("--questions", type=click.File("r", encoding="utf-8"), help="JSONL-fil med {\"id\", \"question\"} per rad.")
@click.option("--mode", type=click.Choice(["extractive", "llm"]), default=None)
@click.option("--document", "documents", multiple=True, help="Begränsa till dokument-id (kan upprepas).")
@click.option("--body", default="", help="Begränsa till organ, t.ex. 'Byggnadsnämndens arbetsutskott'.")
@click.option("--doc-type", default="", help="kallelse, protokoll, bilaga, rapport …")
@click.option("--from", "date_from", default="", help="Sammanträdesdatum från (ÅÅÅÅ-MM-DD).")
@click.option("--to", "date_to", default="", help="Sammanträdesdatum till (ÅÅÅÅ-MM-DD).")
def ask(question: str | None, index_path: Path | None, as_json: bool, questions: Any, mode: str | None,
        documents: tuple[str, ...], body: str, doc_type: str, date_from: str, date_to: str) -> None:
    """Ställ en fråga till underlagen."""
    from assistant.index.store import Filters

    if not question and not questions:
        raise click.UsageError("Ange en fråga eller --questions FIL.")
    filters = Filters.from_dict({"documents": documents, "body": body, "doc_type": doc_type, "date_from": date_from,
                                 "date_to": date_to})  # a bad date fails here, before the index is opened
    assistant = open_assistant(index_path)
    if questions:
        if ask_batch(assistant, questions, filters, mode):
            sys.exit(1)
        return
    answer = assistant.ask(question or "", None, filters, mode)
    if as_json:
        click.echo(answer.to_json())
        return
    click.echo(answer.answer)
    if answer.notice:
        click.echo(f"\n{answer.notice}")
    if answer.more:
        click.echo(f"\nMer i underlagen:\n{answer.more}")
    if answer.citations:
        click.echo("\nKällor:")
        for c in answer.citations + answer.more_citations:
            page = f", s. {c.page}" if c.page else ""
            click.echo(f"[{c.n}] {c.document_title} ({c.meeting_date}) – {c.location}{page}\n"
                       f"     {c.source_path} tecken {c.start}–{c.end}: ”{' '.join(c.quote.split())[:160]}”")
    if answer.related:
        click.echo("\nKanske relevant:")
        for entry in answer.related:
            click.echo(f"- {entry}")


def ask_batch(assistant: Any, lines: Any, filters: Any, mode: str | None) -> int:
    """One JSON result per line; a bad line is reported (stdout and stderr) and the rest still run.
    Returns how many lines failed."""
    failed = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item: Any = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or "question" not in item:
                raise QuestionError('raden ska vara ett JSON-objekt med "question" (och gärna "id")')
            result = assistant.ask(item["question"], item.get("history"), filters, mode).to_dict()
            click.echo(json.dumps({"id": item.get("id"), **result}, ensure_ascii=False))
        except (json.JSONDecodeError, QuestionError) as error:
            failed += 1
            message = error.message if isinstance(error, QuestionError) else f"ogiltig JSON ({error.msg})"
            item_id = item.get("id") if isinstance(item, dict) else None
            click.echo(json.dumps({"id": item_id, "line": number, "error": message}, ensure_ascii=False))
            click.echo(f"Rad {number}: {message}", err=True)
    return failed


@main.command(name="hash-password")
@click.option("--user", default="", help="Skriv ut en hel rad till inställningen users för denna användare.")
@click.option("--role", type=click.Choice(["läsare", "sekreterare", "admin"]), default="läsare")
@click.option("--groups", default="", help="Grupper vars medlemsdokument användaren får läsa, t.ex. presidiet|au.")
@click.password_option("--password", prompt="Lösenord", confirmation_prompt="Upprepa lösenordet")
def hash_password_command(user: str, role: str, groups: str, password: str) -> None:
    """Skapa en lösenordshash (scrypt) till inställningen users."""
    from assistant.users import hash_password, parse_users

    if len(password) < 10:
        raise click.BadParameter("Välj ett lösenord med minst 10 tecken.", param_hint="--password")
    hashed = hash_password(password)
    if not user:
        click.echo(hashed)
        return
    entry = f"{user}:{role}:{hashed}" + (f":{groups}" if groups else "")
    parse_users(entry)  # the same check as at start-up
    click.echo(entry)


@main.command()
@index_option
@click.option("--body", default="", help="Organ.")
@click.option("--since", default="", help="Från datum (ÅÅÅÅ-MM-DD).")
@click.option("--until", default="", help="Till datum (ÅÅÅÅ-MM-DD).")
@click.option("--dnr", default="", help="Diarienummer.")
@click.option("--query", default="", help="Sökord i rubrik eller beslutstext.")
@click.option("--json", "as_json", is_flag=True)
def decisions(index_path: Path | None, body: str, since: str, until: str, dnr: str, query: str, as_json: bool) -> None:
    """Lista beslut ur inlästa protokoll, nyast först."""
    import dataclasses

    since, until = valid_date(since, "--since"), valid_date(until, "--until")
    found = open_assistant(index_path).decisions.search(body=body, since=since, until=until, dnr=dnr, query=query)
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(d) for d in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("Inga beslut hittades.")
    for d in found:
        click.echo(f"{d.meeting_date}  {d.body}  {d.paragraph}  Dnr {d.dnr or '—'}  {d.title}\n"
                   f"    {' '.join(d.text.split())[:300]}")


@main.command()
@index_option
@click.option("--corpus", "corpus_path", type=click.Path(path_type=Path), default=None,
              help="Dokumentmappen (standard: corpus/, eller MOTE_CORPUS_PATH).")
@click.option("--dry-run", is_flag=True, help="Visa bara vad som skulle ändras.")
def sync(index_path: Path | None, corpus_path: Path | None, dry_run: bool) -> None:
    """Synka indexet med dokumentmappen: nya och ändrade filer läses in, borttagna tas bort."""
    from tqdm import tqdm

    from assistant.index.sync import plan_sync

    assistant = open_assistant(index_path, corpus_path=corpus_path)
    if dry_run:
        click.echo(plan_sync(assistant.index, Path(assistant.settings.corpus_path)).format())
        return
    with tqdm(total=0, unit="fil", disable=not sys.stderr.isatty()) as bar:
        def progress(number: int, total: int, path: Path) -> None:
            bar.total = total
            bar.set_description(path.name[:40])
            bar.update(1)

        summary = assistant.sync(progress)
    click.echo(summary.format())


@main.command(name="eval-manifest")
@click.option("--corpus", "corpus_path", type=click.Path(path_type=Path, exists=True, file_okay=False), default=None,
              help="Dokumentmappen (standard: corpus/, eller MOTE_CORPUS_PATH).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("evals/corpus.json"), show_default=True)
def eval_manifest(corpus_path: Path | None, out: Path) -> None:
    """Skriv vilka dokument (med hash) frågorna i evals/ skrevs mot; 'assistant eval' kontrollerar indexet mot den."""
    from assistant.evals.corpus_check import write_manifest

    settings = Settings.load(corpus_path=corpus_path)
    manifest = write_manifest(Path(settings.corpus_path), out, skip=Path(settings.upload_dir))
    click.echo(f"Skrev {out}: {len(manifest['documents'])} dokument, hash {manifest['corpus_sha256'][:12]}.")


@main.command()
@index_option
@click.option("--host", default=None)
@click.option("--port", type=int, default=None)
def serve(index_path: Path | None, host: str | None, port: int | None) -> None:
    """Starta webbappen (Gradio)."""
    from assistant.web.server import launch

    launch(Settings.load(index_path=index_path, host=host, port=port))


def _register_eval() -> None:
    from assistant.evals.runner import eval_command

    main.add_command(eval_command, name="eval")


_register_eval()


if __name__ == "__main__":
    main()
