"""Scrapy commands of the project, found through COMMANDS_MODULE."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.settings import SETTINGS_PRIORITIES

if TYPE_CHECKING:
    from scrapy.settings import Settings


class NamedPage:
    """A command that fetches a page the user names (`parse`, `shell`, `fetch`): wherever it is, not only on the
    spider's site, unless `-s STAY_ON_SITE=True` says otherwise."""

    settings: Settings

    def process_options(self, args: list[str], opts: Any) -> None:
        super().process_options(args, opts)  # type: ignore[misc]
        # Above the project's settings (a command's defaults rank below them), below the user's -s.
        if (self.settings.getpriority("STAY_ON_SITE") or 0) < SETTINGS_PRIORITIES["cmdline"]:
            self.settings.set("STAY_ON_SITE", False, priority="cmdline")
