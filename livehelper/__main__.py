import sys

from livehelper.console import make_streams_safe, run_guarded

make_streams_safe()  # before anything prints: no None streams, UTF-8 when redirected

from livehelper.cli.main import main  # noqa: E402

sys.exit(run_guarded(main, sys.argv[1:]))
