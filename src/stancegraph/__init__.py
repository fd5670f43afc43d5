"""stancegraph: who stands where on which issue, every position backed by its quote.

Data flows one way: ingest -> extract -> rdf -> store -> queries -> project/viz.
Importing the package does no work; models and stores are loaded on first use.
"""

__version__ = "0.1.0"
