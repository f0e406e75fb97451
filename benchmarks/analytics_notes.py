"""The prose of the Analytics section of docs/benchmarks.md that `bench_analytics.py` writes
beside its figures: what they rest on, and where the time goes. Depends on nothing.
"""

WHY_NOT_3X = (
    "Why the live computation is not within 3x: the baseline reads 100,000 bills once; the "
    "worklist must also read all 300,000 subscribers (line counts, ARPU, terms ending), plus "
    "recent losses, faults, contacts, contracts and competitor records, before any rule runs. "
    "It is what a recompute would cost without the line summary; nothing in the application "
    "runs it any more (the screens read the materialised table, the first row above). On a "
    "machine shared with other work the ratios vary between runs."
)
WHERE_THE_REST_GOES = (
    "Why the whole-book recompute is not within 3x yet, in CPU seconds of the settings-change "
    "recompute on `large` (about 1.0 s; each part timed alone, medians of five, warm cache): "
    "the eight statements that feed the signals about 0.33 s, of which the bills by customer "
    "and month 0.11 s (what the baseline itself costs), the faults of the lines that can count "
    "0.05 s, each customer's latest contact 0.035 s, losses and competitor mentions 0.02 s "
    "each; building each customer's facts and running the seven signals in Python about 0.3 s "
    "(0.1 ms a customer: 33,000 billed months, the two billing rules reading each); the "
    "data-quality findings 0.13 s (10,800 contacts' IDs and mobiles checked in Python); the "
    "product gaps 0.10 s; the under-valued list 0.05 s; writing the rows 0.05 s. Reaching 3x "
    "needs the billing rules' arithmetic (the typical month of each window, the run of owing "
    "months) in the GROUP BY over the bills, so that Python reads one row per customer rather "
    "than its months, and the findings redone only when customers or contacts changed; neither "
    "is done. The first-sync recompute adds every customer's lines summarised (about 0.7 s: "
    "the covering index of 300,000 lines grouped once, the 45,000 running add-ons joined to "
    "their lines). Wall time on the shared CPUs runs at two to three times CPU time, more for "
    "the long recompute (which also commits its writes) than for the short read-only baseline."
)
WHY_MATERIALISED = (
    "What the figures rest on: the screens and `report at-risk` read the worklist that the last "
    "sync or edit left in `at_risk_customer`, never recomputing it. A sync's recompute redoes "
    "only the customers whose rows changed (each feed page marks them, an add-on page by its "
    "lines, triggers mark local edits), and the book's product gaps from the products held kept "
    "per customer (`customer_holding`, a few rows a customer, kept with the line summary) rather "
    "than from every subscriber. Every per-customer aggregate of the subscriber table (line "
    "summary, plans held, 公用/私用 payers, recent losses) is read from a covering index "
    "(migration 0007), never from the wide rows, and kept: the payers in the line summary "
    "(migration 0008). A whole-book recompute summarises the lines again only for the stale "
    "customers, or for all when nothing is kept yet or many changed (a first sync): after a "
    "settings change it reads each customer's lines as one kept row. It then reads the bills "
    "by customer and month (what the baseline reads), the recent losses, the faults of the "
    "lines with enough faults to count (counted in SQL), contracts and line terms ending, "
    "competitor lines, each customer's latest contact and competitor mentions, eight "
    "statements ordered by customer and merged as they stream (bills, losses and faults as the "
    "driver's tuples), and runs the seven signals, the value rule, the gaps and the "
    "data-quality rules in Python."
)
