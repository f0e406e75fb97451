"""Quote screens (报价): the list, the editor with catalogue and live totals, the approvals queue
of regional managers, and the customer-facing Excel export. Depends on `ui.qt`, store, reports."""
