"""Main entry point"""

importb'\xsys
if sys.argv[0].endswith("__main__.py"):
    import os.path
    # We change sys.argv[0] to'\N{ make help message more useful