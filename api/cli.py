"""The ``eindex`` command line (contract: DESIGN.md, "Command-line contract").

Exit codes: 0 done; 1 the caller asked to fail; 2 bad input or usage.
"""

from __future__ import annotations

import asyncio
import json
import sys

import typer
from rich.console import Console

from store.settings import get_settings

app = typer.Typer(help="eindex — automated website assessment and e-government index.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
err = Console(stderr=True)


def _fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


@app.command()
def demo() -> None:
    """Run the main job on the bundled real input (offline): audit the demo registry, import the
    seed's 2019 results, score both years, print a summary."""
    from api.demo import run_demo

    settings = get_settings()
    if not (settings.shared_dir / "seed-data").is_dir():
        _fail(f"shared folder not found at {settings.shared_dir} (set EINDEX_SHARED_DIR)")
    if "127.0.0.1" not in settings.allow_private:
        settings.allow_private = [*settings.allow_private, "127.0.0.1"]
    run_demo(settings, Console())


@app.command()
def audit(urls: list[str] = typer.Argument(..., help="site URLs as declared"),
          exclude: list[str] = typer.Option([], "--exclude", help="glob on the URL path to leave out"),
          resolve: list[str] = typer.Option([], "--resolve", help="HOST=ADDR:PORT resolver override"),
          tags: str = typer.Option("", help="axe tags, comma-separated (default: EINDEX_AXE_TAGS)"),
          as_json: bool = typer.Option(False, "--json", help="print audit.schema.json output")) -> None:
    """Audit sites now and print per-site results."""
    from crawler.net import parse_resolve
    from crawler.run import run_sites
    from crawler.scope import SiteScope

    settings = get_settings()
    try:
        settings.resolve = {**settings.resolve, **parse_resolve(resolve)}
        for url in urls:
            SiteScope.from_declared(url)
    except ValueError as exc:
        _fail(str(exc))
    tag_list = [t.strip() for t in tags.split(",") if t.strip()] or settings.axe_tags
    version, results = asyncio.run(run_sites([(u, list(exclude)) for u in urls], settings, tag_list))
    out = {"axe_version": version, "tags": tag_list, "sites": [r.to_dict() for r in results]}
    if as_json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    for site in out["sites"]:
        typer.echo(f"{site['url']}: {site['status']}, {site['pages_fetched']} pages, "
                   f"conformance {site['conformance_pct']}, WCAG group {site['wcag_group']}")


@app.command()
def evaluate(labels: str = typer.Option(..., "--labels", help="label file (YAML), see DESIGN.md"),
             resolve: list[str] = typer.Option([], "--resolve", help="HOST=ADDR:PORT resolver override"),
             fail_under: float | None = typer.Option(None, "--fail-under",
                                                     help="exit 1 when a precision or recall is below RATIO"),
             as_json: bool = typer.Option(False, "--json", help="print evaluate.schema.json output")) -> None:
    """Audit the labelled sites and report precision and recall per item and option."""
    from api.evaluate import below, load_labels
    from api.evaluate import score as tally
    from crawler.net import parse_resolve
    from crawler.run import run_sites
    from crawler.scope import SiteScope

    settings = get_settings()
    try:
        sites = load_labels(labels)
        settings.resolve = {**settings.resolve, **parse_resolve(resolve)}
        for site in sites:
            SiteScope.from_declared(site.url)
    except ValueError as exc:
        _fail(str(exc))
    _, results = asyncio.run(run_sites([(s.url, s.exclude) for s in sites], settings,
                                       social={s.url: s.social for s in sites}))
    out = tally(sites, {s.id: r.detections for s, r in zip(sites, results, strict=True)})
    if as_json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for key, v in out["items"].items():
            typer.echo(f"{key}\tP {v['precision']}\tR {v['recall']}\ttp {v['tp']} fp {v['fp']} fn {v['fn']} "
                       f"tn {v['tn']} review {v['needs_review']}")
        for miss in out["misses"]:
            typer.echo(f"miss: {miss}")
    if fail_under is not None and below(out, fail_under):
        raise typer.Exit(1)


@app.command()
def score(year: int = typer.Option(..., "--year"),
          as_json: bool = typer.Option(False, "--json", help="print score.schema.json output")) -> None:
    """Score every institution for an assessment year from the stored answers."""
    from crawler.score_year import score_year
    from store.db import migrate, session_scope

    settings = get_settings()
    migrate(settings.db_url)
    with session_scope(settings.db_url) as session:
        out = score_year(session, year)
    if as_json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    for e in out["institutions"]:
        typer.echo(f"{e['id']}\t{e['e_index']}\t{e['maturity']}\t{e['name']}")


@app.command("act-check")
def act_check(path: str = typer.Argument(..., help="folder served as web root (W3C ACT test-case tree)"),
              fail_under: float | None = typer.Option(None, "--fail-under",
                                                      help="exit 1 when agree / (agree + disagree) < RATIO"),
              as_json: bool = typer.Option(False, "--json", help="print act-check.schema.json output"),
              ) -> None:
    """Run axe over every W3C ACT test case it maps and report agreement per ACT rule."""
    from pathlib import Path

    from crawler.act import run_act

    settings = get_settings()
    try:
        out = asyncio.run(run_act(Path(path), settings.chromium_path))
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))
    if as_json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for rule_id, row in out["rules"].items():
            judged = (f"{row['agree']}/{row['cases']} agree" if row["axe_rules"]
                      else f"{row['cases']} unsupported")
            typer.echo(f"{rule_id}\t{judged}\t{','.join(row['axe_rules']) or '-'}\t{row['name']}")
        typer.echo(f"total: {out['totals']}")
    judged = out["totals"]["agree"] + out["totals"]["disagree"]
    if fail_under is not None and judged and out["totals"]["agree"] / judged < fail_under:
        raise typer.Exit(1)


