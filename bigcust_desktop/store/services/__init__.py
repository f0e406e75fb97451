"""The store's services: what the window, the command line and the sync engine call, named after
what the user does, typed results, one transaction a call. Depends on the service modules.
"""
