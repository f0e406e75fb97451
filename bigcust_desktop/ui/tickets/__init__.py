"""Fault ticket screens (报障): the list with SLA countdown, the report-a-fault dialog on a line or
circuit, and the ticket's detail with its status history. Depends on `ui.qt`, store, domain."""
