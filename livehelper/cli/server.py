"""`livehelper helpers add|list|revoke` and `livehelper serve` (the LAN helper page without the desktop app)."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import datetime
from types import FrameType

from livehelper.cli.common import EXIT_OK, EXIT_PROBLEMS, Subcommands, fail, say
from livehelper.domain.messages import Message
from livehelper.startup import Options

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765  # livehelper.server.network.DEFAULT_PORT, repeated so that --help imports no server code
REVOKE_SECONDS = 1  # livehelper.server.app.TOKEN_CACHE_SECONDS and events.RECHECK_SECONDS (a test checks them)


def add_commands(commands: Subcommands) -> None:
    helpers = commands.add_parser("helpers", help="people allowed on the LAN helper page")
    helpers.set_defaults(run=helpers_command)
    actions = helpers.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a helper; prints their token (once) and the pairing address")
    add.add_argument("name")
    add.add_argument("--role", choices=("packer", "assistant"), default="packer",
                     help="packer: the shipping queue; assistant: also cue cards and tallies")
    add.add_argument("--full-address", action="store_true", help="show this helper full names, phones, addresses")
    add.add_argument("--expires-days", type=int, metavar="N", help="the token stops working after N days")
    add.add_argument("--url", help="the helper page's address for the pairing link (default: this PC's LAN "
                                   f"address, port {DEFAULT_PORT})")
    add.add_argument("--json", action="store_true", help="machine-readable output")
    listing = actions.add_parser("list", help="list helpers")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    actions.add_parser("revoke", help="stop a helper's token working, at once").add_argument("name")
    serve = commands.add_parser("serve", help="run the LAN helper page without the desktop window")
    serve.set_defaults(run=serve_command)
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST}; "
                                                             "0.0.0.0 for every network)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}; 0 picks a free one")


def helpers_command(options: Options, args: argparse.Namespace) -> int:
    from livehelper.services.context import open_context

    context = open_context(options.data_dir, options.db_url, demo=options.demo)
    try:
        if args.action == "add":
            return _add(context, options, args)
        if args.action == "revoke":
            context.helpers.revoke(args.name)
            say(Message("helper {name} revoked: a running helper page refuses the token within {seconds} second",
                        name=args.name.strip(), seconds=REVOKE_SECONDS), options.lang)
            return EXIT_OK
        return _list(context, options, args)
    finally:
        context.close()


def _add(context: object, options: Options, args: argparse.Namespace) -> int:
    from livehelper.server.network import base_url

    helper, token = context.helpers.add(args.name, args.role, full_address=args.full_address,  # type: ignore[attr-defined]
                                        expires_days=args.expires_days)
    url = f"{(args.url or base_url('0.0.0.0', DEFAULT_PORT)).rstrip('/')}/#token={token}"
    if args.json:
        print(json.dumps({"name": helper.name, "role": helper.role, "full_address": helper.full_address,
                          "expires_at": _iso(helper.expires_at), "token": token, "pairing_url": url},
                         ensure_ascii=False))
        return EXIT_OK
    say(Message("helper {name} ({role}) added. Token (shown only this once): {token}", name=helper.name,
                   role=helper.role, token=token), options.lang)
    say(Message("pairing address: {url}", url=url), options.lang)
    if helper.expires_at is not None:
        say(Message("the token works until {moment}", moment=f"{helper.expires_at.astimezone():%Y-%m-%d %H:%M}"),
            options.lang)
    return EXIT_OK


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _list(context: object, options: Options, args: argparse.Namespace) -> int:
    found = context.helpers.list()  # type: ignore[attr-defined]
    if args.json:
        print(json.dumps([{"name": h.name, "role": h.role, "full_address": h.full_address,
                           "created_at": h.created_at.isoformat(),
                           "revoked_at": _iso(h.revoked_at), "expires_at": _iso(h.expires_at)} for h in found],
                         ensure_ascii=False))
        return EXIT_OK
    if not found:
        say(Message("no helpers yet: add one with livehelper helpers add NAME"), options.lang)
    for helper in found:
        flags = [helper.role, *(["full-address"] if helper.full_address else []),
                 *([f"revoked {helper.revoked_at:%Y-%m-%d %H:%M}"] if helper.revoked_at else []),
                 *([f"{'expired' if helper.expired() else 'expires'} {helper.expires_at.astimezone():%Y-%m-%d %H:%M}"]
                   if helper.expires_at else [])]
        print(f"{helper.name}\t{' '.join(flags)}")
    return EXIT_OK


def serve_command(options: Options, args: argparse.Namespace) -> int:
    """Runs for hours unattended: its background failures go to the log, a native crash to a report."""
    from livehelper import logfile
    from livehelper.startup import log_folder

    diagnostics = logfile.start(log_folder(options))
    try:
        return _serve(options, args)
    finally:
        diagnostics.stop()


def _serve(options: Options, args: argparse.Namespace) -> int:
    from livehelper.server.network import base_url
    from livehelper.server.runner import LanServer
    from livehelper.services.context import open_context

    # long_running: changes made by the desktop app or another PC reach the phones' event streams too
    context = open_context(options.data_dir, options.db_url, demo=options.demo, long_running=True)
    stop = threading.Event()

    def request_stop(_signal: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = LanServer(context, args.host, args.port)
    try:
        unfinished = context.live.unfinished_session()
        if unfinished is not None:  # a packing-room PC: the assistant's tallies go on where they stopped
            context.live.resume(unfinished.id)
        try:
            server.start()
        except OSError as error:
            fail(_listen_problem(args.host, args.port, error), options.lang)
            return EXIT_PROBLEMS
        say(Message("LiveHelper helper page at {url} (Ctrl+C to stop)", url=base_url(args.host, server.port)),
               options.lang)
        sys.stdout.flush()
        while not stop.wait(0.5):
            pass
        return EXIT_OK
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        context.close()


def _listen_problem(host: str, port: int, error: OSError) -> Message:
    """Why serve cannot listen: a port in use is not a port Windows reserved (WSAEACCES, 10013)."""
    from livehelper.server.network import why_not_listening

    reason = why_not_listening(host, port) if port else "other"
    if reason == "in_use":
        return Message("port {port} is already in use by another program (or another LiveHelper); choose another "
                       "with --port", port=port)
    if reason == "reserved":
        return Message("port {port} is reserved by Windows (Hyper-V, WSL or Docker keep ranges of ports) or "
                       "needs administrator rights; choose another with --port", port=port)
    return Message("the helper service could not listen on {host}:{port}: {reason}", host=host, port=port,
                   reason=str(error))
