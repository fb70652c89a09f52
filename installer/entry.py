"""Entry script of the frozen app (PyInstaller): the same `secretary-app` command as from source."""

import sys

from secretary_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
