"""`python -m codegen` and the `codegen` command.

Imports happen inside, so that even a generator that fails to import exits 3 (an internal
error) with one line saying so, rather than 1, which means "stale".
"""

import sys


def entry() -> None:
    try:
        from codegen.cli import main
    except Exception as exc:  # noqa: BLE001 - a broken installation is the generator's fault
        print(
            f"codegen: internal error while starting: {type(exc).__name__}: {exc}", file=sys.stderr
        )
        sys.exit(3)
    sys.exit(main())


if __name__ == "__main__":
    entry()
