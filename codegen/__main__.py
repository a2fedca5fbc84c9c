"""`python -m codegen` and the `codegen` command.

Imports happen inside, so that even a generator that fails to import exits 3 (an internal
error) with one line saying so, rather than 1, which means "stale". A Ctrl-C or SIGTERM the
command does not handle itself (while it starts, or a second one while it ends the run for
the first) ends it the same way, with one line and no traceback.
"""

import signal
import sys


def entry() -> None:
    try:
        try:
            from codegen.cli import main
        except Exception as exc:  # noqa: BLE001 - a broken installation is the generator's fault
            print(
                f"codegen: internal error while starting: {type(exc).__name__}: {exc}",
                file=sys.stderr,
            )
            sys.exit(3)
        code = main()
    except KeyboardInterrupt as exc:
        # `codegen.cli.Terminated` is SIGTERM's (the module may not be imported yet)
        terminated = type(exc).__name__ == "Terminated"
        print("terminated" if terminated else "interrupted", file=sys.stderr)
        sys.exit(128 + (signal.SIGTERM if terminated else signal.SIGINT))
    sys.exit(code)


if __name__ == "__main__":
    entry()
