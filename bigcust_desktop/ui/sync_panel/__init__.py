"""The sync panel (同步): pending and rejected edits, conflicts side by side, quarantine, log."""
