"""The dashboard (工作台): four charts of the user's book, each a way into a filtered list."""
