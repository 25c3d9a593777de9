"""nanofrontier: eight April-2025 frontier-model techniques over one small shared core.

`nanofrontier <technique> <action>` is the command line; `nanofrontier.core` is the library core.
"""

__version__ = "0.1.0"
