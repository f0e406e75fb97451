"""Record builders for what a manager creates and changes offline, one module per record:
`opportunities`, `quotes` (priced lines, submission, approval), `tickets` (SLA due time, history),
`activities` (a logged contact), `change_requests` (a correction of central data); `form_input`
reads what the user typed. Pure functions; depends on the domain rules only.
"""
