"""Customer screens: the list with type-ahead search, and (later) the 360 view."""
