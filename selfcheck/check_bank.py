"""Check question bank files without building the site: `python -m selfcheck.check_bank BANK.json [...]`.

Prints every fault of every file (file, entry, reason; one a line) or one line per valid file, and exits with 1 when
any file has a fault. A fork checks its own bank with this before the build (`make check-bank BANK=…`).
"""

import sys

from .bank import BankError, read_bank


def check(paths, write=print):
    """Check each bank file in `paths`; write what was found; return the number of faults."""
    faults = 0
    for path in paths:
        try:
            bank = read_bank(path)
        except BankError as error:
            for message in error.errors:
                write(message)
            faults += len(error.errors)
            continue
        write("%s: valid: bank \"%s\" version %s, %s, %s" % (path, bank["id"], bank["version"],
              _counted(len(bank["activities"]), "activity", "activities"), _counted(len(bank["items"]), "statement", "statements")))
    return faults


def _counted(count, one, many):
    return "%d %s" % (count, one if count == 1 else many)


def main(arguments):
    if not arguments or arguments[0] in ("-h", "--help"):
        print("usage: python -m selfcheck.check_bank BANK.json [BANK.json ...]")
        return 2
    faults = check(arguments)
    if faults:
        print("%d fault%s found" % (faults, "" if faults == 1 else "s"))
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
