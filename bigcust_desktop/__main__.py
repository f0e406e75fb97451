"""`python -m bigcust_desktop` and the `bigcust-desktop` console script."""

import sys

from bigcust_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
