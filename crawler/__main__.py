"""`python -m crawler` (also installed as `crawler`): the project's command line, built on `crawler.launch`.

`python -m crawler SPIDER [-a NAME=VALUE ...] [-o FILE | -O FILE] [-s NAME=VALUE ...]` crawls as
`scrapy crawl` does (`crawl` may be written before SPIDER); `python -m crawler SPIDER --help` lists
the spider's arguments; `python -m crawler list` lists the spiders;
`python -m crawler cluster SPIDER --nodes URL,... -O FILE` runs one crawl across Scrapyd nodes;
`python -m crawler history QUESTION ...` reads the history store.
"""

from __future__ import annotations

import argparse
import sys

from crawler.args import argument_names, name_value, params_model
from crawler.checks import apply_settings
from crawler.cli import BAD_INPUT_ERRORS, crawl_from_command_line, refuse
from crawler.cluster import cli as cluster_cli
from crawler.errors import BadOutput, UnknownSpider
from crawler.history import cli as history_cli
from crawler.launch import load_spider, prepare, project_settings, spider_names

PROG = "python -m crawler"


def _spider_lines() -> list[str]:
    lines = []
    for name in spider_names():
        lines.append(f"  {name:<18} {_summary(load_spider(name))}")
    return lines


def _summary(spidercls: type) -> str:
    """A spider's one-line description: its docstring's first line, else its module's."""
    doc = spidercls.__doc__ or sys.modules[spidercls.__module__].__doc__ or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Crawl with the project's spiders.",
        epilog="spiders (`python -m crawler SPIDER --help` lists a spider's arguments):\n" + "\n".join(_spider_lines()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    crawl = commands.add_parser(
        "crawl", help="crawl with one spider (the default command)", description="Crawl as `scrapy crawl` does."
    )
    crawl.add_argument("spider", help="spider name, as `python -m crawler list` shows")
    crawl.add_argument(
        "-a",
        dest="spider_args",
        action="append",
        type=name_value,
        default=[],
        metavar="NAME=VALUE",
        help="spider argument (repeatable; `SPIDER --help` lists them)",
    )
    crawl.add_argument(
        "-o",
        "--output",
        action="append",
        default=[],
        metavar="FILE",
        help="append items to FILE (format from its extension, or FILE:FORMAT)",
    )
    crawl.add_argument(
        "-O",
        "--overwrite-output",
        action="append",
        default=[],
        metavar="FILE",
        help="write items to FILE, replacing it",
    )
    crawl.add_argument(
        "-s",
        "--set",
        dest="settings",
        action="append",
        type=name_value,
        default=[],
        metavar="NAME=VALUE",
        help="setting for this run (repeatable)",
    )
    commands.add_parser("list", help="list the spiders, as `scrapy list` does", description="List the spiders.")
    cluster = commands.add_parser(
        "cluster",
        help="one crawl split across several Scrapyd nodes, merged once",
        description=cluster_cli.DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cluster_cli.add_arguments(cluster)
    history = commands.add_parser(
        "history",
        help="what crawls with -s HISTORY_ENABLED=True recorded: runs, changes, one item's history, charts",
        description=history_cli.DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    history_cli.add_arguments(history)
    return parser, {"crawl": crawl, "list": commands.choices["list"], "cluster": cluster, "history": history}


def spider_help(name: str) -> str:
    """What `python -m crawler SPIDER --help` prints: the spider's description and each argument's."""
    spidercls = load_spider(name)
    lines = [f"usage: {PROG} {name} [-a NAME=VALUE ...] [-o FILE | -O FILE] [-s NAME=VALUE ...]", ""]
    lines.append(_summary(spidercls))
    model = params_model(spidercls)
    if model is not None:
        lines += ["", "arguments (-a NAME=VALUE):"]
        for argument in argument_names(model):
            info = model.model_fields[argument]
            default = "required" if info.is_required() else f"default: {_shown_default(info.default)}"
            lines.append(f"  {argument:<10} {_description(model, argument)} ({default})".replace("  (", " ("))
    return "\n".join(lines) + "\n"


def _description(model: type, argument: str) -> str:
    """An argument's description, from the nearest model that gives one (a spider may only change a default)."""
    for klass in model.__mro__:
        info = getattr(klass, "model_fields", {}).get(argument)
        if info is not None and info.description:
            return info.description  # type: ignore[no-any-return]
    return ""


def _shown_default(value: object) -> str:
    """A default as a user would type it after `-a`."""
    return "unset" if value is None else repr(value) if isinstance(value, str) else str(value)


def _crawl(parser: argparse.ArgumentParser, options: argparse.Namespace) -> int:
    settings = project_settings()
    try:
        if options.output and options.overwrite_output:
            raise BadOutput("use only one of -o (append) and -O (overwrite)")
        apply_settings(settings, options.settings)
        prepared = prepare(
            options.spider,
            dict(options.spider_args),
            settings,
            outputs=options.overwrite_output or options.output,
            overwrite=bool(options.overwrite_output),
        )
    except BAD_INPUT_ERRORS as error:
        refuse(PROG, error)
    return crawl_from_command_line(prepared, PROG)


def main(argv: list[str] | None = None) -> int:
    parser, commands = _parser()
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] not in commands and not argv[0].startswith("-"):
        argv = ["crawl", *argv]
    if argv[:1] == ["crawl"] and len(argv) > 1 and not argv[1].startswith("-") and {"-h", "--help"} & set(argv):
        try:
            sys.stdout.write(spider_help(argv[1]))
        except UnknownSpider as error:
            refuse(PROG, error)
        return 0
    options = parser.parse_args(argv)
    if options.command == "list":
        print("\n".join(spider_names()))
        return 0
    if options.command == "cluster":
        return cluster_cli.run(options, commands["cluster"].prog)
    if options.command == "history":
        return history_cli.run(options, commands["history"].prog)
    return _crawl(commands["crawl"], options)


if __name__ == "__main__":
    sys.exit(main())
