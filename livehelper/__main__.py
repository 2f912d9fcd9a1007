import sys

from livehelper.cli import main

sys.exit(main())
