#!/usr/bin/env python3
"""Count log lines per level and show the first error of each component."""
import re
import sys

LINE = re.compile(r"^(\S+) (\S+) \[(\w+)\] (\w+): (.*)$")


def parse(lines):
    counts = {}
    first_error = {}
    for number, line in enumerate(lines, 1):
        match = LINE.match(line.rstrip("\n"))
        if not match:
            continue
        _, _, level, component, message = match.groups()
        counts[level] = counts.get(level, 0) + 1
        if level == "ERROR" and component not in first_error:
            first_error[component] = (number, message)
    return counts, first_error


def main():
    counts, first_error = parse(sys.stdin)
    for level in sorted(counts):
        print(f"{level:<8}{counts[level]:>6}")
    for component, (number, message) in sorted(first_error.items()):
        print(f"first error in {component} (line {number}): {message}")
    return 1 if first_error else 0


if __name__ == "__main__":
    sys.exit(main())
