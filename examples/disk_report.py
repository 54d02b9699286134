#!/usr/bin/env python3
"""Summarise disk usage per top-level directory of a tree."""
import os
import sys


def human(size):
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.1f} {unit}" if unit != "B" else f"{size} {unit}"
        size /= 1024


def tree_size(root):
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            total += os.path.getsize(os.path.join(dirpath, name))
    return total


def main(argv):
    root = argv[1] if len(argv) > 1 else "."
    if not os.path.isdir(root):
        print(f"{root}: not a directory", file=sys.stderr)
        return 2
    rows = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if os.path.isdir(path):
            rows.append((name, tree_size(path)))
    rows.sort(key=lambda row: row[1], reverse=True)
    for name, size in rows:
        print(f"{name:<20} {human(size):>10}")
    print(f"{len(rows)} directories")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
