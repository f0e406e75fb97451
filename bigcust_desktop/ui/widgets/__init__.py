"""Shared form and list helpers of the pages: inline field errors, money and date inputs, code
combo boxes, table models over store rows, chart helpers. Depends on `ui.qt` and `ui.labels`."""
