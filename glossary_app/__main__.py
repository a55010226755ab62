"""`python -m glossary_app` runs the same CLI as the `glossary` script."""

import sys

from glossary_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
