"""Customer 360 view (客户360): profile, contacts, group, lines, bills, open business, contacts."""