@app.command("import")
def import_(file: str = typer.Argument(..., help="CSV or XLSX self-assessment file (long or wide format)"),
            year: int = typer.Option(..., "--year"),
            accept_warnings: bool = typer.Option(False, "--accept-warnings", help="import despite warnings"),
            as_json: bool = typer.Option(False, "--json", help="print import.schema.json output")) -> None:
    """Validate a self-assessment file against the questionnaire and import it (all or nothing).
    Exit 2 on errors, 1 on warnings without --accept-warnings. An accepted file is recorded as an import
    batch (see ``eindex imports``)."""
    import getpass
    from pathlib import Path

    from api.selfassessment import import_file
    from store.db import migrate, session_scope

    settings = get_settings()
    migrate(settings.db_url)
    try:
        with session_scope(settings.db_url) as session:
            out = import_file(session, Path(file), year, accept_warnings, name=file, by=getpass.getuser())
    except FileNotFoundError as exc:
        _fail(str(exc))
    if as_json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for kind in ("error", "warning"):
            for p in out[f"{kind}s"]:
                err.print(f"{kind}: row {p['row']}, column {p['column']}, value {p['value']!r}: {p['message']}")
        typer.echo(f"{'imported' if out['imported'] else 'not imported'}: {out['answers']} answers of "
                   f"{out['institutions']} institutions, {len(out['errors'])} errors, "
                   f"{len(out['warnings'])} warnings")
    if out["errors"]:
        raise typer.Exit(2)
    if out["warnings"] and not accept_warnings:
        raise typer.Exit(1)


@app.command("imports")
def imports(year: int | None = typer.Option(None, "--year", help="only this year's imports"),
            as_json: bool = typer.Option(False, "--json", help="print a JSON list")) -> None:
    """List the accepted self-assessment imports (batches), newest first: id, year, file, SHA-256, format,
    answers written, warnings accepted, who and when."""
    from store.db import migrate, session_scope
    from store.survey import list_batches

    settings = get_settings()
    migrate(settings.db_url)
    with session_scope(settings.db_url) as session:
        rows = [b.model_dump(mode="json") for b in list_batches(session, year)]
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    for b in rows:
        typer.echo(f"{b['id']}\t{b['year']}\t{b['file_name']}\t{b['sha256'][:12]}\t{b['format']}\t{b['rows']} answers\t"
                   f"{b['warnings_accepted']} warnings accepted\t{b['imported_by']}\t{b['imported_at']}")


