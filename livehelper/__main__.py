import sys

from livehelper.cli.main import main

sys.exit(main())
