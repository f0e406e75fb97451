"""The analytic screens: at-risk worklist, value card, group roll-up, product gaps, data
quality and tariff rehearsal (DESIGN §10)."""