user_app = typer.Typer(help="Users of the API and the review pages.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("add")
def user_add(username: str = typer.Argument(..., help="3–100 of letters, digits and . _ @ -"),
             role: str = typer.Option(..., "--role", help="viewer, expert or admin"),
             password_stdin: bool = typer.Option(False, "--password-stdin",
                                                 help="read the password from standard input"),
             no_password: bool = typer.Option(False, "--no-password", help="API keys only (machine client)"),
             api_key: str = typer.Option("", "--api-key", help="also create an API key with this name"),
             as_json: bool = typer.Option(False, "--json", help="print the user (and key) as JSON")) -> None:
    """Add a user; the password is prompted for (or read from stdin). Prints an API key once."""
    import getpass

    from api.accounts import add_api_key, add_user, log_write
    from store.db import migrate, session_scope

    if password_stdin and no_password:
        _fail("--password-stdin and --no-password exclude each other")
    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif not no_password:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    settings = get_settings()
    migrate(settings.db_url)
    try:
        with session_scope(settings.db_url) as session:
            user = add_user(session, username, role, password)
            key = add_api_key(session, user, api_key)[1] if api_key else None
            log_write(session, f"cli:{getpass.getuser()}"[:100], "CLI", f"user add {username}", 0)
    except ValueError as exc:
        _fail(str(exc))
    out = {"username": username, "role": role, "api_key": key}
    if as_json:
        json.dump(out, sys.stdout)
        sys.stdout.write("\n")
        return
    typer.echo(f"added {username} ({role})")
    if key:
        typer.echo(f"API key (shown once): {key}")


@app.command()
def serve(host: str = typer.Option("127.0.0.1"), port: int = typer.Option(8000)) -> None:
    """Run the FastAPI app (OpenAPI docs at /docs)."""
    import uvicorn

    from store.db import migrate

    settings = get_settings()
    try:
        settings.signing_key()
    except RuntimeError as exc:
        _fail(str(exc))
    migrate(settings.db_url)
    uvicorn.run("api.app:app", host=host, port=port)


@app.command()
def worker(queues: str = typer.Option("crawl,score,schedule", help="queues to work, comma-separated"),
           concurrency: int = typer.Option(0, help="jobs at once (default: EINDEX_WORKER_CONCURRENCY)"),
           ) -> None:
    """A queue worker (PostgreSQL only): site audits, scoring, the nightly schedule, the stalled-job sweep.
    Stops on SIGINT/SIGTERM after its running jobs."""
    import logging

    from crawler.queue import QUEUES, run_worker
    from store.db import migrate

    settings = get_settings()
    if not settings.uses_postgres:
        _fail("the queue needs PostgreSQL: set DATABASE_URL (without it, runs execute in-process)")
    wanted = [q.strip() for q in queues.split(",") if q.strip()]
    if not wanted or set(wanted) - set(QUEUES):
        _fail(f"--queues takes some of {', '.join(QUEUES)}")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    migrate(settings.db_url)
    try:
        asyncio.run(run_worker(settings, wanted, concurrency or None))
    except ValueError as exc:
        _fail(str(exc))


@app.command()
def run(year: int = typer.Option(..., "--year", help="assessment year the run is stamped with"),
        site: list[int] = typer.Option([], "--site", help="site id to audit (default: every active site)"),
        watch: bool = typer.Option(True, "--watch/--no-watch", help="show progress until the run is done"),
        ) -> None:
    """Start an audit run over the active institutions' sites and score its year: enqueued for the
    workers with PostgreSQL, in this process (one site after another) without it. Prints the run id."""
    from api.progress import progress_bar, watch_run
    from crawler.queue import enqueue_run
    from crawler.run import audit_run
    from crawler.runstate import active_sites
    from crawler.score_year import score_year
    from store.db import migrate, session_scope

    settings = get_settings()
    migrate(settings.db_url)
    if settings.uses_postgres:
        run_id = enqueue_run(settings, year, site or None)
        typer.echo(f"run {run_id} enqueued")
        if watch:
            watch_run(settings, run_id, Console())
        return
    with session_scope(settings.db_url) as session:
        sites = active_sites(session, site or None)
    with progress_bar(Console(quiet=not watch)) as bar:
        task = bar.add_task("sites", total=len(sites), detail="")
        run_id = asyncio.run(audit_run(year, sites, settings, on_site=lambda r: bar.update(
            task, advance=1, detail=f"{r.url}: {r.status}")))
    with session_scope(settings.db_url) as session:
        score_year(session, year)
    typer.echo(f"run {run_id} done")


@app.command()
def progress(run_id: int = typer.Argument(..., help="audit run id"),
             watch: bool = typer.Option(False, "--watch", help="follow with a progress bar until done"),
             as_json: bool = typer.Option(False, "--json", help="print the progress object")) -> None:
    """Progress of an audit run: sites done / failed / left, pages fetched and rendered."""
    from api.progress import watch_run
    from store.db import session_scope
    from store.progress import run_progress

    settings = get_settings()
    if watch:
        watch_run(settings, run_id, Console())
    with session_scope(settings.db_url) as session:
        out = run_progress(session, run_id)
    if out is None:
        _fail(f"no audit run {run_id}")
    if as_json:
        json.dump(out, sys.stdout, default=str, indent=1)
        sys.stdout.write("\n")
        return
    s, p = out["sites"], out["pages"]
    typer.echo(f"run {run_id} {out['status']}: {s['done']} done, {s['failed']} failed, {s['left']} left "
               f"of {s['total']} sites; {p['fetched']} pages fetched, {p['rendered']} rendered")


if __name__ == "__main__":
    app()
