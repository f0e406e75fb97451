"""bigcust-desktop: the offline-first client for telecom big-customer account managers.

The package version below is the one source of truth (About dialog, --version, bundle, installer).
"""

__version__ = "0.1.0"
