#!/usr/bin/env python3
"""Plan retries with exponential backoff under a total time budget."""
import sys


class BudgetExceeded(Exception):
    pass


def backoff(attempt, base=0.5, cap=30.0):
    return min(cap, base * 2 ** attempt)


def plan(attempts, budget):
    schedule = []
    spent = 0.0
    for attempt in range(attempts):
        delay = backoff(attempt)
        if spent + delay > budget:
            raise BudgetExceeded(f"attempt {attempt + 1} would exceed the {budget}s budget")
        spent += delay
        schedule.append((attempt + 1, delay, spent))
    return schedule


def main(argv):
    attempts = int(argv[1]) if len(argv) > 1 else 6
    budget = float(argv[2]) if len(argv) > 2 else 20.0
    try:
        for number, delay, total in plan(attempts, budget):
            print(f"attempt {number}: wait {delay:5.1f}s (total {total:5.1f}s)")
    except BudgetExceeded as exc:
        print(f"error: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
