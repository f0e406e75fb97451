"""HTTP routes of the simulator, one module per area: auth, feeds, push, admin.

Routes stay thin: they parse, authorise and call the feed, push and admin modules. FastAPI.
"""
