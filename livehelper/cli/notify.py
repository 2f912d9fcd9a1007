"""`livehelper notify test [--robot NAME]`, `notify summary [--robot NAME]` and `notify list`: group robots.

The robots themselves are set up in the app (their secrets are never typed on a command line, where other
users could read them in the process list). A command reports the first attempt of each robot and exits 1
when one failed; the sender's own retries belong to the app, which keeps running.
"""

from __future__ import annotations

import argparse

from livehelper.cli.common import EXIT_OK, EXIT_PROBLEMS, Subcommands, say
from livehelper.domain.messages import Message
from livehelper.startup import Options

SEND_TIMEOUT = 30.0


def add_commands(commands: Subcommands) -> None:
    notify = commands.add_parser("notify", help="group-robot notices (WeCom, DingTalk, Feishu)")
    notify.set_defaults(run=run)
    actions = notify.add_subparsers(dest="action", required=True)
    for action, help_text in (("test", "send a test notice"), ("summary", "send today's summary now")):
        parser = actions.add_parser(action, help=help_text)
        parser.add_argument("--robot", metavar="NAME", help="only this robot (default: every enabled robot)")
    actions.add_parser("list", help="the robots, secrets masked")


def run(options: Options, args: argparse.Namespace) -> int:
    from livehelper.services.context import open_context

    context = open_context(options.data_dir, options.db_url, options.demo)
    try:
        service = context.notify
        if args.action == "list":
            for robot in service.robots():
                state = "on" if robot.enabled else "off"
                print(f"{robot.name}\t{robot.platform.value}\t{state}\t{robot.webhook_masked}\t{robot.secret_masked}")
            return EXIT_OK
        before = {status.robot.name: status.sent for status in service.status()}
        names = service.send_test(args.robot) if args.action == "test" else service.send_summary(name=args.robot)
        service.settle(SEND_TIMEOUT)
        failed = False
        for status in service.status():
            if status.robot.name not in names:
                continue
            if status.sent > before.get(status.robot.name, 0):
                say(Message("robot {name}: sent", name=status.robot.name), options.lang)
            else:
                failed = True
                say(Message("robot {name}: not sent ({reason})", name=status.robot.name,
                               reason=status.last_error or "timeout"), options.lang)
        return EXIT_PROBLEMS if failed else EXIT_OK
    finally:
        context.close()
