"""`python -m nanofrontier ...` is the same as the `nanofrontier` command."""

import sys

from nanofrontier.cli import main

sys.exit(main())
