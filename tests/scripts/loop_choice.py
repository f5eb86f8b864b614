"""The loop the runtime starts under a patched platform and Python version.

`python -m tests.scripts.loop_choice PLATFORM MINOR`

Every asyncio function that reads or sets the policy or the current loop raises
while the runtime starts its loop, so calling one fails the script.
"""

import asyncio
import sys
from unittest import mock

from crawler import runtime

_POLICY_AND_CURRENT_LOOP = ("get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop")


def _forbidden(*args: object, **kwargs: object) -> None:
    raise AssertionError("the event-loop policy API was called")


async def _running_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


platform, minor = sys.argv[1], int(sys.argv[2])
traps = [
    mock.patch.object(module, name, _forbidden)
    for module in (asyncio, asyncio.events)
    for name in _POLICY_AND_CURRENT_LOOP
]
with mock.patch.object(sys, "platform", platform), mock.patch.object(sys, "version_info", (3, minor, 0, "final", 0)):
    for trap in traps:
        trap.start()
    with runtime.loop_runner() as runner:
        loop = runner.run(_running_loop())
    for trap in traps:
        trap.stop()
print(type(runner).__name__, type(loop).__name__, isinstance(loop, asyncio.SelectorEventLoop), loop.is_closed())
