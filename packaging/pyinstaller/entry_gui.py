"""Frozen entry point of the windowed app ("SIP ALG Doctor"): opens the wizard."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main(["wizard", *sys.argv[1:]]))
